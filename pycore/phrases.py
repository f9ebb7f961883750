"""Word and phrase tables for the rules: data, not code.

Each table is a tuple of regular-expression fragments that the rules compile once
(`pycore.rules.matching.compile_table`). Conventions, so entries stay readable:

- a space stands for any run of whitespace (line breaks included);
- an apostrophe is optional and matches the curly one too (text is normalised first),
  so `i'm` matches "I'm", "I’m" and "Im";
- `%NOT_A_REASON%`, `%IN_MY_NETWORK%`, `%NOT_A_SELF_NAME%`, `%WHERE%`, `%WORK%`,
  `%GATHERINGS%` and `%GIVE%` expand to the fragments of those names below;
- the words in `TEXTING` also match their short forms ("you" matches "u");
- matching is on whole words and ignores case and accents, except in the tables whose
  names end in `_CASED`, so write the fragments of the other tables in lower case.

These are English's tables; `pycore.lang` has the same tables for the other languages.

Fragments must stay linear: no nested unbounded repeats, bounded `{m,n}` for "a few words".
Sources: the seed articles (../shared/seeds) and GUIDE.md's LinkedIn facts.
"""

from __future__ import annotations

# Typographic characters mapped to the plain ones the tables use. One character for one,
# so a match in the normalised text has the same span in the original.
NORMALISE: dict[str, str] = {
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u00b4": "'", "\u2032": "'",
    "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-",
}

# Words people type the short way on a phone; the tables' fragments accept both forms.
TEXTING: dict[str, str] = {
    "you": "(?:you|u|ya)",
    "your": "(?:your|ur|yr)",
    "please": "(?:please|pls|plz)",
    "about": "(?:about|abt)",
    "thanks": "(?:thanks|thx|tnx)",
}

# "(have you) in my network", "as a connection", "on LinkedIn": only the connection.
IN_MY_NETWORK = (
    r"(?:in|as|on|among) (?:[\w-]+ ){0,4}?(?:network|connections?|contacts?|linkedin"
    r"|friends?)\b"
)

# What "I want to ..." is followed by when the only wish is the connection itself.
NOT_A_REASON = (
    r"(?:connect|connecting|network|networking|add|adding|accept|link up|get connected"
    r"|be (?:connected|part of|a part of|in|added|among|on)|have you %IN_MY_NETWORK%"
    r"|join (?:my|your)|expand|grow|broaden|extend|widen|build|increase|reach out"
    r"|send (?:you )?(?:a|an|my|this) (?:connection|invitation|invite|request)"
    r"|invite you to (?:join|my|connect|be)|be (?:your|my) friend"
    r"|(?:new |more )?(?:connections|contacts|people))\b"
)

# Words after "I'm" that are not a name ("I'm Rafael from ...", not "I'm thrilled at ...");
# words ending in -ing and -ly are left out by the fragment itself.
NOT_A_SELF_NAME = (
    r"(?:a|an|the|so|very|just|not|also|still|now|here|there|happy|glad|keen|good|great"
    r"|nice|new|sure|based|interested|impressed|excited|thrilled|delighted|fascinated"
    r"|amazed|inspired|pleased|surprised|intrigued|blessed|honou?red|humbled|located"
    r"|involved|engaged|employed|focused|experienced|skilled|qualified|certified|trained"
    r"|retired|stuck|done|back|busy|open|available|free|active|big|huge|always|been"
    r"|already|well|more|less|too|even|all|one|part|obsessed|familiar|comfortable"
    r"|passionate|ready|able|eager|fine|ok|okay|bad|best|better|hard|easy|fun|cool|proud"
    r"|grateful|thankful|lucky|late|in|at|on|with|from|about|out|up|off|over|home|away"
    r"|sorry|aware|alone|responsible|hired|fan|someone|somebody)"
)

# Where a self-introduction places the sender: "at Spotify", "in Lagos", "of Acme" (not
# "with 20 years of experience", which says nothing about how they know each other).
WHERE = (
    r"(?:(?:at|for|of|from|in|on) (?!(?:\d+|experience|years?|you|your)\b)"
    r"|with (?!(?:a|an|the|\d+|experience|years?|you|your)\b))\w+"
)

# LinkedIn's canned invitations and their close paraphrases (seeds 000, 002, 004;
# GUIDE.md: "I'd like to add you to my professional network on LinkedIn", the older
# "I'd like to add you to my LinkedIn network" and "Join my network on LinkedIn").
DEFAULT_TEXTS: tuple[str, ...] = (
    r"i(?:'d)? (?:\w+ ){0,3}?(?:add|invite|welcome|include|bring) you (?:to|into|in)"
    r" (?:join |be (?:a )?part of )?(?:my|our) (?:professional |personal |business )?"
    r"(?:linkedin )?network(?: on linkedin)?",
    r"i(?:'d)? (?:\w+ ){0,3}?(?:join|be (?:a )?part of|be in|become (?:a )?part of) your"
    r" (?:professional )?(?:linkedin )?network(?: on linkedin)?",
    r"join my (?:professional )?(?:linkedin )?network(?: on linkedin)?",
    r"add me to your (?:professional )?(?:linkedin )?network",
)

# Unfilled template slots, case-insensitive: [First Name], {{firstName}}, <name>, ___ ...
PLACEHOLDERS: tuple[str, ...] = (
    r"\[ ?(?!sic\])[a-z][^\[\]\n]{0,40}\]",
    r"\{\{? ?[\w .-]{1,40} ?\}\}?",
    r"<[a-z][\w .-]{0,30}>",
    r"_{3,}",
    r"%[a-z_]{2,30}%",
    r"\$\{[\w.]{1,30}\}",
    r"\$[a-z_]{3,30}",
    r"\*\|[a-z_]{2,30}\|\*",
    r"\((?:first |last |full |their |his |her |your )?(?:name|company|company name|title"
    r"|job title|role|event|school|topic)\)",
    # A greeting followed straight by its comma: the name was never filled in.
    r"(?:hi|hello|hey|dear) ,",
)
# Cased: slot names left in capitals (NAME, COMPANY, FIRST_NAME, XXX).
PLACEHOLDERS_CASED: tuple[str, ...] = (
    r"[A-Z]{2,}(?:_[A-Z]+)+",
    r"(?:FIRST ?NAME|First_?[Nn]ame|Firstname|LAST ?NAME|FULL ?NAME|YOUR NAME|MY NAME|NAME"
    r"|COMPANY(?: NAME)?"
    r"|JOB TITLE|TITLE|POSITION|EVENT(?: NAME)?|TOPIC|INDUSTRY|SCHOOL|UNIVERSITY"
    r"|CITY|X{2,}|XYZ)",
)

# What a slot stands for, by the words in it once "firstName" and "sender_name" are split
# into words. A slot with a word of the sender ("[Your Name]", "{{sender_name}}", "[My
# Company]": templates speak to whoever fills them in) is the sender's own detail.
SLOT_SENDER_WORDS: frozenset[str] = frozenset({"your", "my", "me", "sender", "signature"})
SLOT_WORDS: dict[str, frozenset[str]] = {
    "company": frozenset({
        "company", "org", "organisation", "organization", "employer", "firm", "business",
        "startup", "agency",
    }),
    "event": frozenset({
        "event", "conference", "conf", "meetup", "summit", "webinar", "expo", "fair",
        "venue", "workshop", "hackathon",
    }),
    # Only a first name is known; a slot for another part of the name is left to the writer.
    "other name": frozenset({"last", "surname", "full", "middle"}),
    "name": frozenset({"name", "first", "fname", "recipient", "prospect", "contact", "lead"}),
}

# Things people make that others know them by: posts, talks, code, products, news.
WORK = (
    r"(?:post|posts|article"
    r"|articles|piece|pieces|blog|newsletter"
    r"|substack|book|books|talk|talks|video|videos|thread|threads|paper|papers|podcast"
    r"|episode|episodes|interview|repo|repository|library|lib|package|project|projects|pr"
    r"|pull request|commit|comment|comments|answer|answers|tweet|tweets|research|thesis"
    r"|course|guide|tutorial|write-up|writeup|essay|keynote|presentation|slides|deck"
    r"|report|study|case study|launch|writing|writings|content on|take on|thoughts on"
    r"|point about|point on|points on|perspective on|views on|startup|app|tool|product"
    r"|open-source|open source|github|gitlab|channel|stream|show|session|workshop"
    r"|webinar|lecture|class|panel|speech|demo|portfolio|designs|photos|photography"
    r"|music|journey from|path from|path into|career path|move to|move from|transition"
    r"|switch|career change|new role"
    r"|promotion|new job|team at|role at|time at|reply|question|feedback|review"
    r"|fix|contribution|contributions|framework|plugin|extension|api|sdk|docs"
    r"|documentation|recipe|list|letter|cheat ?sheet|visuali[sz]ation|dashboard|model"
    r"|dataset|benchmark|patent|work on|work at|work in|work with|company's|team's)"
)

