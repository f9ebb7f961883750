"""Spanish: the checker's tables and messages, and the drafts' wording.

The tables follow `pycore.phrases`' conventions, with one more fold: they match a copy
of the note in lower case and without accents, so write "gustaria" for "gustaría" and
"anadirte" for "añadirte" (people type both on a phone). `%NAME%` stands for the
expressions named below. Sources: the seed articles' advice, read for how Spanish
speakers say the same things (tú and usted, Spain and Latin America).
"""

from __future__ import annotations

from .. import phrases
from ..phrasing import Phrasing, determined_by, joined, opening_with, prefixed, titled
from .macros import fill

# LinkedIn's canned invitation ("Me gustaría añadirte a mi red profesional en LinkedIn",
# GUIDE.md) and its family: usted ("añadirle"), agregar, invitar, "formar parte de".
_NETWORK = r"(?:mi|nuestra) red(?: de contactos)?(?: profesional)?(?: (?:en|de) linkedin)?"
_OBJECT = r"(?:te|le|la|lo|les|os|los|las)"
DEFAULT_TEXTS: tuple[str, ...] = fill(
    (
        r"(?:me gustaria|quisiera|quiero|queria|deseo|me encantaria|desearia)"
        r" (?:mucho |poder |much[io]simo )?(?:anadir|agregar|sumar|incluir|invitar)%OBJECT%"
        r" (?:a|en) %NETWORK%",
        r"(?:me gustaria|quisiera|quiero|deseo|me encantaria) %OBJECT% ?(?:anadir|agregar"
        r"|sumar|incluir) (?:a|en) %NETWORK%",
        r"(?:me gustaria|quisiera|quiero|deseo|me encantaria) (?:anadir|agregar|sumar)%OBJECT%"
        r" (?:como|a mis) (?:contacto|contactos|conexion|conexiones)(?: (?:en|de) linkedin)?",
        r"(?:me gustaria|quisiera|quiero) que (?:formaras|formases|formes|formara|formase"
        r"|forme|fueras|fueses|seas|sea) parte de %NETWORK%",
        r"(?:me gustaria|quisiera|quiero|deseo|me encantaria) (?:formar parte de|unirme a"
        r"|entrar en|ser parte de|estar en) (?:tu|su) red(?: de contactos)?(?: profesional"
        r"|profesionales)?(?: (?:en|de) linkedin)?",
        r"(?:unete|unase|sumate|sumese|forma parte de|forme parte de) (?:a )?%NETWORK%",
        r"%OBJECT% invito a (?:unirte|unirse|formar parte|sumarte|sumarse) (?:a|de) %NETWORK%",
    ),
    NETWORK=_NETWORK,
    OBJECT=_OBJECT,
)

# Slots left by a template: [Nombre], {nombre} and <Nombre> are caught by the generic
# patterns every language shares; these are Spanish words left in capitals, and a
# greeting whose name was never filled in ("Hola ,").
PLACEHOLDERS: tuple[str, ...] = (r"(?:hola|estimad[oa]s?|querid[oa]s?|buenas) ,",)
PLACEHOLDERS_CASED: tuple[str, ...] = (
    r"(?:NOMBRE|APELLIDO|TU NOMBRE|MI NOMBRE|EMPRESA|COMPA[NÑ][IÍ]A|CARGO|PUESTO|EVENTO"
    r"|CIUDAD|TEMA|SECTOR|UNIVERSIDAD|FECHA|PROYECTO)",
)

# What a slot stands for, by its words (folded: "compañía" is "compania"), beside
# English's (`pycore.phrases`): "[Tu nombre]" is the sender's, "[Nombre]" theirs.
SLOT_SENDER_WORDS: frozenset[str] = frozenset({"tu", "mi", "remitente", "firma"})
SLOT_WORDS: dict[str, frozenset[str]] = {
    "company": frozenset({
        "empresa", "compania", "organizacion", "negocio", "agencia", "entidad",
    }),
    "event": frozenset({
        "evento", "congreso", "conferencia", "feria", "jornada", "jornadas", "cumbre", "foro",
        "taller", "seminario",
    }),
    "other name": frozenset({"apellido", "apellidos", "completo"}),
    "name": frozenset({"nombre", "destinatario", "destinataria", "contacto"}),
}

# What people make that others know them by.
WORK = (
    r"(?:post|posts|publicacion|publicaciones|articulo|articulos|hilo|hilos|newsletter"
    r"|boletin|blog|libro|libros|charla|charlas|ponencia|ponencias|podcast|episodio"
    r"|video|videos|canal|proyecto|proyectos|investigacion|investigaciones|paper|tesis"
    r"|curso|taller|repositorio|repo|libreria|biblioteca|app|aplicacion|herramienta"
    r"|entrevista|presentacion|intervencion|comentario|comentarios|respuesta|tuit|tweet"
    r"|portafolio|portfolio|fotos|fotografias|disenos|columna|reportaje|estudio|informe"
    r"|keynote|panel|webinar|sesion|clase|trabajo (?:sobre|en|con|de)|idea|ideas"
    r"|propuesta|analisis|guia|tutorial|newsletter|startup|emprendimiento|producto"
    r"|pregunta|post de \w+|paso a \w+|cambio a \w+|salto a \w+)"
)
_PAST_MEETING = (
    r"(?:conocimos|conoci|conociste|coincidimos|coincidi|vimos|charlamos|hablamos"
    r"|conversamos|cruzamos|saludamos|encontramos|estuvimos|sentamos|compartimos"
    r"|presentaron|presento)"
)
_WHEN = (
    r"(?:ayer|anoche|anteayer|el otro dia|la otra noche|esta manana|esta tarde|hoy"
    r"|(?:la|el) (?:semana|mes|ano|verano|invierno|otono|primavera|finde|fin de semana"
    r"|lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasad[oa]"
    r"|hace (?:unos|unas|un|una|dos|tres|muchos|\d+) (?:anos|meses|semanas|dias|ano|mes"
    r"|tiempo)|(?:en|desde) (?:19|20)\d\d|(?:el|del) (?:lunes|martes|miercoles|jueves"
    r"|viernes|sabado|domingo|finde|fin de semana))"
)
_PEOPLE = (
    r"(?:amig[oa]s?|herman[oa]s?|prim[oa]s?|compa[nñ]er[oa]s?|companer[oa]s?|colegas?"
    r"|vecin[oa]s?|socios?|socias?|alumn[oa]s?|exalumn[oa]s?|jefe|jefa|mentor[a]?"
    r"|profesor[a]?|tutor[a]?|voluntari[oa]s|miembros|cliente|clienta|pareja|mujer"
    r"|marido|novi[oa]|hij[oa]|padre|madre|ti[oa]|cu[nñ]ad[oa]|suegr[oa])"
)

