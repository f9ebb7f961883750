"""German: the checker's tables and messages, and the drafts' wording.

Conventions as in `pycore.lang.es`: fragments match the note in lower case without
accents, so "möchte" is "mochte"; people who type without umlauts write "moechte", so
fragments spell those words "m(?:o|oe)chte". "ß" stays itself ("(?:ß|ss)"). German
compounds ("Gründerforum", "Python-Meetup") are matched by their last part where a
table says so. Sources: the seed articles' advice, read for how German speakers say the
same things (Sie and du, Germany, Austria, Switzerland).
"""

from __future__ import annotations

from .. import phrases
from ..phrasing import (
    Phrasing,
    agreeing,
    contracted,
    determined_by,
    joined,
    opening_with,
    titled,
)
from .macros import fill

_UE = "(?:u|ue)"
_OE = "(?:o|oe)"
_AE = "(?:a|ae)"
_SS = "(?:ß|ss)"

# LinkedIn's canned invitation ("Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf
# LinkedIn hinzufügen", GUIDE.md) and its family: du, "würde", "als Kontakt", "beitreten".
DEFAULT_TEXTS: tuple[str, ...] = fill(
    (
        r"(?:ich (?:m%OE%chte|w%UE%rde|will|wollte)|gerne? (?:m%OE%chte|w%UE%rde) ich)"
        r" (?:sie|dich|euch) (?:\w+ ){0,2}?(?:zu|in|als) (?:meinem |meine |meinen |mein )?"
        r"(?:[\w-]+ ){0,2}?(?:netzwerk|kontakt|kontakte|kontakten)(?: (?:auf|bei|in)"
        r" linkedin)? (?:hinzuf%UE%gen|aufnehmen)",
        r"(?:treten sie|tritt|trete) (?:meinem )?(?:beruflichen )?netzwerk (?:auf linkedin )?"
        r"bei|(?:werden sie|werde) teil meines (?:beruflichen )?netzwerks",
        r"(?:ich (?:m%OE%chte|w%UE%rde) (?:sehr )?(?:gerne? )?)?(?:(?:ihrem|deinem)"
        r" (?:beruflichen )?netzwerk (?:auf linkedin )?(?:beitreten|anschlie%SS%en)|teil"
        r" (?:ihres|deines) (?:beruflichen )?netzwerks (?:auf linkedin )?(?:werden|sein))",
        r"(?:ich lade sie|ich lade dich) (?:\w+ )?ein,? (?:meinem|sich meinem|dich meinem)"
        r" (?:beruflichen )?netzwerk",
    ),
    UE=_UE,
    OE=_OE,
    SS=_SS,
)

PLACEHOLDERS: tuple[str, ...] = (
    r"(?:hallo|liebe|lieber|hi|guten tag|sehr geehrte|sehr geehrter|moin|servus) ,",
)
PLACEHOLDERS_CASED: tuple[str, ...] = (
    r"(?:VORNAME|NACHNAME|IHR NAME|MEIN NAME|FIRMA|UNTERNEHMEN|POSITION|STELLE"
    r"|VERANSTALTUNG|STADT|THEMA|BRANCHE|DATUM|SIGNATUR|ANREDE)",
)

# What a slot stands for, by its words (folded: "Empfänger" is "empfanger"), beside
# English's (`pycore.phrases`): "[Ihr Name]" is the sender's (a template speaks to whoever
# fills it in), "[Vorname]" theirs, "[Firma]" their company.
SLOT_SENDER_WORDS: frozenset[str] = frozenset({
    "ihr", "ihre", "dein", "deine", "mein", "meine", "absender", "unterschrift", "signatur",
})
SLOT_WORDS: dict[str, frozenset[str]] = {
    "company": frozenset({
        "firma", "unternehmen", "organisation", "arbeitgeber", "agentur", "betrieb",
    }),
    "event": frozenset({
        "veranstaltung", "konferenz", "messe", "tagung", "kongress", "gipfel", "forum",
    }),
    "other name": frozenset({
        "nachname", "familienname", "vollstandiger", "vollstaendiger",
    }),
    "name": frozenset({"vorname", "empfanger", "empfaenger", "kontakt", "ansprechpartner"}),
}

WORK = (
    r"(?:beitrag|beitrage|post|posts|artikel|thread|newsletter|blog|buch|vortrag|vortrage"
    r"|talk|keynote|prasentation|podcast|folge|episode|video|videos|kanal|projekt|projekte"
    r"|forschung|paper|studie|arbeit (?:zu|uber|an|bei)|doktorarbeit|masterarbeit"
    r"|dissertation|kurs|workshop|repository|repo|bibliothek|library|tool|app|startup"
    r"|produkt|interview|kommentar|antwort|tweet|portfolio|fotos|designs|kolumne|reportage"
    r"|webinar|session|tipp|idee|erfahrungsbericht|analyse|leitfaden|tutorial|rede|panel"
    r"|referat|sicht|einblick|einblicke|wechsel|umstieg|weg (?:zu|in|von))"
)
_PEOPLE = (
    r"(?:kolleg\w*|freund|freundin|freunde|schwester|bruder|cousin|cousine|nachbar\w*|chef"
    r"|chefin|mentor\w*|professor\w*|kunde|kundin|partner\w*|frau|mann|mitbewohner\w*"
    r"|teamkolleg\w*|kommiliton\w*|mitschuler\w*|tochter|sohn|ehrenamtlich\w*|mitglied\w*)"
)
_DAY = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende)s?"