# Gatherings where people meet or see each other: events, talks, groups, shows.
GATHERINGS = (
    r"(?:conference|conf|meetup|meet-up|summit|webinar|workshop|panel|keynote|hackathon"
    r"|hackday|bootcamp|boot camp|expo|career fair|job fair|trade ?show|trade fair|event"
    r"|seminar|symposium|convention|lecture|masterclass|fireside chat|roundtable"
    r"|round table|afterparty|after-party|happy hour|mixer|demo day|pitch night|booth"
    r"|offsite|retreat|user group|study group|reading group|breakfast|q&a|ama|livestream"
    r"|live stream|podcast|episode|webcast|cohort|accelerator|incubator|fellowship"
    r"|residency|talk|talks|presentation|session|speech|lightning talk|poster|open mic)"
)

# How they know each other or how the sender found them (seed 004's list: worked
# together, met at an event, saw them present, people in common, same organisation,
# their work; seed 001's "we haven't been introduced but ..."; seed 003's mutual rapport).
CONTEXT_CUES: tuple[str, ...] = (
    # Having met or talked somewhere, some time.
    r"(?:met|meet|meeting|chatted|chatting|chat|talked|talking|spoke|speaking|seeing|saw"
    r"|ran into|run into|bumped into|bumping into|sat next to|sat with|hanging out|hung out"
    r"|catching up|caught up|connecting)(?: (?:with )?(?:you|each other|u))?"
    r"(?: again| briefly| today| yesterday| earlier| finally| properly)?"
    r" (?:at|during|on|after|over|in|last|yesterday|earlier|today|tonight|this morning"
    r"|this afternoon|this week|the other day|briefly|in person|irl|again|face to face)",
    # "Great meeting you" says it happened; "nice to meet you" alone is also how strangers
    # say hello, so the infinitive needs a when or where, or a "was" before it.
    r"(?:great|nice|good|lovely|fun|wonderful|awesome|cool|amazing|glad|happy|pleasure"
    r"|a pleasure|so good)(?: being able)?(?: finally)? (?:meeting|seeing|chatting|talking"
    r"|speaking|catching up|hanging out|running into|bumping into)",
    # Anything done with them: "great jamming with you", "fun racing against you"; not a
    # wish ("it would be great working with you").
    r"(?<!be\s)(?:great|nice|good|lovely|fun|wonderful|awesome|cool|amazing|a blast"
    r"|brilliant) (?:finally )?[a-z]+ing (?:with|alongside|against|next to|beside) you",
    r"(?:we|we've|we have|we both|you and i|both of us) (?:\w+ )?[a-z]+ed together",
    r"(?:we|we both|you and i|both of us) used to \w+",
    # Seeing or hearing them do something: "heard you speak at", "saw you moved to Canva".
    # A fact from their profile ("I noticed you work in HR") is not news of them.
    r"(?:saw|seen|heard|watched|caught|noticed|spotted|learned|learnt)(?: on \w+)?(?: that)?"
    r" you(?:(?:'re|'ve| are| were| have| had) \w+| (?:just |recently )?(?:[a-z]+ed|went|gave"
    r"|won|wrote|spoke|did|made|got|ran|took|left|began|built|sold|grew|led|taught|brought"
    r"|found|drew|speak|present|talk|play|perform|pitch|demo|teach|moderate|host|answer"
    r"|explain|mention|describe))",
    # Praise for something they did at a gathering: "great pitch at the demo night".
    r"(?:great|nice|loved|enjoyed|excellent|brilliant|awesome|fantastic|amazing|inspiring"
    r"|insightful|superb) (?:[\w-]+ ){0,2}?at (?:the|your|this|last|\w+'s) \w+",
    r"(?:great|nice|good|lovely|fun|wonderful|awesome|cool|amazing|glad|happy|pleasure"
    r"|a pleasure|so good) to (?:finally )?(?:meet|see|chat|talk|speak|catch up|hang out"
    r"|run into|bump into)(?: (?:with )?you)?(?: again| today| briefly| finally| properly)?"
    r"(?: in person)? (?:at|in|during|on|after|over|yesterday|today|earlier|last|this"
    r"|tonight|the other day|again|irl|face to face)",
    r"(?:was|been) (?:so |really |very |truly )?(?:great|nice|good|lovely|fun|wonderful"
    r"|awesome|cool|amazing|a pleasure|a treat) to (?:finally )?(?:meet|see|chat|talk|speak"
    r"|catch up)",
    r"(?:we|we've|we have|we both|you and i) (?:\w+ )?(?:met|spoke|talked|chatted|worked"
    r"|studied|shared|sat|crossed paths|bumped|collaborated|interned|overlapped|served"
    r"|volunteered|played|trained|presented|exchanged|emailed|messaged|corresponded)",
    r"(?:we're|we are|we were|we both|both of us) (?:\w+ ){0,2}?(?:at|in|on|from|part of"
    r"|members|speakers|attendees|alumni|alums|panelists|mentors|volunteers)",
    r"(?:our|the|that|your) (?:\w+ )?(?:chat|conversation|talk|call|meeting|coffee|lunch"
    r"|dinner|discussion|exchange|interview|session|intro|introduction|catch-up)"
    r" (?:at|during|on|yesterday|last|earlier|today|this|the other|after|over|about|in)",
    r"(?:thanks|thank you)(?: again| so much| a lot)? for (?!(?:considering|accepting"
    r"|connecting(?! (?:me|us))|reading this|your consideration|taking the time to read"
    r"|your time\b(?! (?:at|on|yesterday|today|last)))\b)(?:the|your|our|a|having|\w+ing)\b",
    # Events, talks and the like (not the verb: "to talk about"). Those that are the
    # sender's own or any one are left out first (`NOT_SHARED`).
    r"(?<!\bto\s)%GATHERINGS%s?",
    r"(?<!of\s)course",
    r"the (?:[\w&-]+ ){0,3}?(?:dinner|lunch|party|gala|reception|wedding|ceremony|cocktail"
    r"|barbecue|bbq|brunch|fundraiser|launch)",
    r"(?:at|during|after|from) the (?:[\w&'-]+ ){0,3}?(?:night|open mic|jam|swap|fair|market"
    r"|festival|clinic|gathering|march|protest|rally|tournament|game|match|race|class"
    r"|lesson|cleanup|show)",
    r"shar(?:ed|ing) a (?:cab|taxi|ride|uber|table|stage|panel|flight|train|bench|desk|room"
    r"|booth|car)",
    # Working or studying together, or at the same place.
    r"(?:worked|(?<!to\s)working|interned) (?:together|with you|alongside|side by side|under you"
    r"|for you|on your|in your)",
    r"(?:used to|both) (?:work|worked|study|studied|be|were|go|went|attend|attended|live"
    r"|lived|intern|interned|report|reported)",
    r"same (?:[\w-]+ )?(?:team|company|school|university|uni|college|class|cohort|program|programme"
    r"|course|bootcamp|lab|department|dept|org|office|building|floor|club|project|batch"
    r"|year|squad|chapter|meetup|conference|event|panel|table|flight|train|hometown"
    r"|neighbou?rhood|discord|slack|community|mba|degree|major)",
    r"(?:colleagues?|coworkers?|co-workers?|teammates?|team mates?|classmates?|schoolmates?"
    r"|batchmates?|alum|alums|alumni|alumna|alumnus|alumnae"
    r"|fellow (?!(?:professionals?|members?|linkedin|users?|humans?|people)\b)\w+)",
    r"(?:former|ex-|ex|old|previous) (?:colleague|coworker|co-worker|boss|manager|teammate"
    r"|classmate|student|teacher|professor|client|customer|intern|mentor|mentee|employee"
    r"|report|lead|cofounder|co-founder|partner|roommate|flatmate|housemate|neighbou?r"
    r"|bandmate|labmate)s?",
    r"(?<!be\s)(?:my|your|our) (?:[\w-]+ ){0,2}?(?:manager|boss|mentor|professor|teacher"
    r"|lecturer|supervisor|advisor|adviser|student|intern|colleague|cofounder|co-founder"
    r"|brother|sister|cousin|friend|wife|husband|neighbou?r|roommate|flatmate|classmate"
    r"|teammate|coach|tutor|dad|mom|mum|father|mother|uncle|aunt|kids|children"
    r"|daughters?|sons?)s?",
    r"(?:studied|study|studying|graduated|graduating|went to school|interned|interning"
    r"|volunteered|volunteering) (?:at|from|in|with|together)",
    r"(?:class|batch|cohort) of",
    r"\x27\d\d",
    r"when (?:you|we|i) (?:were|was) (?:at|in|on|with)",
    r"during (?:your|my|our) (?:time|years|days|internship|tenure|visit|stay)",
    # A mutual contact.
    r"(?:suggested|recommended|mentioned|told me|says|suggests)"
    r" (?:that )?(?:i|we|you(?:'re|'ve|'d)?|to|reaching|connecting|getting|talking"
    r"|contacting|speaking)",
    r"(?:your|you) (?:[\w-]+ ){0,2}?(?:came up|comes up|keeps coming up|kept coming up"
    r"|was mentioned|were mentioned|popped up)",
    r"(?:i'm|i am|i was) the (?:[\w-]+ ){0,2}?(?:who|that) \w+|(?:you )?(?:might|may) remember"
    r" me|remember me|paths crossed|crossed paths",
    r"(?:been|am|i'm|was) (?:a|an) (?:[\w-]+ )?(?:(?:customer|client|user|reader|listener"
    r"|subscriber|supporter|donor|backer) (?:of|at|for|since|in)|(?:student|member|patient"
    r"|attendee) (?:of|at|in) your)",
    r"(?:said|thinks) (?:that )?you(?:'re| are|'d| would| might| should)?",
    r"(?:gave|passed|sent|shared|forwarded) me your (?:name|details|contact|email|number)",
    r"(?:both|also) (?:connected|linked) (?:to|with)",
    r"(?:heard|learned|learnt) (?:about you |of you )?(?:from|through|via) \w+",
    # A promise only follows a conversation: "as promised, here is the deck".
    r"as (?:i )?promised",
    r"long time no (?:see|talk|chat|speak)|(?:it's|it has|it's been|been) (?:a while|ages"
    r"|too long|years)",
    r"(?:our|my|your) (?:[\w&-]+ ){1,2}(?:days|years)",
    r"(?:introduced|referred|pointed|sent|directed|connected) (?:me|us)",
    r"put (?:me|us) in touch",
    r"(?:mutual|common|shared) (?:friend|contact|colleague|acquaintance|connection)"
    r"(?:,| \w+)",
    r"(?:a |our )?friend of (?:mine|yours|ours|\w+)",
    r"\w+'s (?:friend|colleague|cousin|brother|sister|partner|wife|husband|roommate|flatmate"
    r"|teammate|manager|boss|mentor|classmate|neighbou?r)",
    r"(?:intro|introduction) (?:from|by|via|through)",
    # Their work: posts, talks, code, products, news.
    # "you're post" is a common phone typo for "your post".
    r"(?:your|you're) (?:(?!(?:about|on|in|for|with|to|of|and|or|at)\b)\w+ ){0,2}?%WORK%"
    r"(?:s|es)?",
    # Something of theirs as the subject the sender comments on: "Your survey on digital
    # nomads was fascinating", "your series on checkout is brilliant".
    r"(?:(?<![\w'-]\s)(?<![\w'-]\s\s)|(?<=\band\s)|(?<=\bbut\s))your (?!(?:profile|page"
    r"|background|resume|cv|experience|career|journey|network|linkedin|skills|expertise"
    r"|company|business|work|content|achievements|accomplishments|success|passion|story"
    r"|vision|energy|posts|insights)\b)(?:[\w'-]+ ){1,8}?(?:was|were|is|are|has been"
    r"|have been)",
    r"(?:the|that|this) (?:post|article|talk|piece|thread|video|paper|podcast|episode"
    r"|book|comment|answer|panel|keynote|session|workshop|webinar|course|newsletter)"
    r" (?:you|by you)",
    r"you (?:gave|wrote|posted|shared|published|presented|spoke|talked|hosted|ran|led"
    r"|organi[sz]ed|moderated|taught|built|created|launched|released|maintain|maintained"
    r"|made|designed|mentioned|asked|answered|replied|commented|merged|reviewed"
    r"|interviewed|recorded|shipped|open-sourced|founded|started|mentored|recommended"
    r"|suggested|introduced|featured|liked|retweeted|reposted|appeared|judged|coached"
    r"|helped|hired|invited|emailed|messaged|told|explained|showed|demoed|pitched|raised"
    r"|said)",
    r"(?:you're|you are|you were|you've been|you have been) (?:\w+ )?(?:leading|building"
    r"|running|working|hiring|the person|organi[sz]ing|speaking|moving|based|at|now"
    r"|heading|launching|writing|teaching|into|one of|behind|part of)",
    r"what you(?:'re| are|'ve| have)(?: been)? (?:building|doing|working on|up to|writing"
    r"|shipping|creating|making|done|built|achieved|launched|shared|posted|sharing|posting)",
    r"(?:congrats|congratulations|kudos|well done)",
    r"(?:on|in|via|through|from|at) (?:the )?(?:[\w-]+ ){0,2}?(?:github|gitlab|stack ?overflow"
    r"|reddit|hacker ?news|twitter|mastodon|bluesky|medium|substack|youtube|discord|slack"
    r"|forum|subreddit|mailing list|newsletter|community|group|channel|server|directory"
    r"|alumni network|program|programme)",
    r"(?:found|discovered|came across|stumbled (?:up)?on|noticed|saw|spotted) (?:you|your"
    r" (?:name|profile|page)) (?:when|while|after|through|via|during|as|because|thanks to"
    r"|searching|looking|researching|reading|in the|on the|in your|on your|in a|on a|at)"
    r"(?! (?:[\w-]+ ){0,2}?(?:linkedin|my feed|the feed|people you may know|suggestions)\b)",
    r"(?:listener|reader|viewer|subscriber|user|fan|follower|student|attendee|member"
    r"|customer|backer|contributor|translator)s? of (?:your|the|his|her|their) (?:[\w-]+ ){0,2}?"
    r"%WORK%",
    r"(?:i've|i have|i|who's|who has|who's been|who has been) (?:been )?(?:following"
    r"|followed|follow|reading|read|watching"
    r"|watched|using|used|enjoying|enjoyed|admired|admiring|listening to) (?:your|you)",
    # Honestly never met.
    r"(?:we|we've|we have) (?:not|never|haven't|have not|don't|do not|didn't) (?:yet )?"
    r"(?:met|been introduced|spoken|talked|crossed paths|know each other|had the chance"
    r"|had a chance|had the pleasure)",
    r"(?:haven't|have not|never) (?:yet )?(?:had the (?:chance|pleasure|opportunity) to )?"
    r"(?:met|meet|been introduced|spoken|talked)",
    r"you (?:don't|do not|won't|will not|wouldn't|may not|might not|probably don't)"
    r" (?:know|remember|recogni[sz]e) me",
    r"(?:out of the blue|cold (?:message|note|outreach|request|invite)|a stranger"
    r"|random (?:request|note|message|invite))",
    # Who the sender is, as someone they can place: "I'm the photographer from Saturday's
    # wedding", "I'm one of the organisers of ...". Only a self-introduction ("I'm a
    # teacher in Leeds", "I'm Priya, a designer at ...") says nothing of how they know
    # each other; sharing the place does ("I'm also at Spotify").
    r"(?:i'm|i am)(?: now| currently)? (?:the|one of the) (?:[\w&'-]+ ){0,5}?(?:%WHERE%|who \w+)",
    r"(?:i'm|i am) \w+, the (?:[\w&'-]+ ){0,4}?%WHERE%",
    r"(?:i'm|i am|we're|we are|i|we) (?:also|both) (?:at|in|from|with|based|studying|working"
    r"|work|study|live|a member|members|part of|on)",
    # "I'm Rafael from the Porto Tech Hub", "it's Jen from the Dublin office": a name, not
    # a state of mind ("I'm thrilled at", "I'm good with", "I'm working at" ...).
    r"(?:i'm|i am|this is|it's) (?!%NOT_A_SELF_NAME%\b)[a-z][a-z'-]*(?<!ing)(?<!ly)"
    r" (?:here )?(?:from|at|with) (?!(?:\d+|experience|years?|you|your|the moment|this|it"
    r"|all|work|home|least|heart|times|first|last)\b)\w+",
    # The sender's role towards them: "I'm the new account manager covering your region",
    # "I'm the PM who'll be working with your team", "I'll be your onboarding buddy".
    r"(?:i'm|i am|i'll be|i will be) (?:now )?(?:the|your) (?:[\w'-]+ ){0,5}?your (?:team|region"
    r"|account|project|department|dept|group|company|office|side|org|class|course|unit"
    r"|squad|area|territory|school|lab|store|branch)",
    # One of theirs: "I just joined your team", "I'm the new analyst on your team".
    r"(?:i|i've|i have) (?:just |recently )?joined your (?:team|company|department|dept|lab"
    r"|group|org|office|squad|class|project|unit|branch)|(?:i'm|i am) (?:now )?(?:the|a|an)"
    r" (?:new )?\w+(?: \w+)? (?:on|in) your (?:team|department|dept|lab|group|office|squad"
    r"|class|unit|branch)",
    r"(?:i'm|i am|i'll be|i will be) (?:now )?your (?:new )?(?:[\w-]+ ){0,2}?(?:manager|contact"
    r"|rep|representative|recruiter|coordinator|counterpart|buddy|mentor|coach|instructor"
    r"|tutor|host|guide|neighbou?r|colleague|teammate|lead|consultant|advisor|adviser)",
    # Having had them at one's event: "it was great to have you at our meetup".
    r"(?:was|been|it's|so) (?:\w+ )?(?:great|nice|good|lovely|fun|a pleasure|an honou?r"
    r"|such a pleasure) (?:to have|having) you",
    # A handover names the person they both know: "taking over from Julia".
    r"(?:taking|took|take|taken|tak(?:en|ing)) over (?:from|for) \w+",
    r"(?:i|we) (?:organi[sz]e|run|host|lead|maintain|moderate|co-organi[sz]e|curate|edit)"
    r" (?:the )?(?:[\w-]+ ){0,3}?(?:meetup|conference|community|group|podcast|newsletter"
    r"|event|series|club|project|library|program|programme|course|chapter)",
    r"(?:organi[sz]ing|organi[sz]ers?|program|programme) (?:team|committee)",
    # Time markers of a shared past: "yesterday", "last week", "back in 2019".
    r"(?:yesterday|last (?:night|week|month|year|time|spring|summer|fall|autumn|winter"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|earlier today"
    r"|earlier this week|the other (?:day|night|week)|(?:back )?in (?:19|20)\d\d"
    r"|since (?:19|20)\d\d|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))",
)
# A gathering named without being shared: the sender's own or any one ("my podcast",
# "starting a podcast", "through an online bootcamp"). Blanked before the cues are read.
NOT_SHARED: tuple[str, ...] = (
    r"(?:a|an|my|our) (?:[\w-]+ ){0,2}?%GATHERINGS%s?(?! (?:\w+ )?(?:you|your)\b)",
)
# Cased context cues: named events and conferences ("PyCon", "KubeCon", "Web Summit").
CONTEXT_CUES_CASED: tuple[str, ...] = (
    r"[A-Z][A-Za-z]*(?:Con|CON|Conf|Camp|Fest|Days|Summit|Week|Forum|Expo|Live)",
    r"[A-Z][\w&-]* (?:Week|Summit|Forum|Conference|Expo|Festival|Fest|Days|Day|Meetup"
    r"|Hackathon|Awards|Congress|Symposium|Camp)",
    r"(?:SXSW|CES|MWC|Dreamforce|re:Invent|Collision|Slush|VivaTech|Disrupt|Infoshare"
    r"|Config|WWDC|SaaStr|SaaStock|NeurIPS|ICML|CVPR|EMNLP|FOSDEM|Devoxx|PyData|TEDx?"
    r"|Hacktoberfest|EuroPython|Strange Loop|GOTO|QCon|NDC|Web Summit|Money20/20)",
)