# How they know each other, or how the sender found them.
CONTEXT_CUES: tuple[str, ...] = fill(
    (
        # Having met or talked somewhere, some time.
        r"(?:nos |me |te |les? )?%PAST% (?:\w+ ){0,4}?(?:en|durante|tras|despues de|al"
        r" final de|ayer|anoche|hace|el otro dia|la semana|el (?:lunes|martes|miercoles"
        r"|jueves|viernes|sabado|domingo))",
        r"(?:fue|ha sido|me alegro|me alegra|me encanto|que|muy|super|realmente|tan)"
        r" (?:\w+ ){0,2}?(?:placer|gusto|genial|alegria|bueno|lindo|guay|agradable"
        r"|interesante|util|bonito|chevere|un lujo) (?:de |el |haber |poder )?(?:conocer"
        r"|coincidir|ver|hablar|charlar|conversar|compartir|encontrar|saludar|volver a"
        r" ver|reencontrar)\w*",
        r"(?:conocer|coincidir|ver|hablar|charlar|conversar|saludar)(?:te|le|la|lo|nos|os)?"
        r" (?:contigo |con usted |con vos )?(?:en|ayer|anoche|el otro dia|durante|tras)",
        r"(?:nos )?(?:conocimos|coincidimos|cruzamos|vimos|presentaron)",
        r"(?:me encanto|me gusto|disfrute|fue un placer|fue un gusto) (?:\w+ )?trabaja\w*"
        r" (?:contigo|con usted|juntos|juntas|con vos)",
        r"te (?:vi|escuche|oi|conoci) (?:presentar|hablar|exponer|en|dar|moderar|explicar)"
        r"|(?:a tu|a su) lado|junto a (?:ti|usted)|(?:hace|cuanto) tiempo sin",
        r"%WHEN%",
        # Working or studying together, or the same place.
        r"(?:trabajamos|trabajabamos|estudiamos|colaboramos|coincidimos|compartimos"
        r"|jugamos|entrenamos|fuimos|eramos|estuvimos|somos|estamos) (?:\w+ ){0,2}?"
        r"(?:juntos|juntas|en|con|%PEOPLE%|del mismo|de la misma|en el mismo|en la misma)",
        r"(?:mismo|misma|mismos|mismas) (?:\w+ )?(?:equipo|empresa|universidad|facultad"
        r"|master|promocion|clase|curso|colegio|escuela|instituto|programa|proyecto|oficina"
        r"|departamento|barrio|coworking|evento|congreso|mesa|panel|comunidad|grupo|club"
        r"|gimnasio|vuelo|tren)",
        r"(?:los|las) dos (?:\w+ ){0,2}?(?:estudiamos|trabajamos|somos|fuimos|estuvimos"
        r"|venimos|pasamos|estamos)|ambos (?:\w+ )?(?:estudiamos|trabajamos|somos|fuimos"
        r"|estuvimos|venimos|pasamos|estamos)",
        r"(?:ex|antigu[oa]s?|anterior) ?-?%PEOPLE%|ex(?:alumn|companer|compa[nñ]er|coleg"
        r"|jef)\w*",
        r"(?:promocion|promo|generacion|clase) (?:de )?(?:19|20)\d\d",
        r"(?:mi|tu|su|nuestro|nuestra) (?:\w+ ){0,2}?(?:antigu[oa] )?%PEOPLE%",
        r"(?:soy|somos|eres|es) (?:\w+,? ){0,3}?(?:el|la|los|las|un|una|tu|su)"
        r" (?:\w+ )?%PEOPLE%",
        r"%PEOPLE% (?:en comun|de \w+)",
        # A mutual contact, or a conversation they already had.
        r"(?:me|nos|te|le) (?:sugirio|sugirieron|recomendo|recomendaron|aconsejo|dijo"
        r"|dijeron|conto|contaron|comento|comentaron|hablo|hablaron|paso|pasaron|dio"
        r"|dieron|facilito|presento|presentaron|derivo|remitio) (?:que|de|tu|su|sobre|el"
        r"|la|escribir|contactar)",
        r"(?:de parte de|por recomendacion de|a traves de|gracias a) [a-z]+",
        r"contactos? en comun|(?:amig[oa]s?|conocid[oa]s?) en comun",
        r"quedamos en|como (?:te |le )?(?:prometi|comente|dije|hablamos)|como hablamos",
        r"gracias por (?!(?:aceptar|conectar|tu tiempo|su tiempo|leer)\b)(?:la|el|tu|su"
        r"|vuestra|vuestro|los|las|tus|sus|haber|compartir|\w+ar|\w+er|\w+ir)",
        # Events, talks and the like (not one's own: "mi podcast", "nuestro webinar").
        r"(?<!\bmi\s)(?<!\bnuestro\s)(?<!\bnuestra\s)(?:congreso|conferencia|charla"
        r"|ponencia|jornadas?|taller|meetup|encuentro|evento|feria|hackathon|hackaton"
        r"|summit|cumbre|foro|seminario|simposio|webinar|webinario|masterclass|mesa redonda"
        r"|panel|stand|afterwork|networking|desayuno|almuerzo|cena|boda|fiesta|keynote"
        r"|sesion|camp|bootcamp|meetups|charlas|congresos|eventos|ferias|talleres"
        r"|conversatorio|after|coworking|workshop|summit|talk|webinar|panel|hackathon"
        r"|bootcamp|happy hour|demo day)",
        r"lista de (?:ponentes|speakers|asistentes|participantes|oradores|invitados)",
        # Their work.
        r"(?:tu|su|tus|sus|vuestro|vuestra|vuestros|vuestras) (?:\w+ ){0,2}?%WORK%",
        r"(?:el|la|los|las|este|esta|ese|esa) (?:\w+ )?%WORK% (?:que|de) (?:publicaste"
        r"|escribiste|diste|compartiste|presentaste|hiciste|publico|escribio|dio|compartio"
        r"|presento|hizo|tuyo|tuya)",
        r"(?:lei|he leido|leo|vi|he visto|veo|escuche|he escuchado|escucho|sigo|seguia"
        r"|siguiendo|segui|descubri|encontre|me tope con) (?:\w+ ){0,3}?(?:tu|su|tus|sus|el"
        r"|la|los|las|un|una|este|esta) (?:\w+ ){0,2}?%WORK%",
        r"(?:vi|he visto|veo|note|lei|he leido|me entere de|me dijeron) que (?:\w+ ){0,2}?"
        r"(?:ahora|tambien|estas|esta|trabajas|trabaja|eres|es|diriges|dirige|lideras"
        r"|lidera|llevas|lleva|buscas|busca|buscais|buscan|organizas|organiza|te has|se ha"
        r"|has|ha|acabas|acaba|vas|va|estais|estan)",
        r"(?:llevo|llevamos) (?:\w+ ){0,3}?(?:siguiendo|leyendo|escuchando|viendo|usando)",
        r"(?:soy|somos) (?:\w+ )?(?:lector|lectora|oyente|seguidor|seguidora|suscriptor"
        r"|suscriptora|usuario|usuaria|cliente|clienta|fan|alumn[oa]|asistente)",
        r"(?:felicidades|enhorabuena|felicitaciones|felicitarte|felicitarle)",
        # Honestly never met.
        r"(?:aun |todavia )?no nos (?:conocemos|conocimos|hemos visto|hemos conocido|hemos"
        r" presentado|han presentado)|no (?:he|hemos) (?:tenido|coincidido)|no me conoce"
        r"|no tengo el gusto|no tenemos el gusto|de la nada|en frio",
        # Who the sender is, and where: "soy el nuevo responsable de compras de X".
        r"(?:soy|me llamo \w+ y soy|trabajo como|estoy como) (?:el |la |un |una )?"
        r"(?:nuev[oa] )?(?:\w+ ){0,3}?(?:estudiante|alumn[oa]|reclutador[a]?|recruiter"
        r"|responsable|director[a]?|jefe|jefa|gerente|coordinador[a]?|fundador[a]?"
        r"|cofundador[a]?|ceo|cto|desarrollador[a]?|ingenier[oa]|disenador[a]?|periodista"
        r"|investigador[a]?|profesor[a]?|consultor[a]?|analista|product manager|manager"
        r"|abogad[oa]|medic[oa]|enfermer[oa]|organizador[a]?|miembro|becari[oa]"
        r"|doctorand[oa]|head|lead|lider|redactor[a]?|editor[a]?|encargad[oa])"
        r"(?: [\w.]+){0,4}? (?:en|de|del|para) \w+",
        r"(?<!buscando\s)(?<!busco\s)(?<!buscar\s)trabajo (?:en|para|con) \w+",
        r"(?:estoy|estamos) (?:en|con) (?:el|la) (?:equipo|proyecto|area|departamento)",
    ),
    PAST=_PAST_MEETING,
    WHEN=_WHEN,
    PEOPLE=_PEOPLE,
    WORK=WORK,
)
CONTEXT_CUES_CASED: tuple[str, ...] = (
    *phrases.CONTEXT_CUES_CASED,
    r"(?:Congreso|Jornadas?|Foro|Feria|Encuentro|Semana|Cumbre|Festival|Campus)"
    r" (?:de |del |de la )?[A-Z]\w+",
)