CONTEXT_CUES: tuple[str, ...] = fill(
    (
        # Having met or talked: the participles say it happened.
        r"(?:kennengelernt|getroffen|begegnet|unterhalten|ausgetauscht|geplaudert"
        r"|gequatscht|wiederzusehen|kennenzulernen|zu treffen|zusammengearbeitet)",
        r"(?:die|unsere) zusammenarbeit (?:mit (?:dir|ihnen|euch) )?(?:bei|an|in|im)"
        r"|gemeinsam haben|(?:verbindet uns|uns verbindet)|wir haben (?:[\w.-]+ ){1,4}?gemeinsam",
        r"(?:dich|sie|euch|ihnen|dir) (?:\w+ ){0,4}?(?:gesehen|geh%OE%rt|gesprochen|erlebt)",
        r"(?:danke|vielen dank|herzlichen dank|merci) (?:nochmal |nochmals )?f%UE%r"
        r" (?!(?:die annahme|das annehmen|ihre zeit|deine zeit|das lesen|die vernetzung)\b)"
        r"(?:deinen|deine|dein|ihren|ihre|ihr|den|die|das|eure|euren)",
        # Events, also as the last part of a compound ("Gründerforum").
        r"(?<!\bmeinem\s)(?<!\bmeine\s)(?<!\bmeinen\s)(?<!\bunserem\s)(?<!\bunsere\s)"
        r"(?<!\bunseren\s)\w*(?:konferenz|kongress|meetup|veranstaltung|workshop|vortrag"
        r"|keynote|podium|podiumsdiskussion|seminar|webinar|hackathon|summit|forum|tagung"
        r"|symposium|stammtisch|afterwork|hochzeit|klassentreffen|barcamp|dinner|messe"
        r"|festival|devfest|productcamp|fruhstuck|abendessen|mittagessen|accelerator"
        r"|elternabend|grillfest|sommerfest|weihnachtsfeier)\w*",
        r"(?:am|beim) (?:[\w-]+ )?stand|(?:kurs|party|talk|event|panel|session|feier)"
        r"|(?:speaker|redner|referenten|teilnehmer)-?liste",
        # Working or studying together, or the same place.
        r"(?:zusammen|gemeinsam) (?:\w+ ){0,3}?(?:gearbeitet|studiert|gespielt|organisiert"
        r"|im|an|bei|in|auf)|(?:wir|die|sind|waren|haben|hatten) beide"
        r"|wie (?:sie|du) (?:bin|war|habe)|nebeneinander|zusammen gearbeitet",
        r"(?:gleichen|selben|derselben|demselben|dieselbe|denselben|gleiche|selbe)"
        r" (?:\w+ )?(?:team|firma|unternehmen|uni|universitat|hochschule|schule|studiengang"
        r"|jahrgang|klasse|kurs|projekt|buro|etage|tisch|workshop|verein|mannschaft"
        r"|abteilung|viertel|coworking|veranstaltung|konferenz|gruppe)",
        r"(?:alumn[ai]|alumnus|ehemalige[rn]?|ex-?kolleg\w*|jahrgang (?:19|20)\d\d"
        r"|kolleg\w*|teamkolleg\w*|kommiliton\w*|mitsch%UE%ler\w*|nachbar\w*)",
        r"(?:die|der|den) (?:%PEOPLE%) von \w+|(?:mein|meine|meinem|meinen|dein|deine|ihr"
        r"|ihre|unser|unsere) (?:\w+ )?%PEOPLE%",
        # A mutual contact.
        r"(?:meinte|sagte|erz%AE%hlte|empfahl|schrieb),? (?:dass |mir,? dass )?(?:du|sie|ihr)"
        r"|lange? nicht (?:mehr )?gesehen|lange? her|seit der zeit|damals (?:bei|an|in|im)",
        r"(?:hat|haben|hatte) (?:mir|uns) (?:\w+ ){0,3}?(?:empfohlen|geraten|erz%AE%hlt"
        r"|gesagt|weitergegeben|gegeben|vorgeschlagen|vorgestellt|bekannt gemacht|vernetzt"
        r"|zusammengebracht|berichtet)|(?:hat|hatte|meinte) (?:\w+ )?erz%AE%hlt"
        r"|gemeinsame[rn]? (?:kontakt|bekannte|freund|kollegin|kollege)\w*|auf empfehlung"
        r"|(?:kennen|kenne) (?:\w+ )?beide|beide (?:\w+ )?kennen"
        r"|wie (?:besprochen|versprochen|vereinbart)",
        # Their work, and what the sender saw of them.
        r"(?:dein|deine|deinen|deinem|deiner|deines|ihr|ihre|ihren|ihrem|ihrer|ihres|euer"
        r"|eure|euren|eurem) (?:[\w-]+ ){0,2}?[\w-]*%WORK%",
        r"(?:gesehen|gelesen|geh%OE%rt|mitbekommen|erfahren|bemerkt),? (?:dass|wie)"
        r"|ich sehe,? (?:dass )?(?:du|sie)",
        r"(?:verfolge|folge|lese|h%OE%re|nutze|kenne) (?:\w+ ){0,3}?(?:deine|ihre|dein|ihr"
        r"|deinen|ihren|dir|ihnen|euch|eure)",
        r"(?:leser|leserin|h%OE%rer|h%OE%rerin|abonnent\w*|nutzer\w*|fan) (?:von|deines|ihres"
        r"|deiner|ihrer)",
        r"gl%UE%ckw%UE%nsch\w*|gratulation|gratuliere",
        # Honestly never met.
        r"(?:wir kennen uns|kennen wir uns) (?:aber |zwar )?(?:noch )?nicht"
        r"|(?:noch )?nicht kennengelernt|(?:sie kennen|du kennst) mich (?:noch )?nicht"
        r"|unbekannterweise",
        # Who the sender is, and where.
        r"(?:ich bin|ich hei%SS%e \w+ und bin|ich arbeite als|als) (?:der |die |eine? )?"
        r"(?:neue[rn]? )?(?:[\w-]+ ){0,3}?(?:student\w*|doktorand\w*|recruiter\w*"
        r"|personaler\w*|\w*leiter\w*|leitung|chef\w*|manager\w*|\w*gr%UE%nder\w*|ceo|cto"
        r"|entwickler\w*|ingenieur\w*|designer\w*|journalist\w*|forscher\w*"
        r"|wissenschaftler\w*|professor\w*|berater\w*|analyst\w*|anwalt|anw%AE%ltin|arzt"
        r"|%AE%rztin|organisator\w*|mitglied|praktikant\w*|werkstudent\w*|koordinator\w*"
        r"|redakteur\w*|alumna|alumnus|\w*student\w*)(?: [\w.-]+){0,4}? (?:bei|an|der|des"
        r"|von|im|in|f%UE%r|aus|am) \w+",
        r"ich (?:arbeite|koordiniere|leite|organisiere|betreue|unterrichte|verantworte"
        r"|engagiere mich|studiere) (?:\w+ ){0,3}?(?:bei|an|in|f%UE%r|im|der|des|den|die|am)"
        r" \w+",
        # When: a shared past.
        r"(?:gestern|vorgestern|heute (?:morgen|fr%UE%h)|neulich|k%UE%rzlich|letzte[nrs]?"
        r" (?:woche|monat|jahr|sommer|winter|fr%UE%hling|herbst|%DAY%)|am %DAY%|%DAY%"
        r" (?:abend|morgen)|(?:im|seit) (?:jahr )?(?:19|20)\d\d|(?:19|20)\d\d (?:bei|an|in"
        r"|zusammen|im)|vor (?:\w+ )?(?:jahren|monaten|wochen|tagen)|vor einem jahr)",
    ),
    WORK=WORK,
    PEOPLE=_PEOPLE,
    DAY=_DAY,
    UE=_UE,
    OE=_OE,
    AE=_AE,
    SS=_SS,
)
CONTEXT_CUES_CASED: tuple[str, ...] = (
    *phrases.CONTEXT_CUES_CASED,
    r"[A-Z][\w-]*(?:Messe|Kongress|Konferenz|Tag|Tage|Forum|Gipfel|Woche)",
)