# Verbs of handing something over, which make an offer of whatever follows them.
GIVE = (
    r"(?:send|pass|forward|bring|drop|give|lend|share|return|save|hold|post|mail|hand|buy"
    r"|loop|introduce|intro|refer|show|cover|treat)"
)

# What the sender wants, offers or asks (seed 004: admire their work, want advice, want a
# job; seed 003: a specific business reason with a concrete ask; seed 000: what is in it).
# Besides the wishes people name, what a sentence does: it hands something over, asks
# them to do something, proposes something to do together or asks to take part.
REASON_CUES: tuple[str, ...] = (
    # An offer, with or without "I": "Sending over the plugin", "can drop it off Thursday",
    # "I still owe you the code", "drinks are on me", "if you ever need a bassist".
    r"(?:sending|passing|forwarding|bringing|dropping|lending|sharing|returning|attaching"
    r"|handing|looping|introducing) (?:you )?(?:over|along|on|back|across|in|the|a|an|my|our"
    r"|this|that|these|those|some|it|them|here)",
    r"(?:can|could|will|'ll|would|shall|gonna|going to|happy to|glad to|able to|promised to"
    r"|meant to|need to) (?:also |happily |gladly |just |finally |still )?%GIVE% (?:you|it"
    r"|them|this|that|these|those|the|a|an|some|my|our|your|over|along|back|across|by|off"
    r"|round|around|on)",
    r"(?:i|we) (?:still |also )?owe you|(?:is|are|'s|'re) on me|my treat",
    r"(?:i|we)(?:'ve|'d|'ll| have| had| will| would)? (?:[\w'-]+ ){0,8}?for you",
    r"if you(?:'re| are)? (?:\w+ ){0,2}?(?:need|needs|want|wants|fancy|could use|looking for"
    r"|up for)",
    # A request: "tell me where to leave them", "send us the slides".
    r"(?:tell|show|send|give|ping|text|email|call|message|drop|shoot|teach|lend|forward"
    r"|point|remind|loop|introduce|intro|walk|help) (?:me|us) (?!(?:introduce|be)\b)\w+",
    # Something to do together: "maybe we can compare outlines", "we should ...".
    r"(?:we|you and i|the two of us) (?:\w+ )?(?:can|could|should|might|shall|will)"
    r" (?!%NOT_A_REASON%|(?:be|have|get|stay|keep) (?:connected|linked)\b)\w+",
    r"we'll (?!%NOT_A_REASON%|(?:be|stay|keep) (?:connected|linked)\b)\w+",
    # Asking to take part, or to be taken in: "count me in", "want in?", "we need a keeper".
    r"count me in|sign me up|want in|put (?:my name|me) (?:forward|down)",
    r"(?:we|i) (?:still |really )?(?:need|could use) (?:a|an|another|one more|someone"
    r"|somebody|an extra|help|a hand)",
    r"(?:love|like|want|wanted|wish|hope|hoping|keen|happy|glad|eager|excited|curious"
    r"|looking|aim|aiming|plan|planning|trying|intend|intending|meaning|able|pleased"
    r"|delighted|grateful|thrilled|willing|open|here) to (?!%NOT_A_REASON%)\w+",
    r"(?:would|i'd|we'd|i|we) (?:really |also |so |very )?(?:love|like|appreciate|welcome|value"
    r"|enjoy|be grateful for|be glad of) (?!(?:the |an? )?(?:opportunity|chance|pleasure)"
    r" to (?:%NOT_A_REASON%|be))(?:your|any|some|a|an|the|it|hearing|learning|chatting"
    r"|getting|talking|knowing|seeing|reading|swapping|trading|comparing|exchanging"
    r"|picking|working|collaborating)\b",
    r"(?:would|it'd|that'd|will|could|might) be (?:\w+ )?(?:great|nice|good|lovely|fun|awesome|cool"
    r"|amazing|wonderful|helpful|valuable|interesting|useful|worthwhile|a pleasure"
    r"|an hono(?:u)?r) to (?!%NOT_A_REASON%)\w+",
    r"(?:stay|staying|keep|keeping|get|getting|be|remain|remaining) in touch",
    r"(?:stay|staying|keep|keeping|remain) (?:connected|in contact|in the loop|posted|updated"
    r"|up to date)",
    r"looking forward to (?:working|collaborating|learning|hearing|seeing|catching|chatting"
    r"|continuing|following|reading|meeting|talking|speaking|your)",
    r"(?:keep up with|catch up|reconnect|re-connect|follow up|follow along"
    r"|follow (?:your|what you|how you|where you)"
    r"|keep following|keep learning|keep reading|keep an eye|learn from|learning from)",
    r"(?:continue|carry on|pick up|resume) (?:the|our|that|this) (?:\w+ )?(?:conversation"
    r"|chat|discussion|talk|thread)",
    r"(?:compare|swap|exchange|share|trade|bounce) (?:\w+ )?(?:notes|ideas|thoughts"
    r"|experiences?|stories|tips|learnings|insights|perspectives|lessons|war stories"
    r"|views|approaches|feedback)",
    r"(?:advice|advise|guidance|mentor|mentorship|mentoring|pointers|recommendations?"
    r"|feedback|pick your brain|your (?:opinion|view|views|perspective|take|thoughts|input"
    r"|insights?|expertise|help|support|experience with|experience on|experience of|two"
    r"|honest|eyes)|a (?:second )?opinion|tips?)",
    r"(?:jobs?|position|positions|openings?|vacanc(?:y|ies)|internships?|referral|refer me"
    r"|refer (?:a|an|someone)|hiring|hire|recruiting|interview|apply|applied|applying"
    r"|candidacy|considered for|career (?:advice|change|move|switch))",
    r"(?:a|an|the|open|this|that|your) (?:[\w-]+ ){0,3}?(?:role|roles|opportunity)",
    r"(?:i|we)(?:'ll| will| can| could| would| might) (?:also )?(?:send|share|forward|intro"
    r"|introduce|help|pass|make|buy|treat|host|show|give|bring|return|contribute|offer)",
    r"(?:as promised|promised|you asked|as requested|as discussed|as mentioned)",
    r"(?:here's|here is) (?:the|my|a|our)",
    r"let me know (?:if|when|whether|what|how|your)",
    r"(?:tell|show|teach) me (?:how|what|when|if|about|more|whether)|keep me (?:posted|updated"
    r"|in the loop)",
    r"(?:ping|message|email|text|call|dm|drop) me (?:a line|a note|if|when|anytime|any time"
    r"|whenever)|if you (?:ever )?(?:need|want|fancy)|(?:need|lend) a hand",
    r"can't wait (?:to (?!%NOT_A_REASON%)\w+|for)",
    r"hope (?:we|you) (?:can|could|will|might|get to|'ll) (?!%NOT_A_REASON%)\w+"
    r"|congratulate you",
    r"(?:collaborat\w*|partner on|partner with|partnering|co-?(?:author|host|present"
    r"|organi[sz]e|write|teach|found)\w*|work together|team up|join forces|joint"
    r"|pair on|pair up|contribut\w*|volunteer)",
    # "have you as a guest on our podcast", "invite you to speak"; not "to join my network".
    r"(?:invite|have|feature|interview|host|quote|cite) you (?!to (?:join|connect|my)\b"
    r"|%IN_MY_NETWORK%)\w+",
    r"(?:speak|present|talk|guest) (?:at|on|in) (?:our|my|the)",
    r"(?:coffee|lunch|a call|a chat|a beer|drinks|a drink|a walk|meet up|meetup sometime"
    r"|grab (?:a|some)|hop on|jump on|set up a|a quick chat|\d+ ?min\w*|\d+ minutes?)",
    r"(?:are|would|will|could|can|do|did|have) you (?:be )?(?:ever )?(?:open|up|willing"
    r"|interested|keen|available|free|around|attending|going|coming|speaking|hiring|mind"
    r"|share|recommend|introduce|help|point|tell|explain|send|know|have|think|plan"
    r"|happen|fancy|like|want)",
    r"(?:could|can|may|might|mind if) (?:i|we) (?:\w+ )?(?:ask|send|share|run|get|pick"
    r"|follow|buy|invite|introduce|borrow|quote|cite|use|visit|shadow|interview|book"
    r"|feature|learn|help|offer|show|join|contribute)",
    r"(?:learn|learning|hear|hearing|know|understand|find out|see) (?:more|about|how|what"
    r"|why|where|which|whether|if|from you|your)",
    r"(?:curious|wondering|wondered|wonder) (?:about|how|what|whether|if|why|which)",
    r"interested in (?!(?:connecting|networking|your profile|expanding|growing|building"
    r"|being connected|adding)\b)\w+",
    # Admiring a specific piece of their work is a reason (seed 004: "You admire their
    # work", "You were impressed with their presentation"); a bare "I liked your post" is not.
    r"(?:loved|love|enjoyed|enjoying|liked|appreciated|admired|learned a lot from|learnt a lot"
    r" from|blown away by|moved by|thank you for|thanks for|thanks again for) (?:[\w'-]+ )"
    r"{0,3}?%WORK%s? (?:on|about|at|from|in|for|during|re|regarding|around|with|yesterday"
    r"|today|last|this|earlier)",
    r"your (?:[\w'-]+ ){0,3}?%WORK% (?:[\w'-]+ ){0,6}?(?:was|is|were|are|gave me|helped|inspired"
    r"|changed|saved|made|got me|clarified|hit home|resonated|stuck with)",
    r"(?:admire|admiring|inspired by|inspiring|big fan|huge fan|say thanks|say thank you"
    r"|thank you for your work|grateful for|impressed (?:by|with) (?:your|the|how|what))",
    r"(?:i'm|i am|we're|we are|i've been|we've been|i|we) (?:currently |now |just )?"
    r"(?:working on|building|writing|researching|organi[sz]ing|hosting|putting together"
    r"|planning|preparing|launching|starting|exploring|applying"
    r"|transitioning|switching|pivoting|new to|getting into|breaking into|drafting"
    r"|raising|looking for|looking into|hiring|teaching|evaluating|choosing|migrating"
    r"|rolling out|considering|designing|trying to|thinking about|thinking of)",
    r"(?:next time|whenever|when|if) you(?:'re| are)(?: ever| next)? (?:in|around|visiting"
    r"|back|free|coming)",
    r"let's (?!%NOT_A_REASON%|stay connected\b)\w+",
    r"let us (?!%NOT_A_REASON%)\w+",
    r"(?:see|seeing) you (?:at|there|next|soon|again|in)",
    r"(?:invitation|invite) to (?!(?:connect|join my|my network)\b)\w+",
    r"(?:send|share|show) (?:you|it|them|my|our|the)",
    r"(?:send|share|forward|email) me (?:the|that|your|a|an|those|some|more)",
    # "I'd love to connect and ask about a research visit": the wish after the "and".
    r"connect(?:ing)?(?: with you| here){0,2} and (?:ask|hear|compare|swap|pick|thank|say thanks"
    r"|send|meet|grab|continue|set up|arrange|invite|introduce|show|follow up)\b",
    # A purpose clause: "connecting so we can sort out the dock schedule".
    r"so (?:that )?(?:we|i|you)(?: can| could| will|'ll) (?!%NOT_A_REASON%"
    r"|(?:be|have|get|stay|keep) (?:connected|linked)\b)\w+",
    # A concrete thing to contact them about, or a meeting already planned.
    r"(?:reach|contact|get hold of|find|ping|email) you (?:about|regarding|re|when|if|directly)",
    r"(?:ahead of|before|in advance of|to prepare for|in preparation for) (?:our|the|your|my)"
    r" (?:[\w-]+ ){0,2}?(?:kickoff|kick-off|call|meeting|interview|visit|workshop|onboarding"
    r"|handover|hand-over|demo|session|trip|first day|start|panel|talk|event|conference"
    r"|summit)",
)