# A gathering named without being shared (see `pycore.phrases`): none here, as
# `CONTEXT_CUES` leaves the sender's own events out itself.
NOT_SHARED: tuple[str, ...] = ()

# What "me gustaría ..." is followed by when the only wish is the connection itself.
NOT_A_REASON = (
    r"(?:conectar|conectarme|conectarnos|conectarte|conectemos|agregar|agregarte|agregarle"
    r"|anadir|anadirte|anadirle|sumarte|sumarle|tener(?:te|le)? (?:en|como)|estar"
    r" conectad|formar parte|ser parte|unirme|entrar en tu|ampliar|expandir|crecer|hacer"
    r" crecer|aumentar|fortalecer|hacer networking|establecer contacto|contactar contigo"
    r"|contactar con usted|contar contigo|enviar(?:te|le)? (?:una|la|mi) (?:solicitud"
    r"|invitacion))"
)
REASON_CUES: tuple[str, ...] = fill(
    (
        # Keeping a promise: "como te prometí, aquí tienes las diapositivas".
        r"como (?:te |le |os |les )?(?:prometi|prometimos|habiamos hablado|hablamos|quedamos"
        r"|pediste|pidio)|aqui (?:tienes|tiene|teneis|va|van|te dejo|le dejo|os dejo)"
        r" (?:el|la|los|las|mi|mis|un|una)",
        r"(?:me encantaria|me gustaria|quisiera|quiero|queria|me ilusionaria|tengo ganas"
        r" de|me apetece|ojala|desearia|me interesaria|necesito|busco|estoy buscando|ando"
        r" buscando|me gustaria mucho|me encantaria poder|me gustaria poder|seria genial"
        r"|seria un placer|seria un gusto|podriamos|podemos|vamos a|me permito)"
        r" (?!(?:\w+ ){0,2}%NOT_A_REASON%\b)\w+",
        r"espero (?:poder|que podamos|que sigamos|volver|vernos|coincidir|seguir|que nos"
        r" veamos|que hablemos|tu respuesta|su respuesta|tus noticias|sus noticias)",
        r"(?:seguir|seguimos|sigamos|mantener|mantengamos|mantenernos|mantenerme|estar"
        r"|estemos|quedar|quedemos|seguiremos|ponernos|volver a estar|retomar el) en"
        r" contacto|(?:mantener|mantengamos|seguir|retomar) el contacto|no (?:perder(?:nos)?"
        r"|perdamos) (?:el contacto|la pista|de vista)|no perdernos",
        r"(?:consejo|consejos|aconsejar(?:me)?|orientacion|orientarme|tu opinion|su opinion"
        r"|tu punto de vista|su punto de vista|tu experiencia|su experiencia|feedback"
        r"|recomendacion|recomendaciones|mentoria|ayuda|ayudarme|ayudar|echarme una mano"
        r"|tu vision|su vision|tus ideas|sus ideas|preguntas?|preguntar(?:te|le|os)?)",
        r"(?:busco|buscando|buscar) (?:trabajo|empleo)|(?:puesto|puestos|vacante|vacantes"
        r"|practicas|beca|oferta de (?:empleo|trabajo)|candidatura|proceso de seleccion"
        r"|entrevistar(?:te|le|la|lo)?|contratando|contratar|fichar|incorporar(?:te|le)?"
        r"|reclutando|reportaje)",
        r"(?:colaborar|colaboracion|colaboraciones|trabajar juntos|trabajar juntas|trabajar"
        r" con(?:tigo| usted)|proponer(?:te|le|os)?|propuesta|organicemos|organizar juntos"
        r"|asociarnos|invitar(?:te|le|la|lo|os)? a (?!(?:unirte|unirse|formar parte|mi red)"
        r"\b)\w+)",
        r"(?:un cafe|tomar un cafe|cafe virtual|tomar algo|una llamada|videollamada|\d+"
        r" ?minutos|\d+ ?min|un rato|quedar|vernos|comer juntos|una cerveza)",
        r"(?:saber|conocer|aprender|entender|escuchar|descubrir|preguntar(?:te|le)?|contar"
        r"(?:te|le|me|nos)?|hablar(?:te|le)?) (?:mas|sobre|como|que|por|de|acerca|cual|si"
        r"|tu|su|el|la|los|las|lo)",
        r"(?:seguir|seguirte|seguirle|acompanar|estar al tanto de|no perderme|leer) (?:de"
        r" cerca )?(?:tu|su|vuestro|vuestra|tus|sus|el trabajo|lo que|como|de cerca)",
        r"(?:me (?:encanto|encanta|gusto|parecio|parecieron|sirvio|sirve|ayudo|aclaro"
        r"|inspiro|quede pensando|quede con ganas|llamo la atencion|parece)|disfrute"
        r"|aprendi) (?:\w+ ){0,4}?(?:tu|su|vuestr[oa]|el|la|los|las|lo que|como|mucho"
        r"|much[io]simo|muy)",
        # What their work gave them or made them think ("tu demo me dio ideas"), not the
        # pleasure of meeting ("me dio mucho gusto conocerte").
        r"me (?:dio|dieron|ha dado|han dado) (?!(?:\w+ )?(?:gusto|alegria|placer|pena)\b)\w+"
        r"|me (?:hizo|hicieron|ha hecho) (?:pensar|reflexionar|replantear|cambiar|ver)",
        r"(?:hablamos|hablemos|charlamos|charlemos|quedamos|quedemos|nos vemos|nos tomamos"
        r"|tomamos|retomamos|retomemos|repetimos|repitamos) (?:de|sobre|un|una|en|el|la"
        r"|cuando|pronto|algun|esta|la proxima|otro)",
        r"a ver si (?:\w+ )?(?:repetimos|coincidimos|nos vemos|quedamos|hablamos)",
        r"por si (?:te|le|os|les) (?:encaja|interesa|sirve|viene bien|hace falta|puedo)"
        r"|(?:si|cuando) (?:te|le) (?:interesa|viene bien|apetece|parece)",
        r"para (?!%NOT_A_REASON%\b)(?:que )?(?:\w+ )?(?:hablar|preguntar|pedir|contar"
        r"|proponer|invitar|ver|saber|conocer|seguir|mantener|no perder|colaborar|organizar"
        r"|compartir|enviar|mandar|ayudar|aprender|coordinar|preparar|cerrar|hablemos"
        r"|podamos|sigamos|veamos|mi tfg|mi tesis|mi investigacion|mi proyecto)",
        r"(?:te|le|os) (?:envio|enviare|mando|mandare|paso|pasare|comparto|compartire"
        r"|dejo|escribo|escribire|llamo|llamare|cuento|contare|invito|propongo|agradezco"
        r"|agradeceria)",
        r"(?:gracias|muchas gracias) (?:de nuevo )?por (?!(?:aceptar|conectar)\b)\w+"
        r"|suerte con|enhorabuena por|felicidades por",
        r"(?:estoy|estamos) (?:\w+ )?(?:trabajando en|montando|preparando|organizando"
        r"|lanzando|empezando|buscando|explorando|aprendiendo|investigando|escribiendo"
        r"|redisenando|desarrollando|armando|migrando|pasando de|cambiando de|haciendo)"
        r"|(?:voy|vamos) a (?:hacer|lanzar|empezar|migrar|montar)|tengo (?:un|una)"
        r" (?:problema|proyecto|duda|pregunta|idea|startup|empresa)",
        r"(?:sigamos|sigo|seguire|seguimos) (?:\w+ )?(?:en contacto|hablando|la conversacion"
        r"|tus|tu|su|sus)|(?:retomar|continuar|seguir) (?:la|nuestra|esa|aquella)"
        r" (?:conversacion|charla)",
    ),
    NOT_A_REASON=NOT_A_REASON,
)
CONNECT_ONLY: tuple[str, ...] = (
    r"(?:conect\w*|agreg\w*|anad\w*|acept\w*|red|contactos?|unirte|unirse|sumarte)",
)