# A gathering named without being shared (see `pycore.phrases`): none here, as
# `CONTEXT_CUES` leaves the sender's own events out itself.
NOT_SHARED: tuple[str, ...] = ()

# German puts the verb last: "Ich würde mich gerne mit Ihnen vernetzen". A wish counts
# as a reason unless its clause ends in one of these (connecting, or only talking).
_ONLY_CONNECTING = (
    r"(?:vernetzen|verbinden|verkn%UE%pfen|hinzuf%UE%gen|aufnehmen|connecten|treten"
    r"|beitreten|austausch|austauschen|vernetzung|kontakt|netzwerk|erweitern|ausbauen|freuen"
    r"|vergr%OE%%SS%ern|anschlie%SS%en|vernetzt)"
)
REASON_CUES: tuple[str, ...] = fill(
    (
        # Keeping a promise: "wie versprochen, hier sind die Folien".
        r"wie (?:versprochen|besprochen|vereinbart|abgesprochen|gew%UE%nscht)"
        r"|hier (?:ist|sind|kommt|kommen) (?:der|die|das|mein|meine|ein|eine)",
        r"(?:(?:ich |und )?w%UE%rde|(?:ich |und )?m%OE%chte|ich will|ich wollte|ich h%AE%tte"
        r" (?:gerne?|lust)"
        r"|ich freue mich|freue mich|ich hoffe|w%AE%re (?:\w+ )?(?:toll|sch%OE%n|super"
        r"|spannend|klasse|gut|cool|hilfreich)|k%OE%nnten wir|k%OE%nnen wir|lass(?:t)? uns"
        r"|lassen sie uns|sollten wir|gerne? w%UE%rde ich|gerne? m%OE%chte ich|darf ich"
        r"|d%UE%rfte ich|kann ich|k%OE%nnte ich|h%AE%tten sie|h%AE%ttest du|hast du"
        r"|haben sie) (?:[\w-]+ ){0,8}?(?!%ONLY%\b)[\w-]+(?= ?(?:[.!?,;:\n)]|$))",
        r"(?:w%UE%rde|w%UE%rden|freue|freuen) (?:mich|uns) (?:sehr |riesig )?(?:%UE%ber|auf)"
        r" (?:[\w-]+ ){0,3}?(?!(?:austausch|vernetzung|kontakt)\b)[\w-]+ freuen"
        r"|(?:h%AE%tte|habe|h%AE%tten|haben) (?:gro%SS%es |echtes )?interesse|interessiere"
        r" mich",
        r"(?:schick|schicke|schicken sie|sende|senden sie|gib|sag|erz%AE%hl|nenn|empfiehl)"
        r" (?:mir|uns)|melde? dich|melden sie sich",
        r"in kontakt (?:zu )?bleiben|in verbindung (?:zu )?bleiben|kontakt (?:zu )?halten"
        r"|aus den augen (?:zu )?verlieren|bleiben wir in kontakt|vernetzt (?:zu )?bleiben"
        r"|dranbleiben|bleiben in kontakt",
        r"(?:rat|ratschlag|ratschl%AE%ge|tipps?|einsch%AE%tzung|meinung|perspektive"
        r"|erfahrung(?:en)?|feedback|empfehlung|mentoring|hilfe|helfen|unterst%UE%tzung"
        r"|fragen|frage)",
        r"(?:stelle|stellen|job|jobs|praktikum\w*|werkstudentenstelle|position|bewerbung"
        r"|bewerben|vorstellungsgespr%AE%ch|jobchancen|karrierechancen|einstellen|suche"
        r" (?:eine|einen|nach)|teamleitung)",
        r"(?:zusammenarbeit|zusammenarbeiten|kooperation|kooperieren|partnerschaft|gemeinsam"
        r" (?:\w+ ){0,2}?(?:organisieren|machen|entwickeln|umsetzen|arbeiten|planen)"
        r"|vorschlagen|vorschlag|einladen|einladung|gastvorlesung|interviewen|interview"
        r"|reportage)",
        r"(?:kaffee|call|telefonat|telefonieren|videocall|gespr%AE%ch|\d+ ?minuten|\d+ ?min"
        r"|viertelstunde|mittagessen|auf ein bier|quatschen|zeit f%UE%r)",
        r"(?:erfahren|wissen|lernen|verstehen|h%OE%ren|mitbekommen)(?= ?[.!?,;\n]|$)"
        r"|mehr (?:\w+ ){0,2}?(?:erfahren|h%OE%ren|wissen)|wie (?:\w+ ){0,4}?(?:gel%OE%st"
        r"|gemacht|geschafft|weitergeht|l%AE%uft|umgesetzt|organisiert|angeht)",
        r"\w*(?:verfolgen|folgen|mitlesen)(?= ?[.!?,;\n]|$)",
        r"(?:hat mir (?:sehr |echt |total |richtig )?(?:gefallen|geholfen|weitergeholfen"
        r"|gezeigt|erkl%AE%rt)|fand ich (?:sehr |echt |total |richtig )?(?:spannend|super"
        r"|toll|klasse|hilfreich|interessant|inspirierend|gut|gelungen|gro%SS%artig)"
        r"|hat mich (?:sehr |echt )?(?:angesprochen|inspiriert|begeistert|interessiert"
        r"|%UE%berzeugt)|habe (?:viel|einiges) gelernt|hat uns begeistert)",
        # What their work gave them or made them think ("hat mir Ideen gegeben").
        r"hat mir (?:\w+ ){1,4}?(?:gegeben|geliefert)|(?:zum nachdenken|ins gr%UE%beln)"
        r" (?:gebracht|angeregt)|nachdenklich gemacht",
        r"um (?:\w+ ){0,4}?zu (?!(?:vernetzen|verbinden)\b)\w+|damit (?:wir|ich|du|sie)"
        r" (?!(?:uns )?(?:vernetzen|verbinden)\b)\w+",
        r"(?:ich|wir) (?:schreibe|schreiben|plane|planen|baue|bauen|starte|starten|arbeite"
        r" an|arbeiten an|suche|suchen|organisiere|bereite|wechsle|wechsele|lerne|entwickle"
        r"|f%UE%hre|stehe vor|stehen vor)",
        r"viel erfolg|falls (?:\w+ ){0,3}?(?:aktuell|interesse|bedarf|du|sie|ihr|noch)",
        r"(?:ich|wir) (?:schicke|schicken|sende|senden|melde|melden) (?:\w+ )?(?:dir|ihnen"
        r"|euch|mich)",
    ),
    ONLY=_ONLY_CONNECTING,
    UE=_UE,
    OE=_OE,
    AE=_AE,
    SS=_SS,
)
CONNECT_ONLY: tuple[str, ...] = (
    r"(?:vernetz\w*|verbind\w*|hinzuf\w*|annehm\w*|nimmst|nehmen|akzeptier\w*|netzwerk\w*"
    r"|kontakt\w*|connect\w*|add\w*)",
)