# A question that asks only for the connection is no reason ("Connect?", "Can we connect?"),
# unlike one about another connection ("could you connect me with your rep?", "mind if I
# add you to the group chat?").
CONNECT_ONLY: tuple[str, ...] = (
    r"connect\w*(?! (?:me|us) (?:with|to)\b)|network\w*|accept|link up",
    r"add (?:me|you)(?! to (?:the|a|an|our|this|that|his|her) )",
    r"join (?:my|your) (?:professional |linkedin )?network",
)
# Questions that ask nothing of them: small talk about what both saw ("Wasn't the venue
# freezing?", "How good was that brisket?!") or a greeting ("How are you?").
SMALL_TALK: tuple[str, ...] = (
    r"(?:wasn't|weren't|isn't|aren't|didn't|don't|doesn't|hasn't|haven't) (?:it|that|this"
    r"|the|those|these|they|he|she)",
    r"how (?:\w+ ){1,2}?(?:was|were) (?:that|the|this|it|those|these)",
    r"how (?:are|r|have|is|'s) (?:you|things|it|everything|life)(?: been| going| doing)?"
    r"(?= ?[?!.]| these days| lately)",
)

# Lines that could be sent to anyone (seed 003's teardowns: "the marketing world",
# "a similar objective", "business opportunities"), each with a concrete suggestion.
# `specific_forgives` marks phrases that are fine when the same sentence names the
# specific thing (seed 003's own good example: "came across your profile after reading
# your article about ...").
VAGUE: tuple[tuple[str, str, bool], ...] = (
    (
        r"(?:came|come|stumbled|happened) (?:across|upon|on) your (?:linkedin )?(?:profile"
        r"|page|name)|(?:saw|seen|viewed|noticed|checked out|looked at|found|visited|reviewed"
        r"|(?:went|gone|looked|scrolled|browsed|read) through) your (?:linkedin )?profile"
        r"|interested in your profile",
        "Say what brought you to them: which post, talk, project or person?",
        True,
    ),
    (
        # Praise with nothing after it ("I enjoy reading your posts.", "Loved your recent
        # post!", "following your work for a while"). A wish to follow their work ("stay in
        # touch and follow your work") is a reason, not praise.
        r"(?<!to\s)(?<!to\s\s)(?<!keep\s)(?<!keep\s\s)(?:enjoy|enjoyed|love|loved|like|liked|appreciate|appreciated"
        r"|read|reading|following|followed|admire|admired|fan of|inspired by"
        r"|impressed by|impressed with) your (?:recent |latest |last |great |amazing |awesome "
        r"|insightful |inspiring |many |regular |daily )?(?:posts?|content|articles?|updates"
        r"|work|writing|videos?|tweets?)"
        r"(?= ?(?:[.!?\n]|$|[^\w\s,:(\u2013\u2014-]|,? ?(?:and |so )?(?:would|i'd|it|let's|hope"
    r"|happy|keen)\b|(?:and (?:would|i'd|i|it|find|think|i've"
        r"|let's|hope|i'm)|for (?:a while|years|ages|some time|a long time|quite a while|a bit"
        r"|months)|so much|a lot|very much|too|lately|recently)\b))",
        "Which post or piece of work? Name it, e.g. \"your post on ...\".",
        False,
    ),
    (
        # "I saw you're hiring. I'm interested." Interested in what?
        r"(?:i'm|i am|i'd be|i would be|i'll be) (?:very |really |so |quite |definitely )?"
        r"interested(?= ?(?:[.!]|$))",
        "Interested in what? Name the role, project or topic.",
        True,
    ),
    (
        r"(?:your|such an?|an?) (?:very |really |truly )?(?:impressive|interesting|great"
        r"|amazing|inspiring|strong|excellent|remarkable|fantastic|outstanding|incredible"
        r"|stellar|cool|nice|awesome) (?:profile|background|resume)"
        r"|(?:cool|nice|awesome|great|solid|impressive|interesting|amazing) (?:profile|resume)"
        r"|your (?:very |really |truly )?(?:impressive|interesting|great|amazing|inspiring"
        r"|strong|excellent|remarkable|fantastic|outstanding|incredible|stellar)"
        r" (?:experience|career|journey)"
        r"(?! (?:at|in|with|on|as|into|from|building|leading))"
        r"|(?:impressed|intrigued|inspired) (?:by|with) your (?:linkedin )?(?:profile"
        r"|background|experience|career|journey|resume)"
        r"(?! (?:at|in|with|on|as|into|from|building|leading))"
        r"|your profile (?:is|looks|seems|was|stood out|caught)"
        r"|your (?:very |really |truly )?(?:impressive|amazing|great|inspiring|excellent"
        r"|incredible|awesome|outstanding) work(?! (?:on|at|in|with|for|around))"
        r"|your (?:career |professional )?journey(?! (?:from|to|into|at|in|as|with|through))"
        r"|(?:amazing|great|incredible|awesome|inspiring|wonderful) (?:person|human|human being"
        r"|individual|soul)|doing (?:amazing|great|incredible|awesome|inspiring|wonderful|big)"
        r" (?:things|work)",
        "Name what impressed you: a specific project, role, post or talk.",
        False,
    ),
    (
        r"like-? ?minded(?: (?:professionals|people|individuals|folks|leaders|peers"
        r"|entrepreneurs|experts))?",
        "Say what you have in common: which field, topic or project?",
        True,
    ),
    (
        r"(?:expand|expanding|grow|growing|broaden|broadening|extend|extending|widen|widening"
        r"|build|building|increase|increasing|strengthen|enlarge|diversify|diversifying"
        r"|enrich|enriching) (?:my|our|your) (?:professional |personal |linkedin |business )?"
        r"(?:network|networks|connections|circle|reach)",
        "Say what you hope to get or give: advice, a job, a collaboration?",
        False,
    ),
    (
        r"mutual(?:ly)? (?:benefit|beneficial|growth|value|success)s?|win-? ?win|synerg(?:y"
        r"|ies|ize|ise|istic)|add value to (?:each other|one another|your network)"
        r"|help each other (?:grow|succeed|thrive|win)|(?:grow|succeed) together"
        r"|benefit (?:from )?(?:each other|one another)"
        r"|(?:professional|meaningful|strong|lasting|valuable) (?:relationships|connections)"
        r"|share (?:\w+ )?knowledge(?! (?:on|about|of|around))"
        r"|beneficial (?:for|to) (?:both|each other|us both|one another)|benefit us both"
        r"|(?:a lot|much|lots|plenty) to offer (?:each other|one another)|offer each other"
        r"|(?:great|amazing|big) things together",
        "Name the specific thing you could do for each other.",
        False,
    ),
    (
        # Fine beside the thing itself: "Your rice traceability idea was great, I hope we
        # can help each other."
        r"(?:help|support) (?:each other|one another)(?!\x27| (?:with|on|through)\b)",
        "Help each other with what? Name the project or problem.",
        True,
    ),
    (
        r"business (?:opportunit(?:y|ies)|purposes|reasons|relations(?:hips?)?)"
        r"|(?:for|about|on) business\b(?! (?:school|trip|analytics))"
        r"|explore (?:\w+ )?opportunit(?:y|ies)(?! (?:on|in (?:our|my|the|your)|at|for (?!you)))"
        r"|(?:exciting|great|amazing|interesting|lucrative|various|potential|possible"
        r"|several|multiple|many|some) (?:business |career |job )?"
        r"(?:opportunit(?:y|ies)|roles?|positions?|openings?)(?! (?:on|in (?:our|my|the|your)"
        r"|around|for (?!you)|to|at|as|like|such as|:))",
        "What opportunity exactly? Say what, why, and what you are asking for.",
        False,
    ),
    (
        r"(?:potential|possible|future) (?:business )?(?:collaborations?|partnerships?"
        r"|synergies)(?: opportunit(?:y|ies))?(?! (?:on|in|around|for|to|at|as|like"
        r"|such as|:))|(?:explore|discuss|see) (?:how|ways|whether|if) (?:we|our"
        r" (?:companies|teams)) (?:can|could|might) (?:work together|collaborate|help each"
        r" other|partner|support each other|benefit)(?! (?:on|to|with (?:the|your|our)))",
        "Collaborate on what? Name the project, event or problem.",
        True,
    ),
    (
        r"(?:a |our |the )?similar (?:[\w-]+ )?(?:objectives?|goals?|interests|content"
        r"|mindsets?|values|visions?|backgrounds?|paths?|passions?)"
        r"|(?:common|shared|mutual) (?:interests?|goals|objectives|values|visions?)"
        r"(?! (?:in|around|on|like|such as|:))"
        r"|(?:passion|passionate|love) (?:for|about) (?:innovation|leadership|growth"
        r"|excellence|success|technology|tech|business|learning|networking|people|change"
        r"|digital transformation)(?! (?:in|at|on|for) )"
        r"|(?:a lot|lots|much|many things|so much|a few things|things|something) in common"
        r"(?! ?(?::|[-(]|like|such as))",
        "Which objective or interest? Name it: the topic, project or goal you share.",
        False,
    ),
    (
        r"the (?:marketing|business|sales|tech|technology|corporate|professional|finance"
        r"|financial|fintech|digital|startup|entrepreneurial|hr|it|consulting|creative|media"
        r"|crypto|web3|investment|real estate|recruiting|recruitment|saas|b2b|e-?commerce"
        r"|blockchain) (?:world|space|arena|realm|landscape|ecosystem)(?! ?[:(-])"
        r"|(?:the )?same (?:industry|field|space|sector|line of work|domain|niche)(?! ?[:(-])",
        "Name the specific area: which topic, product, team or event?",
        False,
    ),
    (
        r"(?:professionals?|people|individuals?|experts?|leaders?|peers?|minds|talent"
        r"|performers|voices) (?:in|from"
        r"|across) (?:the|my|your|our|this|various|different|all) (?:[\w-]+ )?"
        r"(?:industry|field|space"
        r"|sector|industries|fields|sectors|domain)|(?:inspiring |successful |great "
        r"|talented |amazing |top |senior |key )?(?:professionals|people|leaders|individuals"
        r"|experts|minds|executives) like (?:you|yourself)|always (?:looking|happy|keen|open"
        r"|eager|interested) to (?:connect|network|meet|expand|grow)|connect(?:ing)? with"
        r" (?:other |more |new |great |inspiring |successful |interesting |top )?"
        r"(?:professionals|people|individuals|leaders|experts)(?! (?:who|working|building"
        r"|at)\b)"
        r"|(?:experienced|seasoned|successful|inspiring|fellow|other) (?:professionals|leaders"
        r"|experts|entrepreneurs)(?! (?:who|working|building|at|in (?!the))\b)",
        "Say why them in particular: what do they do that you care about?",
        False,
    ),
    (
        r"(?:many|several|some|a few|lots of|a lot of|multiple|numerous|\d+) (?:mutual|shared"
        r"|common) (?:connections|contacts|friends)|the same (?:linkedin )?group"
        r"|(?:for|interested in|keen on|open to) networking(?: purposes)?|network with you"
        r"|looking for (?:new |fresh )?(?:ideas|perspectives|insights|inspiration|connections)"
        r"(?! (?:on|about|for|from|to))"
        r"|networking purposes",
        "Name the person or group you share, or what you would like to talk about.",
        False,
    ),
)