# Questions that ask nothing of them (see `pycore.phrases`): a greeting ("¿Qué tal
# estás?") or small talk about what both saw ("¿No fue genial la charla?").
SMALL_TALK: tuple[str, ...] = (
    r"(?:que tal|como) (?:estas|esta|estais|te va|le va|os va|va todo|andas|anda)(?: todo"
    r"| por ahi)?(?= ?[?!.])",
    r"no (?:fue|fueron|estuvo|estuvieron|era|eran)",
)

# Lines that could be sent to anyone, each with a suggestion; True when the same
# sentence naming the specific thing makes the phrase fine.
VAGUE: tuple[tuple[str, str, bool], ...] = (
    (
        r"(?:vi|he visto|revise|mire|encontre|me tope con|di con|descubri|me cruce con|me"
        r" encontre con|visite|revisando|viendo) (?:tu|su) perfil|(?:tu|su) perfil (?:me )?"
        r"(?:llamo|impresiono|parece|es|me parecio|interesa|encanto|gusto|destaca)"
        r"|(?:me )?(?:impresiono|impresiona|interesa|llamo la atencion|gusto|encanto|gusta"
        r"|encanta) (?:mucho |muchisimo )?(?:tu|su) perfil",
        "Di qué te llevó a esta persona: ¿qué publicación, charla, proyecto o contacto?",
        True,
    ),
    (
        r"(?:interesante|impresionante|gran|buen|excelente|increible|admirable) perfil"
        r"|(?:tu|su) (?:trayectoria|carrera|experiencia|recorrido|perfil) (?:profesional )?"
        r"(?:es|me parece|me resulta|me parecio)? ?(?:muy |realmente |verdaderamente |tan )?"
        r"(?:admirable|impresionante|inspiradora|inspirador|increible|excelente|destacable"
        r"|notable|brillante|fascinante|espectacular)|(?:admirable|impresionante|inspiradora"
        r"|increible|excelente|brillante) (?:trayectoria|carrera|experiencia|recorrido)"
        r"|(?:me )?(?:impresiona|impresiono|inspira|inspiro|admiro) (?:mucho )?(?:tu|su)"
        r" (?:trayectoria|carrera|experiencia|recorrido|trabajo)(?! (?:en|como|con|sobre"
        r"|de|al))",
        "Di qué te impresionó: un proyecto, un puesto, una publicación o una charla.",
        False,
    ),
    (
        r"(?:personas|profesionales|gente|perfiles|lideres) (?:afines|con intereses"
        r" (?:similares|comunes)|como tu|como usted|como vos|interesantes)"
        r"|(?:conectar|contactar|conectarme) con (?:otros |otras |mas |nuevos |nuevas )?"
        r"(?:profesionales|personas|gente|lideres|expertos)(?! (?:que|de \w+ que))"
        r"|siempre (?:busco|estoy buscando|me gusta|intento|quiero) (?:\w+ )?(?:conectar"
        r"|ampliar|conocer|contactar)|(?:personas|profesionales) del (?:sector|rubro|ambito)",
        "Di por qué esta persona en concreto: ¿qué hace que te interese?",
        False,
    ),
    (
        r"(?:ampliar|ampliando|amplio|expandir|expandiendo|crecer|hacer crecer|aumentar"
        r"|aumentando|fortalecer|enriquecer|construir|construyendo|agrandar|extender)"
        r" (?:mi|nuestra|tu|su) (?:red|redes|circulo|comunidad|networking)",
        "Di qué esperas conseguir o aportar: ¿consejo, un trabajo, una colaboración?",
        False,
    ),
    (
        r"sinergias?|beneficio mutuo|mutuamente beneficios[oa]|ganar-? ?ganar|win-? ?win"
        r"|crecer juntos|aportar(?:nos)? valor|valor mutuo|relaciones profesionales"
        r"|ayudarnos mutuamente|(?:futuras|potenciales|posibles) colaboraciones(?! (?:en"
        r"|sobre|para|con))|colaboraciones (?:futuras|potenciales)|oportunidades de"
        r" (?:negocio|colaboracion)|explorar (?:posibles |nuevas )?(?:oportunidades"
        r"|sinergias|colaboraciones)(?! (?:en|sobre|para))",
        "Di qué podríais hacer juntos, en concreto.",
        True,
    ),
    (
        r"(?:interesantes|grandes|nuevas|posibles|diversas|varias|futuras|excelentes)"
        r" oportunidades(?! (?:en|de (?!negocio)|para|como))|fines (?:comerciales"
        r"|profesionales)|temas de negocio",
        "¿Qué oportunidad exactamente? Di qué, por qué y qué pides.",
        False,
    ),
    (
        r"(?:me gustan|me encantan|disfruto|admiro) (?:mucho )?(?:tus|sus) (?:publicaciones"
        r"|posts|articulos|contenidos|videos)(?= ?(?:[.!?\n]|$|y (?:me|quiero|quisiera)))",
        "¿Qué publicación? Nómbrala, por ejemplo «tu post sobre ...».",
        False,
    ),
    (
        r"(?:el )?mismo (?:sector|rubro|campo|ambito|gremio)(?! ?[:(-])",
        "Nombra el área concreta: ¿qué tema, producto, equipo o evento?",
        False,
    ),
)