# Questions that ask nothing of them (see `pycore.phrases`): a greeting ("Wie geht es
# dir?") or small talk about what both saw ("War das Meetup nicht super?").
SMALL_TALK: tuple[str, ...] = fill(
    (
        r"wie (?:geht(?:'s| es)(?: dir| ihnen| euch)?|l%AE%uft(?:'s| es))(?= ?[?!.])",
        r"(?:war|waren|wart) (?:das|der|die|es|sie|ihr|dein|deine|euer|eure) (?:[\w-]+ ){0,3}?"
        r"nicht",
    ),
    AE=_AE,
)

_VAGUE_PATTERNS = fill(
    (
        r"(?:ihr|dein) profil (?:hat|ist|gef%AE%llt|fiel|f%AE%llt|klingt|wirkt|sieht)"
        r"|(?:auf|%UE%ber) (?:ihr|dein) profil (?:gesto%SS%en|aufmerksam)|(?:ihr|dein) profil"
        r" (?:gesehen|angeschaut|entdeckt|gefunden)|(?:interessantes|spannendes"
        r"|beeindruckendes|tolles) profil",
        r"(?:ihr|dein) (?:werdegang|lebenslauf|karriereweg|profil|weg) (?:ist|hat mich"
        r"|finde ich)? ?(?:\w+ )?(?:beeindruckend|inspirierend|bemerkenswert|vorbildlich"
        r"|beeindruckt|inspiriert)|(?:beeindruckende[rn]?|inspirierende[rn]?) (?:werdegang"
        r"|karriere|lebenslauf|profil)",
        r"(?:menschen|personen|leuten|profis|fachleuten|experten|expertinnen|kontakten"
        r"|gleichgesinnten) (?:wie (?:dir|ihnen)|aus der branche|aus meiner branche|mit"
        r" (?:%AE%hnlichen|gleichen) interessen)|gleichgesinnt\w*|mit (?:anderen |neuen"
        r" |weiteren )?(?:fachleuten|experten|profis|menschen|kontakten|professionals)"
        r" (?:vernetzen|austauschen)|immer (?:auf der suche nach|offen f%UE%r) (?:neuen?"
        r" |spannenden? )?(?:kontakte|kontakten|menschen|austausch|vernetzung)",
        r"(?:mein|unser) (?:berufliches |professionelles )?netzwerk (?:[\w-]+ ){0,3}?"
        r"(?:erweitern|ausbauen|vergr%OE%%SS%ern|aus|erweitere|st%AE%rken)"
        r"|netzwerk(?:ausbau|erweiterung)",
        r"synergie\w*|win-? ?win|gegenseitige[rnms]? (?:nutzen|mehrwert|unterst%UE%tzung)"
        r"|beidseitige[rnms]? nutzen|mehrwert (?:schaffen|bieten)|gemeinsam wachsen"
        r"|voneinander profitieren|(?:m%OE%gliche|potenzielle|k%UE%nftige|zuk%UE%nftige)"
        r" (?:kooperationen|zusammenarbeit|partnerschaften)(?! (?:bei|zu|im|an|f%UE%r))"
        r"|gesch%AE%ftsm%OE%glichkeiten",
        r"(?:spannende|interessante|neue|m%OE%gliche|vielf%AE%ltige) (?:m%OE%glichkeiten"
        r"|chancen|opportunit%AE%ten)(?! (?:bei|im|als|in|f%UE%r))|berufliche"
        r" (?:m%OE%glichkeiten|chancen)|neue herausforderungen|gesch%AE%ftliche (?:zwecke"
        r"|gr%UE%nde)",
        r"(?:ich mag|ich liebe|ich lese gerne|mir gefallen) (?:\w+ )?(?:ihre|deine)"
        r" (?:beitr%AE%ge|posts|artikel|inhalte|videos)(?= ?(?:[.!?\n]|$))",
        r"(?:gleichen|selben|derselben) (?:branche|bereich|feld|umfeld)(?! ?[:(-])",
    ),
    UE=_UE,
    OE=_OE,
    AE=_AE,
    SS=_SS,
)
_VAGUE_SUGGESTIONS: tuple[tuple[str, bool], ...] = (
    ("Sag, was dich zu dieser Person geführt hat: welcher Beitrag, Vortrag, welches "
     "Projekt oder welcher Kontakt?", True),
    ("Sag, was dich beeindruckt hat: ein bestimmtes Projekt, eine Stelle, ein Beitrag "
     "oder ein Vortrag.", False),
    ("Sag, warum gerade diese Person: Was macht sie, das dich interessiert?", False),
    ("Sag, was du dir erhoffst oder anbieten kannst: Rat, eine Stelle, eine "
     "Zusammenarbeit?", False),
    ("Sag konkret, was ihr gemeinsam tun könntet.", True),
    ("Welche Möglichkeit genau? Sag, was, warum und worum du bittest.", False),
    ("Welcher Beitrag? Nenne ihn, z. B. „dein Beitrag über …“.", False),
    ("Nenne den konkreten Bereich: welches Thema, Produkt, Team oder Event?", False),
)
VAGUE: tuple[tuple[str, str, bool], ...] = tuple(
    (pattern, suggestion, forgives)
    for pattern, (suggestion, forgives) in zip(_VAGUE_PATTERNS, _VAGUE_SUGGESTIONS, strict=True)
)