# A pitch in a first note (seed 000: "sales people for products that I don't have any
# use for"; seed 003: a business reason is fine, a generic pitch is not).
SALES_PITCH: tuple[str, ...] = (
    r"(?:(?:we|i|that|which|it|who) helps?|helping)"
    r" (?!(?:run|organi[sz]e|maintain|lead|host|coordinate|moderate|out|with|to)\b)"
    r"(?:[\w-]+ ){0,3}?(?:companies|families|businesses|brands|teams"
    r"|founders|startups|agencies|organi[sz]ations|firms|clients|leaders|executives|coaches"
    r"|consultants|professionals|women|men|entrepreneurs|owners|b2b|saas|ceos|cfos|ctos"
    r"|managers|job seekers|candidates"
    r"|cmos|recruiters|marketers|creators|agents|realtors|dentists|clinics|shops|stores"
    r"|e-?commerce)",
    r"(?:companies|businesses|brands|teams|startups|firms|organi[sz]ations|agencies|people"
    r"|leaders|clients) like (?:yours|you)",
    r"(?:i|we) work with (?:[\w-]+ ){0,2}?(?:ceos|cfos|ctos|founders|executives|leaders|owners"
    r"|businesses|companies|brands|coaches|agencies|startups|teams) (?:like you|to|who)",
    # Prices, not salaries or funding rounds: "$4/month", "from $299", "earn $5000 weekly".
    r"[$\u20ac\u00a3\u00a5\u20b9] ?\d+(?:[.,]\d+)? ?(?:/ ?\w+|per|a month|a year|monthly|weekly"
    r"|an hour|a week|off)",
    r"(?:just|only|from|starting at|starts at|price of|costs?|earn|make|pay) [$\u20ac\u00a3"
    r"\u00a5\u20b9] ?\d+",
    r"\d+(?:[.,]\d+)? ?(?:usd|eur|gbp|dollars|euros|bucks|[$\u20ac\u00a3])(?= ?(?:/|per\b"
    r"|a month|a year|monthly|weekly|an hour|a week|off\b))",
    r"\d+ ?% (?:off|discount|savings?|cheaper|less|more (?:revenue|sales|leads|traffic))",
    r"(?:discount|discounts|coupon|promo code|promotional code|free trial"
    r"|(?:our|special|competitive|transparent) pricing|pricing (?:starts|plans?|from)"
    r"|special offer|limited[- ]time|exclusive (?:offer|deal)|best (?:price|prices|rates)"
    r"|affordable (?:price|prices|pricing|rates|plans?|packages?|services?|solutions?"
    r"|websites?|design)"
    r"|cost-? ?effective|a fraction of the cost|no-? ?obligation|on autopilot"
    r"|done-? ?for-? ?you|guaranteed|money-? ?back|lead gen\w*|outsourcing (?:services"
    r"|partner|company)|(?:offshore|nearshore) (?:development|developers|team)"
    r"|white-? ?label|staff augmentation|dedicated (?:developers|team)"
    r"|decision-? ?makers?)",
    r"(?:save|saves|cut|cuts|reduce|reduces|boost|boosts|increase|increases|double|doubles"
    r"|triple|triples|grow|grows|skyrocket|scale|scales|maximi[sz]e|maximi[sz]es|generate"
    r"|generates|drive|drives|10x|3x|2x) (?:[\w$'.,-]+ ){0,3}?by \d+ ?%",
    r"(?:saves?|saving|reclaim|reclaims|gain|gains) (?:[\w-]+ ){0,3}?\d+\+? ?(?:hours|hrs|%"
    r"|percent)",
    r"(?:save|saves|cut|cuts|reduce|reduces|boost|boosts|increase|increases|double|doubles"
    r"|triple|triples|grow|grows|skyrocket|scale|scales|maximi[sz]e|maximi[sz]es|generate"
    r"|generates|drive|drives|10x|3x|2x) (?:your|their|you) (?:[\w%$'.,-]+ ){0,2}?"
    r"(?:costs?|revenue|sales|leads|roi|mrr|arr|conversions?"
    r"|productivity|traffic|profits?|bookings|pipeline|income|business|brand|growth"
    r"|engagement|followers|appointments|deals)",
    r"generate (?:[\w+-]+ ){0,3}?leads",
    r"(?:qualified|warm|more|b2b|hot|inbound) leads",
    r"(?:book|schedule|grab|reserve|claim) (?:your|a free|a slot|a spot|some time on my"
    r"|a time on my|time on my)|(?:my|our) calendar (?:link|here|below)|(?:link to|here's"
    r"|here is) (?:my|our) calendar",
    r"(?:our|free|product|personali[sz]ed|\d+-? ?min(?:ute)?s?) demo"
    r"|(?:a|quick|short) (?:\d+-? ?min(?:ute)?s? )?demo(?! (?:of yours?|you|at|day)\b)",
    r"show you (?:how (?:we|our|my|i)|what (?:we|our)|a demo|our)",
    r"(?:calendly\.com|cal\.com|savvycal|hubspot\.com/meetings|meetings\.hubspot|chilipiper"
    r"|zcal|tidycal|acuityscheduling)",
    r"(?:see|find out|explore|check|discuss|figure out) (?:if|whether) (?:we(?:'re| are"
    r"| would be| could be| might be)?|there(?:'s| is| might be| could be)?|it(?:'s| is)?)"
    r" (?:a )?(?:good |great |potential |mutual |right )?fit",
    r"(?:quick|short|brief|\d+-? ?min(?:ute)?) (?:call|chat|meeting) to (?:see|discuss how"
    r"|explore how|show|present)",
    r"(?:our|my) (?:[\w-]+ ){0,2}?(?:services|solutions?|platform|software|product|tool"
    r"|agency|offering|packages?|saas|system|program|programme) (?:can|will|helps?"
    r"|offers?|provides?|automates?|saves?|delivers?|guarantees?|has helped|has placed)",
    # Not what a host offers a speaker: "we offer travel and complimentary tickets".
    r"(?:we|i) (?:offer|provide|deliver|sell|specialize in|specialise in)(?! (?:free|to|my help"
    r"|a hand|mentor\w*|travel|accommodation|complimentary|an honorarium|a (?:small )?(?:fee"
    r"|stipend|honorarium)))"
    r"|(?:our|my) (?:[\w-]+ ){0,2}?(?:firm|company|agency|startup|business) (?:specializes"
    r"|specialises|offers|provides|delivers|helps)"
    r"|how (?:we|i) (?:can|could) (?:help|assist|support|serve) (?:you|your)\b"
    r"|(?:we're|we are|i'm|i am) (?:currently )?(?:offering|providing|selling)",
    r"(?:help|support|assist) (?:you )?with your (?:marketing|sales|seo|website|hiring"
    r"|recruiting|accounting|bookkeeping|branding|social media|lead generation|cloud|it"
    r"|outreach|growth|taxes|insurance)",
    r"(?:send|share|show) you (?:a|our|my) (?:proposal|quote|brochure|catalog(?:ue)?"
    r"|price list|rate card|pricing)",
    r"introduce (?:you to )?(?:our|my) (?:company|services|agency|product|solution|platform"
    r"|offering)",
    r"(?:a|our) team of (?:\w+ )?(?:experts|professionals|specialists|consultants)",
    r"(?:we|i) have (?:a|an|the) (?:\w+ )?(?:solution|product|platform|tool|service"
    r"|package)",
    r"top talent|placed \d+",
    r"offering (?:affordable|professional|top|quality|custom|end-to-end|full-stack|premium"
    r"|expert|high-quality|reliable)",
    r"(?:a|an|the|are|is) (?:leading|top|award-winning|top-rated|best|premier|#1|number one"
    r"|trusted|fastest-growing) (?:[\w-]+ ){0,3}?(?:company|agency|provider|firm|partner"
    r"|solution|platform|vendor|consultancy)",
    r"(?:seo|ppc|smm|web development|website design|app development|digital marketing"
    r"|lead generation|social media management|bookkeeping|it|marketing|design"
    r"|development|consulting|recruitment|staffing) services",
    r"(?:who|the person who) (?:handles|is responsible for|manages|oversees|makes decisions"
    r"|is in charge of|looks after) (?:[\w-]+ ){0,3}?(?:at|in|for) your (?:company"
    r"|organi[sz]ation|firm|team|business)",
    r"the right person to (?:talk|speak|discuss)",
    r"(?:dm|message|text|comment) me (?:\S+ )?to (?:learn|get|receive|claim|grab)",
    r"(?:link in (?:my )?bio|check out (?:my|our) (?:website|site|page|offer|services"
    r"|product)|visit (?:my|our) (?:website|site))",
    r"(?:increase|boost|grow|scale|skyrocket|10x|double|triple) your (?:business|revenue"
    r"|sales|leads|roi|income|profits?|mrr|arr|brand|reach|growth|bookings|pipeline)",
    r"(?:we|i) can help (?:you|your \w+) (?:to )?(?:scale|grow|increase|boost|save|generate"
    r"|close|reduce|cut|automate|streamline|improve|maximi[sz]e|optimi[sz]e|achieve)",
    r"worth a (?:quick )?(?:chat|call|conversation|look)",
    r"your (?:financial|business|marketing|sales|growth|hiring|insurance|investment|it)"
    r" (?:goals|needs|challenges|strategy|requirements)",
    r"our new (?:product|service|tool|platform|app|offering|solution)s?",
    r"sign up (?:here|now|today|for free)|early access list|join (?:the|our) wait ?list",
    r"add value to your (?:team|company|business|organi[sz]ation|firm)",
    r"(?:through|join|joining|with|in|enrol in|enroll in|sign up for) my (?:\d+-? ?(?:week|day"
    r"|month) |[\w-]+ )?(?:program|programme|course|coaching|masterclass|bootcamp"
    r"|mentorship program|membership|community)",
    r"would you (?:like|want|be interested) (?:to )?(?:learn|hear|know) more",
    r"benefit your (?:organi[sz]ation|company|business|team|firm)|(?:i|we) have (?:a|an)"
    r" (?:\w+ )?(?:proposal|offer) (?:for you|that)",
    r"(?:free|complimentary) (?:[\w-]+ ){0,2}?(?:audit|consultation|session|call|trial"
    r"|demo|assessment|quote|strategy|ebook|e-book|analysis|estimate|sample|reviews?|checks?"
    r"|checkup|valuation|mockup|mock-up|evaluation|teardown|proposal)",
    # A service done on something of theirs, at no cost: "a free mockup of your homepage".
    r"(?:free|complimentary|no-cost) (?:[\w-]+ ){1,3}?(?:of|on) your",
    r"no strings attached|(?:for|at) a (?:flat|fixed|small|low|one-off|one-time|monthly"
    r"|reasonable|modest|discounted) (?:fee|price|rate|cost)",
    r"(?:proposal|quote|estimate|mockup|mock-up) for (?:you|your)",
    r"(?:our|my) (?:[\w-]+ ){0,2}?(?:agency|consultancy) (?:builds|designs|creates"
    r"|develops|makes|runs|handles|manages|does|works with)",
    # A recruiter selling an unnamed client's role: "an exciting opportunity with a
    # fast-growing client", "I have a client who'd love to speak with you", "roles that
    # match your skill set".
    r"(?:opportunit(?:y|ies)|roles?|positions?|openings?) (?:with|at|for) (?:a|an|my|our"
    r"|one of my|one of our) (?:[\w-]+ ){0,3}?clients?",
    r"(?:my|our|a) clients? (?:who|that|is|are|who's|who'd|who is|who are|who would|that's|that is)"
    r" (?:\w+ ){0,2}?(?:hiring|looking for|seeking|searching for|(?:love|keen|like) to (?:speak"
    r"|talk|chat|meet)|interested in (?:you|speaking|talking|meeting))",
    r"(?:i|we)(?:'ve| have| am| are|'m|'re)? (?:got |working on |recruiting for |hiring for )?"
    r"(?:an?|some|several|a few) (?:[\w-]+ )?(?:exciting|unique|amazing|incredible|great"
    r"|fantastic|excellent|lucrative) (?:[\w-]+ )?(?:opportunit(?:y|ies)|roles?|positions?"
    r"|openings?)(?! (?:on|in|at|with) (?:my|our)\b)",
    r"(?:match|matches|fit|fits|suit|suits|aligns? with) your (?:skill ?set|profile"
    r"|background|experience|expertise)|your (?:\w+ ){0,2}?(?:looks|seems|sounds) like a"
    r" (?:great|perfect|strong|good) (?:fit|match)",
    # Asking a stranger for a slot in their calendar, not for their advice.
    r"(?:book|block|put|add|get|send) (?:[\w-]+ ){0,3}?(?:on|in|to|into) your (?:calendar"
    r"|diary|schedule|agenda)",
    # The discovery-call opener: a question about their current vendor or process.
    r"how (?:are you|is your (?:team|company)) currently (?:handling|managing|tackling"
    r"|dealing with|approaching|solving|doing|tracking|running)"
    r"|(?:are you|is your (?:team|company)) (?:currently |still )?(?:happy|satisfied|content)"
    r" with your (?:current )?\w+",
    r"(?:we've|we have|we|i've|i have) (?:just |recently )?(?:built|created|developed|launched"
    r"|made) something(?! (?:similar|like|alike)\b)",
    r"(?:share|send|show) (?:you )?(?:a few |some |our |a couple of |relevant )?case stud(?:y|ies)",
    r"competitive (?:rates|prices)",
)

