"""French: the checker's tables and messages, and the drafts' wording.

Conventions as in `pycore.lang.es`: fragments match the note in lower case without
accents ("reseau" for "réseau"); an apostrophe is optional ("t'ajouter", "tajouter").
Sources: the seed articles' advice, read for how French speakers say the same things
(tu and vous, France, Belgium, Switzerland, Québec, West Africa).
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
    starts_with_vowel,
    titled,
)
from .macros import fill

# LinkedIn's canned invitation ("Je souhaiterais vous ajouter à mon réseau professionnel
# sur LinkedIn", GUIDE.md) and its family: tu, "j'aimerais", "rejoindre", "faire partie".
_NETWORK = r"mon reseau(?: professionnel)?(?: linkedin| (?:sur|de) linkedin)?"
DEFAULT_TEXTS: tuple[str, ...] = fill(
    (
        r"(?:je (?:souhaiterais|souhaite|voudrais|veux|desirerais|serais (?:ravie?|heureux"
        r"|heureuse) de)|j'aimerais|j'aimerai|je souhaiterai|je voudrai) (?:beaucoup |bien "
        r"|vivement )?(?:vous|t'|te) ?(?:ajouter|inviter|integrer|compter|accueillir)"
        r" (?:a|dans|parmi) (?:%NETWORK%|mes (?:contacts|relations)(?: (?:sur|de) linkedin)?)",
        r"(?:je (?:souhaiterais|souhaite|voudrais|veux)|j'aimerais) (?:beaucoup |bien )?"
        r"(?:faire partie de|rejoindre|integrer|entrer dans) (?:votre|ton) reseau"
        r"(?: professionnel)?(?: linkedin| (?:sur|de) linkedin)?",
        r"(?:rejoignez|rejoins|rejoindre) %NETWORK%",
        r"(?:je vous invite|je t'invite) a (?:rejoindre|integrer|faire partie de) %NETWORK%",
        r"ajoute[sz]?-? ?moi (?:a|dans) (?:votre|ton) reseau(?: professionnel)?",
    ),
    NETWORK=_NETWORK,
)

PLACEHOLDERS: tuple[str, ...] = (
    r"(?:bonjour|salut|cher|chere|madame|monsieur|coucou|bonsoir) ,",
)
PLACEHOLDERS_CASED: tuple[str, ...] = (
    r"(?:PR[ÉE]NOM|NOM|VOTRE NOM|MON NOM|ENTREPRISE|SOCI[ÉE]T[ÉE]|POSTE|[ÉE]V[ÉE]NEMENT"
    r"|VILLE|SUJET|TH[ÈE]ME|[ÉE]COLE|DATE|SECTEUR)",
)

# What a slot stands for, by its words (folded: "prénom" is "prenom"), beside English's
# (`pycore.phrases`): "[Votre nom]" is the sender's, "{prénom}" theirs. "Nom" alone is
# the family name, as on every French form ("Nom, prénom"), so it gets no first name.
SLOT_SENDER_WORDS: frozenset[str] = frozenset({
    "votre", "vos", "ton", "ta", "tes", "mon", "ma", "mes", "moi", "expediteur",
    "expeditrice", "signature",
})
SLOT_WORDS: dict[str, frozenset[str]] = {
    "company": frozenset({
        "entreprise", "societe", "organisation", "boite", "agence", "employeur",
    }),
    "event": frozenset({
        "evenement", "conference", "salon", "congres", "forum", "sommet", "webinaire",
        "atelier", "colloque", "seminaire",
    }),
    "other name": frozenset({"nom", "famille", "complet"}),
    "name": frozenset({"prenom", "destinataire"}),
}

WORK = (
    r"(?:post|posts|publication|publications|article|articles|fil|thread|newsletter|blog"
    r"|livre|ouvrage|conference|conf|talk|intervention|presentation|podcast|episode"
    r"|video|videos|chaine|projet|projets|recherche|recherches|travaux|these|memoire"
    r"|papier|etude|rapport|cours|atelier|depot|repo|bibliotheque|librairie|outil|appli"
    r"|application|startup|produit|entretien|interview|commentaire|reponse|tweet|portfolio"
    r"|photos|designs|chronique|tribune|reportage|keynote|webinaire|session|astuce|idee"
    r"|retour d'experience|travail sur|analyse|guide|tutoriel|discours|table ronde"
    r"|question|demo|passage (?:a|chez|de)|transition|reconversion)"
)
_PEOPLE = (
    r"(?:collegue|collegues|ami|amie|amis|amies|soeur|\u0153ur|frere|cousin|cousine|voisin"
    r"|voisine|voisins|voisines|manager|chef|cheffe|mentor|professeur|prof|client|cliente"
    r"|associe|associee|camarade|camarades|femme|mari|compagne|compagnon|fille|fils"
    r"|coequipier|coequipiere|coequipiers|benevoles|membres|partenaires|eleve|etudiant"
    r"|etudiante|stagiaire|binome)"
)
_DAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-?end)"

CONTEXT_CUES: tuple[str, ...] = fill(
    (
        # Having met or talked.
        r"(?:nous nous sommes|on s'est|nous sommes|on est|je t'ai|je vous ai|j'ai|nous"
        r" avons|on a|avons) (?:\w+ ){0,2}?(?:rencontre|rencontres|rencontrees|rencontree"
        r"|croise|croises|croisees|croisee|vu|vue|vus|parle|discute|echange|retrouve"
        r"|retrouves|connus|connues|connu|assis|assises|travaille|bosse|etudie|collabore"
        r"|partage|joue|fait connaissance|sympathise|entendu|ecoute|lu)",
        r"(?<!au\s)(?:ravie?s?|enchantee?s?|contente?s?|heureuse|heureux|plaisir|chouette"
        r"|super|genial|sympa|top) (?:\w+ ){0,2}?(?:d'|de )(?:t'|vous |te |nous )?(?:avoir"
        r"|revoir|recroiser|retrouver)",
        r"c'etait (?:\w+ ){0,3}?(?:de|d')",
        r"merci (?:encore |beaucoup |mille fois )?(?:pour|de) (?!(?:accepter|votre temps"
        r"|ton temps|me lire|l'ajout|votre consideration)\b)(?:la|le|les|ta|ton|tes|votre"
        r"|vos|l'|cette|ce|avoir)",
        r"lors (?:de|du|des|d')",
        r"(?:hier|avant-hier|ce matin|cet apres-midi|ce soir|l'autre (?:jour|soir)"
        r"|(?:la semaine|le mois|l'an|l'annee|l'ete|l'hiver|le printemps|l'automne"
        r"|le week-?end) (?:dernier|derniere|passe|passee)|%DAY% (?:dernier|soir|matin)"
        r"|(?:de|du) %DAY%|(?:en|depuis) (?:19|20)\d\d|il y a (?:\w+ )?(?:ans|mois|semaines"
        r"|jours|an|temps))",
        # Events and the like, not one's own.
        r"(?<!\bmon\s)(?<!\bma\s)(?<!\bnotre\s)(?<!\bmes\s)(?<!\bnos\s)(?:conference|conf"
        r"|salon|atelier|meetup|rencontre|evenement|forum|sommet|seminaire|colloque|congres"
        r"|webinaire|webinar|hackathon|table ronde|soiree|afterwork|dejeuner|diner|mariage"
        r"|stand|keynote|session|masterclass|formation|journee|journees|assises|retrouvailles"
        r"|intervention|presentation|talk|panel|workshop|bootcamp|devfest|apero|coworking"
        r"|summit|webinar|happy hour|networking)s?",
        r"(?:liste|programme) des (?:intervenants|speakers|conferenciers|participants"
        r"|orateurs|invites)",
        # Working or studying together.
        r"(?:travaille|etudie|bosse|collabore|joue)s? ensemble|(?:aime|apprecie|adore"
        r"|plaisir de) (?:\w+ )?travaill\w* (?:avec (?:toi|vous)|ensemble)",
        r"(?:nous avons|nous avions|on a|on avait) (?:[\w'-]+ ){1,4}?en commun|nous avons en"
        r" commun",
        r"(?:tous|toutes) (?:les )?deux",
        r"(?:meme|memes) (?:\w+ )?(?:equipe|entreprise|societe|ecole|universite|fac|promo"
        r"|promotion|classe|cursus|master|programme|projet|bureau|etage|table|atelier|club"
        r"|association|quartier|coworking|batiment|vol|train|conference|evenement|lycee"
        r"|college|stage|labo|laboratoire)",
        r"(?:ancien|ancienne|anciens|anciennes|ex)-? ?(?:collegue|camarade|eleve|etudiant"
        r"|etudiante|manager|chef|cheffe|client|cliente|stagiaire|de|d'|du|des)s?",
        r"(?:promo|promotion|classe|annee) (?:de |d')?(?:19|20)\d\d",
        r"(?:nous sommes|on est|nous etions|on etait|je suis|tu es|vous etes) (?:\w+ ){0,2}?"
        r"%PEOPLE%",
        r"(?:mon|ma|mes|ton|ta|tes|votre|vos|notre|nos) (?:\w+ ){0,2}?%PEOPLE%",
        r"(?:la|le|les) (?:\w+ )?%PEOPLE% (?:de|d') \w+",
        # A mutual contact.
        r"(?:m'a|m'ont|nous a|nous ont|t'a|vous a|m'avait) (?:\w+ ){0,2}?(?:conseille"
        r"|recommande|suggere|parle|dit|transmis|donne|passe|presente|presentes|presentees"
        r"|mis en contact|mis en relation|oriente|indique|envoye)",
        r"(?:contact|ami|amie|connaissance|relation)s? (?:en )?commun|de la part de"
        r"|sur (?:les conseils|la recommandation|le conseil) de|comme convenu|comme promis"
        r"|suite a notre",
        # Their work.
        r"(?:ton|ta|tes|votre|vos) (?:\w+ ){0,2}?%WORK%",
        r"(?:j'ai vu|je vois|j'ai appris|j'ai lu|on m'a dit|j'ai remarque|je constate)"
        r" que (?:\w+ ){0,2}?(?:tu|vous|ton|votre|ta|tes|vos)",
        r"(?:je suis|je lis|je te suis|je vous suis|j'ecoute|je regarde) (?:\w+ ){0,2}?"
        r"(?:vos|tes|votre|ton|ta|depuis)",
        r"(?:lecteur|lectrice|auditeur|auditrice|abonne|abonnee|utilisateur|utilisatrice"
        r"|client|cliente|fan) (?:de|d'|du|fidele)",
        r"(?:felicitations|bravo|chapeau)",
        # Honestly never met.
        r"nous ne nous connaissons pas|on ne se connait pas|nous ne nous sommes (?:jamais"
        r"|pas encore) \w+|on ne s'est (?:jamais|pas encore) \w+|vous ne me connaissez pas"
        r"|tu ne me connais pas|sans nous connaitre",
        # Who the sender is and where.
        r"(?:je suis|je m'appelle \w+ et je suis|je travaille comme|en tant que)"
        r" (?:le |la |l'|un |une )?(?:nouveau |nouvelle )?(?:\w+ ){0,3}?(?:etudiant"
        r"|etudiante|doctorant|doctorante|recruteur|recruteuse|responsable|directeur"
        r"|directrice|chef|cheffe|manager|fondateur|fondatrice|cofondateur|cofondatrice|ceo"
        r"|cto|developpeur|developpeuse|ingenieur|ingenieure|designer|journaliste|chercheur"
        r"|chercheuse|professeur|professeure|consultant|consultante|analyste|avocat|avocate"
        r"|medecin|infirmier|infirmiere|organisateur|organisatrice|membre|stagiaire"
        r"|alternant|alternante|coordinateur|coordinatrice|charge|chargee|redacteur"
        r"|redactrice|benevole)(?: [\w'.-]+){0,4}? (?:chez|de|du|des|a|au|pour|en|d') ?\w+",
        r"(?:etudiant|etudiante|doctorant|doctorante|chercheur|chercheuse|ingenieur"
        r"|ingenieure|developpeur|developpeuse|recruteur|recruteuse|responsable|directeur"
        r"|directrice|consultant|consultante|stagiaire|alternant|alternante|journaliste)"
        r" (?:[\w'-]+ ){0,3}?(?:chez|a l'|a la|au|a) \w+",
        r"je (?:coordonne|dirige|gere|anime|organise|pilote|enseigne|travaille) (?:\w+ ){0,3}?"
        r"(?:chez|de|du|a|au|dans|pour|d') ?\w+",
    ),
    WORK=WORK,
    PEOPLE=_PEOPLE,
    DAY=_DAY,
)
CONTEXT_CUES_CASED: tuple[str, ...] = (
    *phrases.CONTEXT_CUES_CASED,
    r"(?:Salon|Forum|Assises|Rencontres|Journ[ée]es?|Semaine|Sommet|Festival|Congr[èe]s)"
    r" (?:de |du |des |de la |d')?[A-Z]\w+",
)

# A gathering named without being shared (see `pycore.phrases`): none here, as
# `CONTEXT_CUES` leaves the sender's own events out itself.
NOT_SHARED: tuple[str, ...] = ()

NOT_A_REASON = (
    r"(?:me connecter|nous connecter|vous connecter|vous ajouter|t'ajouter|ajouter"
    r"|rejoindre|faire partie|integrer|elargir|developper mon reseau|agrandir|etendre"
    r"|entrer en contact|me mettre en relation|etre en contact|etre en relation|connecter"
    r"|etablir (?:un )?contact|avoir (?:\w+ )?dans mon reseau|vous inviter a rejoindre)"
)
REASON_CUES: tuple[str, ...] = fill(
    (
        # Keeping a promise: "comme promis, voici les slides".
        r"comme (?:promis|convenu|demande|discute|(?:je (?:te|vous) l'ai|on l'a|nous l'avons)"
        r" (?:promis|dit))|voici (?:le|la|les|l'|mon|ma|mes|un|une)",
        r"(?:j'aimerais|je souhaiterais|je souhaite|je voudrais|je veux|j'ai envie de"
        r"|j'adorerais|je serais (?:ravie?|heureux|heureuse) de|ca me ferait plaisir de"
        r"|(?:il|ce) serait (?:\w+ )?(?:interessant|utile|genial|super|top|chouette"
        r"|un plaisir) de|j'espere|j'esperais|je cherche a|nous aimerions|nous souhaiterions"
        r"|on pourrait|nous pourrions|pourrions-nous|je me permets de|je compte|j'aurais aime"
        r"|je serais curieux de|je serais curieuse de) (?:beaucoup |bien |vraiment |tellement"
        r" |aussi |egalement |pouvoir )?(?!(?:\w+ ){0,2}%NOT_A_REASON%\b)\w+",
        r"(?:garder|rester|restons|restez|reste|gardons|maintenir|maintenons) (?:en )?"
        r"(?:contact|le contact|en lien|en relation|connectes)|perdre de vue",
        r"(?:conseil|conseils|conseiller|avis|retour d'experience|retours|feedback"
        r"|recommandation|mentorat|aide|m'aider|coup de main|eclairage|point de vue"
        r"|expertise|lumieres|questions?|poser)",
        r"(?:je cherche|je recherche|a la recherche d'|en recherche d')(?:un |une )?(?:poste"
        r"|emploi|stage|alternance|job|cdi|travail|mission)|(?:postes?|stage|alternance"
        r"|recrutement|recruter|recrute|recrutons|embauche|candidature|candidater|postuler"
        r"|entretien|offre d'emploi|cooptation|interviewer)",
        r"(?:collaborer|collaboration|partenariat|travailler ensemble|travailler avec (?:toi"
        r"|vous)|vous proposer|te proposer|proposer|organiser ensemble|co-?organiser"
        r"|inviter)",
        r"(?:un cafe|prendre un cafe|boire un cafe|un verre|un appel|un call|une visio"
        r"|\d+ ?minutes|\d+ ?min|un quart d'heure|un dejeuner|dejeuner ensemble|se voir"
        r"|nous voir|se retrouver|caler (?:un|une))",
        r"(?:savoir|connaitre|decouvrir|apprendre|comprendre|en savoir plus|entendre)"
        r" (?:plus|davantage|comment|ce que|si|pourquoi|votre|ton|ta|vos|tes|quel|quelle|sur"
        r"|de tes|de vos|vos|tes)",
        r"(?:suivre|suivre de pres) (?:vos|tes|votre|ton|ta|les travaux|ce que|l'evolution)",
        r"(?:j'ai (?:beaucoup |vraiment |tellement )?(?:aime|apprecie|adore|kiffe)|m'a"
        r" (?:beaucoup |vraiment )?(?:plu|parle|servi|aide|eclaire|eclairee|marque|marquee"
        r"|inspire|inspiree|interesse|interessee|convaincu|convaincue|motive|motivee|decide"
        r"|donne|fait reflechir|fait penser|fait repenser|fait changer|appris)|j'ai appris)",
        r"au plaisir de (?:te |vous )?(?:croiser|revoir|voir|rencontrer|retrouver|lire"
        r"|travailler|collaborer)",
        r"(?:en parler|en discuter|parler de|discuter de|echanger sur|echanger autour|on en"
        r" parle|on remet ca|on se voit|on se fait|poursuivre (?:la|notre|cette)"
        r" (?:discussion|conversation|echange)|reprendre (?:la|notre|cette) (?:discussion"
        r"|conversation))",
        r"au cas ou|si jamais|si (?:tu|vous) (?:as|avez|cherches|cherchez) (?:besoin|encore"
        r"|toujours)",
        r"pour (?!%NOT_A_REASON%\b)(?:\w+ )?(?:parler|discuter|echanger sur|vous poser|te"
        r" poser|demander|proposer|organiser|collaborer|preparer|mon memoire|ma these|mon"
        r" projet|ne pas se perdre|pas se perdre|garder le contact)",
        r"(?:je|nous) (?:t'|te |vous )(?:envoie|enverrai|ecris|ecrirai|propose|proposerai"
        r"|invite|appelle|appellerai|transmets|partage|remercie|contacte)",
        r"bonne chance (?:pour|avec)|merci encore",
        r"(?:je|nous|on) (?:prepare|preparons|lance|lancons|travaille sur|travaillons sur"
        r"|monte|montons|redige|organise|organisons|m'attaque|cherche|cherchons|me"
        r" reconvertis|demenage|gere|developpe|apprends|apprend|m'interesse)",
        r"(?:pourrais|pourriez|peux|pouvez|aurais|auriez|serais|seriez)-(?:je|tu|vous)"
        r" (?!%NOT_A_REASON%\b)\w+",
    ),
    NOT_A_REASON=NOT_A_REASON,
)
CONNECT_ONLY: tuple[str, ...] = (
    r"(?:connect\w*|ajout\w*|accept\w*|reseau|rejoin\w*|contact|relation)",
)

# Questions that ask nothing of them (see `pycore.phrases`): a greeting ("Comment
# allez-vous ?") or small talk about what both saw ("C'était génial, non ?").
SMALL_TALK: tuple[str, ...] = (
    r"(?:comment (?:allez-vous|vas-tu|tu vas|vous allez|ca va)|ca va(?: bien| depuis)?)"
    r"(?= ?[?!.])",
    r"c'etait (?:[\w-]+ ){0,3}?non(?= ?[?!.])|n'etai(?:t|ent)-(?:ce|il|elle|ils|elles) pas",
)

VAGUE: tuple[tuple[str, str, bool], ...] = (
    (
        r"(?:j'ai vu|j'ai consulte|je suis tombee? sur|j'ai decouvert|en parcourant|en"
        r" consultant|j'ai parcouru) (?:votre|ton) profil|(?:votre|ton) profil (?:m'a|est"
        r"|a retenu|me semble|m'interesse)|(?:profil|parcours) (?:tres |vraiment )?"
        r"(?:interessant|impressionnant|inspirant|remarquable|passionnant)",
        "Dites ce qui vous a amené à cette personne : quelle publication, quelle conférence, "
        "quel projet ou quel contact ?",
        True,
    ),
    (
        r"(?:votre|ton) (?:parcours|carriere|experience|trajectoire|profil) (?:est|m'a"
        r"|me semble|m'inspire|m'impressionne)? ?(?:\w+ )?(?:inspirant|impressionnant"
        r"|remarquable|admirable|exemplaire|brillant|fascinant)|(?:inspirant|impressionnant"
        r"|remarquable|admirable|bel|beau) (?:parcours|profil|carriere)|(?:impressionnee?"
        r"|inspiree?) par (?:votre|ton) (?:parcours|profil|carriere|experience)",
        "Dites ce qui vous a impressionné : un projet, un poste, une publication ou une "
        "intervention précis.",
        False,
    ),
    (
        r"(?:professionnels|personnes|gens|profils|experts|leaders) (?:comme (?:vous|toi)"
        r"|partageant (?:les memes|mes) (?:valeurs|interets)|du secteur|de mon secteur|du"
        r" domaine|inspirant(?:e)?s|interessant(?:e)?s)|(?:me connecter|me mettre en relation"
        r"|echanger|connecter) avec (?:d'autres |des |de nouveaux |plus de )?(?:professionnels"
        r"|personnes|experts|leaders)|toujours (?:\w+ )?(?:a la recherche de|ouverte? a"
        r"|heureuse? de|ravie? de) (?:nouveaux|nouvelles|(?:\w+ )?contacts|elargir|developper"
        r"|echanger)|(?:les )?memes valeurs",
        "Dites pourquoi cette personne en particulier : que fait-elle qui vous intéresse ?",
        False,
    ),
    (
        r"(?:elargir|elargis|developper|developpe|agrandir|agrandis|etendre|enrichir"
        r"|renforcer|construire) (?:mon|notre|votre|ton) (?:reseau|cercle)",
        "Dites ce que vous espérez obtenir ou apporter : un conseil, un poste, une "
        "collaboration ?",
        False,
    ),
    (
        r"synergies?|gagnant-? ?gagnant|win-? ?win|benefice mutuel|mutuellement benefique"
        r"|enrichissement mutuel|s'entraider|grandir ensemble|creer de la valeur|(?:futures"
        r"|potentielles|eventuelles|belles) collaborations(?! (?:sur|autour|pour))"
        r"|opportunites (?:de collaboration|d'affaires|de business)|explorer (?:des |de )?"
        r"(?:pistes|opportunites|synergies)",
        "Dites ce que vous pourriez faire ensemble, concrètement.",
        True,
    ),
    (
        r"(?:belles|nouvelles|interessantes|eventuelles|futures|diverses) opportunites"
        r"(?! (?:de (?!collaboration|business|affaires)|sur|dans|chez|pour))|opportunites"
        r" professionnelles|fins professionnelles",
        "Quelle opportunité exactement ? Dites quoi, pourquoi et ce que vous demandez.",
        False,
    ),
    (
        r"(?:j'aime|j'adore|j'apprecie|je lis) (?:beaucoup |toujours )?(?:vos|tes)"
        r" (?:publications|posts|articles|contenus|videos)(?= ?(?:[.!?\n]|$|et (?:j'|je)))",
        "Quelle publication ? Nommez-la, par exemple « votre post sur ... ».",
        False,
    ),
    (
        r"(?:le )?meme (?:secteur|domaine|milieu|univers)(?! ?[:(-])",
        "Nommez le domaine précis : quel sujet, produit, équipe ou événement ?",
        False,
    ),
)

SALES_PITCH: tuple[str, ...] = (
    r"nous aidons (?:\w+ ){0,3}?(?:entreprises|societes|marques|equipes|startups|pme|tpe"
    r"|eti|cliniques|boutiques|agences|professionnels|entrepreneurs|fondateurs|dirigeants"
    r"|organisations|commerces|cabinets|independants|clients|e-?commercants|restaurateurs)",
    r"(?:entreprises|societes|marques|organisations|equipes|structures|acteurs) comme"
    r" (?:la votre|la tienne|le votre|le tien|vous|toi)",
    r"(?:a partir de|des|seulement|pour seulement) \d+(?:[.,]\d+)? ?(?:\u20ac|eur|euros|\$"
    r"|usd|dollars)",
    r"\d+(?:[.,]\d+)? ?(?:\u20ac|eur|euros|\$) ?(?:/ ?|par |de l'|l')(?:heure|mois|an"
    r"|annee|utilisateur|h)",
    r"\d+ ?% (?:de (?:reduction|remise)|sur|ce mois|offerts?|aux nouveaux)|code promo"
    r"|(?:remise|reduction) (?:de \d+|exceptionnelle|speciale)|offre (?:speciale"
    r"|exclusive|limitee|de lancement)|essai gratuit|sans engagement|(?:audit|diagnostic"
    r"|demo|consultation|appel|devis|bilan) (?:\w+ )?gratuit|gratuitement",
    r"(?:une|notre) demo|demo (?:gratuite|personnalisee|de \d+)|demonstration (?:gratuite"
    r"|de notre)",
    r"(?:reservez|reserve|planifiez|prenez|caler|calons|planifier|fixer|fixons)"
    r" (?:un|une|votre|ton) (?:rendez-vous|rdv|creneau|appel|call|demo|audit|reunion"
    r"|visio)|peut-on caler",
    r"(?:notre|nos|mon) (?:\w+ ){0,2}?(?:solution|plateforme|outil|agence|logiciel|offre"
    r"|produit|service|services|application|appli|cabinet) (?:\w+ )?(?:peut|permet|aide"
    r"|propose|offre|revolutionne|accompagne|automatise|garantit|est leader)",
    r"(?:vous|te) presenter (?:notre|nos|mon|ma)|(?:vous|te) montrer comment",
    r"(?:economisez|economisent|economisons|reduit|reduisent|reduisons|augmente|augmentent"
    r"|augmentons|ameliore|ameliorent|gagnez) (?:\w+ ){0,3}?(?:jusqu'a |de )?\d+ ?%",
    r"leader (?:du|sur le|de son|dans son) (?:marche|secteur)",
    r"(?:tripler|doubler|multiplier|augmenter|booster|accroitre|reduire|diviser|optimiser)"
    r" (?:\w+ ){0,3}?(?:ventes|leads|chiffre d'affaires|clients|couts|conversions|trafic"
    r"|revenus|marges|productivite|rendez-vous|prospects)",
    r"externaliser|externalisation|outsourcing|leads qualifies|generation de leads"
    r"|prospection|prise de rendez-vous",
    r"revolutionne",
    # Not what a host offers a speaker: "nous offrons le déplacement et l'hébergement".
    r"(?:nous proposons|nous offrons|nous vendons|nous sommes specialis\w+|specialiste de"
    r"|specialistes de|nous accompagnons)(?! (?:le |les |l')?(?:deplacement|transport"
    r"|voyage|hebergement|billets?|defraiement|hotel)\b)",
    r"(?:visitez|decouvrez|consultez) (?:notre|nos|mon) (?:site|offre|catalogue|boutique"
    r"|page|services)",
)

# A sentence that buys or invites rather than sells (see `pycore.phrases`): "nous
# évaluons des outils et j'aimerais une démo du vôtre", "vous inviter à intervenir",
# "merci pour la relecture gratuite".
NOT_SELLING: tuple[str, ...] = (
    r"(?:nous evaluons|j'evalue|nous comparons|je compare|nous sommes en train d'evaluer"
    r"|nous cherchons un (?:nouveau )?(?:prestataire|fournisseur|outil|cabinet|consultant"
    r"|freelance|partenaire))",
    r"(?:j'aimerais|nous aimerions|je voudrais|nous voudrions|je souhaiterais|nous"
    r" souhaiterions)(?: (?:voir|avoir|obtenir|recevoir|demander|tester|essayer))? (?:une"
    r"|un|votre|ta) (?:[\w-]+ )?(?:demo|demonstration|devis|essai|echantillon|tarifs?)",
    r"(?:vous |t')inviter a (?:intervenir|parler|presenter|donner (?:une|la) (?:conference"
    r"|keynote|talk)|etre (?:speaker|intervenant|intervenante|jury|mentor))",
    r"merci(?: encore| beaucoup)? pour (?:la|le|les|votre|vos|ton|ta|tes)",
)

FILLER: tuple[str, ...] = (
    r"j'espere que (?:ce|mon) (?:message|mot|mail) (?:vous|te) trouve(?:ra)? (?:bien|en"
    r" bonne sante)",
    r"mon nom est",
    r"(?:merci d'|merci de |je vous prie d')?accepter ma (?:demande|invitation)",
    r"merci (?:d'avance )?(?:d'accepter|pour votre consideration)",
)
PLEASANTRIES: tuple[str, ...] = (
    r"j'espere que (?:tu vas|vous allez|tout va|ca va) (?:bien|pour le mieux)",
)

# A first message's thanks for connecting, and what says the same ("ravi d'être
# connecté"): as in `pycore.phrases`.
THANKS: tuple[str, ...] = (
    r"merci(?: beaucoup| bien| infiniment| encore)? (?:pour (?:la connexion|l'ajout"
    r"|(?:votre|ton|ta) (?:acceptation|connexion))|d'avoir accepte(?: mon invitation"
    r"| l'invitation| ma demande(?: de connexion)?)?|de m'avoir ajoutee?|d'accepter"
    r"(?: ma demande| mon invitation)?)(?: sur linkedin)?",
    r"(?:je )?(?:vous|te) remercie (?:d'avoir accepte|pour la connexion|de (?:votre|ton)"
    r" acceptation|d'accepter)(?: (?:mon invitation|ma demande))?",
    r"(?:ravie?s?|heureu(?:x|se)s?|contente?s?|(?:c'est )?un plaisir) (?:d'etre"
    r" (?:connectee?s?|en relation|en contact)"
    r"|de (?:cette connexion|(?:vous|te) compter parmi mes contacts|nous connecter))"
    r"(?: avec (?:vous|toi))?(?: sur linkedin)?",
    r"restons connectee?s",
)

GREETINGS: tuple[str, ...] = (
    r"bonjour|bonsoir|salut|coucou|hello|hey|hi|ch[eè]re?s?|madame|monsieur|bjr|slt",
)
TITLES: frozenset[str] = frozenset({
    "madame", "monsieur", "mme", "mlle", "m", "dr", "docteur", "docteure", "professeur",
    "professeure", "pr", "maitre", "me", "cher", "chere", "la", "le",
})
NOT_A_NAME: frozenset[str] = frozenset({
    "a", "tous", "toutes", "equipe", "madame", "monsieur", "je", "j", "vous", "tu", "nous",
    "on", "merci", "ravi", "ravie", "enchante", "enchantee", "j'espere", "espere", "comment",
    "ca", "le", "la", "les", "un", "une", "mon", "ma", "votre", "ton", "c'est", "cher",
    "chere", "collegue", "ami", "amie", "bonjour", "salut", "recruteur", "recruteuse",
})

MESSAGES: dict[str, str] = {
    "Only thanks: the message gives them no reason to reply and no next step.": "Rien "
    "que des remerciements : le message ne donne ni raison de répondre ni prochaine étape.",
    "Keep the thanks short, then say why you connected and end with an easy question, "
    "e.g. \"Could I ask you two questions about ...?\"": "Remerciez en une phrase, dites "
    "pourquoi vous vous êtes connectés et finissez par une question simple, p. ex. « Puis-je "
    "vous poser deux questions sur ... ? ».",
    "This is LinkedIn's canned invitation; they have already accepted it.": "C'est "
    "l'invitation par défaut de LinkedIn ; cette personne l'a déjà acceptée.",
    "Cut it and say why you connected, or ask them something.": "Supprimez-la et dites "
    "pourquoi vous vous êtes connectés, ou posez-lui une question.",
    '"{quoted}" opens the message with a pitch; selling the moment they accept reads as '
    "spam.": "« {quoted} » ouvre le message sur une offre ; vendre dès l'acceptation a "
    "l'air d'un spam.",
    "Open with why you connected and a question about them; offer your product later, if "
    "they ask.": "Commencez par la raison de votre connexion et une question sur son "
    "travail ; proposez votre produit plus tard, si on vous le demande.",
    "{length} characters: a first message past about {readable} is more than a phone "
    "shows at once.": "{length} caractères : au-delà d'environ {readable}, un premier "
    "message dépasse ce qu'un téléphone affiche d'un coup.",
    "Keep it to a few short lines: a brief thanks, the reason, one easy next step.": "Tenez-"
    "vous-en à quelques lignes : un bref merci, la raison, une prochaine étape simple.",
    "No reason or next step: say what you would like from them, or ask something easy.":
    "Ni raison ni prochaine étape : dites ce que vous aimeriez de cette personne, ou posez "
    "une question simple.",
    "This is LinkedIn's canned invitation; people who don't know you well tend to ignore "
    "it.": "C'est l'invitation par défaut de LinkedIn ; ceux qui ne vous connaissent pas "
    "bien l'ignorent souvent.",
    "Replace it with how you know them and why you want to connect, e.g. \"We met at ... "
    "- I'd love to ...\".": "Remplacez-la par la façon dont vous vous connaissez et la "
    "raison de votre demande, p. ex. « Nous nous sommes rencontrés à ... et j'aimerais ... ».",
    "A run of emoji can look unprofessional in a first note.": "Plusieurs emojis à la "
    "suite peuvent paraître peu professionnels dans un premier message.",
    "Keep one emoji, or none.": "Gardez un emoji, ou aucun.",
    "A run of exclamation marks reads as over-excited.": "Plusieurs points d'exclamation "
    "à la suite paraissent surexcités.",
    "Keep a single exclamation mark.": "Gardez un seul point d'exclamation.",
    '"{quoted}" uses characters and says nothing.': "« {quoted} » prend des caractères "
    "et ne dit rien.",
    "Cut it and get straight to how you know them and why you're writing.": "Supprimez-le "
    "et dites directement comment vous vous connaissez et pourquoi vous écrivez.",
    "1 character over the {limit}-character limit.": "1 caractère de trop pour la limite "
    "de {limit}.",
    "{over} characters over the {limit}-character limit.": "{over} caractères de trop "
    "pour la limite de {limit}.",
    "Cut a sentence or tighten the wording; LinkedIn will not accept it as is.": "Supprimez "
    "une phrase ou resserrez le texte ; LinkedIn ne l'acceptera pas tel quel.",
    "A link in a first note looks like spam to many people.": "Un lien dans un premier "
    "message ressemble à du spam pour beaucoup de gens.",
    "Send the link in a message after they accept.": "Envoyez le lien dans un message "
    "une fois l'invitation acceptée.",
    "Nothing says how you know them or how you found them.": "Rien ne dit comment vous "
    "vous connaissez ni comment vous avez trouvé cette personne.",
    "Add where you met, who introduced you, which post or project of theirs you know, or "
    "an honest \"we haven't met, but ...\".": "Ajoutez où vous vous êtes rencontrés, qui "
    "vous a présentés, quelle publication ou quel projet vous connaissez d'elle, ou un "
    "honnête « nous ne nous connaissons pas, mais ... ».",
    "Not addressed by name.": "La personne n'est pas appelée par son nom.",
    'Start with "Hi {name},".': "Commencez par « Bonjour {name}, ».",
    'Start with their first name, e.g. "Hi Maria,".': "Commencez par son prénom, p. ex. "
    "« Bonjour Marie, ».",
    "No reason to connect: say what you would like from them or can offer.": "Aucune "
    "raison de se connecter : dites ce que vous aimeriez de cette personne ou ce que vous "
    "pouvez offrir.",
    "Add one concrete line, e.g. \"I'd love to hear how you ...\", \"Could I ask your "
    "advice on ...?\" or \"Would be great to stay in touch.\"": "Ajoutez une phrase "
    "concrète, p. ex. « J'aimerais savoir comment vous ... », « Puis-je vous demander "
    "conseil sur ... ? » ou « Ce serait super de rester en contact ».",
    'Unfilled template slot "{slot}".': "Champ de modèle non rempli : « {slot} ».",
    "Replace it with the real detail (their name, company or event).": "Remplacez-le par "
    "la vraie information (son nom, son entreprise ou l'événement).",
    "This is nearly the same as a note you already sent; identical notes read as "
    "mass-sent.": "C'est presque le même message qu'un autre déjà envoyé ; des messages "
    "identiques font envoi de masse.",
    "Add something only this person would recognise: what you talked about, their talk "
    "or post, or where exactly you met.": "Ajoutez un détail que seule cette personne "
    "reconnaîtra : ce dont vous avez parlé, son intervention ou sa publication, ou "
    "l'endroit exact de votre rencontre.",
    '"{quoted}" reads like a sales pitch; a first note that sells is usually ignored.': "« "
    "{quoted} » sonne comme un argumentaire commercial ; un premier message qui vend est "
    "souvent ignoré.",
    "Connect with a personal reason first; offer your product later, if they ask.": "Prenez "
    "d'abord contact pour une raison personnelle ; proposez votre produit plus tard, si "
    "on vous le demande.",
    "Capital letters read as shouting.": "Les majuscules donnent l'impression de crier.",
    "Write it in normal sentence case.": "Écrivez-le en minuscules, normalement.",
    '"{quoted}" could be sent to anyone.': "« {quoted} » pourrait être envoyé à n'importe "
    "qui.",
    'Unfilled template slot "{slot}": it stands for {described}.':
        "Champ de modèle non rempli : « {slot} » ; il correspond à {described}.",
    "your own name": "votre propre nom",
    "your own company": "votre propre entreprise",
    "their first name": "son prénom",
    "a part of their name": "une partie de son nom",
    "their company": "son entreprise",
    "the event where you met": "l'événement où vous vous êtes rencontrés",
    "Type your name, or set Your name in Settings.":
        "Tapez votre nom, ou indiquez-le dans Settings, à « Your name ».",
    "Type your company's name.": "Tapez le nom de votre entreprise.",
    "Type their first name.": "Tapez son prénom.",
    "Type their name as it should read.": "Tapez son nom tel qu'il doit apparaître.",
    "Type their company's name.": "Tapez le nom de son entreprise.",
    "Type the event's name.": "Tapez le nom de l'événement.",
    "Put “{value}” in its place.": "Mettez « {value} » à la place.",
    "An invisible character ({names}): LinkedIn counts it but nobody sees it, and it can split "
    "or reorder the words beside it.":
        "Un caractère invisible ({names}) : LinkedIn le compte mais personne ne le voit, et il "
        "peut couper ou réordonner les mots voisins.",
    "{count} invisible characters ({names}): LinkedIn counts them but nobody sees them, and "
    "they can split or reorder the words beside them.":
        "{count} caractères invisibles ({names}) : LinkedIn les compte mais personne ne les "
        "voit, et ils peuvent couper ou réordonner les mots voisins.",
    "Remove it: text pasted from elsewhere often carries these.":
        "Supprimez-le : le texte collé d'ailleurs en contient souvent.",
    "Remove them: text pasted from elsewhere often carries these.":
        "Supprimez-les : le texte collé d'ailleurs en contient souvent.",
    "zero-width space": "espace sans chasse",
    "zero-width non-joiner": "antiliant sans chasse",
    "zero-width joiner": "liant sans chasse",
    "left-to-right embedding": "enchâssement gauche à droite",
    "right-to-left embedding": "enchâssement droite à gauche",
    "pop directional formatting": "fin de formatage directionnel",
    "left-to-right override": "forçage gauche à droite",
    "right-to-left override": "forçage droite à gauche",
    "left-to-right isolate": "isolat gauche à droite",
    "right-to-left isolate": "isolat droite à gauche",
    "first strong isolate": "isolat selon le premier caractère fort",
    "pop directional isolate": "fin d'isolat directionnel",
    "byte order mark": "indicateur d'ordre des octets",
}

# --- drafts -----------------------------------------------------------------------------

_DETERMINERS = frozenset({
    "le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "mon", "ma", "mes",
    "ton", "ta", "tes", "son", "sa", "ses", "notre", "votre", "nos", "vos", "ce", "cet",
    "cette", "ces",
})
_determined = determined_by(_DETERMINERS)
# Nouns for a piece of work, by gender; others go by their ending (-tion, -té ... are
# feminine), and masculine is the fallback.
_FEMININE = frozenset({
    "newsletter", "vidéo", "video", "conf", "démo", "demo", "appli", "startup", "thèse",
    "étude", "série", "chaîne", "analyse", "interview", "keynote", "conférence",
    "présentation", "publication", "recherche", "chronique", "tribune", "photo", "idée",
    "émission", "réponse", "question", "intervention", "table", "session", "formation",
    "vision", "bibliothèque", "librairie", "application", "plateforme",
})
_FEMININE_ENDINGS = ("tion", "sion", "té", "ure", "ence", "ance", "ette", "elle", "ie",
                     "ée", "ique", "ade", "euse", "trice", "ise", "ose", "ude")
_MASCULINE = frozenset({"article", "livre", "podcast", "projet", "blog", "fil", "thread",
                        "post", "cours", "atelier", "mémoire", "rapport", "outil",
                        "épisode", "commentaire", "portfolio", "site", "dépôt", "repo",
                        "papier", "guide", "tutoriel", "discours", "programme", "travail",
                        "message", "modèle", "talk", "live", "webinaire", "panel"})


def _agreement(noun: str) -> str:
    """The form of a possessive before `noun`: "p" plural, "f" feminine, "m" masculine,
    and masculine before a vowel whatever the gender ("ton idée")."""
    if noun.endswith(("s", "x")) and noun not in _MASCULINE:
        return "p"
    if noun in _MASCULINE or starts_with_vowel(noun):
        return "m"
    return "f" if noun in _FEMININE or noun.endswith(_FEMININE_ENDINGS) else "m"


DRAFTING = Phrasing(
    greeting={"warm": "Bonjour {name},", "brief": "<Salut|Bonjour> {name} !",
              "direct": "Bonjour {name},"},
    how={
        "event": {
            "warm": "c'était un plaisir de faire <ta|votre> connaissance {event|a}"
            "[ {when|aside}][ et de parler {topic|de}]",
            "brief": "nous avons fait connaissance {event|a}[ {when|aside}]"
            "[ et parlé {topic|de}]",
            "direct": "nous avons échangé {event|a}[ {when|aside}][ sur {topic}]",
        },
        "talk": {
            "warm": "j'ai beaucoup aimé {talk|<pres_ton|pres_votre>}[ {event|a}]",
            "brief": "j'ai vu {talk|<pres_ton|pres_votre>}[ {event|a}]",
            "direct": "{talk|<pres_ton|pres_votre>}[ {event|a}] m'a été très utile",
        },
        "worked": {
            "warm": "j'ai beaucoup aimé travailler avec <toi|vous> chez {company}"
            "[ {team|aside}]",
            "brief": "nous avons travaillé ensemble chez {company}[ {team|aside}]",
            "direct": "nous étions collègues chez {company}[ {team|aside}]",
        },
        "same-org": {
            "warm": "j'ai vu que nous avions {org} en commun",
            "brief": "nous avons {org} en commun",
            "direct": "nous avons en commun {org}",
        },
        "mutual": {
            "warm": "j'ai vu que nous avions un contact en commun, {mutual}",
            "brief": "nous avons un contact en commun, {mutual}",
            "direct": "nous avons un contact commun : {mutual}",
        },
        "their-work": {
            "warm": "j'ai beaucoup aimé {work|<ton|votre>}",
            "brief": "merci pour {work|<ton|votre>}",
            "direct": "j'ai lu avec intérêt {work|<ton|votre>}",
        },
        "never-met": {
            "warm": "nous ne nous connaissons pas, mais j'ai découvert <ton|votre> profil"
            " {found|via}",
            "brief": "nous ne nous connaissons pas ; j'ai découvert <ton|votre> profil"
            " {found|via}",
            "direct": "nous ne nous connaissons pas : j'ai trouvé <ton|votre> profil"
            " {found|via}",
        },
        "close": {
            "warm": "j'espère que <tu vas|vous allez> bien !",
            "brief": "j'espère que tout va bien",
            "direct": "j'espère que <tu vas|vous allez> bien !",
        },
    },
    why={
        "stay": ("love", "rester en contact"),
        "follow": ("love", "suivre <ton|votre> travail"),
        "advice": ("love", "<te|vous> demander conseil sur {advice}"),
        "job": ("am", "cherche un poste {job_role|de}[ chez {their_company}]"),
        "hiring": ("love", "<te|vous> parler d'un poste {hiring_role|de} dans mon équipe"),
        "collaborate": ("love", "collaborer avec <toi|vous> sur {collab}"),
        "share": ("will", "<t'envoie|vous envoie> {share}, comme promis"),
    },
    leads={
        "love": {"warm": "j'aimerais beaucoup", "brief": "j'aimerais",
                 "direct": "je souhaiterais"},
        "am": {"warm": "je", "brief": "je", "direct": "je"},
        "will": {"warm": "je", "brief": "je", "direct": "je"},
    },
    ask={
        "warm": "{value}, ça <te|vous> dirait ?",
        "brief": "{value} ?",
        "direct": "Que <dirais-tu|diriez-vous> {value|de} ?",
    },
    sign_offs={"warm": "<À bientôt|Bien à vous>, {sign_off}",
               "brief": "Bonne journée, {sign_off}", "direct": "Merci, {sign_off}"},
    tighter=(
        ("c'était un plaisir de faire <ta|votre> connaissance",
         "c'était un plaisir de <te|vous> rencontrer"),
        ("j'ai beaucoup aimé", "j'ai aimé"),
        ("j'ai vu que nous avions", "nous avons"),
        ("m'a été très utile", "m'a été utile"),
        ("j'aimerais beaucoup", "j'aimerais"),
    ),
    filters={
        "": str,
        "ton": agreeing({"m": "ton", "f": "ta", "p": "tes"}, _agreement, _determined),
        "votre": agreeing({"m": "votre", "f": "votre", "p": "vos"}, _agreement, _determined),
        "pres_ton": titled("ta présentation", "« ", " »", _determined),
        "pres_votre": titled("votre présentation", "« ", " »", _determined),
        "a": contracted("à", {"le": "au", "les": "aux"}),
        "de": contracted("de", {"le": "du", "les": "des", "un": "d'un", "une": "d'une"},
                         elided="d'"),
        "aside": opening_with(
            frozenset({"en", "le", "la", "l'", "ce", "cet", "cette", "hier", "pendant",
                       "lors", "il", "à", "au", "dans", "avant", "après", "de", "du",
                       "depuis", "entre", "mardi", "lundi", "mercredi", "jeudi",
                       "vendredi", "samedi", "dimanche"}),
            "({})",
        ),
        "via": opening_with(
            frozenset({"par", "via", "grâce", "en", "sur", "lors", "pendant", "dans",
                       "à", "au", "chez", "avec", "après", "depuis"}),
            "via {}",
        ),
    },
    join=joined("et"),
    clauses="{}, et {}",
    question_starts=frozenset({
        "peux", "pouvez", "pourrais", "pourriez", "as", "avez", "es", "êtes",
        "est-ce", "on", "quand", "comment", "où", "serais", "seriez", "veux", "voulez",
        "aurais", "auriez", "pourrait", "pourrions",
    }),
    question="{} ?",
    thanks={"warm": "merci d'avoir accepté mon invitation !",
            "brief": "c'est un plaisir d'être en contact.", "direct": "merci d'avoir accepté."},
    next_steps={
        "stay": "Un café la prochaine fois que <tu passes|vous passez> dans le coin ?",
        "follow": "Sur quoi <travailles-tu|travaillez-vous> en ce moment ?",
        "advice": "Puis-je <te|vous> poser deux ou trois questions ici ?",
        "job": "<Aurais-tu|Auriez-vous> un moment pour me parler de <ton|votre> équipe ?",
        "hiring": "Puis-je <t'|vous >envoyer les détails ?",
        "collaborate": "Un court appel la semaine prochaine <te|vous> conviendrait-il ?",
        "share": "<Dis-moi ce que tu en penses|Dites-moi ce que vous en pensez> !",
    },
)