SALES_PITCH: tuple[str, ...] = fill(
    (
        r"wir helfen (?:\w+ ){0,3}?(?:unternehmen|firmen|marken|teams|startups|kmu"
        r"|mittelst%AE%ndler\w*|praxen|kliniken|shops|agenturen|gr%UE%nder\w*"
        r"|f%UE%hrungskr%AE%ften|organisationen|kunden|selbstst%AE%ndigen|h%AE%ndlern)",
        r"(?:unternehmen|firmen|marken|organisationen|teams|kunden) wie (?:ihrem|ihres"
        r"|deinem|ihnen|dir|ihrer|deiner)",
        r"(?:ab|nur|f%UE%r nur|schon ab) \d+(?:[.,]\d+)? ?(?:\u20ac|eur|euro|chf|franken|\$"
        r"|usd)",
        r"\d+(?:[.,]\d+)? ?(?:\u20ac|eur|euro|chf|\$) ?(?:/ ?|pro |die |im |je )(?:stunde"
        r"|monat|jahr|nutzer|std|h|person)",
        r"\d+ ?% (?:rabatt|nachlass|preisnachlass|g%UE%nstiger|ersparnis|mehr umsatz|mehr"
        r" leads)",
        r"rabatt|gutschein|sonderangebot|kostenlos\w*|gratis|unverbindlich\w*|probemonat"
        r"|testphase",
        r"(?:eine|unsere|kurze|kostenlose|kurzen|einer) (?:[\w-]+ )?demo|produktdemo|live-demo",
        r"(?:termin|call|demo|gespr%AE%ch) (?:\w+ )?(?:buchen|vereinbaren|ausmachen)"
        r"|(?:buchen|vereinbaren) sie|jetzt \w+ buchen|kalenderlink|calendly",
        r"(?:unsere|unser|meine|mein) (?:[\w-]+ ){0,2}?(?:l%OE%sung|plattform|software|tool"
        r"|agentur|angebot|produkt|dienstleistung\w*|service|app|beratung)(?: \w+)?"
        r" (?:hilft|kann|bietet|erm%OE%glicht|spart|revolutioniert|automatisiert"
        r"|unterst%UE%tzt)",
        r"(?:ihnen|dir|euch) (?:\w+ ){0,2}?(?:unsere|unser|meine|mein) (?:[\w-]+ ){0,3}?"
        r"(?:vorstellen|pr%AE%sentieren|zeigen)|(?:ihnen|dir) (?:[\w-]+ ){0,5}?zeigen,? wie",
        r"(?:senkt|senken|spart|sparen|steigert|steigern|erh%OE%ht|reduziert|reduzieren)"
        r" (?:[\w-]+ ){0,4}?(?:um )?(?:bis zu )?\d+ ?%",
        r"marktf%UE%hrend\w*|marktf%UE%hrer|f%UE%hrende[rn]? anbieter",
        r"(?:verdreifachen|verdoppeln|vervielfachen|steigern|erh%OE%hen|senken|reduzieren"
        r"|maximieren|boosten) (?:\w+ ){0,3}?(?:umsatz|ums%AE%tze|leads|kunden|kosten"
        r"|conversions?|traffic|gewinn|produktivit%AE%t|termine|anfragen|reichweite)"
        r"|leads (?:\w+ ){0,3}?(?:zu )?(?:verdreifachen|verdoppeln|steigern)",
        r"auslagern|outsourcing|nearshoring|offshoring|lead-?generierung|qualifizierte leads"
        r"|neukundengewinnung",
        r"revolutioniert",
        # Not what a host offers a speaker: "wir bieten Reise und Unterkunft".
        r"(?:wir bieten|ich biete|wir sind spezialisiert|spezialisiert auf|wir verkaufen)"
        r"(?! (?:dir |ihnen |euch )?(?:die |eine )?(?:reise|anreise|unterkunft|hotel|tickets?"
        r"|freikarten|ein honorar)\b)",
        r"interesse an (?:einer|unserer|unserem) (?:\w+ ){0,2}?(?:demo|l%OE%sung|angebot"
        r"|produkt|test)",
    ),
    UE=_UE,
    OE=_OE,
    AE=_AE,
)

# A sentence that buys or invites rather than sells (see `pycore.phrases`): "wir
# evaluieren gerade Tools und hätten gern eine Demo von eurem", "dich als Sprecherin
# einladen", "danke für das kostenlose Review".
NOT_SELLING: tuple[str, ...] = fill(
    (
        r"(?:wir evaluieren|ich evaluiere|wir vergleichen|ich vergleiche|wir suchen (?:gerade"
        r" |aktuell )?(?:einen|eine|ein) (?:neuen |neue |neues )?(?:anbieter|dienstleister"
        r"|lieferanten|agentur|tool|plattform|berater|freelancer))",
        r"(?:h%AE%tte|h%AE%tten|m%OE%chte|m%OE%chten|w%UE%rde|w%UE%rden) (?:\w+ ){0,2}?gerne?"
        r" (?:\w+ )?(?:eine|ein|einen|ihre|ihr|deine|dein|eure|euer) (?:[\w-]+ )?(?:demo"
        r"|angebot|testversion|kostenvoranschlag|preisliste|muster)",
        r"(?:dich|sie|euch) (?:\w+ ){0,3}?als (?:sprecher\w*|speaker\w*|referent\w*"
        r"|keynote\w*|jury\w*|mentor\w*)",
        r"danke(?: dir| ihnen| euch)?(?: nochmal| nochmals)? f%UE%r (?:den|die|das|deine"
        r"|deinen|ihre|ihren|eure|euren)",
    ),
    UE=_UE,
    OE=_OE,
    AE=_AE,
)

FILLER: tuple[str, ...] = fill(
    (
        r"ich hoffe,? (?:diese|meine) (?:nachricht|anfrage|mail) erreicht (?:sie|dich)"
        r" (?:gut|wohlauf|bei bester gesundheit)",
        r"mein name ist",
        r"(?:bitte )?(?:nehmen sie|nimm) meine (?:anfrage|einladung|kontaktanfrage) an",
        r"danke (?:im voraus )?f%UE%r (?:die annahme|das annehmen)",
    ),
    UE=_UE,
)
PLEASANTRIES: tuple[str, ...] = (
    r"ich hoffe,? (?:es geht (?:dir|ihnen) gut|dir geht es gut|ihnen geht es gut|alles ist"
    r" gut|bei (?:dir|ihnen) ist alles gut)",
)

# A first message's thanks for connecting, and what says the same ("schön, dass wir
# vernetzt sind"): as in `pycore.phrases`.
THANKS: tuple[str, ...] = fill(
    (
        r"(?:vielen |herzlichen |besten |tausend )?(?:dank|danke)(?: sch%OE%n| sehr"
        r"| vielmals)? (?:f%UE%r (?:die|deine|ihre|das) (?:vernetzung|annahme"
        r"|best%AE%tigung|kontaktbest%AE%tigung|verbindung|vernetzungsanfrage|kontaktanfrage)"
        r"|f%UE%rs (?:annehmen|vernetzen|best%AE%tigen|verbinden|hinzuf%UE%gen|akzeptieren))",
        r"(?:vielen )?(?:dank|danke),? dass (?:du|sie) (?:meine |die )?(?:anfrage |einladung"
        r" |kontaktanfrage |vernetzungsanfrage )?(?:angenommen|best%AE%tigt|akzeptiert)"
        r" (?:hast|haben)",
        r"(?:sch%OE%n|toll|freut mich|ich freue mich|super|klasse),? dass wir (?:jetzt |nun )?"
        r"(?:vernetzt|verbunden) sind",
        r"(?:freut mich|ich freue mich),? (?:%UE%ber die vernetzung|mit (?:dir|ihnen) vernetzt"
        r" zu sein)",
        r"(?:bleiben wir|lass uns|lassen sie uns) vernetzt",
    ),
    UE=_UE,
    OE=_OE,
    AE=_AE,
)