SALES_PITCH: tuple[str, ...] = (
    r"ayudamos a (?:\w+ ){0,3}?(?:empresas|negocios|marcas|equipos|startups|pymes|clinicas"
    r"|tiendas|agencias|profesionales|emprendedores|fundadores|ceos|directivos"
    r"|organizaciones|companias|comercios|despachos|autonomos|clientes|personas)",
    r"(?:empresas|negocios|marcas|companias|organizaciones|profesionales|equipos|clientes"
    r"|startups) como (?:la tuya|la suya|el tuyo|el suyo|tu empresa|su empresa|tu negocio"
    r"|su negocio|la vuestra|tu|usted)",
    r"(?:desde|por solo|solo|a partir de) [$\u20ac\u00a3] ?\d+|(?:desde|por solo|a partir de)"
    r" \d+(?:[.,]\d+)? ?(?:\u20ac|eur|euros|usd|dolares|\$|pesos|soles)",
    r"\d+(?:[.,]\d+)? ?(?:\u20ac|eur|euros|usd|dolares|\$) ?(?:/ ?|por |la |al )(?:hora|mes"
    r"|ano|usuario|persona)",
    r"\d+ ?% de descuento|descuentos?|oferta (?:especial|exclusiva|limitada)|precios?"
    r" (?:especiales?|competitivos?|imbatibles?)|prueba gratuita|sin compromiso"
    r"|(?:auditoria|consulta|consultoria|sesion|diagnostico|demo|llamada) (?:\w+ )?gratis"
    r"|(?:auditoria|consulta|sesion|diagnostico|demo|demostracion|llamada|asesoria)"
    r" (?:\w+ )?gratuita",
    r"(?:una|nuestra) demo|demo (?:gratuita|personalizada|de \d+)|demostracion"
    r" (?:gratuita|de nuestr)",
    r"(?:agenda|reserva|agendar|reservar|agendamos|reservamos|programamos|programar|agende"
    r"|reserve) (?:una|un|tu|su) (?:reunion|llamada|cita|demo|hueco|sesion|auditoria)",
    r"(?:nuestra|nuestro|mi) (?:\w+ ){0,2}?(?:solucion|plataforma|herramienta|agencia"
    r"|consultora|app|aplicacion|software|servicio|servicios|producto) (?:\w+ )?(?:puede"
    r"|ayuda|ofrece|permite|automatiza|ahorra|garantiza|ha ayudado|es lider)",
    r"(?:presentar(?:te|le|les|os)|mostrar(?:te|le|les)|ensenar(?:te|le|les))"
    r" (?:nuestr|como nuestr|lo que hacemos)\w*",
    r"lider(?:es)? (?:del|en el|de|en su) (?:mercado|sector)",
    r"(?:triplicar|duplicar|multiplicar|aumentar|incrementar|disparar|reducir|ahorrar"
    r"|potenciar|escalar) (?:\w+ ){0,3}?(?:ventas|leads|clientes|ingresos|facturacion"
    r"|costes|costos|conversiones|trafico|beneficios|productividad|citas|reservas)",
    r"(?:ahorra|ahorran|ahorramos|reduce|reducen|reducimos|aumenta|aumentan|aumentamos"
    r"|incrementa|incrementan|mejora|mejoran|mejoramos|recorta|recortan) (?:\w+ ){0,3}?"
    r"(?:un |hasta un |hasta el |hasta )?\d+ ?%",
    r"(?:te|le|os|les) (?:enseno|muestro|ensenare|mostrare) (?:como|nuestr)|(?:ensenar|mostrar)"
    r"(?:te|le|os|les) como",
    r"externalizar|outsourcing|leads (?:cualificados|calificados)|generacion de leads"
    r"|captacion de clientes",
    r"(?:esta|estan) revolucionando",
    r"(?:le|te|les|os) escribo para (?:presentar|ofrecer|proponer)",
    # Not what a host offers a speaker: "ofrecemos viaje y alojamiento".
    r"(?:ofrecemos|ofrezco|brindamos|proporcionamos|vendemos|nos especializamos en|somos"
    r" especialistas en|nos dedicamos a)(?! (?:el |los |las )?(?:viaje|viajes|alojamiento"
    r"|hotel|entradas?|honorarios|gastos)\b)",
    r"(?:servicios|soluciones) de (?:seo|marketing|desarrollo|diseno|consultoria"
    r"|contabilidad|software|ciberseguridad|rrhh|seleccion)",
    r"(?:visita|visite|consulta|consulte|echa un vistazo a) (?:nuestra|nuestro|mi)"
    r" (?:web|pagina|sitio|tienda|catalogo|oferta)",
    r"(?:te|le) (?:interesaria|interesa) (?:una demo|saber mas|conocer (?:nuestr|como)"
    r"|nuestr|probar)\w*",
)