# A sentence that buys or invites rather than sells ("We're evaluating tracing tools and
# I'd like a demo of yours", "We'd love to have you keynote; we cover travel"): a pitch's
# words in it are the sender asking, or what a host offers a speaker.
NOT_SELLING: tuple[str, ...] = (
    r"(?:we're|we are|i'm|i am) (?:currently |now )?(?:evaluating|shortlisting|comparing"
    r"|choosing|sourcing|vetting|in the market for|looking for a (?:new )?(?:supplier"
    r"|vendor|provider|agency|tool|platform|consultant|contractor|freelancer))",
    r"(?:i'd|we'd|i would|we would) (?:like|love) (?:to (?:book|see|get|try|schedule|arrange"
    r"|request|order|buy) )?(?:a|an|your) (?:[\w-]+ )?(?:demo|quote|trial|price list|pricing"
    r"|catalog(?:ue)?|sample)",
    r"(?:invite|have|host|feature) you (?:to |as (?:a |an |our )?)?(?:speak|present|keynote"
    r"|talk|give a talk|guest|speaker|panelist|panellist|judge|mentor)",
    # Thanks for what they gave: "thanks for the free portfolio review at the meetup".
    r"(?:thanks|thank you)(?: so much| again)? for (?:the|your)",
)

# Phrases that add length but nothing else (seed 000: the author starts with "Hope all
# is well" only with friends; the note has at most 300 characters to make its point).
FILLER: tuple[str, ...] = (
    r"i hope (?:this|my) (?:message|note|email|request|invitation|invite) (?:finds|reaches)"
    r" you(?: well| in good (?:health|spirits)| safe and well)?",
    r"my name is",
    r"i am writing to",
    r"(?:please |kindly )+accept my (?:connection |linkedin )?(?:request|invitation|invite)",
    r"thank(?:s| you) (?:in advance )?for (?:accepting|considering|your consideration)",
)