GREETINGS: tuple[str, ...] = (
    r"hallo+|hi|hey|moin(?: moin)?|servus|gr[üu]e?(?:ß|ss)? ?(?:gott|dich|di|euch)|gr[üu]e?zi"
    r"|guten (?:tag|morgen|abend)|liebe[rs]?|sehr geehrte[rs]?|hall[öo]chen|tach|salut"
    r"|ciao",
)
TITLES: frozenset[str] = frozenset({
    "herr", "frau", "herrn", "dr", "prof", "professor", "professorin", "doktor", "liebe",
    "lieber", "sehr", "geehrte", "geehrter", "dipl", "ing", "mag",
})
NOT_A_NAME: frozenset[str] = frozenset({
    "zusammen", "alle", "team", "ihr", "du", "sie", "ich", "wir", "liebe", "lieber", "herr",
    "frau", "danke", "schon", "es", "hier", "gestern", "damen", "herren", "kollege",
    "kollegin", "mal", "und", "wie", "was", "freut", "freue", "ein", "eine", "mein",
    "meine", "dein", "leute", "recruiter",
})

MESSAGES: dict[str, str] = {
    "Only thanks: the message gives them no reason to reply and no next step.": "Nur "
    "ein Dank: Die Nachricht gibt keinen Grund zu antworten und keinen nächsten Schritt.",
    "Keep the thanks short, then say why you connected and end with an easy question, "
    "e.g. \"Could I ask you two questions about ...?\"": "Danke kurz, sag dann, warum du "
    "dich vernetzt hast, und ende mit einer leichten Frage, z. B. „Darf ich dir zwei Fragen "
    "zu … stellen?“.",
    "This is LinkedIn's canned invitation; they have already accepted it.": "Das ist "
    "LinkedIns Standardeinladung; die Person hat sie schon angenommen.",
    "Cut it and say why you connected, or ask them something.": "Streich sie und sag, "
    "warum du dich vernetzt hast, oder stell eine Frage.",
    '"{quoted}" opens the message with a pitch; selling the moment they accept reads as '
    "spam.": "„{quoted}“ eröffnet die Nachricht mit Werbung; gleich nach dem Annehmen "
    "zu verkaufen wirkt wie Spam.",
    "Open with why you connected and a question about them; offer your product later, if "
    "they ask.": "Beginne damit, warum du dich vernetzt hast, und mit einer Frage zu "
    "ihrer Arbeit; biete dein Produkt später an, wenn danach gefragt wird.",
    "{length} characters: a first message past about {readable} is more than a phone "
    "shows at once.": "{length} Zeichen: Eine erste Nachricht über etwa {readable} ist "
    "mehr, als ein Handy auf einen Blick zeigt.",
    "Keep it to a few short lines: a brief thanks, the reason, one easy next step.": "Bleib "
    "bei ein paar kurzen Zeilen: ein knapper Dank, der Grund, ein leichter nächster Schritt.",
    "No reason or next step: say what you would like from them, or ask something easy.":
    "Kein Grund und kein nächster Schritt: Sag, was du dir wünschst, oder stell eine "
    "leichte Frage.",
    "This is LinkedIn's canned invitation; people who don't know you well tend to ignore "
    "it.": "Das ist LinkedIns Standardeinladung; wer dich nicht gut kennt, ignoriert sie "
    "meistens.",
    "Replace it with how you know them and why you want to connect, e.g. \"We met at ... "
    "- I'd love to ...\".": "Ersetze sie durch woher ihr euch kennt und warum du dich "
    "vernetzen willst, z. B. „Wir haben uns bei … kennengelernt – ich würde gern …“.",
    "A run of emoji can look unprofessional in a first note.": "Mehrere Emojis "
    "hintereinander wirken in einer ersten Nachricht schnell unprofessionell.",
    "Keep one emoji, or none.": "Lass ein Emoji stehen, oder keins.",
    "A run of exclamation marks reads as over-excited.": "Mehrere Ausrufezeichen "
    "hintereinander wirken überdreht.",
    "Keep a single exclamation mark.": "Lass ein einziges Ausrufezeichen stehen.",
    '"{quoted}" uses characters and says nothing.': "„{quoted}“ kostet Zeichen und sagt "
    "nichts.",
    "Cut it and get straight to how you know them and why you're writing.": "Streich es "
    "und sag gleich, woher ihr euch kennt und warum du schreibst.",
    "1 character over the {limit}-character limit.": "1 Zeichen über dem Limit von "
    "{limit}.",
    "{over} characters over the {limit}-character limit.": "{over} Zeichen über dem Limit "
    "von {limit}.",
    "Cut a sentence or tighten the wording; LinkedIn will not accept it as is.": "Streich "
    "einen Satz oder kürze den Text; so nimmt LinkedIn ihn nicht an.",
    "A link in a first note looks like spam to many people.": "Ein Link in der ersten "
    "Nachricht wirkt auf viele wie Spam.",
    "Send the link in a message after they accept.": "Schick den Link in einer Nachricht, "
    "wenn die Anfrage angenommen ist.",
    "Nothing says how you know them or how you found them.": "Nichts sagt, woher ihr euch "
    "kennt oder wie du auf die Person gekommen bist.",
    "Add where you met, who introduced you, which post or project of theirs you know, or "
    "an honest \"we haven't met, but ...\".": "Ergänze, wo ihr euch getroffen habt, wer "
    "euch bekannt gemacht hat, welchen Beitrag oder welches Projekt du kennst, oder ein "
    "ehrliches „wir kennen uns noch nicht, aber …“.",
    "Not addressed by name.": "Die Person wird nicht mit Namen angesprochen.",
    'Start with "Hi {name},".': "Beginne mit „Hallo {name},“.",
    'Start with their first name, e.g. "Hi Maria,".': "Beginne mit dem Vornamen, z. B. "
    "„Hallo Maria,“.",
    "No reason to connect: say what you would like from them or can offer.": "Kein Grund "
    "zum Vernetzen: Sag, was du dir von der Person wünschst oder anbieten kannst.",
    "Add one concrete line, e.g. \"I'd love to hear how you ...\", \"Could I ask your "
    "advice on ...?\" or \"Would be great to stay in touch.\"": "Ergänze einen konkreten "
    "Satz, z. B. „Mich würde interessieren, wie …“, „Darf ich dich zu … um Rat fragen?“ "
    "oder „Lass uns gern in Kontakt bleiben.“",
    'Unfilled template slot "{slot}".': "Nicht ausgefüllter Platzhalter „{slot}“.",
    "Replace it with the real detail (their name, company or event).": "Ersetze ihn durch "
    "die echte Angabe (Name, Firma oder Veranstaltung).",
    "This is nearly the same as a note you already sent; identical notes read as "
    "mass-sent.": "Das ist fast dieselbe Nachricht wie eine schon verschickte; gleiche "
    "Nachrichten wirken wie Massenversand.",
    "Add something only this person would recognise: what you talked about, their talk "
    "or post, or where exactly you met.": "Ergänze etwas, das nur diese Person "
    "wiedererkennt: worüber ihr gesprochen habt, ihren Vortrag oder Beitrag, oder wo "
    "genau ihr euch getroffen habt.",
    '"{quoted}" reads like a sales pitch; a first note that sells is usually ignored.': "„"
    "{quoted}“ klingt nach Verkauf; eine erste Nachricht, die verkauft, wird meist "
    "ignoriert.",
    "Connect with a personal reason first; offer your product later, if they ask.": "Vernetz "
    "dich zuerst aus einem persönlichen Grund; biete dein Produkt später an, wenn danach "
    "gefragt wird.",
    "Capital letters read as shouting.": "Großbuchstaben wirken wie Schreien.",
    "Write it in normal sentence case.": "Schreib es in normaler Groß- und Kleinschreibung.",
    '"{quoted}" could be sent to anyone.': "„{quoted}“ könnte an jeden gehen.",
    'Unfilled template slot "{slot}": it stands for {described}.':
        "Nicht ausgefüllter Platzhalter „{slot}“: Er steht für {described}.",
    "your own name": "deinen eigenen Namen",
    "your own company": "deine eigene Firma",
    "their first name": "den Vornamen der Person",
    "a part of their name": "einen Teil des Namens der Person",
    "their company": "die Firma der Person",
    "the event where you met": "die Veranstaltung, auf der ihr euch getroffen habt",
    "Type your name, or set Your name in Settings.":
        "Gib deinen Namen ein oder trag ihn in Settings unter „Your name“ ein.",
    "Type your company's name.": "Gib den Namen deiner Firma ein.",
    "Type their first name.": "Gib den Vornamen der Person ein.",
    "Type their name as it should read.": "Gib den Namen der Person so ein, wie er lauten soll.",
    "Type their company's name.": "Gib den Firmennamen der Person ein.",
    "Type the event's name.": "Gib den Namen der Veranstaltung ein.",
    "Put “{value}” in its place.": "Setz stattdessen „{value}“ ein.",
    "An invisible character ({names}): LinkedIn counts it but nobody sees it, and it can split "
    "or reorder the words beside it.":
        "Ein unsichtbares Zeichen ({names}): LinkedIn zählt es mit, aber niemand sieht es, und "
        "es kann die Wörter daneben trennen oder umstellen.",
    "{count} invisible characters ({names}): LinkedIn counts them but nobody sees them, and "
    "they can split or reorder the words beside them.":
        "{count} unsichtbare Zeichen ({names}): LinkedIn zählt sie mit, aber niemand sieht "
        "sie, und sie können die Wörter daneben trennen oder umstellen.",
    "Remove it: text pasted from elsewhere often carries these.":
        "Entferne es: Text, der von anderswo eingefügt wurde, bringt solche Zeichen oft mit.",
    "Remove them: text pasted from elsewhere often carries these.":
        "Entferne sie: Text, der von anderswo eingefügt wurde, bringt solche Zeichen oft mit.",
    "zero-width space": "breitenloses Leerzeichen",
    "zero-width non-joiner": "Bindehemmer",
    "zero-width joiner": "breitenloser Verbinder",
    "left-to-right embedding": "Links-nach-rechts-Einbettung",
    "right-to-left embedding": "Rechts-nach-links-Einbettung",
    "pop directional formatting": "Ende der Richtungsformatierung",
    "left-to-right override": "Links-nach-rechts-Überschreibung",
    "right-to-left override": "Rechts-nach-links-Überschreibung",
    "left-to-right isolate": "Links-nach-rechts-Isolierung",
    "right-to-left isolate": "Rechts-nach-links-Isolierung",
    "first strong isolate": "Isolierung nach dem ersten starken Zeichen",
    "pop directional isolate": "Ende der Richtungsisolierung",
    "byte order mark": "Byte-Order-Mark",
}