# A sentence that buys or invites rather than sells (see `pycore.phrases`): "estamos
# evaluando herramientas y me gustaría ver una demo de la vuestra", "invitarte a dar la
# charla inaugural", "gracias por la revisión gratuita".
NOT_SELLING: tuple[str, ...] = (
    r"(?:estamos|estoy) (?:\w+ )?(?:evaluando|comparando|valorando|eligiendo|buscando"
    r" (?:un|una) (?:nuev[oa] )?(?:proveedor|proveedora|herramienta|plataforma|agencia"
    r"|consultor|consultora|freelance))",
    r"(?:me|nos) (?:gustaria|encantaria)(?: (?:ver|pedir|solicitar|probar|tener|recibir))?"
    r" (?:una|un|vuestra|vuestro|tu|su) (?:[\w-]+ )?(?:demo|demostracion|presupuesto|prueba"
    r"|cotizacion|muestra)",
    r"invitar(?:te|le|os|les)? a (?:hablar|intervenir|presentar|dar (?:una|la) (?:charla"
    r"|ponencia|keynote)|ser (?:ponente|jurado|mentor|mentora)|participar como (?:ponente"
    r"|jurado|mentor|mentora))",
    r"(?:gracias|muchas gracias)(?: de nuevo| otra vez)? por (?:la|el|tu|su)",
)

FILLER: tuple[str, ...] = (
    r"espero que (?:este|esta) (?:mensaje|nota|correo|invitacion) (?:te|le) (?:encuentre"
    r"|llegue) bien",
    r"mi nombre es",
    r"(?:por favor )?acepta(?:r|me)? (?:mi )?(?:solicitud|invitacion)",
    r"gracias (?:de antemano )?por aceptar(?:me)?",
)
PLEASANTRIES: tuple[str, ...] = (
    r"espero que (?:estes|este|te encuentres|se encuentre|todo (?:vaya|va|este|te vaya))"
    r" (?:muy )?bien",
)

# A first message's thanks for connecting, and what says the same ("encantado de estar
# conectados"): as in `pycore.phrases`.
THANKS: tuple[str, ...] = (
    r"(?:muchas |mil |muchisimas )?gracias(?: de nuevo| otra vez)? por (?:conectar(?: conmigo)?"
    r"|aceptar(?:me)?(?: (?:mi|la) (?:invitacion|solicitud)(?: de (?:contacto|conexion))?)?"
    r"|agregarme|anadirme|sumarme|la conexion|el contacto|(?:tu|su) conexion)(?: en linkedin)?",
    r"(?:te|le) agradezco (?:que (?:hayas|haya) aceptado(?: (?:mi|la) (?:invitacion"
    r"|solicitud))?|la conexion|(?:el )?(?:aceptar|conectar))",
    r"(?:encantad[oa]|content[oa]|feliz|un placer|un gusto|me alegra|genial|que bien)"
    r" (?:de |que )?(?:estar conectad[oa]s|estemos conectad[oa]s|(?:estar|estemos) en"
    r" contacto|conectar(?: contigo| con usted)?)",
    r"(?:seguimos|sigamos) conectad[oa]s",
)

# Greeting words, matched ignoring case on the note as typed (accents kept).
GREETINGS: tuple[str, ...] = (
    r"hola+|holi|buenas|buen(?:os)? d[ií]as?|buenas tardes|buenas noches|estimad[oa]s?"
    r"|querid[oa]s?|saludos|qu[eé] tal|hey|hi|hello",
)
TITLES: frozenset[str] = frozenset({
    "sr", "sra", "srta", "senor", "senora", "senorita", "don", "dona", "dr", "dra", "lic",
    "ing", "prof", "profesor", "profesora", "estimado", "estimada", "querido", "querida",
    "ingeniero", "ingeniera", "licenciado", "licenciada", "doctor", "doctora",
})
NOT_A_NAME: frozenset[str] = frozenset({
    "a", "todos", "todas", "equipo", "amigo", "amiga", "amigos", "senor", "senora",
    "companero", "companera", "colega", "soy", "me", "te", "le", "que", "como", "espero",
    "gracias", "buenas", "buenos", "dias", "tardes", "noches", "un", "una", "el", "la",
    "mi", "tu", "nos", "fue", "vi", "encantado", "encantada", "gusto", "placer", "hola",
    "estimado", "estimada", "saludos", "de", "en", "por", "para", "con", "muchas",
    "quisiera", "quiero", "busco", "tal", "ey", "recruiter", "reclutador", "responsable",
    "usted", "ustedes",
})