# Pleasantries: filler to a stranger, but warm to a friend (seed 000's author opens with
# "Hope all is well" when he writes to people he knows well).
PLEASANTRIES: tuple[str, ...] = (
    r"(?:i )?hope (?:you(?:'re| are) (?:doing )?(?:well|good|great|fine|ok|okay)"
    r"|all is well|you(?:'re| are) having an? (?:great|good|nice|wonderful|lovely)"
    r" (?:day|week))",
)

# A first message's thanks for connecting, and what says the same ("Glad to be connected",
# "Let's stay connected"): how a first message opens, and all that one which says nothing
# more says (`thanks-only`). Not "thanks for connecting me with Ana": that is context.
THANKS: tuple[str, ...] = (
    r"(?:thanks|thank you|many thanks|cheers)(?: (?:so|very) much| a lot| a ton| again)?"
    r" for (?:connecting(?! (?:me|us) (?:with|to)\b)|accepting|linking up|adding me"
    r"|the (?:connection|connect|add|accept)|your (?:connection|acceptance))"
    r"(?: with (?:me|us))?(?: (?:my|the) (?:connection )?(?:request|invitation|invite))?"
    r"(?: (?:here|on linkedin))?",
    r"(?:i )?(?:really |truly )?appreciate (?:the (?:connection|connect|add)|you (?:connecting"
    r"|accepting))",
    r"(?:great|glad|happy|nice|good|lovely|pleased|delighted|excited|thrilled|awesome)"
    r" (?:to (?:be |get |finally be )?connect(?:ed)?(?: with you)?(?! you (?:with|to)\b)"
    r"|(?:that )?we(?:'re| are) (?:now )?connected)(?: (?:here|on linkedin|now))?",
    r"(?:(?:looking forward to|hope to|let's|happy to|glad to) )?(?:stay|staying|keep"
    r"|keeping|remain) connected",
)