# --- drafts -----------------------------------------------------------------------------

_DETERMINERS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
    "mein", "meine", "meinen", "meinem", "meiner", "dein", "deine", "deinen", "deinem",
    "deiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere", "dieser",
    "diese", "dieses", "diesen", "diesem", "beim", "zum", "zur", "im", "am",
})
_determined = determined_by(_DETERMINERS)
# Nouns for a piece of work that are feminine; others go by their ending (-ung, -heit,
# -ion ...), and masculine or neuter (which decline alike here) is the fallback.
_FEMININE = frozenset({
    "arbeit", "studie", "präsentation", "keynote", "forschung", "analyse", "folge",
    "episode", "serie", "app", "website", "seite", "kolumne", "reportage", "rede", "idee",
    "sicht", "antwort", "frage", "session", "bibliothek", "library", "doku", "sendung",
    "podcastfolge", "newsletter-ausgabe", "ausgabe", "umfrage", "grafik", "karte",
})
_FEMININE_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "ik", "ie", "enz",
                     "anz", "arbeit", "studie", "analyse", "folge", "seite", "idee", "thek")
# Nouns ending in -s that are singular.
_SINGULAR_S = frozenset({"kurs", "fokus", "campus", "status", "prozess", "impuls", "fluss"})


def _agreement(word: str) -> str:
    """The class of a noun for the dative after "aus" and "von": "p" plural, "f" feminine,
    "m" masculine or neuter (which decline alike there). A compound goes by its last part."""
    noun = word.rsplit("-", 1)[-1]
    if noun.endswith("s") and noun not in _SINGULAR_S:
        return "p"
    return "f" if noun in _FEMININE or noun.endswith(_FEMININE_ENDINGS) else "m"