# The rules' messages, by their English text (gettext's way: the English is the key).
MESSAGES: dict[str, str] = {
    "Only thanks: the message gives them no reason to reply and no next step.": "Solo "
    "das las gracias: el mensaje no da motivo para responder ni un siguiente paso.",
    "Keep the thanks short, then say why you connected and end with an easy question, "
    "e.g. \"Could I ask you two questions about ...?\"": "Agradece en una frase, di por "
    "qué conectaste y termina con una pregunta fácil, p. ej. «¿Puedo hacerte dos preguntas "
    "sobre ...?».",
    "This is LinkedIn's canned invitation; they have already accepted it.": "Es la "
    "invitación predeterminada de LinkedIn; esta persona ya la aceptó.",
    "Cut it and say why you connected, or ask them something.": "Quítala y di por qué "
    "conectaste, o pregúntale algo.",
    '"{quoted}" opens the message with a pitch; selling the moment they accept reads as '
    "spam.": "«{quoted}» abre el mensaje vendiendo; vender nada más aceptar parece spam.",
    "Open with why you connected and a question about them; offer your product later, if "
    "they ask.": "Empieza por qué conectaste y una pregunta sobre su trabajo; ofrece tu "
    "producto más adelante, si te lo piden.",
    "{length} characters: a first message past about {readable} is more than a phone "
    "shows at once.": "{length} caracteres: un primer mensaje de más de unos {readable} "
    "no cabe de un vistazo en el móvil.",
    "Keep it to a few short lines: a brief thanks, the reason, one easy next step.": "Deja "
    "unas pocas líneas: un gracias breve, el motivo y un siguiente paso fácil.",
    "No reason or next step: say what you would like from them, or ask something easy.":
    "No hay motivo ni siguiente paso: di qué te gustaría de esta persona o pregúntale algo "
    "sencillo.",
    "This is LinkedIn's canned invitation; people who don't know you well tend to ignore "
    "it.": "Es la invitación predeterminada de LinkedIn; quien no te conoce bien suele "
    "ignorarla.",
    "Replace it with how you know them and why you want to connect, e.g. \"We met at ... "
    "- I'd love to ...\".": "Cámbiala por cómo os conocéis y por qué quieres conectar, "
    "p. ej. «Nos conocimos en ... y me encantaría ...».",
    "A run of emoji can look unprofessional in a first note.": "Varios emojis seguidos "
    "pueden parecer poco profesionales en un primer mensaje.",
    "Keep one emoji, or none.": "Deja un emoji, o ninguno.",
    "A run of exclamation marks reads as over-excited.": "Varias exclamaciones seguidas "
    "suenan exageradas.",
    "Keep a single exclamation mark.": "Deja una sola exclamación.",
    '"{quoted}" uses characters and says nothing.': "«{quoted}» gasta caracteres y no "
    "dice nada.",
    "Cut it and get straight to how you know them and why you're writing.": "Quítalo y ve "
    "directo a cómo os conocéis y por qué escribes.",
    "1 character over the {limit}-character limit.": "1 carácter por encima del límite "
    "de {limit}.",
    "{over} characters over the {limit}-character limit.": "{over} caracteres por encima "
    "del límite de {limit}.",
    "Cut a sentence or tighten the wording; LinkedIn will not accept it as is.": "Quita "
    "una frase o acorta el texto; LinkedIn no lo aceptará así.",
    "A link in a first note looks like spam to many people.": "Un enlace en el primer "
    "mensaje parece spam a mucha gente.",
    "Send the link in a message after they accept.": "Envía el enlace en un mensaje "
    "cuando acepte.",
    "Nothing says how you know them or how you found them.": "No dice de qué os conocéis "
    "ni cómo llegaste a esta persona.",
    "Add where you met, who introduced you, which post or project of theirs you know, or "
    "an honest \"we haven't met, but ...\".": "Añade dónde os conocisteis, quién os "
    "presentó, qué publicación o proyecto suyo conoces, o un sincero «no nos conocemos, "
    "pero ...».",
    "Not addressed by name.": "No se dirige a la persona por su nombre.",
    'Start with "Hi {name},".': "Empieza con «Hola, {name}:».",
    'Start with their first name, e.g. "Hi Maria,".': "Empieza con su nombre, p. ej. "
    "«Hola, María:».",
    "No reason to connect: say what you would like from them or can offer.": "No hay "
    "motivo para conectar: di qué te gustaría de esta persona o qué puedes ofrecer.",
    "Add one concrete line, e.g. \"I'd love to hear how you ...\", \"Could I ask your "
    "advice on ...?\" or \"Would be great to stay in touch.\"": "Añade una frase concreta, "
    "p. ej. «Me encantaría saber cómo ...», «¿Podría pedirte consejo sobre ...?» o «Me "
    "encantaría seguir en contacto».",
    'Unfilled template slot "{slot}".': "Hueco de plantilla sin rellenar: «{slot}».",
    "Replace it with the real detail (their name, company or event).": "Cámbialo por el "
    "dato real (su nombre, empresa o evento).",
    "This is nearly the same as a note you already sent; identical notes read as "
    "mass-sent.": "Es casi igual que una nota que ya enviaste; las notas idénticas "
    "parecen envíos masivos.",
    "Add something only this person would recognise: what you talked about, their talk "
    "or post, or where exactly you met.": "Añade algo que solo esta persona reconozca: de "
    "qué hablasteis, su charla o publicación, o dónde os conocisteis exactamente.",
    '"{quoted}" reads like a sales pitch; a first note that sells is usually ignored.': "«"
    "{quoted}» suena a venta; un primer mensaje que vende suele ignorarse.",
    "Connect with a personal reason first; offer your product later, if they ask.": "Conecta "
    "primero por un motivo personal; ofrece tu producto más adelante, si te lo piden.",
    "Capital letters read as shouting.": "Las mayúsculas parecen gritos.",
    "Write it in normal sentence case.": "Escríbelo en minúsculas normales.",
    '"{quoted}" could be sent to anyone.': "«{quoted}» podría enviarse a cualquiera.",
    'Unfilled template slot "{slot}": it stands for {described}.':
        "Hueco de plantilla sin rellenar: «{slot}»; ahí va {described}.",
    "your own name": "tu propio nombre",
    "your own company": "tu propia empresa",
    "their first name": "su nombre",
    "a part of their name": "una parte de su nombre",
    "their company": "su empresa",
    "the event where you met": "el evento en el que os conocisteis",
    "Type your name, or set Your name in Settings.":
        "Escribe tu nombre, o guárdalo en Settings, en «Your name».",
    "Type your company's name.": "Escribe el nombre de tu empresa.",
    "Type their first name.": "Escribe su nombre.",
    "Type their name as it should read.": "Escribe su nombre tal como debe aparecer.",
    "Type their company's name.": "Escribe el nombre de su empresa.",
    "Type the event's name.": "Escribe el nombre del evento.",
    "Put “{value}” in its place.": "Pon «{value}» en su lugar.",
    "An invisible character ({names}): LinkedIn counts it but nobody sees it, and it can split "
    "or reorder the words beside it.":
        "Un carácter invisible ({names}): LinkedIn lo cuenta pero nadie lo ve, y puede partir "
        "o desordenar las palabras de alrededor.",
    "{count} invisible characters ({names}): LinkedIn counts them but nobody sees them, and "
    "they can split or reorder the words beside them.":
        "{count} caracteres invisibles ({names}): LinkedIn los cuenta pero nadie los ve, y "
        "pueden partir o desordenar las palabras de alrededor.",
    "Remove it: text pasted from elsewhere often carries these.":
        "Quítalo: el texto pegado de otro sitio suele traer caracteres así.",
    "Remove them: text pasted from elsewhere often carries these.":
        "Quítalos: el texto pegado de otro sitio suele traer caracteres así.",
    "zero-width space": "espacio de ancho cero",
    "zero-width non-joiner": "carácter de no unión de ancho cero",
    "zero-width joiner": "carácter de unión de ancho cero",
    "left-to-right embedding": "incrustación de izquierda a derecha",
    "right-to-left embedding": "incrustación de derecha a izquierda",
    "pop directional formatting": "fin de formato direccional",
    "left-to-right override": "forzado de izquierda a derecha",
    "right-to-left override": "forzado de derecha a izquierda",
    "left-to-right isolate": "aislamiento de izquierda a derecha",
    "right-to-left isolate": "aislamiento de derecha a izquierda",
    "first strong isolate": "aislamiento según el primer carácter fuerte",
    "pop directional isolate": "fin de aislamiento direccional",
    "byte order mark": "marca de orden de bytes",
}