# Words that open a greeting ("Hi Maria", "Dear Dr. Okafor", "Hey!").
GREETINGS: tuple[str, ...] = (
    r"hi+|hello|hey+|heya|hiya|dear|howdy|greetings|good (?:morning|afternoon|evening|day)"
    r"|yo|hallo|hola|ola|ol\u00e1|ciao|salut|bonjour|hej|moin|servus|namaste|salaam|shalom",
)
# Titles that come before a name in a greeting.
TITLES: frozenset[str] = frozenset({
    "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "madam", "dear",
})
# Words in a greeting's place that address nobody in particular ("Hi there", "Hello, I").
NOT_A_NAME: frozenset[str] = frozenset({
    "there", "all", "everyone", "everybody", "team", "sir", "madam", "friend", "friends",
    "folks", "guys", "you", "connection", "hiring", "recruiter", "colleague", "mate",
    "buddy", "dear", "ma'am", "maam", "man", "i", "i'm", "im", "i'd", "i've", "we", "my",
    "it", "this", "hope", "hoping", "thanks", "thank", "just", "great", "nice", "good",
    "how", "so", "sorry", "congrats", "congratulations", "happy", "quick", "long", "loved",
    "saw", "noticed", "greetings", "welcome", "please", "kindly", "let's", "lets", "again",
})

# Top-level domains that make a bare "word.tld/..." a link.
LINK_TLDS: frozenset[str] = frozenset({
    "com", "org", "net", "io", "co", "ai", "dev", "app", "me", "ly", "gl", "xyz", "info",
    "biz", "link", "page", "site", "us", "uk", "de", "fr", "es", "it", "nl", "in", "so",
    "gg", "to", "tv", "fm", "sh", "eu", "ca", "au", "ch", "be", "se", "pt", "pl",
})

# Emoji: pictographic code point ranges, and the characters that extend an emoji
# (zero-width joiner, variation selector, keycap, skin tones) without starting a new one.
EMOJI_RANGES: tuple[tuple[int, int], ...] = (
    (0x1F000, 0x1F3FA),  # skin tones (1F3FB-1F3FF) only extend the emoji before them
    (0x1F400, 0x1FAFF),
    (0x2600, 0x27BF),
    (0x2B00, 0x2BFF),
    (0x2300, 0x23FF),
)
EMOJI_EXTENDERS: frozenset[int] = frozenset(
    {0x200D, 0xFE0F, 0xFE0E, 0x20E3, *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)}
)