DRAFTING = Phrasing(
    greeting={"warm": "Hallo {name},", "brief": "<Hi|Hallo> {name}!", "direct": "Hallo {name},"},
    how={
        "event": {
            "warm": "es war schön, <dich|Sie> {event|bei}[ {when|aside}] kennenzulernen"
            "[ und mit <dir|Ihnen> über {topic} zu sprechen]",
            "brief": "wir haben uns {event|bei}[ {when|aside}] kennengelernt"
            "[ und über {topic} gesprochen]",
            "direct": "wir haben {event|bei}[ {when|aside}][ über {topic}] gesprochen",
        },
        "talk": {
            "warm": "{talk|<vortrag_dein|vortrag_ihr>}[ {event|bei}] hat mir sehr gefallen",
            "brief": "ich habe {talk|<vortrag_deinen|vortrag_ihren>}[ {event|bei}] gesehen",
            "direct": "{talk|<vortrag_dein|vortrag_ihr>}[ {event|bei}] war sehr hilfreich",
        },
        "worked": {
            "warm": "die Zusammenarbeit mit <dir|Ihnen> bei {company}[ {team|aside}] hat mir"
            " viel Freude gemacht",
            "brief": "wir haben zusammen bei {company}[ {team|aside}] gearbeitet",
            "direct": "wir haben bei {company}[ {team|aside}] zusammengearbeitet",
        },
        "same-org": {
            "warm": "ich habe gesehen, dass wir {org} gemeinsam haben",
            "brief": "wir haben {org} gemeinsam",
            "direct": "uns verbindet {org}",
        },
        "mutual": {
            "warm": "ich habe gesehen, dass wir einen gemeinsamen Kontakt haben: {mutual}",
            "brief": "wir haben einen gemeinsamen Kontakt: {mutual}",
            "direct": "wir kennen beide {mutual}",
        },
        "their-work": {
            "warm": "ich habe viel aus {work|<deinem|ihrem>} mitgenommen",
            "brief": "ein großes Lob zu {work|<deinem|ihrem>}",
            "direct": "ich habe viel von {work|<deinem|ihrem>} gelernt",
        },
        "never-met": {
            "warm": "wir kennen uns noch nicht, aber ich bin {found|via} auf <dein|Ihr> Profil"
            " gestoßen",
            "brief": "wir kennen uns noch nicht; ich habe <dein|Ihr> Profil {found|via}"
            " gefunden",
            "direct": "ich bin {found|via} auf <dich|Sie> aufmerksam geworden, wir kennen uns"
            " aber noch nicht",
        },
        "close": {
            "warm": "ich hoffe, es geht <dir|Ihnen> gut!",
            "brief": "ich hoffe, bei <dir|Ihnen> ist alles gut",
            "direct": "ich hoffe, es geht <dir|Ihnen> gut!",
        },
    },
    why={
        "stay": ("love", "gern in Kontakt bleiben"),
        "follow": ("love", "gern <deine|Ihre> Arbeit weiterverfolgen"),
        "advice": ("love", "<dich|Sie> gern zum Thema {advice} um Rat fragen"),
        "job": ("am", "suche eine Stelle als {job_role}[ {their_company|bei}]"),
        "hiring": ("love", "<dir|Ihnen> gern von einer offenen Stelle als {hiring_role} in"
                   " meinem Team erzählen"),
        "collaborate": ("love", "gern mit <dir|Ihnen> über eine Zusammenarbeit zum Thema"
                        " {collab} sprechen"),
        "share": ("will", "schicke <dir|Ihnen> wie versprochen {share}"),
    },
    leads={
        "love": {"warm": "ich würde", "brief": "ich würde", "direct": "ich möchte"},
        "am": {"warm": "ich", "brief": "ich", "direct": "ich"},
        "will": {"warm": "ich", "brief": "ich", "direct": "ich"},
    },
    ask={
        "warm": "Wäre {value} für <dich|Sie> möglich?",
        "brief": "Passt <dir|Ihnen> {value}?",
        "direct": "Mein Vorschlag: {value}.",
    },
    sign_offs={"warm": "Viele Grüße, {sign_off}", "brief": "<LG|Beste Grüße>, {sign_off}",
               "direct": "Danke, {sign_off}"},
    tighter=(
        ("es war schön, <dich|Sie>", "schön, <dich|Sie>"),
        ("hat mir sehr gefallen", "hat mir gefallen"),
        ("ich habe gesehen, dass wir", "wir"),
        ("war sehr hilfreich", "war hilfreich"),
        (" hat mir viel Freude gemacht", " war toll"),
    ),
    filters={
        "": str,
        "bei": contracted("bei", {"dem": "beim", "das": "beim", "der": "beim",
                                 "die": "bei der"}),
        "vortrag_dein": titled("dein Vortrag", "„", "“", _determined),
        "vortrag_ihr": titled("Ihr Vortrag", "„", "“", _determined),
        "vortrag_deinen": titled("deinen Vortrag", "„", "“", _determined),
        "vortrag_ihren": titled("Ihren Vortrag", "„", "“", _determined),
        "deinem": agreeing({"m": "deinem", "f": "deiner", "p": "deinen"}, _agreement, _determined),
        "ihrem": agreeing({"m": "Ihrem", "f": "Ihrer", "p": "Ihren"}, _agreement, _determined),
        "aside": opening_with(
            frozenset({"in", "im", "am", "an", "letzte", "letzten", "letzter", "letztes",
                       "gestern", "heute", "während", "vor", "nach", "bei", "beim", "diese",
                       "dieser", "diesen", "dieses", "um", "seit", "von", "zwischen",
                       "auf", "vom"}),
            "({})",
        ),
        "via": opening_with(
            frozenset({"über", "ueber", "durch", "bei", "beim", "auf", "in", "im",
                       "während", "dank", "via", "per", "aus", "nach"}),
            "über {}",
        ),
    },
    join=joined("und"),
    clauses="{}, und {}",
    question_starts=frozenset({
        "kannst", "können", "könntest", "hast", "haben", "hättest", "hätten", "wäre",
        "bist", "sind", "darf", "dürfte", "wollen", "willst", "wann", "wie", "wo", "was",
        "passt", "sollen", "sollten", "magst", "möchtest",
    }),
    thanks={"warm": "danke fürs Vernetzen!", "brief": "schön, dass wir jetzt vernetzt sind.",
            "direct": "danke für die Vernetzung."},
    next_steps={
        "stay": "<Hast du|Hätten Sie> Lust auf einen Kaffee, wenn wir uns das nächste Mal"
        " sehen?",
        "follow": "Woran <arbeitest du|arbeiten Sie> gerade?",
        "advice": "Darf ich <dir|Ihnen> hier zwei, drei Fragen schicken?",
        "job": "<Hättest du|Hätten Sie> Zeit für ein kurzes Gespräch über <dein|Ihr> Team?",
        "hiring": "Darf ich <dir|Ihnen> die Details schicken?",
        "collaborate": "<Passt dir|Passt Ihnen> ein kurzes Telefonat nächste Woche?",
        "share": "<Sag mir gern, was du davon hältst|Sagen Sie mir gern, was Sie davon"
        " halten>!",
    },
)
