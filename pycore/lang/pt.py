"""Portuguese: the checker's tables and messages, and the drafts' wording.

Conventions as in `pycore.lang.es`: fragments match the note in lower case without
accents ("voce" for "você", "conexao" for "conexão"). Both Brazilian and European
Portuguese are read ("contato" and "contacto", "time" and "equipa", "estou procurando"
and "estou a procurar"). Sources: the seed articles' advice, read for how Portuguese
speakers say the same things (você and tu).
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

# LinkedIn's canned invitation ("Gostaria de adicionar você à minha rede profissional no
# LinkedIn", GUIDE.md) and its family: tu ("te adicionar"), "adicioná-lo", "convidar".
_NETWORK = (
    r"(?:a |na |para a |pra |em )?(?:minha )?(?:rede|lista de conta(?:c)?tos)"
    r"(?: de conta(?:c)?tos)?(?: profissional)?(?: (?:no|do|de|em) linkedin)?"
)
DEFAULT_TEXTS: tuple[str, ...] = fill(
    (
        r"(?:gostaria|queria|quero|adoraria|desejo|pretendo|gostava) (?:muito )?(?:de )?"
        r"(?:te |lhe |o |a |os |as |vos )?(?:adicionar|adiciona|convidar|convida|incluir"
        r"|inclui|acrescentar)(?:-(?:te|lo|la|los|las|vos))? ?(?:voce |vc |o senhor"
        r" |a senhora )?%NETWORK%",
        r"(?:junte-se|junta-te|entre|faca parte|venha fazer parte) (?:a|da|na) minha rede"
        r"(?: profissional)?(?: (?:no|do) linkedin)?",
        r"(?:gostaria|queria|quero|gostava) (?:de )?(?:fazer parte|entrar|participar)"
        r" (?:da|na) (?:sua|tua) rede(?: profissional)?(?: (?:no|do) linkedin)?",
        r"(?:te |lhe |o |a )?convido(?: voce)? a (?:fazer parte|entrar|participar"
        r"|juntar-se) (?:da|na|a) minha rede(?: profissional)?(?: (?:no|do) linkedin)?",
    ),
    NETWORK=_NETWORK,
)

PLACEHOLDERS: tuple[str, ...] = (
    r"(?:ola|oi|prezad[oa]s?|car[oa]s?|bom dia|boa tarde) ,",
)
PLACEHOLDERS_CASED: tuple[str, ...] = (
    r"(?:NOME|SOBRENOME|SEU NOME|MEU NOME|EMPRESA|CARGO|VAGA|EVENTO|CIDADE|TEMA|SETOR"
    r"|UNIVERSIDADE|DATA|PROJETO|ASSINATURA)",
)

# What a slot stands for, by its words (folded: "organização" is "organizacao"), beside
# English's (`pycore.phrases`): "[Seu nome]" is the sender's, "[Nome]" theirs.
SLOT_SENDER_WORDS: frozenset[str] = frozenset({
    "seu", "sua", "teu", "tua", "meu", "minha", "remetente", "assinatura",
})
SLOT_WORDS: dict[str, frozenset[str]] = {
    "company": frozenset({
        "empresa", "companhia", "organizacao", "negocio", "agencia",
    }),
    "event": frozenset({
        "evento", "conferencia", "congresso", "feira", "encontro", "forum",
    }),
    "other name": frozenset({"sobrenome", "apelido", "completo"}),
    "name": frozenset({"nome", "destinatario", "destinataria", "contato", "contacto"}),
}

WORK = (
    r"(?:post|posts|publicacao|publicacoes|artigo|artigos|fio|thread|newsletter|blog"
    r"|livro|palestra|palestras|apresentacao|intervencao|podcast|episodio|video|videos"
    r"|canal|projeto|projetos|projecto|pesquisa|investigacao|tese|dissertacao|paper"
    r"|estudo|relatorio|curso|oficina|workshop|repositorio|repo|biblioteca|ferramenta|app"
    r"|aplicativo|aplicacao|startup|produto|entrevista|comentario|resposta|tweet"
    r"|portfolio|fotos|coluna|reportagem|webinar|sessao|aula|ideia|ideias|analise|guia"
    r"|tutorial|trabalho (?:sobre|em|com|de|no|na)|discurso|painel|transicao|mudanca"
    r"|visao)"
)
_PEOPLE = (
    r"(?:colega|colegas|amig[oa]s?|irma|irmao|irmas|irmaos|prim[oa]s?|vizinh[oa]s?|chefe"
    r"|gestor[a]?|mentor[a]?|professor[a]?|cliente|socio|socia|esposa|marido|namorad[oa]"
    r"|filh[oa]|companheir[oa]s?|voluntari[oa]s|membros|alun[oa]s|ex-?alun[oa]s?"
    r"|parceir[oa]s?)"
)
_DAY = r"(?:segunda|terca|quarta|quinta|sexta)(?:-feira)?"

CONTEXT_CUES: tuple[str, ...] = fill(
    (
        r"(?:nos conhecemos|a gente se conheceu|nos encontramos|nos esbarramos|nos vimos"
        r"|conheci voce|te conheci|o conheci|a conheci|estivemos juntos|estivemos juntas"
        r"|trabalhamos juntos|trabalhamos juntas|estudamos juntos|dividimos|fomos colegas"
        r"|a gente se encontrou|a gente se viu|nos cruzamos|cruzamos)",
        r"(?:conhecemos|conheci|encontramos|esbarramos|vimos|falamos|conversamos"
        r"|cumprimentamos|estivemos|estavamos|sentamos|trocamos|trabalhamos|estudamos"
        r"|jogamos|colaboramos) (?:\w+ ){0,4}?(?:em|no|na|nos|nas|num|numa|durante|depois"
        r"|apos|ontem|semana|juntos|juntas)",
        r"ter (?:te |lhe |o |a )?(?:conhecid[oa]|reencontrad[oa]|encontrad[oa]|revist[oa]"
        r"|vist[oa])|(?:turma|galera|pessoal) d[aoe]s? \w+|(?:disse|falou|comentou|contou"
        r"|acha|achou|garantiu|indicou) que (?:voce|vc|tu|o senhor|a senhora)",
        r"(?:adorei|gostei de|foi um prazer|foi otimo|curti) (?:\w+ )?trabalhar (?:contigo|com"
        r" voce|com o senhor|com a senhora|juntos|juntas)|temos (?:[\w.-]+ ){1,4}?em comum",
        r"(?:foi|e|que|muito|super) (?:\w+ ){0,2}?(?:otimo|prazer|legal|bom|bacana|incrivel"
        r"|massa|alegria|gosto|top|interessante|util|show) (?:\w+ )?(?:te |lhe |o |a )?"
        r"(?:conhecer|conhece-lo|conhece-la|conversar|falar|encontrar|ver|rever|bater papo"
        r"|reencontrar)",
        r"(?:obrigad[oa]|valeu|agradeco) (?:\w+ )?(?:pela|pelo|pelas|pelos|por) (?!(?:aceitar"
        r"|me aceitar|a conexao|seu tempo|sua atencao|atencao|ler)\b)\w+",
        r"(?<!\bmeu\s)(?<!\bminha\s)(?<!\bnosso\s)(?<!\bnossa\s)(?:congresso|conferencia"
        r"|palestra|meetup|encontro|evento|feira|hackathon|summit|cupula|forum|seminario"
        r"|simposio|webinar|workshop|oficina|mesa-redonda|mesa redonda|painel|estande|stand"
        r"|happy hour|networking|cafe da manha|almoco|jantar|casamento|festa|sessao|keynote"
        r"|curso|aula|bootcamp|devfest|camp|coworking)s?",
        r"lista de (?:oradores|palestrantes|speakers|participantes|convidados)",
        r"(?:ex-?|antig[oa]s? )(?:colega|alun[oa]|chefe|gestor[a]?|companheir[oa])s?",
        r"(?:fomos|somos|eramos|sou|e|es) (?:\w+ )?%PEOPLE%",
        r"(?:mesmo|mesma|mesmos|mesmas) (?:\w+ )?(?:equipe|equipa|time|empresa|universidade"
        r"|faculdade|turma|curso|escola|colegio|programa|projeto|escritorio|andar|mesa"
        r"|oficina|clube|associacao|bairro|coworking|voo|trem|evento|congresso)",
        r"(?:nos|os|as) (?:dois|duas) (?:\w+ ){0,2}?(?:estudamos|trabalhamos|somos|fomos"
        r"|estivemos|passamos|estamos)|(?:estudamos|trabalhamos|estivemos) (?:os|as|nos)"
        r" (?:dois|duas)|ambos",
        r"(?:turma|promocao|classe|ano) (?:de )?(?:19|20)\d\d",
        r"(?:meu|minha|seu|sua|teu|tua|nosso|nossa|o|a) (?:\w+ ){0,2}?%PEOPLE%",
        # A mutual contact, or a conversation they already had.
        r"(?:me|nos|te|lhe) (?:\w+ )?(?:sugeriu|recomendou|indicou|falou|contou|disse"
        r"|passou|deu|apresentou|apresentaram|colocou em contato|pos em contato)"
        r"|(?:falou|contou|disse|passou|indicou|recomendou|sugeriu|deu)-me"
        r"|conta(?:c)?tos? em comum|amig[oa]s? em comum|por indicacao d|a pedido d"
        r"|(?:sugeriu|recomendou|indicou|pediu|disse) que (?:eu|a gente|nos)"
        r"|ficamos de|como combinado|como prometido|conforme combinado",
        # Their work.
        r"(?:seu|sua|seus|suas|teu|tua|teus|tuas|vosso|vossa) (?:\w+ ){0,2}?%WORK%",
        r"(?:vi|li|soube|percebi|notei|reparei|vejo) que (?:\w+ ){0,2}?(?:voce|vc|tu"
        r"|o senhor|a senhora|agora|hoje|tambem|esta|estas|trabalha|trabalhas|e|es|lidera"
        r"|lideras|dirige|diriges|foi|passou|mudou|lancou|estao|voces)",
        r"(?:acompanho|sigo|leio|ouco|assisto) (?:\w+ ){0,3}?(?:seu|sua|seus|suas|teu|tua"
        r"|teus|tuas|voce|o trabalho)",
        r"(?:leitor|leitora|ouvinte|seguidor|seguidora|assinante|usuario|usuaria|fa)"
        r" (?:de|do|da|fiel)",
        r"parabens",
        # Honestly never met.
        r"(?:a gente|nos) (?:ainda )?nao (?:se |nos )?conhece(?:mos)?|ainda nao nos"
        r" conhecemos|nao nos conhecemos|(?:voce|tu) nao me conhece|nunca nos (?:vimos"
        r"|falamos|conhecemos)",
        # Who the sender is, and where.
        r"(?:sou|me chamo \w+ e sou|chamo-me \w+ e sou|trabalho como) (?:o |a |um |uma )?"
        r"(?:nov[oa] )?(?:\w+ ){0,3}?(?:estudante|aluno|aluna|recrutador[a]?|responsavel"
        r"|diretor[a]?|chefe|gerente|coordenador[a]?|fundador[a]?|cofundador[a]?|ceo|cto"
        r"|desenvolvedor[a]?|programador[a]?|engenheir[oa]|designer|jornalista"
        r"|pesquisador[a]?|investigador[a]?|professor[a]?|consultor[a]?|analista"
        r"|advogad[oa]|medic[oa]|enfermeir[oa]|organizador[a]?|membro|estagiari[oa]"
        r"|doutorand[oa]|mestrand[oa]|gestor[a]?|lider|editor[a]?|redator[a]?)"
        r"(?: [\w.-]+){0,4}? (?:na|no|da|do|de|em|para|pela|pelo|num|numa) \w+",
        r"(?:coordeno|dirijo|lidero|organizo|trabalho|leciono|dou aula|faco parte|atuo)"
        r" (?:\w+ ){0,3}?(?:na|no|da|do|de|em|para|num|numa) \w+",
        # When: a shared past.
        r"(?:ontem|anteontem|hoje de manha|hoje cedo|outro dia|(?:semana|mes|ano|verao"
        r"|inverno|outono|primavera|fim de semana|fds) passad[oa]|(?:na|no|de|da) %DAY%"
        r"|(?:no|de|do) (?:sabado|domingo|fim de semana|fds)|(?:em|desde) (?:19|20)\d\d"
        r"|ha (?:\w+ )?(?:anos|meses|semanas|dias|tempo)|(?:uns|alguns) anos atras)",
    ),
    WORK=WORK,
    PEOPLE=_PEOPLE,
    DAY=_DAY,
)
CONTEXT_CUES_CASED: tuple[str, ...] = (
    *phrases.CONTEXT_CUES_CASED,
    r"(?:Congresso|Semana|F[óo]rum|Feira|Encontro|C[úu]pula|Festival) (?:de |do |da |dos"
    r" |das )?[A-Z]\w+",
)

# A gathering named without being shared (see `pycore.phrases`): none here, as
# `CONTEXT_CUES` leaves the sender's own events out itself.
NOT_SHARED: tuple[str, ...] = ()

NOT_A_REASON = (
    r"(?:me conectar|conectar|nos conectar|conectarmos|te adicionar|adicionar|lhe"
    r" adicionar|o adicionar|a adicionar|adiciona-lo|adiciona-la|fazer parte|entrar na"
    r"|ampliar|expandir|aumentar|crescer|fortalecer|estar conectad\w*|ter (?:voce|te) na"
    r"|estar na sua rede|fazer networking|networking)"
)
REASON_CUES: tuple[str, ...] = fill(
    (
        # Keeping a promise: "como prometi, seguem os slides".
        r"como (?:prometi|prometido|combinado|combinamos|conversamos|pediu|pediste)"
        r"|(?:segue|seguem|aqui esta|aqui estao|aqui vai|aqui vao) (?:o|a|os|as|meu|minha|um"
        r"|uma)",
        r"(?:gostaria|adoraria|adorava|queria|quero|gostava|tenho vontade de|seria (?:\w+ )?"
        r"(?:otimo|legal|bom|um prazer|incrivel|interessante|util|bacana|massa|show)"
        r"|podemos|poderiamos|vamos|bora|pretendo|preciso|procuro|estou procurando|estou a"
        r" procura|estou a procurar|busco|estou buscando|me permito|tenho interesse em"
        r"|toparia|topa) (?:muito |bastante |imenso )?(?:de |em )?(?:poder |tambem )?"
        r"(?!(?:\w+ ){0,2}%NOT_A_REASON%\b)\w+",
        r"espero (?:poder|que possamos|que a gente|rever|ver|continuar|manter|sua resposta"
        r"|seu retorno|noticias)",
        r"(?:manter|mantermos|manteremos|continuar|ficar|ficarmos|permanecer|seguir|vamos"
        r" manter) (?:o |em )?conta(?:c)?to|nao perder(?:mos)? (?:o )?conta(?:c)?to"
        r"|perder (?:o )?conta(?:c)?to",
        r"(?:conselho|conselhos|aconselhar|orientacao|opiniao|ponto de vista|experiencia"
        r"|feedback|recomendacao|recomendacoes|mentoria|ajuda|ajudar|me ajudar|uma mao"
        r"|dica|dicas|perguntas?|perguntar)",
        r"(?:vaga|vagas|emprego|estagio|processo seletivo|candidatura|candidatar|entrevista"
        r"|entrevistar|contratando|contratar|recrutando|recrutar|indicacao|reportagem)",
        r"(?:colaborar|colaboracao|parceria|trabalhar juntos|trabalharmos juntos|propor"
        r"|proponho|propor-te|proposta|organizar(?:mos)? juntos|organizassemos|convidar"
        r"|convite para|convida-lo|convida-la)",
        r"(?:um cafe|tomar um cafe|cafe virtual|uma call|uma ligacao|uma chamada"
        r"|videochamada|\d+ ?minutos|\d+ ?min|um papo|bater um papo|troca(?:r)? uma ideia"
        r"|troca de ideias|almocar|jantar|uma cerveja|nos ver|a gente se ver)",
        r"(?:falar|falasse|conversar|conversasse|conversarmos) (?:\w+ )?(?:sobre|de|consigo"
        r"|contigo|com voce)",
        r"(?:saber|conhecer|aprender|entender|ouvir|descobrir|perguntar|contar) (?:mais"
        r"|sobre|como|o que|por que|porque|se|seu|sua|teu|tua|seus|suas|de|da|do|o|a)",
        r"(?:acompanhar|seguir) (?:de perto )?(?:o |a |os |as )?(?:seu|sua|teu|tua|seus"
        r"|suas|teus|tuas|trabalho|pesquisa|publicacoes)",
        r"(?:gostei|amei|adorei|curti|aprendi|me (?:ajudou|inspirou|esclareceu|serviu"
        r"|marcou)|(?:esclareceu|ajudou|inspirou|serviu)-me|fiquei (?:pensando|com vontade"
        r"|impressionad[oa] com))",
        # What their work gave them or made them think ("sua demo me deu ideias"), not
        # the pleasure of meeting.
        r"me (?:deu|deram) (?!(?:\w+ )?(?:prazer|alegria|gosto)\b)\w+"
        r"|me (?:fez|fizeram) (?:pensar|refletir|repensar|mudar|ver)",
        r"(?:para|pra) (?!%NOT_A_REASON%\b)(?:a gente |que )?(?:\w+ )?(?:conversar|falar"
        r"|perguntar|pedir|propor|convidar|saber|conhecer|manter|nao perder|colaborar"
        r"|organizar|trocar|aprender|preparar|o meu tcc|a minha tese|meu tcc|minha tese"
        r"|meu projeto)",
        r"(?:te|lhe|vos) (?:mando|envio|mandarei|enviarei|escrevo|ligo|conto|convido"
        r"|proponho|agradeco)|(?:vou|posso) (?:te |lhe )?(?:mandar|enviar|escrever|ligar"
        r"|contar|mostrar|passar|fazer)",
        r"boa sorte (?:na|no|com|em)|parabens pel[oa]",
        r"(?:estou|estamos) (?:a |\w+ )?(?:montando|preparando|preparar|lancando|lancar"
        r"|organizando|organizar|trabalhando|trabalhar|migrando|migrar|redesenhando"
        r"|redesenhar|aprendendo|aprender|buscando|procurando|procurar|desenvolvendo"
        r"|desenvolver|escrevendo|escrever|criando|criar|construindo|estudando|lancar)"
        r"|(?:vou|vamos) (?:fazer|lancar|comecar|migrar|montar)|tenho (?:um|uma)"
        r" (?:problema|projeto|duvida|pergunta|ideia|startup|empresa)",
        r"(?:me|nos) (?:manda|mande|envia|envie|conta|conte|passa|passe|diz|diga|avisa"
        r"|avise)|por a conversa em dia|colocar (?:a )?conversa em dia",
        r"caso (?:\w+ )?(?:precise|surja|tenha|queira|interesse|apareca)|se (?:precisar"
        r"|quiser|tiver interesse)",
    ),
    NOT_A_REASON=NOT_A_REASON,
)
CONNECT_ONLY: tuple[str, ...] = (r"(?:conect\w*|adicion\w*|aceit\w*|rede|conta(?:c)?tos?)",)

# Questions that ask nothing of them (see `pycore.phrases`): a greeting ("Como vai
# você?", "Tudo bem?") or small talk about what both saw ("Não foi incrível?").
SMALL_TALK: tuple[str, ...] = (
    r"(?:como (?:vai|vais|vao|voce vai|voce esta|esta|estas|anda|andas|tem passado)(?: voce"
    r"| o senhor| a senhora| por ai)?|tudo (?:bem|bom|certo|tranquilo|joia)(?: com (?:voce"
    r"|vc|o senhor|a senhora)| por ai| contigo)?)(?= ?[?!.])",
    r"nao (?:foi|foram|estava|estavam|era|eram)",
)

VAGUE: tuple[tuple[str, str, bool], ...] = (
    (
        r"(?:vi|visitei|encontrei|descobri|me deparei com|deparei-me com|olhei|analisei)"
        r" (?:o )?(?:seu|teu) perfil|(?:seu|teu) perfil (?:me )?(?:chamou|impressionou|e"
        r"|parece|interessou|despertou)|(?:fiquei|estou) (?:muito )?(?:impressionad[oa]"
        r"|interessad[oa]) (?:com|pelo) (?:o )?(?:seu|teu) perfil|perfil (?:muito )?"
        r"(?:interessante|impressionante|incrivel)",
        "Diga o que levou você até essa pessoa: qual publicação, palestra, projeto ou "
        "contato?",
        True,
    ),
    (
        r"(?:sua|tua) (?:trajetoria|carreira|experiencia|jornada|historia) (?:profissional )?"
        r"(?:e|me parece|foi)? ?(?:muito |realmente |bem )?(?:admiravel|impressionante"
        r"|inspiradora|incrivel|excelente|notavel|brilhante|fascinante)|(?:admiravel"
        r"|impressionante|inspiradora|incrivel) (?:trajetoria|carreira|jornada)|(?:me )?"
        r"(?:impressiona|impressionou|inspira|inspirou|admiro) (?:muito )?(?:a )?(?:sua"
        r"|tua) (?:trajetoria|carreira|experiencia|jornada)",
        "Diga o que impressionou você: um projeto, um cargo, uma publicação ou uma palestra "
        "concretos.",
        False,
    ),
    (
        r"(?:pessoas|profissionais|gente|lideres) (?:que pensam como eu|com interesses"
        r" (?:em comum|parecidos|similares)|como voce|como tu|do setor|da area|do mercado"
        r"|inspiradoras|interessantes)|(?:me conectar|conectar|nos conectar) com (?:outros"
        r" |outras |mais |novos |novas )?(?:profissionais|pessoas|lideres|especialistas)"
        r"|(?:sempre|estou sempre) (?:\w+ ){0,2}?(?:em busca|buscando|procurando|aberto"
        r"|aberta) (?:de |a |por )?(?:me conectar|conectar|novas conexoes|novos contatos"
        r"|ampliar|expandir)",
        "Diga por que essa pessoa em particular: o que ela faz que interessa a você?",
        False,
    ),
    (
        r"(?:ampliar|ampliando|expandir|expandindo|aumentar|aumentando|fortalecer"
        r"|fortalecendo|crescer|construir|construindo|enriquecer) (?:a )?(?:minha|nossa|sua"
        r"|tua) (?:rede|networking)",
        "Diga o que você espera obter ou oferecer: um conselho, uma vaga, uma colaboração?",
        False,
    ),
    (
        r"sinergias?|beneficio mutuo|mutuamente benefic\w+|ganha-? ?ganha|win-? ?win"
        r"|crescer juntos|agregar valor|gerar valor|(?:futuras|potenciais|possiveis"
        r"|eventuais) (?:parcerias|colaboracoes)(?! (?:em|sobre|para|no|na))|oportunidades"
        r" de (?:negocio|negocios|parceria|colaboracao)|explorar (?:possiveis |novas )?"
        r"(?:oportunidades|sinergias|parcerias)(?! (?:em|sobre|para))",
        "Diga o que vocês poderiam fazer juntos, em concreto.",
        True,
    ),
    (
        r"(?:novas|grandes|possiveis|diversas|varias|futuras|excelentes|interessantes)"
        r" oportunidades(?! (?:em|de (?!negocio)|para|como|na|no))|fins (?:comerciais"
        r"|profissionais)|assuntos de negocios",
        "Qual oportunidade exatamente? Diga o quê, por quê e o que você está pedindo.",
        False,
    ),
    (
        r"(?:gosto|adoro|curto|admiro) (?:muito )?(?:de )?(?:suas|tuas|seus|teus|os seus"
        r"|as suas) (?:publicacoes|posts|artigos|conteudos|videos)(?= ?(?:[.!?\n]|$))",
        "Qual publicação? Diga qual, por exemplo «seu post sobre ...».",
        False,
    ),
    (
        r"(?:o )?mesmo (?:setor|ramo|mercado|segmento|campo)(?! ?[:(-])",
        "Diga a área concreta: qual tema, produto, equipe ou evento?",
        False,
    ),
)

SALES_PITCH: tuple[str, ...] = (
    r"ajudamos (?:\w+ ){0,3}?(?:empresas|negocios|marcas|equipes|startups|pmes|clinicas"
    r"|lojas|agencias|profissionais|empreendedores|fundadores|ceos|executivos|organizacoes"
    r"|companhias|comercios|escritorios|clientes|pessoas)",
    r"(?:empresas|negocios|marcas|companhias|organizacoes|profissionais|equipes|clientes"
    r"|startups) como a (?:sua|tua)",
    r"(?:a partir de|por apenas|apenas|desde) (?:r\$|us\$|\$|\u20ac) ?\d+|(?:a partir de"
    r"|por apenas|desde) \d+(?:[.,]\d+)? ?(?:reais|euros|\u20ac|dolares)",
    r"(?:r\$|us\$|\$|\u20ac) ?\d+(?:[.,]\d+)? ?(?:/ ?|por |ao )(?:hora|mes|ano|usuario)"
    r"|\d+(?:[.,]\d+)? ?(?:\u20ac|eur|euros|reais) ?(?:/ ?|por |ao )(?:hora|mes|ano)",
    r"\d+ ?% de desconto|desconto|promocao|oferta (?:especial|exclusiva|limitada)"
    r"|precos? (?:especial|especiais|competitivos?|imbativeis?)|teste gratis|teste"
    r" gratuito|sem compromisso|(?:auditoria|consultoria|sessao|diagnostico|demonstracao"
    r"|demo|analise|avaliacao) (?:\w+ )?(?:gratis|gratuita|gratuito)|gratuitamente",
    r"(?:uma|nossa) demo|demo (?:gratuita|personalizada|de \d+)|demonstracao (?:gratuita"
    r"|de \d+|da nossa|do nosso)",
    r"(?:agende|agendar|agendamos|marcar|marcamos|reserve|reservar) (?:uma|um|sua|seu"
    r"|a sua|o seu) (?:reuniao|ligacao|call|chamada|demo|horario|sessao|auditoria)"
    r"|podemos agendar",
    r"(?:nossa|nosso|minha|meu) (?:\w+ ){0,2}?(?:solucao|plataforma|ferramenta|agencia"
    r"|consultoria|app|aplicativo|software|servico|servicos|produto) (?:\w+ ){0,3}?(?:pode"
    r"|ajuda|oferece|permite|automatiza|garante|economiza|ja ajudou)",
    r"(?:apresentar|mostrar)(?:-lhe|-te| lhe| te| a voce)? (?:a |o )?(?:nossa|nosso|nossos"
    r"|nossas)",
    r"lider (?:de|do|no) (?:mercado|setor)",
    r"\d+ ?x mais (?:leads|vendas|clientes|reunioes)|(?:te|lhe) mostrar como|mostrar-(?:te|lhe)"
    r" como|(?:economiza|economizam|economizamos|reduz|reduzem|reduzimos|aumenta|aumentam"
    r"|aumentamos|melhora|melhoram|melhoramos) (?:\w+ ){0,3}?(?:ate |em )?\d+ ?%",
    r"(?:triplicar|dobrar|duplicar|multiplicar|aumentar|turbinar|alavancar|reduzir"
    r"|economizar|escalar) (?:\w+ ){0,3}?(?:vendas|leads|clientes|receita|faturamento"
    r"|custos|conversoes|trafego|lucros?|produtividade|agendamentos)",
    r"terceirizar|terceirizacao|outsourcing|leads qualificados|geracao de leads|prospeccao",
    r"(?:esta|estao) revolucionando|revoluciona(?:r)? o (?:mercado|setor)",
    # Not what a host offers a speaker: "oferecemos passagem e hospedagem".
    r"(?:oferecemos|ofereco|vendemos|fornecemos|somos especialistas em|especializad[oa]s?"
    r" em)(?! (?:a |as |o |os )?(?:passagem|passagens|viagem|hospedagem|hotel|ingressos?"
    r"|cache)\b)",
    r"(?:visite|confira|conheca|acesse) (?:o |a )?(?:nosso|nossa|meu|minha) (?:site|pagina"
    r"|loja|catalogo|portfolio)",
)

# A sentence that buys or invites rather than sells (see `pycore.phrases`): "estamos
# avaliando ferramentas e gostaria de ver uma demo da sua", "convidar você para dar a
# palestra", "obrigada pela revisão gratuita".
NOT_SELLING: tuple[str, ...] = (
    r"(?:estamos|estou) (?:\w+ )?(?:avaliando|comparando|escolhendo|a avaliar|a comparar"
    r"|procurando (?:um|uma) (?:novo |nova )?(?:fornecedor|fornecedora|ferramenta|plataforma"
    r"|agencia|consultor|consultora|freelancer))",
    r"(?:gostaria|gostariamos|adoraria|adorariamos|queria|queriamos)(?: de)?(?: (?:ver|pedir"
    r"|solicitar|testar|experimentar|receber|ter))? (?:uma|um|a sua|o seu|sua|seu)"
    r" (?:[\w-]+ )?(?:demo|demonstracao|orcamento|teste|cotacao|amostra)",
    r"convidar(?:-lo|-la|-te)? (?:voce |te |o senhor |a senhora )?(?:para|a) (?:palestrar"
    r"|falar|dar (?:uma|a) palestra|ser (?:palestrante|jurad[oa]|mentor|mentora)|participar"
    r" como (?:palestrante|jurad[oa]|mentor|mentora))",
    r"(?:obrigad[oa]|muito obrigad[oa])(?: de novo| novamente)? (?:pela|pelo|pelas|pelos)",
)

FILLER: tuple[str, ...] = (
    r"espero que (?:esta|essa|minha) (?:mensagem|nota) (?:te|lhe|o|a) encontre bem",
    r"(?:o )?meu nome e",
    r"(?:por favor,? )?aceite (?:o )?meu (?:convite|pedido)",
    r"obrigad[oa] (?:desde ja |antecipadamente )?por aceitar",
)
PLEASANTRIES: tuple[str, ...] = (
    r"espero que (?:esteja|estejas|voce esteja|tu estejas|tudo esteja|esteja tudo|va tudo"
    r"|tudo va) (?:bem|otimo|tudo bem)",
)

# A first message's thanks for connecting, and what says the same ("que bom estarmos
# conectados"): as in `pycore.phrases`.
THANKS: tuple[str, ...] = (
    r"(?:muito |muitissimo )?(?:obrigad[oa]|valeu|agradeco)(?: de novo| mais uma vez)?"
    r" (?:por (?:aceitar(?: (?:o|meu) convite| (?:a|minha) (?:solicitacao|conexao))?"
    r"|(?:se )?conectar(?: comigo)?|me adicionar)|pela (?:conexao|aceitacao)"
    r"|pelo (?:aceite|contato)|a conexao)",
    r"(?:que bom|fico feliz|feliz|contente|um prazer|otimo)(?: em| de| por| que)?"
    r" (?:estarmos conectad[oa]s|estar conectad[oa]|nos conectarmos|(?:me )?conectar com"
    r" voce|(?:voce )?(?:aceitou|aceitaste) (?:o |meu )?convite)",
    r"(?:seguimos|sigamos) conectad[oa]s",
)

GREETINGS: tuple[str, ...] = (
    r"ol[aá]+|oi+e?|e a[ií]|fala|bom dia|boa tarde|boa noite|prezad[oa]s?|car[oa]s?"
    r"|estimad[oa]s?|sauda[cç][oõ]es|hey|hi|hello",
)
TITLES: frozenset[str] = frozenset({
    "sr", "sra", "srta", "senhor", "senhora", "dona", "dom", "dr", "dra", "doutor", "doutora",
    "prof", "profa", "professor", "professora", "eng", "caro", "cara", "prezado", "prezada",
    "estimado", "estimada",
})
NOT_A_NAME: frozenset[str] = frozenset({
    "todos", "todas", "pessoal", "galera", "equipe", "amigo", "amiga", "senhor", "senhora",
    "tudo", "bem", "sou", "eu", "me", "te", "que", "como", "espero", "obrigado", "obrigada",
    "bom", "boa", "dia", "tarde", "noite", "a", "o", "um", "uma", "meu", "minha", "voce",
    "foi", "vi", "prazer", "ai",
})

MESSAGES: dict[str, str] = {
    "Only thanks: the message gives them no reason to reply and no next step.": "Só "
    "agradece: a mensagem não dá motivo para responder nem um próximo passo.",
    "Keep the thanks short, then say why you connected and end with an easy question, "
    "e.g. \"Could I ask you two questions about ...?\"": "Agradeça numa frase, diga por "
    "que você se conectou e termine com uma pergunta fácil, por exemplo: «Posso fazer duas "
    "perguntas sobre ...?».",
    "This is LinkedIn's canned invitation; they have already accepted it.": "Este é o "
    "convite padrão do LinkedIn; a pessoa já o aceitou.",
    "Cut it and say why you connected, or ask them something.": "Tire-o e diga por que "
    "você se conectou, ou faça uma pergunta.",
    '"{quoted}" opens the message with a pitch; selling the moment they accept reads as '
    "spam.": "«{quoted}» abre a mensagem vendendo; vender logo depois do aceite parece "
    "spam.",
    "Open with why you connected and a question about them; offer your product later, if "
    "they ask.": "Comece por que você se conectou e uma pergunta sobre o trabalho da "
    "pessoa; ofereça seu produto depois, se pedirem.",
    "{length} characters: a first message past about {readable} is more than a phone "
    "shows at once.": "{length} caracteres: uma primeira mensagem com mais de uns "
    "{readable} não cabe de uma vez na tela do celular.",
    "Keep it to a few short lines: a brief thanks, the reason, one easy next step.": "Fique "
    "em poucas linhas: um obrigado breve, o motivo, um próximo passo fácil.",
    "No reason or next step: say what you would like from them, or ask something easy.":
    "Sem motivo nem próximo passo: diga o que você gostaria da pessoa, ou faça uma "
    "pergunta simples.",
    "This is LinkedIn's canned invitation; people who don't know you well tend to ignore "
    "it.": "Este é o convite padrão do LinkedIn; quem não conhece você bem costuma "
    "ignorá-lo.",
    "Replace it with how you know them and why you want to connect, e.g. \"We met at ... "
    "- I'd love to ...\".": "Troque por como vocês se conhecem e por que você quer se "
    "conectar, por exemplo: «Nos conhecemos no ... e eu adoraria ...».",
    "A run of emoji can look unprofessional in a first note.": "Vários emojis seguidos "
    "podem parecer pouco profissionais numa primeira mensagem.",
    "Keep one emoji, or none.": "Deixe um emoji, ou nenhum.",
    "A run of exclamation marks reads as over-excited.": "Vários pontos de exclamação "
    "seguidos soam exagerados.",
    "Keep a single exclamation mark.": "Deixe um só ponto de exclamação.",
    '"{quoted}" uses characters and says nothing.': "«{quoted}» gasta caracteres e não "
    "diz nada.",
    "Cut it and get straight to how you know them and why you're writing.": "Corte e vá "
    "direto a como vocês se conhecem e por que está escrevendo.",
    "1 character over the {limit}-character limit.": "1 caractere acima do limite de "
    "{limit}.",
    "{over} characters over the {limit}-character limit.": "{over} caracteres acima do "
    "limite de {limit}.",
    "Cut a sentence or tighten the wording; LinkedIn will not accept it as is.": "Corte "
    "uma frase ou enxugue o texto; o LinkedIn não vai aceitar assim.",
    "A link in a first note looks like spam to many people.": "Um link na primeira "
    "mensagem parece spam para muita gente.",
    "Send the link in a message after they accept.": "Envie o link numa mensagem depois "
    "que a pessoa aceitar.",
    "Nothing says how you know them or how you found them.": "Nada diz como vocês se "
    "conhecem ou como você chegou até essa pessoa.",
    "Add where you met, who introduced you, which post or project of theirs you know, or "
    "an honest \"we haven't met, but ...\".": "Diga onde se conheceram, quem apresentou "
    "vocês, que publicação ou projeto dela você conhece, ou um sincero «ainda não nos "
    "conhecemos, mas ...».",
    "Not addressed by name.": "A pessoa não é chamada pelo nome.",
    'Start with "Hi {name},".': "Comece com «Olá, {name},».",
    'Start with their first name, e.g. "Hi Maria,".': "Comece com o primeiro nome, por "
    "exemplo «Olá, Maria,».",
    "No reason to connect: say what you would like from them or can offer.": "Falta um "
    "motivo para se conectar: diga o que você gostaria dessa pessoa ou o que pode "
    "oferecer.",
    "Add one concrete line, e.g. \"I'd love to hear how you ...\", \"Could I ask your "
    "advice on ...?\" or \"Would be great to stay in touch.\"": "Acrescente uma frase "
    "concreta, por exemplo «Adoraria saber como você ...», «Posso pedir seu conselho "
    "sobre ...?» ou «Seria ótimo manter contato».",
    'Unfilled template slot "{slot}".': "Campo de modelo não preenchido: «{slot}».",
    "Replace it with the real detail (their name, company or event).": "Troque pelo dado "
    "real (o nome, a empresa ou o evento).",
    "This is nearly the same as a note you already sent; identical notes read as "
    "mass-sent.": "É quase igual a uma nota que você já enviou; notas idênticas parecem "
    "envio em massa.",
    "Add something only this person would recognise: what you talked about, their talk "
    "or post, or where exactly you met.": "Acrescente algo que só essa pessoa "
    "reconheceria: o que conversaram, a palestra ou publicação dela, ou onde exatamente "
    "se conheceram.",
    '"{quoted}" reads like a sales pitch; a first note that sells is usually ignored.': "«"
    "{quoted}» soa como venda; uma primeira mensagem que vende costuma ser ignorada.",
    "Connect with a personal reason first; offer your product later, if they ask.": "Conecte-"
    "se primeiro por um motivo pessoal; ofereça seu produto depois, se a pessoa pedir.",
    "Capital letters read as shouting.": "Letras maiúsculas parecem gritos.",
    "Write it in normal sentence case.": "Escreva em minúsculas, normalmente.",
    '"{quoted}" could be sent to anyone.': "«{quoted}» poderia ser enviado para qualquer "
    "pessoa.",
    'Unfilled template slot "{slot}": it stands for {described}.':
        "Campo de modelo não preenchido: «{slot}»; ele representa {described}.",
    "your own name": "o seu próprio nome",
    "your own company": "a sua própria empresa",
    "their first name": "o primeiro nome da pessoa",
    "a part of their name": "uma parte do nome da pessoa",
    "their company": "a empresa da pessoa",
    "the event where you met": "o evento onde vocês se conheceram",
    "Type your name, or set Your name in Settings.":
        "Digite seu nome ou salve-o em Settings, no campo «Your name».",
    "Type your company's name.": "Digite o nome da sua empresa.",
    "Type their first name.": "Digite o primeiro nome da pessoa.",
    "Type their name as it should read.": "Digite o nome da pessoa como deve aparecer.",
    "Type their company's name.": "Digite o nome da empresa da pessoa.",
    "Type the event's name.": "Digite o nome do evento.",
    "Put “{value}” in its place.": "Coloque «{value}» no lugar.",
    "An invisible character ({names}): LinkedIn counts it but nobody sees it, and it can split "
    "or reorder the words beside it.":
        "Um caractere invisível ({names}): o LinkedIn o conta, mas ninguém o vê, e ele pode "
        "partir ou embaralhar as palavras ao redor.",
    "{count} invisible characters ({names}): LinkedIn counts them but nobody sees them, and "
    "they can split or reorder the words beside them.":
        "{count} caracteres invisíveis ({names}): o LinkedIn os conta, mas ninguém os vê, e "
        "eles podem partir ou embaralhar as palavras ao redor.",
    "Remove it: text pasted from elsewhere often carries these.":
        "Remova-o: texto colado de outro lugar costuma trazer caracteres assim.",
    "Remove them: text pasted from elsewhere often carries these.":
        "Remova-os: texto colado de outro lugar costuma trazer caracteres assim.",
    "zero-width space": "espaço de largura zero",
    "zero-width non-joiner": "caractere de não junção de largura zero",
    "zero-width joiner": "caractere de junção de largura zero",
    "left-to-right embedding": "incorporação da esquerda para a direita",
    "right-to-left embedding": "incorporação da direita para a esquerda",
    "pop directional formatting": "fim de formatação direcional",
    "left-to-right override": "imposição da esquerda para a direita",
    "right-to-left override": "imposição da direita para a esquerda",
    "left-to-right isolate": "isolamento da esquerda para a direita",
    "right-to-left isolate": "isolamento da direita para a esquerda",
    "first strong isolate": "isolamento pelo primeiro caractere forte",
    "pop directional isolate": "fim de isolamento direcional",
    "byte order mark": "marca de ordem de bytes",
}

# --- drafts -----------------------------------------------------------------------------

_DETERMINERS = frozenset({
    "o", "a", "os", "as", "um", "uma", "uns", "umas", "meu", "minha", "meus", "minhas",
    "teu", "tua", "teus", "tuas", "seu", "sua", "seus", "suas", "nosso", "nossa", "este",
    "esta", "esse", "essa", "aquele", "aquela", "no", "na", "do", "da", "ao", "à", "pelo",
    "pela",
})
_determined = determined_by(_DETERMINERS)
# Nouns for a piece of work by gender; others go by their ending (-a, -ção, -dade are
# feminine), and masculine is the fallback.
_MASCULINE = frozenset({"tema", "problema", "programa", "sistema", "dia", "mapa", "podcast",
                        "esquema", "diagrama", "idioma", "panorama", "clima"})
_FEMININE = frozenset({"newsletter", "live", "tese", "série", "análise", "app", "palestra",
                       "aula", "entrevista", "pesquisa", "reportagem", "coluna", "ideia",
                       "visão", "apresentação", "publicação", "thread", "talk"})
_FEMININE_ENDINGS = ("a", "ção", "são", "dade", "gem", "ice", "ise", "ie")


def _agreement(noun: str) -> str:
    """The class of a noun: "m" or "f", with "p" after it when plural ("fp")."""
    singular = noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
    feminine = singular not in _MASCULINE and (
        singular in _FEMININE or singular.endswith(_FEMININE_ENDINGS)
    )
    return ("f" if feminine else "m") + ("p" if singular != noun else "")


_THE, _OF_THE = ("o", "a", "os", "as"), ("do", "da", "dos", "das")
_YOUR, _THY = ("seu", "sua", "seus", "suas"), ("teu", "tua", "teus", "tuas")


def _possessive(articles: tuple[str, ...], owners: tuple[str, ...]) -> dict[str, str]:
    """The forms of "o seu" (or "do teu" ...) by class of noun."""
    classes = ("m", "f", "mp", "fp")
    return {form: f"{a} {o}" for form, a, o in zip(classes, articles, owners, strict=True)}


_IN = {"o": "no", "a": "na", "os": "nos", "as": "nas", "um": "num", "uma": "numa"}

DRAFTING = Phrasing(
    greeting={"warm": "Olá {name},", "brief": "<Oi|Olá> {name}!", "direct": "Olá {name},"},
    how={
        "event": {
            "warm": "foi ótimo <te conhecer|conhecer você> {event|em}[ {when|aside}]"
            "[ e conversar sobre {topic}]",
            "brief": "nos conhecemos {event|em}[ {when|aside}][ e falamos sobre {topic}]",
            "direct": "conversamos {event|em}[ {when|aside}][ sobre {topic}]",
        },
        "talk": {
            "warm": "gostei muito {talk|<palestra_da_tua|palestra_da_sua>}[ {event|em}]",
            "brief": "assisti {talk|<palestra_a_tua|palestra_a_sua>}[ {event|em}]",
            "direct": "{talk|<palestra_tua|palestra_sua>}[ {event|em}] foi muito útil",
        },
        "worked": {
            "warm": "adorei trabalhar <contigo|com você> {company|em}[ {team|aside}]",
            "brief": "trabalhamos juntos {company|em}[ {team|aside}]",
            "direct": "fomos colegas {company|em}[ {team|aside}]",
        },
        "same-org": {
            "warm": "vi que <tu também passaste|você também passou> {org|por}",
            "brief": "temos {org} em comum",
            "direct": "nós dois passamos {org|por}",
        },
        "mutual": {
            "warm": "vi que temos um contato em comum, {mutual}",
            "brief": "temos um contato em comum, {mutual}",
            "direct": "temos {mutual} como contato em comum",
        },
        "their-work": {
            "warm": "gostei muito {work|<do_teu|do_seu>}",
            "brief": "acompanhei {work|<o_teu|o_seu>}",
            "direct": "aprendi muito com {work|<o_teu|o_seu>}",
        },
        "never-met": {
            "warm": "ainda não nos conhecemos, mas encontrei <o teu|o seu> perfil {found|via}",
            "brief": "ainda não nos conhecemos; encontrei <o teu|o seu> perfil {found|via}",
            "direct": "não nos conhecemos: cheguei até <ti|você> {found|via}",
        },
        "close": {
            "warm": "espero que <estejas|esteja> bem!",
            "brief": "espero que esteja tudo bem",
            "direct": "espero que <estejas|esteja> bem!",
        },
    },
    why={
        "stay": ("love", "manter contato"),
        "follow": ("love", "acompanhar <o teu|o seu> trabalho"),
        "advice": ("love", "pedir <o teu|o seu> conselho sobre {advice}"),
        "job": ("am", "procurando uma vaga de {job_role}[ {their_company|em}]"),
        "hiring": ("love", "<te|lhe> contar sobre uma vaga de {hiring_role} na minha equipe"),
        "collaborate": ("love", "colaborar <contigo|com você> {collab|em}"),
        "share": ("will", "<te|lhe> enviar {share}, como prometi"),
    },
    leads={
        "love": {"warm": "adoraria", "brief": "adoraria", "direct": "gostaria de"},
        "am": {"warm": "estou", "brief": "estou", "direct": "estou"},
        "will": {"warm": "vou", "brief": "vou", "direct": "vou"},
    },
    ask={"warm": "Que tal {value}?", "brief": "{value}?", "direct": "Podemos marcar {value}?"},
    sign_offs={"warm": "<Abraço|Atenciosamente>, {sign_off}", "brief": "Até breve, {sign_off}",
               "direct": "<Valeu|Cordialmente>, {sign_off}"},
    tighter=(
        ("foi ótimo <te conhecer|conhecer você>", "foi ótimo <te conhecer|conhecê-lo>"),
        ("gostei muito", "gostei"),
        ("vi que temos", "temos"),
        ("foi muito útil", "foi útil"),
        ("aprendi muito com", "aprendi com"),
    ),
    filters={
        "": str,
        "em": contracted("em", _IN),
        "por": contracted("por", {"o": "pelo", "a": "pela", "os": "pelos", "as": "pelas"}),
        "o_teu": agreeing(_possessive(_THE, _THY), _agreement, _determined),
        "o_seu": agreeing(_possessive(_THE, _YOUR), _agreement, _determined),
        "do_teu": agreeing(_possessive(_OF_THE, _THY), _agreement, _determined),
        "do_seu": agreeing(_possessive(_OF_THE, _YOUR), _agreement, _determined),
        "palestra_tua": titled("a tua palestra", "“", "”", _determined),
        "palestra_sua": titled("a sua palestra", "“", "”", _determined),
        "palestra_da_tua": titled("da tua palestra", "“", "”", _determined),
        "palestra_da_sua": titled("da sua palestra", "“", "”", _determined),
        "palestra_a_tua": titled("à tua palestra", "“", "”", _determined),
        "palestra_a_sua": titled("à sua palestra", "“", "”", _determined),
        "aside": opening_with(
            frozenset({"em", "no", "na", "nos", "nas", "neste", "nesta", "ontem", "hoje",
                       "durante", "há", "antes", "depois", "de", "do", "da", "entre",
                       "semana", "mês", "ano"}),
            "({})",
        ),
        "via": opening_with(
            frozenset({"por", "pelo", "pela", "através", "via", "em", "no", "na",
                       "durante", "graças", "num", "numa", "ao", "quando", "enquanto"}),
            "por meio de {}",
        ),
    },
    join=joined("e"),
    clauses="{} e {}",
    question_starts=frozenset({
        "pode", "podes", "poderia", "poderias", "tem", "tens", "você", "topa", "vamos",
        "quando", "como", "onde", "qual", "seria", "posso", "podemos", "quer", "queres",
    }),
    thanks={"warm": "que bom que <aceitaste|você aceitou> o convite!",
            "brief": "agradeço a conexão.", "direct": "agradeço por aceitar."},
    next_steps={
        "stay": "<Topas|Topa> um café na próxima vez que nos encontrarmos?",
        "follow": "Em que <estás|está> trabalhando agora?",
        "advice": "Posso <te|lhe> mandar duas ou três perguntas por aqui?",
        "job": "<Terias|Teria> um tempo para me falar da <tua|sua> equipe?",
        "hiring": "Posso <te|lhe> mandar os detalhes?",
        "collaborate": "<Podes|Pode> fazer uma ligação rápida na semana que vem?",
        "share": "<Diz-me|Me diga> o que <achas|acha>!",
    },
)