# --- drafts -----------------------------------------------------------------------------

_DETERMINERS = frozenset({
    "el", "la", "los", "las", "un", "una", "unos", "unas", "mi", "tu", "su", "mis", "tus",
    "sus", "nuestro", "nuestra", "vuestro", "vuestra", "este", "esta", "ese", "esa",
    "aquel", "aquella", "al", "del",
})
_determined = determined_by(_DETERMINERS)
DRAFTING = Phrasing(
    greeting={"warm": "Hola {name},", "brief": "¡Hola {name}!", "direct": "Hola {name},"},
    how={
        "event": {
            "warm": "fue un placer <conocerte|coincidir con usted> en {event}[ {when|aside}]"
            "[ y hablar de {topic}]",
            "brief": "nos conocimos en {event}[ {when|aside}][ y hablamos de {topic}]",
            "direct": "coincidimos en {event}[ {when|aside}][ hablando de {topic}]",
        },
        "talk": {
            "warm": "me gustó mucho {talk|<charla_tu|charla_su>}[ en {event}]",
            "brief": "vi {talk|<charla_tu|charla_su>}[ en {event}]",
            "direct": "{talk|<charla_tu|charla_su>}[ en {event}] me resultó muy útil",
        },
        "worked": {
            "warm": "me encantó trabajar <contigo|con usted> en {company}[ {team|aside}]",
            "brief": "fuimos colegas en {company}[ {team|aside}]",
            "direct": "coincidimos trabajando en {company}[ {team|aside}]",
        },
        "same-org": {
            "warm": "vi que <tú también estuviste|usted también estuvo> en {org}",
            "brief": "los dos pasamos por {org}",
            "direct": "coincidimos en {org}",
        },
        "mutual": {
            "warm": "vi que tenemos un contacto en común, {mutual}",
            "brief": "tenemos un contacto en común, {mutual}",
            "direct": "tenemos a {mutual} como contacto en común",
        },
        "their-work": {
            "warm": "me gustó mucho {work|<tu|su>}",
            "brief": "gracias por {work|<tu|su>}",
            "direct": "leí con interés {work|<tu|su>}",
        },
        "never-met": {
            "warm": "no nos conocemos, pero llegué a <tu|su> perfil {found|via}",
            "brief": "no nos conocemos; llegué a <tu|su> perfil {found|via}",
            "direct": "no nos conocemos: di con <tu|su> perfil {found|via}",
        },
        "close": {
            "warm": "¡espero que <estés|esté> muy bien!",
            "brief": "espero que todo vaya bien",
            "direct": "¡espero que <estés|esté> bien!",
        },
    },
    why={
        "stay": ("love", "seguir en contacto"),
        "follow": ("love", "seguir <tu|su> trabajo"),
        "advice": ("love", "pedir<te|le> consejo sobre {advice}"),
        "job": ("am", "buscando un puesto de {job_role}[ en {their_company}]"),
        "hiring": ("love", "contar<te|le> sobre una vacante de {hiring_role} en mi equipo"),
        "collaborate": ("love", "colaborar <contigo|con usted> en {collab}"),
        "share": ("will", "{share}, como <te|le> prometí"),
    },
    leads={
        "love": {"warm": "me encantaría", "brief": "me encantaría", "direct": "me gustaría"},
        "am": {"warm": "estoy", "brief": "estoy", "direct": "estoy"},
        "will": {"warm": "<te|le> enviaré", "brief": "<te|le> envío", "direct": "<te|le> envío"},
    },
    ask={
        "warm": "¿<Te|Le> vendría bien {value}?",
        "brief": "¿{value}?",
        "direct": "¿<Te|Le> parece bien {value}?",
    },
    sign_offs={"warm": "Un saludo, {sign_off}", "brief": "Saludos, {sign_off}",
               "direct": "Gracias, {sign_off}"},
    tighter=(
        ("fue un placer <conocerte|coincidir con usted>", "un placer <conocerte|coincidir>"),
        ("me gustó mucho", "me gustó"),
        ("vi que tenemos", "tenemos"),
        ("me encantó trabajar", "disfruté trabajando"),
        ("me resultó muy útil", "me fue útil"),
        ("¿<Te|Le> vendría bien", "¿"),
    ),
    filters={
        "": str,
        "tu": prefixed("tu", _determined),
        "su": prefixed("su", _determined),
        "charla_tu": titled("tu charla", "«", "»", _determined),
        "charla_su": titled("su charla", "«", "»", _determined),
        "aside": opening_with(
            frozenset({"en", "el", "la", "este", "esta", "ayer", "hoy", "durante", "hace",
                       "antes", "después", "despues", "desde", "de", "del", "a", "al",
                       "entre", "por", "anoche"}),
            "({})",
        ),
        "via": opening_with(
            frozenset({"a", "por", "en", "gracias", "mientras", "al", "durante", "desde",
                       "vía", "via", "buscando", "leyendo", "tras", "con"}),
            "a través de {}",
        ),
    },
    join=joined("y", before_i="e"),
    clauses="{} y {}",
    question_starts=frozenset({
        "puedes", "puede", "podrías", "podria", "podría", "tienes", "tiene",
        "te", "le", "quieres", "quiere", "hablamos", "quedamos", "qué", "que", "cuándo",
        "cuando", "cómo", "como", "dónde", "donde", "vamos", "sería", "seria",
    }),
    question="¿{}?",
    thanks={"warm": "¡gracias por conectar!", "brief": "me alegra estar en contacto.",
            "direct": "gracias por aceptar."},
    next_steps={
        "stay": "¿<Te apetece|Le apetecería> tomar un café la próxima vez que coincidamos?",
        "follow": "¿En qué <estás|está> trabajando ahora?",
        "advice": "¿<Te|Le> puedo enviar dos o tres preguntas por aquí?",
        "job": "¿<Tendrías|Tendría> un rato para hablarme de <tu|su> equipo?",
        "hiring": "¿<Te|Le> envío los detalles?",
        "collaborate": "¿<Te|Le> viene bien una llamada corta la semana que viene?",
        "share": "¡<Dime|Dígame> qué <te|le> parece!",
    },
)
