"""Language profiles for `pycore.lang.detect`: data, not code.

For each language, its most frequent words (function words, everyday verbs and the words
of greetings, thanks and introductions), written lower case and without accents, since
the detector compares words folded that way (people often type "gustaria", "voce",
"moechte" on a phone). A word listed under several languages counts as shared evidence.
`LETTERS` lists letters that only a few languages use; a note that has one leans to them.

The checked languages (en, es, fr, de, pt) have the longest lists. The others are here
so that a note in Italian, Dutch or Catalan is not mistaken for Spanish, German or
English: they are recognised, and only the language-independent rules run on them.
`hi` is Hindi typed in Latin letters ("aapse milkar bahut accha laga"); Hindi in
Devanagari, like Chinese, Japanese or Russian, is told by its script.
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    "en": """
        the a an and or but of to in on at for with from by about as into over after
        before than then so if because while when where how what which who whom whose
        why that this these those there here it its it's i me my mine myself we us our
        you your yours yourself he him his she her they them their be is am are was were
        been being have has had having do does did done doing will would shall should can
        could may might must not no yes all any some each every both few more most other
        such only own same very just also too again still even really ever never always
        hi hello hey dear thanks thank thx regards best cheers please pls u ur im ive id
        great good nice lovely glad happy love like loved liked enjoyed enjoy would love
        meet met meeting chat chatted chatting talk talked talking spoke speaking saw seen
        see read reading write wrote work worked working team company role job new last
        next week today yesterday tomorrow time year years day way thing things people
        connect connecting connection network linkedin touch stay keep hear learn know
        want wanted hope hoping looking forward reach out ask question help advice share
        sent send get got make made take took think thought feel found came come went go
        let lets let's maybe quick call coffee sometime soon event conference meetup post
        article background interested impressed profile professional opportunity
        opportunities business experience field industry space world together both well
        much many lot lots up down off out back away now yet already around through
        during under between across since until upon within without
        m s t d ll re ve don doesn didn isn wasn aren won can't here's sales growth
        revenue month per help helps helped founder founders lead leads free book use
        slides demo client clients customer customers product products service services
        data tech startup team's student manager engineer design developer marketing
        line lines note message request invite invitation sorry congrats congratulations
        appreciate appreciated course school university class program project projects
        talk talks session panel event events summit week's morning evening night
        town city office home remote hiring hire position apply interview referral
    """,
    "es": """
        el la los las lo un una unos unas y e o u ni pero sino que de del al a en con por
        para sin sobre entre hasta desde hacia segun como cuando donde porque aunque si
        no mas muy ya tambien tampoco todavia aun solo siempre nunca yo tu usted ustedes
        nosotros nosotras vosotros vosotras ellos ellas me te se nos os le les mi mis tus
        su sus nuestro nuestra vuestro vuestra este esta esto estos estas ese esa eso
        esos esas aquel es son soy eres somos fue fui fuimos era estaba estoy estas esta
        estamos estan he has ha hemos han habia hay tengo tienes tiene tenemos tienen
        hacer hago hice hizo puedo puede podemos podria podrias quiero quieres quisiera
        gustaria gusto gusta encantaria encanto encanta hola buenas buenos dias tardes
        gracias saludo saludos un abrazo atentamente estimado estimada querido querida
        senor senora sr sra conocerte conocerle conocernos conocimos conoci coincidimos
        charla ponencia congreso jornada jornadas taller encuentro reunion evento feria
        trabajo trabajamos trabaje equipo empresa puesto vacante proyecto consejo ayuda
        contacto seguir seguimos sigamos mantener hablar hablamos hablemos conversar
        tiempo semana ayer hoy manana pasado pasada proxima placer genial gran buen buena
        mucho mucha muchos muchas poco tanto todo toda todos todas otro otra cual quien
        algo nada alguien vez veces asi bien mal aqui alli ahora luego despues antes
        red profesional anadirte agregarte contigo conmigo vi leer lei visto escribo
        escribirte preguntarte pedirte contarte verte vernos ojala saber
    """,
    "fr": """
        le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi
        dont ou a en dans sur sous avec sans pour par chez vers entre depuis pendant
        avant apres comme quand si ne pas plus moins tres bien aussi encore deja toujours
        jamais rien tout tous toute toutes je j me m moi tu te t toi il elle on nous vous
        ils elles se s lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos
        ce cet cette ces c ca cela ceci est suis es sommes etes sont etait ete etre ai as
        avons avez ont avait avoir fait faire peux peut pouvons pouvez pourrais pourriez
        veux veut voudrais souhaiterais souhaite aimerais aime adore bonjour bonsoir salut
        coucou merci cordialement bien a vous bonne journee madame monsieur mme mlle
        ravi ravie plaisir rencontre rencontres rencontrer rencontrees echange echanger
        echanges discuter discute conference salon atelier reunion soiree evenement
        travail travaille travaille equipe entreprise societe poste projet conseil aide
        contact garder rester suivre parler semaine hier aujourd hui demain dernier
        derniere prochain prochaine super genial grand grande beaucoup peu autre autres
        quel quelle quelques chose quelqu fois ici la maintenant ensuite alors voila
        reseau professionnel ajouter ajoute t'ajouter vous ajouter connecter lu vu ecris
        ecrire demander poser question questions votre y
    """,
    "de": """
        der die das den dem des ein eine einen einem einer eines und oder aber denn
        sondern dass ob wenn als wie weil da zu zum zur im am an auf aus bei mit nach
        seit von vor fur uber unter zwischen durch gegen ohne um bis nicht kein keine
        keinen nur auch noch schon sehr ganz gern gerne mal immer nie ja nein doch ich mich
        mir du dich dir er sie es wir uns ihr euch ihnen ihm ihn mein meine meinen meinem
        meiner dein deine deinen deinem ihr ihre ihren ihrem unser unsere euer sein seine
        dieser diese dieses diesen hier dort jetzt heute gestern morgen bin bist ist sind
        seid war waren warst gewesen habe hast hat haben hatte hatten hatte werde wirst
        wird werden wurde wurden wurde wurdest kann kannst konnen konnte konnten mochte
        mochten will willst wollen soll sollte darf durfte muss mussen hallo liebe
        lieber sehr geehrte geehrter guten tag morgen abend danke vielen dank gruss grusse
        viele beste freundlichen herr frau herrn kennengelernt kennenlernen getroffen
        treffen gesprochen vortrag konferenz messe veranstaltung treffen
        arbeit gearbeitet zusammen team firma unternehmen stelle projekt rat hilfe kontakt
        bleiben vernetzen vernetzt netzwerk beruflichen hinzufugen austausch austauschen
        sprechen woche letzte letzten nachste nachsten schon toll super gut gute guten
        grosse viel viele wenig andere anderen etwas nichts alles jemand wieder dann
        danach vorher gelesen gesehen gehort schreibe schreiben fragen frage freuen freue
        wurde interesse gefallen spannend lg vg grussen gruß gruße grußen große großen
    """,
    "pt": """
        o a os as um uma uns umas e ou mas nem que de do da dos das ao aos em no na nos
        nas num numa com por pelo pela pelos pelas para pra sem sobre entre ate desde
        como quando onde porque porque se nao mais muito muita muitos muitas ja tambem
        ainda so sempre nunca eu tu voce voces ele ela nos eles elas me te se lhe lhes
        meu minha meus minhas teu tua teus tuas seu sua seus suas nosso nossa este esta
        isto estes estas esse essa isso esses essas aquele aquela e sou es somos sao foi
        fui fomos era estava estou esta estamos estao tenho tens tem temos tinha fazer
        faco fiz posso pode podemos poderia queria quero gostaria gostei gosto adoraria
        adorei adoro ola oi bom boa dia tarde noite obrigado obrigada abraco abracos
        atenciosamente cumprimentos prezado prezada caro cara senhor senhora sr sra dona
        conhecer conhecemos conheci conhece-lo conhece-la encontro palestra congresso
        evento feira workshop reuniao trabalho trabalhamos trabalhei equipe equipa time
        empresa vaga projeto conselho ajuda contato contacto manter acompanhar falar
        conversar conversa semana ontem hoje amanha passado passada proxima prazer otimo
        otima legal grande gente todo toda todos todas outro outra qual quem algo nada
        alguem vez vezes assim bem aqui agora depois antes rede profissional adicionar
        adicionar-te adiciona-lo contigo vi li escrever perguntar pedir contar tchau
        valeu beleza
    """,
    "it": """
        il lo la i gli le un uno una di del della dello dei degli delle da dal dalla in
        nel nella con su sul sulla per tra fra e ed o ma che chi non piu molto anche
        ancora gia sempre mai io mi me tu ti te lui lei noi ci voi vi loro si mio mia
        miei mie tuo tua tuoi tue suo sua nostro vostro questo questa quello quella sono
        sei siamo siete era stato stata ho hai ha abbiamo avete hanno essere avere posso
        puoi puo vorrei ciao buongiorno buonasera salve grazie saluti cordiali gentile
        caro cara piacere conoscerti conosciuti incontro lavoro lavorato insieme squadra
        azienda progetto contatto restiamo restare seguire parlare settimana ieri oggi
        domani prossima bello bella grande tutto tutti altro qualcosa volta cosi bene
        qui adesso dopo prima rete professionale aggiungerti colleghiamoci
    """,
    "nl": """
        de het een en of maar dat die dit deze wat wie waar hoe ik je jij jou jouw u uw
        we wij ons onze hij zij ze hem haar mijn me mij zijn ben bent is was waren heb
        hebt heeft hebben had zou zouden kan kun kunnen wil wilt willen moet niet geen
        ook nog al wel heel erg graag veel meer van in op aan met voor naar bij over uit
        om tot door na te er hier daar nu dan toen als hoi hallo hey beste dag goedemorgen
        bedankt dank groet groeten vriendelijke leuk fijn mooi ontmoeten ontmoet gesproken
        samen gewerkt werk bedrijf contact houden volgen vorige week gisteren vandaag
        morgen netwerk toevoegen professionele jullie gezien gelezen zag
    """,
    "ca": """
        el la els les l un una uns unes i o pero que de del dels al als a en amb per
        sense sobre fins des com quan on perque si no mes molt tambien ja jo tu vosaltres
        nosaltres ell ella em et es ens us li els meu meva teu teva seu seva aquest
        aquesta aixo es som sou son era va vaig vas vam van ser estic esta estem tinc te
        tenim fer puc pot podem voldria m'agradaria m'encantaria encantaria agradaria
        hola bon dia bona tarda gracies salutacions plaer coneixer coneixe't ahir avui
        dema setmana passada feina equip empresa projecte contacte seguim seguir parlar
        xerrada jornada tambe molt bona aqui ara despres abans
    """,
    "ro": """
        si in de la cu pe sa ca nu un o am ai are este sunt era fost eu tu el ea noi voi
        ei ele ma te ne va mi ti imi iti meu mea tau ta sau nostru acest aceasta foarte
        mai si buna salut multumesc multumim bucurat bucuros bucura cunosc cunoastem
        cunoscut intalnire lucrat echipa companie proiect contact legatura pastram
        saptamana ieri azi maine retea profesionala adaug pentru despre dupa inainte
    """,
    "sv": """
        och att det som en ett ar var pa for med jag du vi ni han hon de den inte har
        hade till av om kan kunde vill skulle ska min mitt mina din ditt dina sin mig dig
        oss er hej tack halsningar mvh trevligt kul gladjande traffas traffades jobbade
        jobbar foretag kontakt hoppas garna mycket ocksa nar hur vad igar idag imorgon
        vecka natverk professionella lagga till hor horas varandra bredvid
    """,
    "da": """
        og at det som en et er var pa for med jeg du vi i han hun de den ikke har havde
        til af om kan kunne vil ville skal min mit mine din dit dine mig dig os hej tak
        hilsen venlig hilsner godt hyggeligt mode modes arbejde arbejdet firma kontakt
        haber gerne meget ogsa nar hvordan hvad igar idag netvaerk tilfoje
    """,
    "nb": """
        og a det som en et er var pa for med jeg du vi dere han hun de den ikke har hadde
        til av om kan kunne vil ville skal min mitt mine din ditt dine meg deg oss hei
        takk hilsen vennlig hilsner hyggelig mote motes jobbe jobbet firma kontakt haper
        gjerne veldig ogsa nar hvordan hva igar idag nettverk legge
    """,
    "pl": """
        i w we na z ze do to jest sa byl byla bylo jak o ale za od po co tak czy dla
        mnie mi cie ciebie ci sie nie juz tez jeszcze bardzo pan pani panie panstwo ja
        ty my wy on ona oni moj moja moje twoj twoja nasz wasz dzien dobry czesc hej
        dziekuje dzieki pozdrawiam pozdrowienia milo poznac poznalem poznalam spotkanie
        konferencji pracowalismy razem firmie kontakt kontakcie chetnie chcialbym
        chcialabym moge mozemy bedzie tydzien wczoraj dzis jutro sieci zawodowej
        dodac bym badzmy jestem jestes mam masz
    """,
    "cs": """
        a je jsem jsi jsme jste jsou byl byla bylo na v ve s se z do to ze ale jak o za
        od po pro co tak jestli mne me te vas vam nas ne uz take jeste velmi ja ty my vy
        on ona oni muj moje tvuj nas vas dobry den ahoj dekuji diky zdravim pozdravy rad
        rada poznat setkani konferenci pracovali spolu firme kontakt kontaktu chtel
        chtela mohu muzeme tyden vcera dnes zitra site
    """,
    "tr": """
        ve bir bu da de ile icin cok ben sen siz biz o onlar beni seni sizi bana sana
        size bize benim senin sizin bizim mi mu ne nasil ama veya gibi kadar daha
        en sonra once simdi bugun dun yarin hafta merhaba selam selamlar gunaydin
        iyi gunler tesekkur tesekkurler ederim sevindim memnun oldum tanistigimiza
        tanismak konusma etkinlik calistik birlikte sirket proje iletisim iletisimde
        kalalim kalmak isterim istiyorum sizinle seninle ag profesyonel eklemek bey hanim
    """,
    "id": """
        dan yang di ke dari untuk dengan saya aku kamu anda kita kami dia mereka ini itu
        ada tidak bukan bisa akan sudah belum sekali sangat juga lagi atau tapi tetapi
        karena jika kalau pada oleh seperti halo hai selamat pagi siang sore malam terima
        kasih salam senang bertemu kenalan ngobrol acara konferensi kerja bekerja sama
        perusahaan proyek kontak terhubung semoga tetap minggu kemarin hari besok jaringan
        profesional menambahkan mas mbak pak bu
    """,
    "hu": """
        a az es hogy nem is egy meg van volt vagyok vagy vagyunk en te mi ti ok engem
        teged minket nagyon mar meg csak de mert ha mint szia sziasztok udv udvozlettel
        kedves koszonom koszi orulok orultem talalkozni talalkoztunk dolgoztunk egyutt
        ceg projekt kapcsolat kapcsolatban maradjunk het tegnap ma holnap halozat
    """,
    "fi": """
        ja on ei etta se han me te he mina sina minun sinun meidan olen olet olemme oli
        olisi voi voisin haluaisin kiitos hei moi terve terveisin ystavallisin mukava
        tavata tapasimme tyoskentelimme yhdessa yritys projekti yhteytta pidetaan viikko
        eilen tanaan huomenna verkosto myos viela hyvin paljon kanssa
    """,
    "hi": """
        hai hain tha thi ho hoon hun ka ki ke ko se mein par pe aur ya bhi
        nahi nahin kya kyun kaise kab kahan yeh ye woh wo main mai hum tum aap aapka
        aapki aapke aapse aapko mera meri mere hamara tera apna apni apne ji namaste
        namaskar dhanyavad dhanyawad shukriya bahut accha acha achha laga lagi milkar
        mile mila baat karna karne karunga karungi chahta chahti chahunga chahungi kaam
        raha rahi rahe kal aaj sath saath liye thoda thodi salah dekha suna jankari
        zaroor jaroor bhai didi
    """,
    "vi": """
        va cua la co khong duoc cho voi mot nhung cac toi anh chi em ban minh chung
        rat vui gap cam on chao xin hen tai o trong ngay hom qua tuan truoc sau nay
        lam viec cong ty du an lien lac ket noi mong
    """,
    "sw": """
        na ya wa kwa ni za la katika kwenye habari asante sana nilifurahi kukutana nawe
        wiki iliyopita mimi wewe sisi ninyi yeye kazi kampuni mradi mawasiliano tuendelee
        jambo salamu karibu ndugu
    """,
    "tl": """
        ang ng mga sa na ay si ni kay ko mo niya namin natin ninyo nila ako ikaw siya
        kami tayo kayo sila ito iyan iyon hindi oo po opo salamat kumusta magandang
        umaga hapon gabi kita tayo lang din rin pa naman talaga sana kahapon ngayon bukas
    """,
}

# Letters that few languages use, and which ones. Accented letters of the big western
# languages (é, á, ü ...) are too widely shared to tell much and are left out.
LETTERS: dict[str, str] = {
    "\u00f1": "es",  # ñ
    "\u00bf": "es",  # ¿
    "\u00a1": "es",  # ¡
    "\u00e3": "pt",  # ã
    "\u00f5": "pt",  # õ
    "\u00e7": "fr pt ca tr",  # ç
    "\u0153": "fr",  # œ
    "\u00ea": "fr pt",  # ê
    "\u00e8": "fr it ca",  # è
    "\u00f2": "it ca",  # ò
    "\u00ec": "it",  # ì
    "\u00df": "de",  # ß
    "\u00e4": "de sv fi",  # ä
    "\u00f6": "de sv fi tr hu",  # ö
    "\u00fc": "de tr hu",  # ü
    "\u00e5": "sv da nb",  # å
    "\u00e6": "da nb",  # æ
    "\u00f8": "da nb",  # ø
    "\u0142": "pl",  # ł
    "\u0105": "pl",  # ą
    "\u0119": "pl",  # ę
    "\u015b": "pl",  # ś
    "\u017c": "pl",  # ż
    "\u017a": "pl",  # ź
    "\u0107": "pl",  # ć
    "\u0144": "pl",  # ń
    "\u011b": "cs",  # ě
    "\u0159": "cs",  # ř
    "\u016f": "cs",  # ů
    "\u011f": "tr",  # ğ
    "\u015f": "tr",  # ş
    "\u0131": "tr",  # dotless i
    "\u0103": "ro",  # ă
    "\u0219": "ro",  # ș
    "\u021b": "ro",  # ț
    "\u0111": "vi",  # đ
    "\u01b0": "vi",  # ư
    "\u01a1": "vi",  # ơ
    "\u0151": "hu",  # ő
    "\u0171": "hu",  # ű
}
