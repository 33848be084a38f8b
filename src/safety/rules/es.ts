import { phrase, type RiskRule, type RuleSet } from '../rule';

/**
 * Spanish risk rules (written in Spanish, not translated), for Latin American and Spain usage,
 * voseo and everyday slang. Patterns are tried on one normalised sentence: lower case, no accents,
 * ñ as n ("munecas", "senor", "ojala"), leetspeak and repeated letters already folded.
 */
const M: Record<string, string> = {
  // Wanting, in every register: "quiero", "quisiera", "tengo ganas de", "me dan ganas de".
  WANT: 'quiero|quisiera|queria|quiera|quisiese|quisieras|deseo|deseaba|necesito|preferiria|prefiero|me gustaria|tengo ganas de|tenia ganas de|ganas de|me dan ganas de|me vienen ganas de|me entran ganas de|pienso en|pensando en|pense en|penso en|pienso|planeo|estoy por|voy a|vas a|me voy a|quiero ya|ya quiero|solo quiero|nomas quiero|nada mas quiero|necesito ya|he querido|habia querido|hubiera querido|quise|lo unico que quiero es|lo que quiero es|lo que mas quiero es|lo unico que quiero|solo pienso en|no dejo de pensar en|he pensado en|habia pensado en|estuve pensando en|estoy pensando en|ando pensando en|ando con ganas de|me gustaria|quisiera poder|me encantaria|ojala pudiera|quiero poder|me urge|las ganas que tengo de|ganas que tengo de|estoy planeando|ando planeando|estuve planeando|he planeado|tengo planeado',
  DIE: 'morir|morirme|morirse|no seguir con vida|no seguir viv[oa]|no estar mas|no estar nunca mas|estar con los muertos|estar muert[oa]|estar bajo tierra|dejar de existir|dejar de vivir|no existir|no estar viv[oa]|no despertar|no despertarme|desaparecer del mundo|irme de este mundo|dejar este mundo|petatearme|petatear|palmarla|palmarme|dinarla|espicharla|estirar la pata|colgar los tenis|entregar los tenis|pelar gallo|chupar faros|irme al otro barrio|irme al otro lado|no amanecer|no estar(?! (?:sol[oa]|aqui|aca|en|con|tan|asi|triste|mal|ahi|presente|disponible|de acuerdo|segur[oa]|list[oa]|preparad[oa]|pendiente|cerca|lejos|de|del|para|por|ocupad[oa]|enferm[oa]|pensando|metid[oa]|todo el dia|siempre)\\b)',
  KILL_ME:
    'matarme|suicidarme|autoeliminarme|desvivirme|quitarme la vida|quitarme de en medio|quitarme del medio|quitar de en medio|acabar con mi vida|terminar con mi vida|poner fin a mi vida|ponerle fin a mi vida|acabar con mi existencia|darme un tiro|pegarme un tiro|meterme un tiro|meterme un balazo|meterme un plomazo|volarme los sesos|volarme la cabeza|colgarme|ahorcarme|guindarme|envenenarme|tirarme de un puente|matarme ya|ahogarme|desangrarme|asfixiarme|electrocutarme|degollarme|cortarme el cuello|darme un balazo|pegarme un balazo|me (?:pego|doy|meto|echo) un (?:tiro|balazo|plomazo)|bajarme (?:de|del) (?:este )?mundo|dormir pa(?:ra|\\x27?) siempre',
  KILL_THEM:
    'matarse|suicidarse|autoeliminarse|quitarse la vida|quitarse de en medio|acabar con su vida|terminar con su vida|poner fin a su vida|pegarse un tiro|darse un tiro|colgarse|ahorcarse|envenenarse|unalive|cortarse|hacerse dano|lastimarse|tirarse (?:de|del|desde|a|al|bajo|por) \\w+',
  BODY: 'brazos?|munecas?|muslos?|piernas?|panza|abdomen|estomago|piel|venas|antebrazos?|tobillos?|caderas?|cuerpo|pecho|manos?|costillas|costado|cintura|hombros?',
  MEANS:
    'pastillas|pastis|pildoras|capsulas|comprimidos|clonazepam|clona|rivotril|alplax|tafil|xanax|diazepam|lorazepam|lexotan|paracetamol|ibuprofeno|tramadol|antidepresivos|somniferos|pastillas para dormir|medicamentos|medicinas|remedios|blisters?|frascos?|frasquitos?|cajas de \\w+|soga|cuerda|mecate|rope|pills|veneno|raticida|matarratas|insulina|pistola|escopeta|revolver|arma|cuchillas|cuchilla|gillette|navaja|carbon|litio|quetiapina|sertralina|fluoxetina|calmantes|tranquilizantes|pastillas para los nervios|parches(?! (?:de nicotina|anticonceptiv\\w*|termicos|de calor|de frio|en (?:la|el|los|las) (?:ropa|pantalon|codos|rodillas)))|fentanilo|morfina|oxicodona|opioides|ampollas|ampolletas',
  HOARD:
    '(?:guard|apart|ahorr)(?:as|ao|aos)|escondi(?:as|os)|guardad[oa]s?|guardando|guarde|guardo|guarda|tengo guardad[oa]s|junt(?:e|o|ado|adas|ados|ando|ada)|acumul\\w*|escond\\w*|compre|comprado|compradas|comprando|compro|consegui|conseguido|conseguidas|ahorrando|ahorre|ahorrad[oa]s?|almacen\\w*|reuni|reunido|reunidas|stock|apartad[oa]s|aparte|separad[oa]s',
  PLACE:
    'puente|(?:primer|segundo|tercer|cuarto|quinto|sexto|septimo|octavo|noveno|decimo|\\d+o?) piso|azotea|techo|terraza|edificio|balcon|ventana|cornisa|baranda|barandal|piso \\d+|piso (?:diez|doce|quince|veinte|\\w+ce)|ultimo piso|vias|via del tren|las vias|tren|metro|subte|acantilado|precipicio|barranco|autopista|periferico|viaducto|mirador|muelle|rio|presa',
  THIRD_KIN:
    'amig[oa]s?|mejor amig[oa]|herman[oa]s?(?: \\w+)?|hermanit[oa]|mama|papa|madre|padre|vieja|viejo|jefa|jefe|novi[oa]|pareja|espos[oa]|marido|mujer|hij[oa]s?|prim[oa]s?|ti[oa]s?|abuel[oa]s?|compa|companer[oa]|roomie|sobrin[oa]|cunad[oa]|suegr[oa]|ex|vecin[oa]|alumn[oa]|paciente|pana|parcer[oa]|cuate|bro|cham[oa]s?|chaval(?:a|es|as)?|pib[ea]s?|carnal|vato|cabr[oa]|chamac[oa]',
};

const p = (template: string) => phrase(M, template);

/** Several patterns as one: each alternative reads on its own line. */
const anyOf = (...patterns: RegExp[]) => new RegExp(patterns.map((r) => r.source).join('|'));

/** A joke said as one (laughter, "es broma"), but not "no es broma". */
const JOKE =
  /^(?!.*\b(?:bueno no tanto|no tanto|no tan jaja|la neta no tan|la neta si|pero en serio|ahora en serio|no,? en serio|ya en serio|va en serio|fuera de bromas?|hablando en serio|lo pienso (?:mucho|seguido|todo el tiempo))\b)(?!.*\bno (?:es|era|estoy|lo digo) (?:una |en )?(?:broma|chiste|joda|coto|talla|choro|bromeando|jugando|de broma|de chiste))(?=.*(?:\bjaj|\bjej|\bjsj|\bxd+\b|\blol\b|\blmao\b|😂|🤣|😹|😆|(?<!no )\bes (?:broma|chiste|joda|coto|un decir|una forma de hablar|un modo de hablar)\b|\((?:es )?(?:chiste|broma|un decir)\b|(?<!no (?:es |estoy )?)\b(?:bromeando|de broma|de chiste|de joda|de cotorreo)\b))/;

/** Idioms of exaggeration: "morirme de la verguenza", "muerta de risa". */
const HYPERBOLE =
  /\b(?:de|del|por la|de la|de tanta|de tanto) (?:risa|verguenza|pena|hambre|sueno|calor|frio|ganas|amor|envidia|aburrimiento|cansancio|nervios|ternura|celos|emocion|felicidad|gusto|sed|curiosidad|asco|miedo|susto|cringe|ansias|la risa|la verguenza|la pena|la emocion|los nervios|la ansiedad|los celos|el susto|el miedo|el calor|el frio|el hambre|el sueno|el aburrimiento|el cansancio|un disgusto|un coraje|un sofocon|un berrinche|disgustos|corajes)\b|\bde (?:lo|tan) (?:ric[oa]|riquisim[oa]|sabros[oa]|delicios[oa]|buen[oa]|buenisim[oa]|lind[oa]|bonit[oa]|hermos[oa]|precios[oa]|tiern[oa]|bell[oa]|chistos[oa]|gracios[oa]|divertid[oa]|adorable|genial|espectacular)s? (?:que|q)\b(?![^.]{0,40}\b(?:sin mi|la vida|vivir|este mundo|mejor sin|nadie)\b)/;

/** A trivial alternative: "prefiero morir antes que ir a la reunion". */
const TRIVIAL =
  /\b(?:antes (?:que|de)|(?:antes|mejor) muert[oa] que)\b(?! (?:aguantar|soportar|enfrentar|ver) (?:las miradas|a (?:todos|la gente|mis companeros))| dar la cara| volver a (?:salir|ver a))[^.]{0,50}\b(?:reunion|examen|clase|fiesta|boda|gym|gimnasio|dentista|cumple\w*|karaoke|partido|oficina|zoom|junta|suegr\w*|lunes|misa|cola|fila|tramite|banco|presentacion|pescado|brocoli|reggaeton|camiseta|equipo|bailar|cantar|votar|madrugar|ejercicio|correr|ponerme|hinchar|cocinar|lavar|planchar|limpiar|comer|ver|escuchar|usar|trabajar un|pagar|ir)\b/;

/** A risk word as the subject of study, work, a title, or a charity. */
// A course or a workshop that names where someone is from ("mi amiga del taller", "un compañero del
// curso") is not the topic of what they said.
const TOPIC =
  /\b(?<!\b(?:amig[oa]s?|companer[oa]s?|chic[oa]s?|profe\w*|gente|alguien|uno|una|senor[a]?) (?:del|de la|de mi|de nuestro|de nuestra|de el) (?:\w+ ){0,3})(?:la palabra|el termino|the word|a real word|counts as a (?:real )?word|escuadron|squad|pelicula|peli|serie|libro|novela|cancion|documental|taller|curso|charla|capacitacion|seminario|conferencia|ponencia|tesis|tesina|investigacion|articulo|ensayo|estadisticas?|tasas?|prevencion|campana|voluntari\w*|soy psicolog[oa]|frases como|ejemplos de frases|senales de alerta|para (?:profesores|docentes|padres|alumnos)|linea de (?:ayuda|crisis|prevencion)|carreras? suicidas?|mision suicida|clavados? suicidas?|kamikaze|cultura general|materia|clase de|clases? (?:sobre|acerca de)|(?:evaluaci\w+|valoraci\w+|escalas?|tamizaje|entrevista)(?: \w+)? de(?:l)? riesgo|casos (?:inventados|ficticios|simulados)|(?:hacer|hice|haciendo|hacia|toco hacer) de (?:paciente|consultante|usuari[oa]|victima|herid[oa]|suicida)|simulacros?|simulacion|thriller|novela negra|el asesino|la asesina|para que parezca|(?:induccion|instigacion|auxilio|ayuda|cooperacion|inducir|instigar) al suicidio|derecho penal|codigo penal|(?:para|como|a) (?:evaluar|valorar|medir|tamizar) (?:el )?riesgo|role ?play|juego de roles|naloxona|narcan|algospeak|eufemismos?|en vez de (?:decir )?suicidio|hago (?:mis )?practicas|practicante|monografia|podcast|periodis\w*|reportaje|cifras? de|noticia|protocolo|guia|primeros auxilios|club de lectura|prevenir (?:los )?suicidios|evitar (?:los )?suicidios|la trama|el argumento|guion|guionistas?|(?:retratar|representar|mostrar|narrar|filmar) (?:el |un )?suicidio|detectar|identificar|hablaron (?:mucho )?de|hablamos de|aprend\w+ a (?:preguntar|detectar|identificar|reconocer|acompanar)|(?:como|a|que) preguntar (?:\w+ )?si (?:alguien|una persona|la persona|el paciente|un alumno|tu amig[oa]))\b/;

/** Everyday accidents: a kitchen knife, paper, the iron, a game. */
const ACCIDENT =
  /\b(?:levantando|cargando|en la obra|en el gym|en el gimnasio|entrenando|jugando (?:al|a la|futbol|basquet)|cocinando|picando|pelando|cortando (?:cebolla|pan|verdura|tomate|carne|papas)|con (?:un|el|una) (?:papel|hoja|cuchillo de cocina|lata|abrelatas|rallador)|un papel|la hoja(?! (?:de|del) (?:\w+ )?(?:maquin\w*|afeitar|sacapuntas|cutter|cuter|gillette|bisturi|navaja))|afeitando(?:me)?|rasurando(?:me)?|depilando(?:me)?|la plancha|el horno|la estufa|friendo|horneando|hirviendo|(?:el|con) aceite|agua hirviendo|el vapor|lavando (?:los |las )?(?:platos|trastes|vasos|copas|loza)|fregando|arreglando|reparando|armando|el barniz|la pintura|construyendo|con la sierra|el serrucho|el pulgar|zarzas?|cactus|la huerta|el jardin|jardineando|podando|(?:del|al|en el) horno|la bandeja|haciendo (?:pan|galletas|la comida|la cena|el almuerzo)|se (?:me )?(?:rompio|cayo) (?:un|el|la|una) (?:vaso|plato|copa|botella|espejo|ventana)|la parrilla|el asador|el comal|la tetera|la cafetera|la pava|(?:el|la|un|una) (?:mandolina|licuadora|procesadora|pelapapas|pelador)|la yema del dedo|abriendo (?:\w+ )?(?:cajas?|paquetes?|bolsas?|latas?|sobres?)|gajes del oficio|en el laboratorio|crossfit|calistenia|subida de cuerda|escalando|soldando|el escape|la olla|el sarten|la sarten|el sol|en la playa|sin querer|por accidente|accidentalmente|jugando|entrenando|con la bici|en (?:la )?bici(?:cleta)?|patinando|en (?:la )?patineta|en el gym|en el gimnasio|en el partido|futbol|me cai|me tropece|la puerta|la mesa|el mueble|el pelo|el cabello|el flequillo|la barba|las unas|las puntas|el dedo|la mano cocinando|mi gato|el gato|el perro|mi perro|el rosal|los rosales|podar (?:el|los|la|las) \w+|espinas|con la rama|contra la esquina|una esquina)\b/;

/** An accident, unless the words say it was meant: "me apoye la plancha en la pierna, a proposito". */
const ACCIDENT_UNMEANT = new RegExp(
  `^(?!.*\\b(?:a proposito|adrede|para sentir|para castigarme|para no (?:sentir|pensar|llorar)|hasta sangrar|hasta que (?:me )?sangr\\w+)\\b)(?=.*(?:${ACCIDENT.source}))`,
);

/** A writer, character or artist whose death is known, named as a topic: "pensando en virginia woolf". */
const KNOWN_DEATH =
  /\b(?:virginia woolf|woolf|alfonsina(?: storni)?|storni|sylvia plath|plath|anna karenina|karenina|ofelia|madame bovary|bovary|romeo y julieta|kurt cobain|cobain|van gogh|las horas|werther)\b/;

/**
 * Internet slang for suicide ("kms", "ctb", "unalive") inside an English sentence: the English rules and their
 * guards read it ("this raid is making me want to kms"), not "ya no puedo, kms en serio".
 */
const ENGLISH_SLANG =
  /^(?=.*\b(?:kms|ctb|unalive\w*)\b)(?!.*\b(?:que|de|del|el|la|los|las|y|en|lo|mi|mis|ya|es|por|con|para|pero|porque|cada|esto|esta|estoy|quiero|ganas|una?|al|se|te|le|nos|tengo|hoy|todo|nada|vez|otra)\b)(?=.*\b(?:the|this|that|is|are|to|my|in|going|and|of|it|i|you|want|wanna|gonna|making|so|just|after|with|why|such)\b)/;

/** What is injected, when it is unnamed or lethal: "inyectarse algo", "inyectarme toda la insulina". */
const INJECTED =
  '(?:algo|todo|tod[oa]s? (?:el|la|los|las) \\w+|una dosis (?:alta|letal|enorme|grande|de caballo)|(?:una )?sobredosis|aire|(?:cloruro de )?potasio|morfina|fentanilo|propofol|midazolam|pentobarbital|ketamina|(?:\\w+ ){0,2}de mas|lo que (?:sobro|sobra|queda|quedo|hay|habia))\\b';

/** An injection for care, looks or training: "inyectarse algo para la migrana", "algo para bajar de peso". */
const INJECTED_CARE =
  /\binyectar(?:me|se)? (?:con )?algo (?:para|pa|contra) (?:el|la|los|las|su|mi|sus|mis)? ?(?:dolor|migrana|fiebre|nauseas?|vomito|alergias?|resaca|gripe|rodilla|espalda|articulaciones|hinchazon|inflamacion|asma|bajar de peso|adelgazar|el gym|musculo|masa muscular|arrugas|labios|ojeras)\b|\b(?:vitaminas?|b12|botox|hialuronico|colageno|hormonas|testosterona|estrogenos|esteroides|anabolicos|ozempic|semaglutida|vacunas?|anticonceptivo|fertilidad|tratamiento de fertilidad)\b/;

/** Taught, as a skill: "nos ensenaron que hacer si alguien dice que se quiere matar". */
const TAUGHT =
  /\b(?:(?:nos|les|me) (?:ensenaron|explicaron|ensenan|explican|entrenaron|capacitaron|mostraron)|(?:practicamos|practicaron|ensayamos|ensayaron|repasamos|aprendimos|aprendieron|simulamos)) (?:\w+ ){0,2}(?:que hacer|como (?:actuar|responder|ayudar|reaccionar|acompanar|preguntar|atender)) (?:si|cuando|ante)\b/;

/** A video game: "en el fortnite me tire del puente", "modo dificil del dark souls". */
const GAME =
  /\b(?:fortnite|minecraft|gta|roblox|free fire|warzone|call of duty|videojuegos?|el juego|la partida|gane la partida|la play|playstation|xbox|nintendo|dark souls|elden ring|zelda|mario|los sims|mi personaje|mi avatar|modo (?:dificil|historia|solitario)|creepers?|hardcore|respawn|granada)\b/;

/** Dying over and over in a game: "mori como 200 veces en el jefe final, me queria tirar por la ventana". */
const GAME_DEATHS =
  /\b(?:mori|me mataron|me murio el personaje) (?:como |unas |mas de |casi )?\d+ veces\b|\b(?:jefe final|boss final|speedrun|hollow knight|silksong|cuphead)\b/;

/** A move abroad: "nos vamos a vivir a Canada", "antes de emigrar", "manana vuelo a Lima" (a place, not a verb). */
const ABROAD =
  /\b(?:emigr\w*|al extranjero|al exterior|(?:a|en|de) otro pais|(?:me|nos|se) (?:voy|vamos|van|va) a vivir|vamos a vivir|(?:me voy|nos vamos|se va|se van|irme|irnos|mudarme|mudarnos|vuelo|volamos|viajo|viajamos) (?:a|para|pa) (?!\w+(?:ar|er|ir)(?:me|se|te|nos|lo|la|los|las)?\b)(?!(?:el|la|los|las|un|una|otro|otra|mi|casa|dios|ir|a)\b)[a-z]+|(?:trabajar|vivir|estudiar) (?:a|al|en) (?!(?:el|la|los|las|un|una|otro|otra|mi|casa)\b)[a-z]+|de intercambio|erasmus)\b/;

/** Someone else's crisis met at work: "como paramedico vi a un hombre que...", "atendimos a un chico que...". */
const AT_WORK =
  /\b(?:(?:un|una|el|la|mi) paciente (?:\w+ ){0,3}(?:llego|vino|entro|ingreso|consulto|se presento) con (?:ideacion|ideas|pensamientos|un intento|intento)|(?:entro|entraron|ingreso|ingresaron|llego|trajeron|tuvimos|recibimos) (?:\w+ ){0,2}(?:intentos?|casos?|pacientes?|sobredosis) (?:de|por)|(?:entro|entraron|ingreso|ingresaron|llego|llegaron|trajeron) (?:\w+ ){0,4}con (?:una )?sobredosis\b[^.]{0,60}\b(?:lo|la|le|les|los|las) (?:lavamos|estabilizamos|intubamos|atendimos|hicimos|pasamos|derivamos)|atendi a|atendimos a|(?:atendi|atendimos|recibimos|llegaron) (?:\w+ ){0,2}(?:intentos?|casos?|pacientes?|sobredosis)\b|en mi turno|de turno|en la guardia de hoy|como (?:medic[oa]|enfermer[oa]|paramedic[oa]|psicolog[oa]|bomber[oa]|policia|rescatista|farmaceutic[oa]|socorrista) (?:\w+ )?(?:vi|atendi|atendimos|me toco|tuve|recibi|recibimos|llego))\b/;

/** A title next to its quotation marks: a book, a song, a film ("la cancion "Quiero morir""). */
const TITLE =
  /\b(?:libro|cancion|pelicula|peli|serie|novela|disco|album|poema|tema|obra|documental|leyendo|escuchando|escuche|escucho|escuchamos|pusieron|sono|canta|cantaba|cantamos|vimos|vi)\b[^."«']{0,20}["«']|["»'][^.]{0,20}\b(?:de (?:un|una|el|la) (?:autor|autora|banda|grupo|cantante|director|directora)|(?:muy )?buen (?:libro|tema|disco)|me encanta)\b/;

/** Sleeping long, not dying: "dormir para siempre este domingo", the spell in a fairy tale. */
const SLEEP_IN =
  /\bdormir pa(?:ra|'?) siempre (?:este|el|hoy|manana|todo el) (?:domingo|sabado|finde|fin de semana|feriado)\b|\b(?:hechizo|bella durmiente|blancanieves|cuento de hadas|princesa)\b/;

/** One's own venting after a bad day, retold: "llegue a casa diciendo que me queria morir, que renunciaba a todo". */
const VENTED =
  /\bllegue (?:a (?:casa|mi casa)|del (?:trabajo|laburo|curro|la oficina)) (?:\w+ ){0,2}diciendo\b(?![^.]{0,80}\b(?:pastillas|soga|cuchilla|navaja|me corte|en serio|de verdad|literal)\b)/;

/** The writer saying what earlier quoted words meant: "'acabar con todo' era cerrar la ferreteria de mi papa". */
const CLARIFIED =
  /["'«][^"'»]{2,40}["'»],? (?:era|eran|fue|significaba|queria decir|lo (?:dije|decia|escribi) (?:por|de|sobre))\b(?! (?:en serio|de verdad|literal\w*|lo que (?:quiero|queria|siento|sentia|pienso|pensaba)|mi (?:plan|idea)|real|cierto|verdad|una despedida|un adios)\b)/;

/** A question answered no: "me pregunto si habia pensado en suicidarme, y le dije que no". */
const DENIED =
  /^(?!.*\b(?:pero|aunque|no se|creo|todavia|por ahora|hoy)\b).*\bni (?:se me pasa|me pasa|se me cruza|se me ha pasado) por la (?:cabeza|mente) (?:matarme|suicidarme|quitarme la vida|hacerme dano)\b|\b(?:me|le|nos) pregunt\w+ si\b[^.]{0,60}\b(?:le|les|te) (?:dije|conteste|respondi) que no\b(?![^.]{0,30}\b(?:pero|aunque|mentira)\b)/;

/** A slang word for suicide quoted as a word that was moderated or explained: "alguien escribio 'unalive' y el bot lo borro". */
const QUOTED_WORD =
  /["'«](?:unalive\w*|kms|ctb|sewerslide|suicide|suicidio)["'»][^.]{0,60}\b(?:bot|moderaci\w+|moderador\w*|censur\w+|significa|significan|se dice|en vez de|mean|means|meant|stands? for)\b|\b(?:la palabra|el termino|se dice|decir|significa)\s+["'«](?:unalive\w*|kms|ctb|sewerslide|suicide|suicidio)["'»]/;

/** A phrase named as a joke or a saying, in quotes: "el chiste de 'me tiro por la ventana' ya me canso". */
const QUOTED_SAYING =
  /\b(?:chiste|broma|frase|expresion|dicho|meme|muletilla)s? (?:de|del|tipo|como) ["'«][^"'»]{2,40}["'»](?![^.]{0,60}\b(?:ya no es (?:un )?(?:chiste|broma)|en serio|de verdad|lo pienso|lo voy a hacer)\b)/;

/** A slang word named as what people write online: "en tiktok dicen unalive para que no les borren los videos". */
const ALGOSPEAK_TALK =
  /\b(?:en (?:tiktok|redes|internet|youtube|instagram|twitter)|la gente|los creadores|tiktokers|youtubers|streamers)\b[^.]{0,30}\b(?:dicen|usan|ponen|escriben)\b[^.]{0,15}\b(?:unalive\w*|des-?vivir\w*|sewerslide|autoeliminar\w*)\b|\bpara que no (?:les|te|me|nos) (?:borren|censuren|baneen|tumben|bajen)\b/;

/** Prayer for everyone at risk, not a person: "el cura pidio que oremos por las personas que piensan en quitarse la vida". */
const PRAYER_FOR_ALL =
  /\b(?:rez\w+|oremos|oramos|orar|oro|oracion|pedimos|pido|pidio|misa) (?:\w+ ){0,2}por (?:las personas|la gente|quienes|los que|las que|todos los que|todas las personas|las familias|aquellos)\b/;

/** Nearly killed in an accident: "casi se mata en la moto por ir mirando el cel". */
const ACCIDENT_NEAR =
  /\b(?:casi|por poco) se (?:mata|mato|muere|murio)\b (?:en (?:la|el|una|un) (?:moto|bici|bicicleta|carro|auto|coche|carretera|ruta|autopista|avenida|calle|curva|escalera|piscina|pileta|alberca|playa|rio|mar|trabajo|obra|cancha|partido)|por (?:ir|andar|manejar|correr|no|culpa|un|una|el|la)|al (?:caer|manejar|cruzar|bajar|subir|resbalar)|con (?:la|el|una|un) (?:moto|bici|carro|auto|coche|patineta|escalera|cuchillo|espina))\b/;

/** An insurance clause, not a person: "reclamos de polizas cuando el asegurado se suicida". */
const INSURANCE =
  /\b(?:polizas?|el asegurado|la asegurada|los asegurados|aseguradoras?|periodos? de carencia|siniestros?|reclamos? de (?:seguros?|polizas?))\b/;

/** A comedy bit on stage: "en el stand up hice el bit de mi abuela que se queria morir". */
const COMEDY =
  /\b(?:stand ?up|standup|el bit|un bit|monologo|sketch|open mic|show de comedia|comediante|mi rutina de comedia)\b/;

/** A farewell with food and guests: "me despido de todos el sabado con una paella, venid". */
const FAREWELL_PARTY =
  /\b(?:con|y) (?:una|un|unas|unos) (?:paella|comida|comidita|cena|fiesta|asado|carne asada|parrillada|pizzas?|carrete|pachanga|reunion|brindis|merienda|barbacoa|torta|pastel|chelas|cervezas|almuerzo|desayuno|convivio)\b|\bme regalaron\b|\bvenid\b|\b(?:estan|estais|quedan|quedais) (?:tod[oa]s )?invitad[oa]s\b/;

/** An everyday mishap: "perdi el bus", "se me olvido el cargador", "deje las llaves adentro", "me quede afuera". */
const MISHAP =
  '(?:(?:olvide|perdi|se me (?:olvid|cay|qued|perd|escap|fu)\\w*) (?:\\w+ ){0,2}(?:las llaves|la llave|el celular|el cel|el telefono|el movil|la billetera|la cartera|el bus|el colectivo|el micro|el camion|el tren|el vuelo|el metro|el avion|la combi|la tarjeta|el pasaporte|el paraguas|el cargador|los lentes|las gafas|la tarea|el archivo)\\b|deje (?:\\w+ ){0,2}(?:las llaves|la llave|el celular|el cel|la billetera|la cartera|la tarjeta|el cargador) (?:adentro|dentro|en (?:casa|el|la|mi))\\b|me (?:quede|deje) (?:afuera|fuera|encerrad[oa]))';

/**
 * Someone else's affairs left in order before a death already told: "mi abuela dejo todo ordenado
 * antes de morir", "mi padrino tenia todo arreglado cuando fallecio" (the funeral, the will are theirs).
 */
const DECEASED_ORDER =
  /\b(?:mi|su|nuestr[oa]) (?:abuel\w+|bisabuel\w+|mama|papa|madre|padre|ti[oa]|suegr[oa]|padrino|madrina|viej[oa]|nona|nono|tata)\b (?:\w+ ){0,3}(?:dejo|habia dejado|tenia|tuvo) (?:todo|sus cosas|sus papeles|sus asuntos|sus cuentas) (?:\w+ )?(?:ordenad[oa]s?|ordenadit[oa]s?|en orden|arreglad[oa]s?|arregladit[oa]s?|list[oa]s?|organizad[oa]s?|previst[oa]s?)\b[^.]{0,30}\b(?:antes de (?:morir|fallecer|partir|irse)|(?:cuando|y|antes de que) (?:murio|fallecio|se murio|partio|se fue|muriera|falleciera))\b/;

const RULES: readonly RiskRule[] = [
  {
    id: 'es.third-goodbye-quoted-to-me',
    category: 'explicit',
    // A goodbye someone wrote to the writer, quoted: "anoche me mando 'esta es mi ultima noche, te quise'".
    // The verb says someone else wrote it, even with no name before it.
    pattern:
      /\b(?:me|nos) (?:escribio|mando|dejo|puso|dijo|grabo|texteo)\b(?: \w+){0,3},? ["'«][^"'»]{0,60}\b(?:(?:esta es|es) mi ultima noche|(?:este es|es) mi ultimo dia|este es mi adios|adios pa(?:ra|'?) siempre|ya no voy a estar|perdon por todo|cuid(?:a|en|ate) (?:a|de) mis?)\b(?! (?:en|de|del|con|aqui|aca|libre|como|antes|sin|trabajando)\b)/,
    unless: anyOf(
      JOKE,
      ABROAD,
      /\b(?:se acabo|terminamos|cortamos|me dejo|me termino|la relacion|ya no somos|renunci\w*|trabajo|mudanza|viaje)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.third-means-ready-said',
    category: 'explicit',
    // Someone else says the means are ready: "dice que ya tiene la pistola lista".
    pattern:
      /\b(?:dice|dijo|decia|escribio|me (?:dijo|conto|escribio|mando)|cuenta|conto)\b[^.]{0,60}\b(?:tiene|ya tiene|compro|consiguio) (?:el|la|las|los|un|una) (?:arma|pistola|escopeta|revolver|soga|cuerda|pastillas|veneno|cuchilla|navaja) (?:list[oa]s?|preparad[oa]s?|cargad[oa]s?|a la mano)\b/,
    unless: anyOf(
      JOKE,
      GAME,
      /\b(?:caza|cazar|campo de tiro|tiro deportivo|club de tiro|temporada|de juguete|airsoft|paintball|camping|obra|mudanza|para el viaje)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.third-farewell-account-gone',
    category: 'indirect',
    // Someone else posting a goodbye and then deleting their account: "un chico del grupo escribio
    // 'me despido de todos' y cerro su perfil".
    pattern:
      /\b(?:puso|escribio|publico|posteo|subio|mando|dejo)\b[^.]{0,80}\b(?:adios a (?:todos|todas|todes)|ya no voy a estar|me despido (?:de todos|de todas|de ustedes|para siempre)|gracias por todo|no me busquen)\b[^.]{0,80}\b(?:y|despues|luego|al rato) (?:borro|elimino|cerro|desactivo|dio de baja|se salio de) (?:su|la|el) (?:cuenta|perfil|usuario|canal|server|servidor|grupo|insta|face)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:cambi\w+ (?:de (?:numero|cuenta|cel|celular|usuario|server|servidor)|a otr[oa])|(?:nueva|otra) cuenta|se (?:muda|mudo|va) (?:a|de)|otro (?:server|servidor|grupo)|se cambio|por (?:el|la|los) (?:hate|acoso|spam|trabajo|examen|examenes))\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.third-means-kept-until',
    category: 'indirect',
    // Someone else keeping drugs "in case one day they can't take it": "lleva meses juntando ampollas en
    // su locker, por si un dia no aguanta".
    pattern: p(
      '\\b(?:lleva|llevaba|anda|andaba|esta|estaba|sigue|seguia|ha estado|habia estado) (?:\\w+ ){0,2}(?:guardando|juntando|acumulando|escondiendo|apartando|sacando|robando) (?:\\w+ ){0,3}(?:viales|ampollas|ampolletas|{MEANS})\\b[^.]{0,80}\\bpor si (?:\\w+ ){0,3}no (?:aguanta|aguantaba|puede mas|podia mas|soporta|soportaba)\\b',
    ),
    unless: JOKE,
    about: 'other',
  },
  {
    id: 'es.third-goodbye-told-bare',
    category: 'indirect',
    // Someone else's goodbye reported after a colon without quotes: "me dijo: ya no los voy a
    // necesitar, cuidate mucho".
    // (A colon ends a sentence: the reporting verb is read in the context.)
    pattern:
      /^(?:[^.]{0,40} )?ya no (?:la|lo|las|los) voy a (?:necesitar|usar|ocupar)\b[^.]{0,40}\b(?:cuidate|cuidense|cuida a|cuidala|cuidalo|te quiero|adios)\b/,
    context:
      /\b(?:me|nos|le|les) (?:dijo|dice|escribio|mando|decia|contesto|respondio): (?:[^.]{0,40} )?ya no (?:la|lo|las|los) voy a (?:necesitar|usar|ocupar)\b/,
    unless: JOKE,
    about: 'other',
  },
  {
    id: 'es.third-asks',
    category: 'indirect',
    pattern:
      /\b(?:extranari\w+|echari\w+ de menos|notari\w+|importari\w+)\b[^.]{0,20}\bsi se (?:muriera|muere|matara|mata|fuera|desapareciera)\b|\bhabla (?:mucho |todo el tiempo |seguido |cada vez mas )?de (?:la muerte|morirse|matarse|suicidarse|desaparecer|irse pa(?:ra|'?) siempre)\b|\b(?:me preocupa|tengo miedo de|me da miedo|temo) que (?:mi |su )?(?:\w+ ){0,2}(?:se (?:haga dano|lastime|mate|suicide|corte|quite la vida|tire|haga algo)|haga (?:una locura|una tonteria|algo))\b|\b(?:cortes|cicatrices|heridas|marcas|quemaduras)\b (?:\w+ ){0,3}(?:en|de) (?:los|las|sus|su) (?:brazos?|munecas?|muslos?|piernas?|antebrazos?|panza|piel) (?:de|a) (?:mi|mis) \w+\b|\b(?:encontre|vi|hay) (?:una |unas |la |las )?(?:soga|cuerda|pastillas|navaja|cuchillas?|veneno|pistola|arma)\b[^.]{0,20}\b(?:en|bajo|debajo de) (?:el|la|su) (?:cuarto|cama|mochila|cajon|closet|ropero|colchon|almohada)(?: de (?:mi|mis) \w+)?\b/,
    unless: JOKE,
    about: 'other',
  },
  {
    id: 'es.third-more',
    category: 'explicit',
    pattern:
      /\bse (?:queria|quisiera|quiere|quiso) (?:morir|matar|suicidar|quitar (?:la vida|de en medio|del medio))\b|\b(?:quiere|queria|quisiera|dice que quiere) (?:dormir y no despertar|no despertar|desaparecer pa(?:ra|'?) siempre|morirse|irse con dios)\b|\bse (?:corta|cortaba|lastima|lastimaba|autolesiona)\s*$|\bse (?:quiere|va a|iba a|queria) quitar (?:de en medio|del medio)\b|\b(?:usarla|usarlo|la va a usar|lo va a usar|la quiere usar) (?:contra|en) (?:el|ella|si mism[oa])\b|\b(?:casi|por poco) se (?:mata|tira|ahorca|cuelga|corta las venas)\b/,
    unless: anyOf(
      JOKE,
      HYPERBOLE,
      AT_WORK,
      TITLE,
      /\b(?:pelo|cabello|unas|de risa|estudiando|trabajando|bici|moto)\b/,
      TAUGHT,
      ACCIDENT_NEAR,
      COMEDY,
    ),
    about: 'other',
  },
  // ── Explicit: looking up a method, in the first person ──────────────────
  {
    id: 'es.method-research',
    category: 'explicit',
    pattern:
      /\b(?:busque|he buscado|googlee|investigue|averigue|lei|estuve (?:buscando|viendo|leyendo|averiguando|investigando)|ando (?:buscando|viendo|averiguando)|me puse a (?:buscar|leer|averiguar))\b (?:en \w+ )?(?:\w+ ){0,2}(?:como|formas? de|maneras? de|metodos? (?:de|para)|que (?:pastillas|dosis|altura)|cuant[oa]s? \w+) (?:\w+ ){0,2}(?:matarse|matarme|suicidarse|suicidarme|ahorcarse|ahorcarme|colgarse|colgarme|morir|morirse|quitarse la vida|quitarme la vida|envenenarse|envenenarme|cortarse las venas|cortarme las venas|hacer un nudo|son mortales|es mortal|letal|no despertar|para morir)\b|\b(?:forma|manera|metodo|modo)s? (?:mas )?(?:menos dolorosa|rapida|facil|segura|efectiva|indolora|dulce|tranquila|limpia)s? (?:de|para) (?:morir|morirse|morirme|matarse|matarme|suicidarse|suicidarme|quitarse la vida|quitarme la vida|no despertar)\b|\bnudo de (?:horca|ahorcado)\b|\bque pasa si me tomo (?:\w+ ){0,2}(?:\d+|todas|todo el|un frasco|una caja|veinte|treinta|cuarenta|cincuenta|cien)\b|\bcuant[oa]s? (?:pisos|metros) (?:\w+ ){0,2}(?:para (?:morir|matarse|matarme|no sobrevivir)|son mortales|es mortal)\b/,
    unless: anyOf(
      TOPIC,
      JOKE,
      /\b(?:personaje|novela|pelicula|serie|escena|guion|historia que escribo|cuento|scouts|nautic\w*|velero|barco)\b/,
    ),
    about: 'self',
  },
  // ── Third party: the same acts in the third person ──────────────────────
  {
    id: 'es.third-kill-self',
    category: 'explicit',
    pattern: p(
      '\\b(?:{KILL_THEM})\\b|\\bse (?:quiere|va a|iba a|queria|quiso|intento|piensa|puede|podria|trato de|amenaza con|amenazo con|esta por) (?:matar|suicidar|autoborrar|quitar la vida|colgar|ahorcar|envenenar|tirar (?:de|del|desde|a|al|bajo|por) (?:un|una|el|la|las|los) (?:{PLACE})|pegar un tiro|dar un tiro|cortar|hacer dano|lastimar|unalive|desvivir|autoeliminar)\\b|\\bse (?:mata|suicida|va a quitar la vida)\\b|\\b(?:para cuando|cuando|hasta que|antes de que|el dia (?:en )?que|miedo (?:de )?que|temo que|no quiero que) (?:(?:ella|el|mi \\w+) )?se (?:mate|suicide|quite la vida|ahorque|cuelgue|envenene)\\b(?! (?:trabajando|estudiando|entrenando|de risa|en (?:la|el|esa|ese|su) (?:moto|carro|auto|coche|bici|ruta)))|\\bse (?:pega|pegaria|pegara|da|mete|metera) un (?:tiro|balazo|plomazo)\\b|\\b(?:quiere|quiso|intento|trato de|piensa en|pensando en|amenaza con|amenazo con|va a|anda pensando en) (?:morirse|morir|suicidarse|matarse|quitarse la vida)\\b|\\bse (?:esta|estaba|anda|sigue) (?:cortando|lastimando|haciendo dano|quemando|golpeando|autolesionando)\\b|\\bse (?:corta|corto|cortaba|lastima|lastimo|quema|quemo|quemaba|golpea|rasguna|autolesiona|autolesiono) (?:\\w+ ){0,2}(?:los|las|el|la|sus|su) (?:{BODY})\\b|\\bse (?:despidio|despide|esta despidiendo|estaba despidiendo)\\b|\\bdespidiendose\\b|\\b(?:me|nos|les|te) (?:llamo|escribio|hablo|mando un mensaje) (?:\\w+ ){0,2}para despedirse\\b|\\b(?:mi|su|tu) (?:{THIRD_KIN}) (?:\\w+ ){0,2}se (?:corto|corta|cortaba|lastimo|autolesiono|quemo)(?= (?:otra vez|de nuevo|anoche|ayer|hoy|a proposito|los|las|sus)\\b| y (?:me|no|nadie|nunca|ya|yo|lo|la|le|les|nos)\\b|\\s*[.,!]|\\s*$)|\\b(?:ya )?no quiere (?:vivir|seguir viviendo|seguir vivo|seguir viva|existir|despertar|estar aqui)\\b|\\b(?:se|ya se) (?:canso|cansa) de vivir\\b|\\bquiere (?:irse|ir) con dios\\b',
    ),
    unless: anyOf(
      QUOTED_WORD,
      TAUGHT,
      GAME,
      // A thing that is to die for: "la pizza esta para matarse".
      /\b(?:esta|estaba|estan|estaban|es) para (?:matarse|morirse)\b/,
      TOPIC,
      JOKE,
      TITLE,
      HYPERBOLE,
      ACCIDENT_UNMEANT,
      AT_WORK,
      /\b(?:enfermer[oa]|guardia|turno|paciente|atendi|atendimos|paramedic\w*|residente)\b/,
      /(?<!\bdesde )\bhace (?:\w+ ){0,2}(?:anos|meses|tiempo|decadas)\b|\b(?:se suicido|se mato|se quito la vida) (?:en|cuando|el ano|antes)\b/,
      // An insurance clause, not a person: "reclamos de polizas cuando el asegurado se suicida".
      INSURANCE,
      COMEDY,
      /\bse (?:(?:esta|estaba|anda|sigue) cortando|corta|corto|cortaba) (?:el|la|las) (?:pelo|cabello|unas|luz|leche|agua|internet|senal|llamada)\b/,
      // Messages that delete themselves: "el chat se va a autoborrar a las 24 horas".
      /\b(?:mensajes?|chat|fotos?|historias?|archivos?|whatsapp|telegram|snap\w*|el grupo|la cuenta|el canal|el video|el post)\b[^.]{0,30}\bse (?:va|iba|van|iban|puede|pueden) a? ?autoborrar\b/,
      // A family's goodbye to a pet or a dying relative: "la familia se despidio con mucha calma".
      /\b(?:veterinari\w*|eutanasia|dormir a (?:un|una|el|la|su|mi|nuestr[oa]) \w+)\b|\b(?:la familia|sus duenos|los duenos|todos|todas|sus hijos|sus nietos) se (?:despidio|despidieron|despide|despiden)\b/,
      /\bse (?:despidio|despide) (?:de (?:su|el) trabajo|del trabajo|de la empresa|de (?:la|su) oficina|con un beso|con la mano|hasta manana|hasta el lunes|y se fue a dormir)\b/,
      /\b(?:matarse|se mata) (?:estudiando|trabajando|entrenando|de risa)\b/,
      /\bse (?:va|fue|iba) (?:a vivir|de viaje|a estudiar|a trabajar|de intercambio|de vacaciones|de campamento|de excursion|de gira|de retiro)\b|\bse (?:muda|mudo|mudaba|mudara|jubila|jubilo)\b|\b(?:mudanza|mudarse)\b/,
      /\b(?:vivir|existir) (?:en|con|cerca|lejos|alla|aca|aqui|ahi|junt[oa]s)\b/,
      PRAYER_FOR_ALL,
      ACCIDENT_NEAR,
      // "unalive" in an English sentence: the English rules read it ("this essay makes me want to unalive").
      ENGLISH_SLANG,
      // Oneself named in the third person (es.self-third-person reads it): "esta servidora se despide para siempre".
      /(?:^|, )(?:esta|una) servidora?\b|(?:^|, )(?:el|la) que (?:te |les )?(?:escribe|habla)(?: esto| aqui| aca)?(?= (?:ya|se|no)\b)/,
    ),
    about: 'other',
    negationProof: true,
  },
  {
    id: 'es.third-inject',
    category: 'explicit',
    // Someone else thinking of injecting themselves with something (work gives access, so no work guard):
    // "una colega me conto que ha pensado en inyectarse algo al terminar el turno".
    pattern: new RegExp(
      `\\b(?:ha pensado|habia pensado|ha estado pensando|piensa|penso|pensaba|esta pensando|anda pensando|pensando|quiere|queria|quiso|intento|trato de|va a|iba a|amenaza con|amenazo con|tiene ganas de|le dan ganas de|hablo de|habla de|a punto de) (?:en )?inyectarse (?:con )?${INJECTED}|\\bse (?:quiere|queria|quiso|va a|iba a|piensa|penso|intento) inyectar ${INJECTED}`,
    ),
    unless: anyOf(JOKE, TOPIC, INJECTED_CARE),
    about: 'other',
  },
  {
    id: 'es.third-said',
    category: 'indirect',
    // Reported words: "dice que ya no puede mas", "anda diciendo que nada tiene sentido".
    pattern: anyOf(
      /\b(?:dice|dijo|decia|diciendo|escribio|puso|publico|subio|repite|anda diciendo|me dice|me dijo|me escribio|me conto|me mando)\b[^.]{0,60}\b(?:ya no (?:puede|aguanta|soporta) mas|no (?:puede|aguanta) mas|nada tiene sentido|(?:estamos|estan|estariamos|estarian|estaran) mejor sin (?:el|ella)|es una carga|(?:ya no )?(?:va a|iba a|quiere) ser una carga|no (?:va a|quiere) ser (?:una )?carga|nadie (?:lo|la) va a extranar|nadie (?:lo|la) extranaria|(?:ya )?esta list[oa]|se (?:quiere|va a|iba a|queria) ir pa(?:ra|'?) siempre|(?:esta noche|hoy|manana|pronto|ya) se apaga|quiere desaparecer|hoy es su ultimo dia|su ultimo dia|se acaba todo|termin\w* con (?:esto|todo)|acab\w* con (?:esto|todo)|no quiere (?:estar|seguir)|(?:esta|anda) (?:cansad[oa]|harta|harto|agotad[oa]) de (?:vivir|todo|luchar|existir)|ya vivio (?:suficiente|bastante|lo que tenia que vivir)|(?:se )?quiere (?:irse|ir) (?:ya|pa(?:ra|'?) siempre|de este mundo)|no (?:ve|encuentra|tiene) (?:otra |ninguna )?salida|(?:ya )?no tiene sentido nada|(?:ya )?no (?:puedo|aguanto|soporto|doy) mas|me quiero (?:morir|matar)|quiero morir(?:me)?|me voy a matar|no quiero vivir|nadie me va a extranar|adios a todos|es un (?:peso|estorbo|problema) para todos|no le importa a nadie|(?:se|lo) (?:quiere|va a) (?:matar|morir)|(?:somos|seriamos|estariamos) mejor(?:es)? sin (?:el|ella)|(?:va a|quiere|piensa|iba a) hacer (?:una locura|una tonteria|una estupidez|algo malo) (?:esta noche|hoy|manana|consigo)|(?:estamos|estan|estariamos|estarian|seriamos|serian|vivirian|viviriamos|estaran|seremos) (?:todos )?(?:mejor(?:es)?|mas felices|mas tranquil[oa]s|en paz) sin (?:el|ella)|ya (?:se )?quiere (?:ir|irse|morir|morirse|descansar)\b(?! (?:a|al|de|con|para|pa|en) (?!dios|diosito|el senor|el cielo)\w)|no merece (?:vivir|estar viv[oa]|existir)|(?:la vida|su vida|vivir|nada) no tiene sentido|(?:piensa|pensando) (?:mucho |todo el tiempo )?en (?:la muerte|morir(?:se)?|matarse)|no va a molestar mas|ya no (?:va|voy) a molestar mas|(?:vale|valdria|valia) mas muert[oa]|quiere irse con dios|que se (?:la|lo) lleve|para cuando llegue el momento|no le (?:ve|encuentra) (?:ningun )?(?:sentido|caso) a (?:nada|la vida|vivir|seguir)|(?:esta|anda) pensando en (?:desaparecer|morirse|matarse|irse pa(?:ra|'?) siempre)|le (?:gustaria|encantaria) desaparecer(?! (?:un|unos|unas|el finde|por|de vacaciones|del trabajo|de la oficina|de (?:la|esta) ciudad)\b)|(?:es|era|seria|fue) la ultima vez que (?:me|nos|les|te) (?:llama|escribe|habla|ve|llamaba|escribia|hablaba|veia)|(?:decidio|ha decidido|habia decidido|ya decidio|quiere|va a|iba a) irse (?:del todo|pa(?:ra|'?) siempre)|(?:esta|estaba|anda|andaba) (?:cansad[oa]|harta|harto|agotad[oa]) de (?:esta vida|la vida|su vida))\b/,
      /\b(?:dice|dijo|decia|escribe|escribio|pone|puso|manda|mando) (?:que )?(?:kms|ctb)\b/,
      // A note read out: "dice que nos quiere, que no es culpa nuestra y que ya no aguanta".
      /\b(?:dice|dijo|decia|escribio|puso)\b[^.]{0,40}\bque no es culpa (?:nuestra|de nadie|tuya|de ustedes)\b[^.]{0,20}\bque ya no (?:aguanta|puede|soporta)\b(?! (?:el|la|los|las|a|al|con|sin|tanto|tanta)\b)/,
      /\b(?:dice|dijo|decia|anda diciendo|repite)\b[^.]{0,40}\b(?:ya )?no tiene (?:para|por) que (?:vivir|seguir)\b|\b(?:dice|dijo|puso|escribio|publico|subio|mando)\b[^.]{0,40}\b(?:ya )?no (?:va|iba) a ser (?:un )?(?:problema|carga|estorbo|molestia) (?:de|para) nadie\b/,
    ),
    unless: anyOf(
      JOKE,
      HYPERBOLE,
      TAUGHT,
      /\b(?:trabajo|oficina|empresa|equipo|partido|calor|trafico|examen|dieta)\b/,
      VENTED,
      /\b(?:riendose|riendo|entre risas|en broma|su chiste|bromeando|se (?:rie|reia|rio) (?:cuando|mientras|al) (?:lo )?(?:dice|decia|dijo))\b/,
    ),
    about: 'other',
    negationProof: true,
  },

  {
    id: 'es.third-means',
    category: 'explicit',
    // Someone else's means: "tiene unas pastillas guardadas", "esconde las pastillas", "compro la soga".
    pattern: p(
      '\\b(?:tiene|tenia) (?:\\w+ ){0,3}(?:{MEANS}) (?:\\w+ ){0,2}(?:{HOARD})\\b|\\b(?:tiene|tenia) (?:{HOARD}) (?:\\w+ ){0,2}(?:{MEANS})\\b|\\b(?:esta|estaba|anda|andaba|sigue|va) (?:juntando|guardando|escondiendo|acumulando|ahorrando) (?:\\w+ ){0,2}(?:sus|las|los) (?:{MEANS})\\b|\\b(?:guarda|guardaba|esconde|escondia|escondio|junta|juntaba|acumula|acumulaba|consiguio) (?:\\w+ ){0,3}(?:{MEANS})\\b|\\bcompro (?:la|una) (?:soga|cuerda|pistola|escopeta|arma)\\b|\\b(?:{MEANS})\\b[^.]{0,60}\\bcuando (?:me|nos) (?:vio|vieron|escucho|escucharon|sintio) (?:\\w+ )?(?:la|lo|las|los) (?:guardo|escondio|tapo|guardaron|escondieron)\\b|\\b(?:{MEANS}) (?:\\w+ ){0,3}(?:{HOARD})\\b[^.]{0,30}\\b(?:de|en) (?:mi|su) (?:{THIRD_KIN})\\b|\\bse encerro\\b[^.]{0,40}\\b(?:cuchillas?|pastillas|navaja|soga|cuerda|arma|pistola|escopeta)\\b|\\b(?:las|los|la|lo) (?:esta|estaba|anda|va|sigue) (?:juntando|guardando|acumulando|escondiendo|ahorrando)\\b[^.]{0,40}\\b(?:por si|para cuando) (?:\\w+ ){0,3}(?:no aguanta|no aguante|no puede mas|no pueda mas|se cansa)\\b|\\b(?:lo|la|los|las) (?:tiene|guarda|esconde|junta)\\b[^.]{0,20}\\b(?:para cuando|por si) (?:\\w+ ){0,2}(?:ya )?no (?:aguante|aguanta|pueda mas|puede mas|soporte|soporta)\\b',
    ),
    unless:
      /\b(?:receta|botiquin|gripe|resfri\w*|alergia|dolor de cabeza|viaje|vacaciones|camping|mudanza|tendedero|ratas?|ratones|plaga|vencid[oa]s|jardin)\b/,
    about: 'other',
  },
  {
    id: 'es.third-affairs',
    category: 'indirect',
    pattern:
      /\b(?:regal(?:o|aba|ando)|reparti(?:o|endo)|se (?:deshizo|esta deshaciendo|deshace) de|(?:esta|anda) regalando|dio|dando) (?:casi )?(?:todas )?(?:sus cosas|su ropa|sus libros|su guitarra|sus pertenencias|sus discos|sus juegos|sus plantas|sus joyas|sus herramientas|sus ahorros|sus muebles|sus cuadros|lo poco que tiene|todo lo que tiene|su (?:perr|gat|mascota)\w*)\b|\b(?:me dijo|dice|dijo) que ya (?:estaba|esta) list[oa]\b(?! (?:para (?:ir|salir|el|la|los|las)|a))|\bestarian mejor con el seguro\b|\b(?:hizo|escribio|esta haciendo|redacto) (?:su|un|el) testamento\b|\b(?:le |les )?regalo (?:el|la|su) (?:perr\w*|gat\w*|mascota)\b|\b(?:me|nos|les) (?:dio|dejo|encargo|paso|mando|envio|compartio) (?:sus contrasenas|su perr\w*|su gat\w*|sus cosas)\b[^.]{0,40}\b(?:por si|para cuando|sin explicar|de repente|raro)\b|\b(?:regal(?:o|aba|ando)|reparti(?:o|endo)|se deshizo de|vendio) (?:todo su|todos sus|todas sus) \w+|\b(?:le|me|nos|les) (?:dio|dejo|entrego|regalo|paso) (?:las llaves|la llave) de (?:su|la|el) (?:moto|carro|auto|coche|camioneta|troca|camion|lancha)\b(?:[^.]{0,40}\b(?:por si acaso|por si|sin (?:decir|explicar)\w*|para siempre|ya no (?:la|lo) (?:va a|quiere))\b| a (?:mi|su|un|una) \w+)/,
    unless:
      /\b(?:mudanza|mudarse|se muda|se mudo|se va a vivir|minimalis\w*|antes de mudarse|jubil\w*|se retira|para que no haya (?:\w+ )?(?:problemas|lios?|quilombo|peleas)|notari\w*|abogad\w*|escriban\w*|(?:tiene|cumplio|con) (?:\d+|noventa|ochenta) anos|dejar (?:todo )?(?:claro|en orden|arreglado) (?:entre|para) (?:sus|los)|oculista|la vista|de noche|vend\w+|prest\w+)\b/,
    about: 'other',
  },
  {
    id: 'es.third-words-found',
    category: 'explicit',
    // Someone else's words of wanting to die, found written in their things: "le encontre en el cuaderno
    // 'quiero morirme'", "en su diario escribio 'me quiero matar'" (the card is the someone-you-know one).
    pattern:
      /\b(?:(?:le|les) (?:encontre|encontramos|descubri|descubrimos|vi|vimos|lei|leimos)\b(?: \w+){0,3} (?:en )?(?:su|sus|el|la|los|las)|(?:encontre|encontramos|descubri|descubrimos|vi|vimos|lei|leimos)\b(?: \w+){0,3} en (?:su|sus)) (?:cuaderno|cuadernos|diario|libreta|agenda|celular|cel|telefono|notas|pared|espejo|mochila|carpeta|hojas?|compu|computadora|escritorio|pupitre|brazo|mano)\b[^"'«.]{0,30}["'«][^"'»]{0,40}\b(?:quiero morir\w*|me quiero morir|me quiero matar|quiero matarme|matarme|suicid\w+|no quiero vivir|no quiero existir|ojala me muera|ya no puedo mas|quiero desaparecer|adios)\b/,
    unless: anyOf(JOKE, TOPIC),
    about: 'other',
  },
  // ── Explicit: the words for suicide ─────────────────────────────────────
  {
    id: 'es.suicide-word',
    category: 'explicit',
    // "suicidio", "suicida", "suicidar", "ctb", "kms", "sewerslide": a mention is risk unless a topic,
    // a title, or a death told in the past (grief).
    pattern:
      /\b(?:suicidio|suicidios|suicida|suicidas|(?<!\bse (?:quiere|queria|quiso|intento|va a|iba a|piensa|pensaba|trato de|puede|podria|quisiera) )suicidar|suicidarme|suicidandome|me suicido|me suicide|ideas? suicidas?|ideacion suicida|pensamientos suicidas|ctb|kms|unalive\w*|sewerslide|auto[- ]?eliminar\w*|auto[- ]?eliminacion|desvivirme|desvivir)\b/,
    unless: anyOf(
      // A topic or a title, unless the writer says they feel it: "me siento suicida desde que lei ese libro".
      new RegExp(
        `^(?!.*\\b(?:me siento|me he sentido|me sentia|estoy|ando|sigo) (?:muy |tan |bien )?suicida\\b)(?=.*(?:${TOPIC.source}))`,
      ),
      QUOTED_WORD,
      // Someone else saying it (es.third-said reads it): "mi amiga dice kms cada cinco minutos".
      /\b(?:dice|dijo|decia|escribe|escribio|pone|puso|manda|mando) (?:que )?(?:kms|ctb)\b/,
      // Calls answered on a crisis line: "atendi varias llamadas de gente con ideas suicidas".
      /\b(?:linea de (?:crisis|ayuda)|(?:atendi|atendimos|recibi|recibimos|conteste|contestamos) (?:\w+ ){0,2}llamadas)\b/,
      // Calls or cases counted on a shift, by the one who took them: "tuve turno, dos llamadas de riesgo
      // suicida", "hoy entraron tres casos con ideacion suicida" (not the writer's own words beside them).
      /^(?!.*\b(?:suicidarme|matarme|me quiero|yo tambien|mis? (?:ideas|pensamientos)|pienso en|ganas de)\b)(?=.*\b(?:\d+|una|un par de|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varias|muchas|varios|muchos) (?:llamadas|casos|consultas|chats|contactos|conversaciones|ingresos|atenciones) (?:\w+ )?(?:de|con|por) (?:alto )?(?:riesgo suicida|riesgo de suicidio|ideacion suicida|ideas suicidas|intentos? (?:de suicidio|suicidas?))\b)/,
      JOKE,
      AT_WORK,
      TITLE,
      /\b(?:despues de|tras|desde|antes de) su suicidio\b|\bsu suicidio hace\b|\bgrupo de (?:duelo|sobrevivientes)\b|\bsobrevivientes? (?:de|al|del) suicidio\b|\b(?:se suicido|se suicidaron|se quito la vida) hace\b|\b(?:perdi\w*|murio|fallecio|muerte|perdimos)\b[^.]{0,30}\bpor suicidio\b/,
      // Something reckless called suicide: "andar con esas llantas es un suicidio", "salir con esta tormenta seria un suicidio".
      /\b(?:andar|manejar|conducir|salir|ir|viajar|invertir|comprar|meterse|meterte|meterme|correr|nadar|subir|cruzar|bajar|jugar|eso|esto|esas? \w+|esos? \w+)\b[^.]{0,50}\b(?:es|seria|era|fue|sera|es como) (?:un |puro |todo un |un verdadero |un autentico |un acto de )?suicidio\b(?! (?:lento|mio))/,
      // Driving called suicidal: "unos adelantamientos suicidas", "esa forma de manejar es suicida".
      /\b(?:adelantamientos|rebases|maniobras|volantazos|cambios de carril|curvas) (?:\w+ )?suicidas\b|\b(?:forma|manera|modo) de (?:manejar|conducir|adelantar|rebasar) (?:es|era|fue|me parece) (?:\w+ )?suicida\b/,
      /\bsuicidio (?:laboral|profesional|social|politico|financiero|comercial|academico|deportivo|electoral|economico|culinario|de la moda)\b/,
      // How a death in a case came about, in question: "fue suicidio o homicidio?", "accidente o suicidio".
      /\b(?:suicidio|se suicido|se mato) (?:o|u|y no|no fue) (?:un )?(?:homicidio|asesinato|accidente|crimen|femicidio|feminicidio|(?:lo|la|los) mataron|(?:lo|la) asesinaron)\b|\b(?:homicidio|asesinato|accidente|crimen|femicidio|feminicidio|(?:lo|la) mataron) (?:o|u|y no|no fue) (?:un )?(?:suicidio|se suicido|se mato)\b/,
      /["«'][^"»']{0,40}\bsuicid\w*[^"»']{0,40}["»']|\b(?:sociologia|durkheim|camus|filosofia|literatura)\b/,
      /\bel suicidio de (?!mi |mis |un |una |nuestr)\w+|\b(?:leyendo|leer|lei|articulo|libro|estudio|escuche|vi un video|aprendiendo) (?:\w+ ){0,2}sobre (?:el )?suicidio\b(?![^.]{0,40}\b(?:porque|pensando|yo|me)\b)/,
      DENIED,
      // Suicides counted as news: "ahi ha habido varios suicidios", "mallas de seguridad en el puente".
      /\b(?:ha habido|hubo|habia habido|se registraron|casos de|ola de|numero de|cifras? de|varios|muchos|tantos|bajaron|subieron|aumentaron|disminuyeron) (?:\w+ )?suicidios\b|\b(?:noticiero|las noticias|el periodico|el diario)\b[^.]{0,60}\bsuicidios\b|\b(?:mallas|barreras|rejas|vallas) (?:de seguridad|antisuicidio|en el puente)\b/,
      ENGLISH_SLANG,
      // "kms" as mortification over a slip: "kms 😭 mande el meme al chat de la familia".
      /^(?=.*(?:😭|💀))(?=.*\b(?:kms|ctb)\b)(?=.*\b(?:meme|memes|sticker|chat|grupo|group|sent|mande|envie|verguenza|cringe|ridiculo|embarrass\w*)\b)/,
      // Prayer for others: "rezamos por las personas que piensan en el suicidio y por sus familias".
      /\b(?:rez\w+|oramos|oro|oracion|pedimos|pido|misa) (?:\w+ )?por (?:las personas|la gente|quienes|los que|las que|todos los que|todas las personas|las familias)\b/,
      /\b(?:no soy|no estoy|nunca fui|nunca he sido|no me siento) (?:una? )?suicida\b(?![^.]{0,30}\b(?:pero|aunque)\b)/,
      // Insurance and law: "una poliza con clausula de suicidio", "nos llamaron por un posible suicida".
      /\b(?:clausulas? (?:de|por) suicidio|exclusion (?:de|por) suicidio|polizas?|aseguradora|asegurad[oa]|siniestros?)\b|\b(?:posible|presunt[oa]|supuest[oa]) suicida\b|\bnos (?:llamaron|avisaron|mandaron|reportaron) (?:\w+ ){0,2}(?:por|de) (?:un|una) (?:\w+ )?suicid\w*/,
      // "Es un suicidio" + what would be reckless to do: "es un suicidio meterle mano sin bajar la luz".
      /\b(?:es|seria|era|fue|sera) (?:un|como un|casi un|un verdadero) suicidio (?:\w+(?:ar|er|ir)(?:le|lo|la|les|los|las|se|me|nos)?|con|sin|ir|salir)\b/,
      ALGOSPEAK_TALK,
      GAME,
      // A title known without quotes: "Las virgenes suicidas" (Coppola, Eugenides).
      /\b(?:las )?virgenes suicidas\b|\bvirgin suicides\b/,
      // A death staged to look like one: "un asesinato que hicieron pasar por suicidio".
      /\b(?:hizo|hicieron|hacer|hacerlo|hacerla|quisieron|querian) pasar por (?:un )?suicidio\b|\b(?:simul\w+|fingi\w+|disfraz\w+|mont\w+) (?:como )?(?:un |de )?suicidio\b|\b(?:asesinato|homicidio|crimen) (?:\w+ ){0,3}(?:como|por) (?:un )?suicidio\b/,
      /\b(?:granada|partidas?|server|respawn|killfeed|mi equipo perdio|perdimos)\b[^.]{0,60}\bme suicide\b|\bme suicide\b[^.]{0,40}\b(?:granada|sin querer|en la partida|en el juego|💀)/,
      /\b(?:entrenador\w*|entreno|entrenamiento|basquet|basket|baloncesto|futbol|voley|hockey|cancha|practica|gym|gimnasio|educacion fisica)\b[^.]{0,60}\bsuicidios\b|\bsuicidios\b[^.]{0,40}\b(?:entreno|entrenamiento|cancha|practica|piernas)\b|\b(?:hacer|hicimos|hacemos|nos puso|correr|corrimos) suicidios\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.kill-self',
    category: 'explicit',
    pattern: p(
      '\\b(?:{KILL_ME})\\b|\\bme (?:quiero|voy a|vas a|iba a|pienso|podria|quisiera|tengo que|dan ganas de|quise|queria|he querido|deberia|iria a|voy|estoy por|dieron ganas de|entran ganas de) (?:matar|suicidar|autoborrar|quitar la vida|quitar de en medio|quitar del medio|colgar|ahorcar|envenenar|pegar un tiro|dar un tiro|volar la cabeza|ahogar|desangrar|asfixiar|electrocutar|bajar (?:de|del) (?:este )?mundo|morir pa(?:ra|\\x27?) siempre|tirar (?:de|del|desde|a|al|bajo|por) (?:un|una|el|la|las|los) (?:{PLACE}))\\b|(?:^|\\b(?:yo|ya|hoy|asi|mejor|juro que|y|que|o|entonces|ahorita|ahora)) me mato\\b(?! (?:el|la|los|las|de|del|con|tu|su|sus|tus|ese|esa|este|esta|eso|esto|mi jefe|trabajando|estudiando|entrenando|a (?:trabajar|estudiar|entrenar)|por (?:ti|vos|usted|ella|el|ustedes)))|\\bme quito (?:de en medio|del medio|la vida)\\b|(?:^|, ?)me mato\\b(?! (?:de|con|a|por|el|la|los|las|trabajando|estudiando|entrenando)\\b)|\\b(?:el|este|esta|hoy|manana|pronto) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|noche|semana|mes)? ?me mato\\b(?! (?:de|con|a|por|trabajando|estudiando)\\b)|\\bsi (?:me )?(?:dejas|deja|dejan|abandonas|abandona|terminas conmigo|te vas|se va|me echan|me despiden|no vuelves|no vuelve) (?:\\w+ ){0,2}me mato\\b|\\bme mato (?:hoy|esta noche|manana|ya|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|este finde|de una vez)\\b|\\b(?:me voy a|me quiero|quiero|voy a|pienso|tengo ganas de|pense en) (?:meter(?:me)?|tirar(?:me)?|aventar(?:me)?|lanzar(?:me)?|atravesar(?:me)?|cruzar(?:me)?|poner(?:me)?) (?:debajo de|bajo|delante de|frente a|enfrente de) (?:un|una|el|la) (?:camion|tren|bus|auto|carro|coche|trailer|metro|colectivo|micro|rastra)\\b|\\b(?:voy a|quiero|pienso|me dan ganas de) (?:abrir (?:el|la llave del) gas|estrellar(?:me)? (?:el|mi|con el|con mi) (?:carro|auto|coche|moto))\\b|\\bdejar de respirar\\b|\\b(?:matame|mátenme) (?:ya|por favor|porfa)\\b(?! camion)',
    ),
    unless: anyOf(
      JOKE,
      CLARIFIED,
      QUOTED_SAYING,
      /\b(?:mi|su|tu) (?:mama|papa|madre|padre|vieja|viejo|jefe|jefa|novi[oa]|espos[oa]|marido|mujer|herman[oa]|profe|maestr[oa]|abuel[oa]|suegr[oa]|entrenador\w*) (?:\w+ )?me (?:queria|quiere|quiso|iba a|va a) matar\b/,
      /\bsin (?:ahogarme|asfixiarme)\b|\bahog\w* (?:subiendo|al subir|en las escaleras|corriendo|con el humo)\b/,
      TRIVIAL,
      SLEEP_IN,
      TITLE,
      HYPERBOLE,
      /\bahog\w* (?:en (?:un vaso de agua|trabajo|deudas|tareas|pendientes|helado|mis penas|alcohol|cerveza)|de (?:risa|calor|tanto))\b/,
      /\bmat(?:arme|ar|o) (?:\w+ )?(?:estudiando|trabajando|entrenando|corriendo|haciendo|limpiando|en el gym|en el gimnasio|en el curro|en la chamba|a estudiar|a trabajar|de (?:risa|hambre)|con (?:la|el|los|las) (?:tarea|examen|examenes|trabajo|dieta|gym|pesas|abdominales))\b/,
      /\bsi (?:me|mi) (?:mama|papa|madre|padre|vieja|viejo|jefe|jefa|profe) (?:se entera|ve|sabe)\b/,
      DENIED,
      // Something that overwhelmed: "me mato ese final del partido" (but not "me mato este domingo").
      /\bme mato (?:ese|esa|este|esta|eso|esto|el|la|lo|los|las|tu|su) (?!(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|fin|noche|semana|mes|ano|dia|momento|verano|invierno|tarde|manana|mismo|misma)\b)[a-z]+/,
      // A bad day at work, in the past imperfect: "se cayo el sistema y me queria pegar un tiro".
      /\b(?:se (?:cayo|colgo|trabo|rompio|murio) (?:el|la) (?:sistema|servidor|red|pagina|app|web|excel|compu|computadora|impresora)|curro|chamba|laburo|trabajo|oficina|jefe|jefa|cliente|clientes|reunion|junta)\b[^.]{0,50}\bme (?:queria|quise|daban ganas de|dieron ganas de) (?:pegar|dar|meter) un (?:tiro|balazo)\b(?![^.]{0,50}\b(?:de verdad|en serio|todavia|aun|literal\w*|tengo|escopeta|pistola|arma|revolver)\b)/,
      // Something that wore one out: "la rutina de pierna de hoy me mato", "esa clase de spinning me mato".
      /\b(?:rutina|clase|entreno|entrenamiento|jornada|caminata|subida|sesion|spinning|crossfit|pesas|cardio|zumba|pierna|piernas|turno|guardia|mudanza|maraton|partido|carrera)\b(?: \w+){0,4} me mato\b(?![^.]{0,40}\b(?:de verdad|en serio|literal)\b)/,
      GAME_DEATHS,
      // Angry at one's own slip: "me quiero matar de lo tonta que soy, deje las llaves adentro".
      /\bmatar(?:me)? de lo (?:tont|bob|mens|pendej|bolud|despistad|distraid|torpe|wey|guey|gil|sons|burr|brut|babos|tarad|zonz|lent)\w* que soy\b[^.]{0,30}\b(?:deje|olvide|perdi|se me (?:olvid\w+|cay\w+|pas\w+|qued\w+|quem\w+)|me (?:equivoque|confundi|encerre|quede afuera)|rompi|queme|las llaves)\b/,
      // An everyday mishap told as the reason, right beside the words: "me quiero matar, perdi el bus
      // y llego tarde", "olvide el cargador en la ofi, me quiero matar" (not with means or "en serio").
      new RegExp(
        `^(?!.*\\b(?:pastillas|soga|cuerda|cuchillas?|navaja|veneno|pistola|arma|puente|azotea|vias|en serio|de verdad|literal\\w*|ya no (?:puedo|aguanto)|todo|nada)\\b)(?=.*(?:\\bmatar(?:me)?,? (?:\\w+ ){0,2}${MISHAP}|${MISHAP}\\b[^.]{0,40}\\bme (?:quiero|voy a) matar\\b))`,
      ),
      // Stepping aside: "me quito de en medio para que hablen tranquilos".
      /\bquit\w* (?:de en medio|del medio)\b[^.]{0,30}\b(?:para que (?:puedan|hablen|ustedes|lo hablen|lo arreglen|se arreglen)|que ustedes|hablar tranquil\w*|se entiend\w*|no estorbar|de la (?:pelea|discusion|conversacion)|del (?:tema|asunto|pleito|chisme))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.want-die',
    category: 'explicit',
    pattern: p(
      '\\b(?<!\\bse )(?:me )?(?:{WANT}) (?:(?:ya|de verdad|en serio|realmente|literalmente|simplemente|nomas|solo|tanto|mucho|a veces|otra vez|de una vez|ahora|hoy|mejor|la verdad|neta|posta|wey|guey|tio|boludo|parce|weon) )*(?:{DIE})\\b|\\bme (?:quiero|quise|queria|he querido|habia querido|quisiera|dan ganas de|daban ganas de|entran ganas de|vienen ganas de) (?:\\w+ )?morir\\b|\\bmejor me muero\\b|\\b(?:cuando|si) (?:te|uno se) (?:quieres|quiere) (?:morir|matar)\\b|\\b(?:piensas?|pensar|quieres|quiere uno|ganas de|solo piensas) (?:es )?(?:en )?(?:matarte|morirte|suicidarte|colgarte|ahorcarte|quitarte la vida)\\b|\\b(?:a ver si|para ver si|haber si|ojala que|esperando que) (?:asi |de una vez |por fin )?me (?:muero|muera|voy tranquil[oa]|mata|matan|pasa algo|lleva)\\b|\\b(?:esperando|con la esperanza de|rezando por|rogando|pidiendo|deseando|a ver si|para ver si|haber si|ojala|con suerte) (?:que )?(?:asi |ya |por fin |de una vez |esta vez )?no (?:despertar(?:me)?|volver a despertar(?:me)?|despierto|despierte|despertara|amanecer|amanezco|amanezca|volver a abrir los ojos)\\b(?! (?:a|al|con|temprano|tarde|de madrugada|en la noche|hasta|antes|a tiempo)\\b)|\\b(?:quiero|quisiera|ojala|solo quiero) que (?:alguien |algo )?me (?:mate|maten|matara|mataran|matase)\\b|\\b(?:no tengo|ya no tengo|perdi|he perdido|sin|se me (?:fueron|quitaron|acabaron|van)|no me quedan|ya no me quedan|no siento|ya no siento) (?:\\w+ )?(?:las |mis )?ganas de (?:vivir|seguir viviendo|existir|seguir viv[oa])\\b|\\b(?:ya )?no quiero (?:estar|seguir) (?:mas )?(?:en este mundo|en esta vida|con vida|en la tierra)\\b|\\b(?:ya )?no quiero (?:estar|seguir) mas (?:aqui|aca)\\b|\\b(?:pienso|pensando|pense|he pensado|no dejo de pensar|no paro de pensar|no puedo dejar de pensar|solo pienso) (?:mucho |todo el (?:dia|tiempo) |siempre |cada vez mas |demasiado )?en (?:la muerte|mi muerte|morir|morirme)\\b(?! de (?:mi|su|el|la|los|las|un|una)\\b)|\\b(?:mejor|antes|prefiero estar|preferiria estar) muert[oa] que\\b(?! sencill)|\\bme (?:quisiera|queria|quiero|voy a) morir\\b|\\bojala (?:me muera|me muriera|me muriese|estuviera muert[oa]|estar muert[oa]|no existiera|no despertar|no despierte|no despertara|desaparecer|desapareciera)\\b|\\bquisiera estar muert[oa]\\b|\\b(?:prefiero|preferiria|mejor) estar muert[oa]\\b|\\bganas de (?:morir|morirme|estar muert[oa]|no estar|no existir|desaparecer pa(?:ra|\\x27?) siempre)\\b|\\b(?:ya )?no quiero (?:vivir|seguir viviendo|seguir vivo|seguir viva|estar viv[oa]|existir|seguir existiendo|despertar|despertarme|vivir mas|seguir aqui|seguir aca|estar aqui)\\b|\\bni quiero (?:vivir|existir|despertar)\\b|\\bganas de nada,? ni (?:de )?(?:vivir|existir|seguir viv[oa]|respirar)\\b|\\b(?:no tengo|sin) ganas ni de (?:vivir|existir|respirar)\\b|\\bestoy (?:tan |muy )?(?:cansad[oa]|harta|harto) de (?:vivir|estar viv[oa]|existir|seguir viv[oa])\\b|\\bme canse de vivir\\b',
    ),
    unless: anyOf(
      JOKE,
      CLARIFIED,
      QUOTED_SAYING,
      VENTED,
      /\bno es que (?:me )?(?:quiera|quisiera) (?:morir(?:me)?|matarme)\b(?![^.]{0,30}\b(?:pero|aunque|sino que|no se|es que)\b)/,
      /\bsi (?:no )?(?:sigo|dejo|bajo|hago|me cuido|cambio|como|duermo|fumo|tomo|bebo|continuo)\b[^.]{0,40}\bme voy a morir\b|\b(?:el|la|mi) (?:doctor|doctora|medic[oa]|cardiolog[oa]|nutriolog[oa]|nutricionista|endocrinolog[oa])\b[^.]{0,40}\bme voy a morir\b|\bme voy a morir (?:joven|de (?:un infarto|diabetes|cancer|un paro))\b/,
      // Worn out by a task: "me voy a morir estudiando", "me muero esperando el bus".
      /\b(?:me voy a morir|me muero|me moria|casi me muero|me voy a morir de tanto) (?:\w+ )?(?:estudiando|estudiar|trabajando|esperando|entrenando|corriendo|limpiando|haciendo (?:la|el|los|las) \w+|en (?:el|la) (?:examen|final|parcial|gym|gimnasio|turno|cola|fila|trafico))\b(?![^.]{0,30}\b(?:de verdad|en serio|literal\w*|ojala)\b)/,
      /\bme queria morir,? (?:era|fue|lo dije) (?:solo |nomas )?(?:por|de) (?:el|la|lo|un|una) \w+/,
      TITLE,
      HYPERBOLE,
      TRIVIAL,
      /\b(?:vivir|existir|estar) (?:en|con|cerca|lejos|alla|ahi|junt[oa]s|de alquiler|sol[oa] en)\b(?! (?:este mundo|esta vida|la tierra))|\b(?:vivir|estar) (?:aqui|aca) (?:en|con|de|por|porque|hoy|manana|esta noche|sol[oa]|mas tiempo|trabajando)\b|\b(?:estar|seguir) (?:aqui|aca),? (?:este|esta|ese|esa|en este|en esta|que) (?!mundo|vida)\w+/,
      /\bdespertar(?:me)? (?:temprano|a las|tan temprano|mañana|manana temprano|el lunes)\b/,
      /\b(?:cuando )?(?:se (?:me )?)(?:rompio|descompuso|cayo|quemo|perdio|murio|acabo|olvido) (?:el|la|mi|los|las) (?:\w+ )?(?:lavadora|celular|telefono|carro|auto|compu|computadora|tele|wifi|internet|cafe|pastel|torta|arroz|comida|pc|laptop|impresora|nevera|refri|heladera|luz|bateria|llaves|cartera|billetera)\b/,
      /\bcuando (?:se (?:me )?)?(?:rompio|descompuso|cayo|quemo|perdio|murio|acabo|fue) (?:el|la|mi|los|las) (?:\w+ )?(?:lavadora|celular|telefono|carro|auto|compu|computadora|tele|wifi|internet|cafe|pastel|torta|arroz|comida|pc|laptop|impresora|nevera|refri|heladera|luz|bus|tren|metro|vuelo)\b/,
      /\b(?:pense|pensando|pienso|reflexion\w*) (?:\w+ )?en la muerte (?:porque|por|despues de|al ver|viendo)\b[^.]{0,30}\b(?:documental|pelicula|libro|serie|funeral|velorio|dia de muertos|noticia|clase|misa)\b/,
      /\bmorir(?:me)? (?:de viej[oa]|rodead[oa] de|en paz de viej[oa])\b|\bno me quiero morir sin\b|\bantes de morir(?:me)?\b/,
      // An exam not studied for: "manana tengo prueba de mate y me voy a morir, no estudie nada".
      /\b(?:tengo|hay|me toma\w*) (?:\w+ )?(?:prueba|examen|parcial|final|control|quiz|exposicion|oral)\b[^.]{0,40}\bme voy a morir\b(?![^.]{0,30}\b(?:de verdad|en serio|literal\w*|ojala)\b)|\bme voy a morir\b[^.]{0,15}\bno (?:estudie|he estudiado|repase|entiendo nada)\b/,
      // A moment's embarrassment, told in the past: "me queria morir ahi mismo".
      /\bme (?:queria|quise) morir (?:ahi|alli|aca|en ese) (?:mismo|momento|instante)\b(?![^.]{0,30}\b(?:todavia|aun|sigo|otra vez|de nuevo)\b)/,
      // A mishap in front of others, wished away after: "me hubiera querido morir cuando me cai en el escenario".
      /\bme (?:queria|quise|hubiera querido|hubiese querido|habria querido) morir(?:me)? (?:ahi |alli )?cuando (?:me (?:tropece|cai|resbale|equivoque|trabe|enrede|confundi|olvide|tire un pedo|eche un pedo)|se me (?:cayo|cayeron|salio|rompio|rompieron|olvido|escapo|trabo|trabaron))\b(?![^.]{0,60}\b(?:todavia|aun|sigo|otra vez|de nuevo|ojala|de verdad|en serio)\b)/,
      // Worn out by a run or a leg day: "en el km 25 queria morirme", "hice peso muerto, manana voy a estar muerta".
      /\ben el (?:km|kilometro|kilo) \d+ (?:me )?(?:queria|quise|quisiera|pense en)\b|\b(?:las piernas muertas|peso muerto|hip thrust|sentadillas|dia de pierna|leg day|agujetas)\b(?![^.]{0,40}\b(?:de verdad|en serio|literal\w*)\b)/,
      // A quip taken back at once: "prefiero morirme... bueno no, prefiero quedarme en casa".
      /\b(?:prefiero|preferiria|mejor) (?:morir(?:me)?|matarme)[.… ]*,? ?(?:bueno|ok|nah|naa|mentira|jaja),? no\b,? (?:prefiero|mejor|solo|nomas|mas bien)\b/,
      // An outburst quoted, with its trivial cause: "puse 'me quiero morir' en el grupo porque mi tia subio mi foto".
      /["'«][^"'»]{2,40}["'»] (?:en (?:el|la|mi) (?:grupo|chat|story|historia|estado)\b[^.]{0,30} )?porque (?:\w+ ){0,4}(?:subio|subieron|publico|publicaron|compartio|compartieron|enseno|ensenaron|mando|mandaron|reenvio|puso|pusieron) (?:mi|mis|una|la|el|un) (?:foto|fotos|video|videos|audio|audios|meme|captura)\b/,
      // A plain denial ("no quiero morir, quiero vivir"), unless hedged close by.
      /\b(?:no|nunca|jamas) (?:quiero|quise|he querido|deseo|pienso en|pense en|he pensado en|tengo ganas de|tuve ganas de|me quiero|me quise|me he querido) (?:morir|morirme|la muerte|estar muert[oa])\b(?![^.]{0,50}\b(?:todavia|aun|a veces|no se|creo|tanto|pero|aunque|ya|hoy|mas)\b)/,
    ),
    about: 'self',
    negationProof: true,
  },
  {
    id: 'es.end-it-all',
    category: 'explicit',
    // "acabar con todo", "terminar con esto", "ponerle fin a todo", "irme pa(?:ra|'?) siempre".
    pattern:
      /\b(?:acabar|terminar|acabarlo|terminarlo|terminarla|acabarla|poner fin|ponerle fin|ponerle punto final|cortar|dar fin) (?:con |a )?(?:todo|esto|esta vida|mi sufrimiento|el sufrimiento|mi dolor|todo de una vez|esto de una vez|todo ya|mi historia)\b(?! (?:lo que|lo de|el (?:trabajo|proyecto|tema|papeleo|informe|curso|libro|semestre)|la (?:tarea|comida|pizza|serie|temporada|botella)|los (?:pendientes|tramites|deberes)|las (?:tareas|pendientes))\b)|\b(?:irme|ir|me voy|me quiero ir)(?: de (?:aqui|aca))? pa(?:ra|'?) siempre\b|\bya se como lo voy a hacer\b|\blo tengo decidido\b|(?<!\b(?:quiere|queria|piensa en|esta pensando en|anda pensando en|habla de|hablaba de) )\b(?:irme|me voy|me quiero ir|desaparecer|dormir|descansar) pa(?:ra|'?) siempre\b|\b(?:el|mi) descanso eterno\b(?! de\b)|\b(?:irme|me voy a ir|me quiero ir|quisiera irme|salir|salirme) de este mundo\b|\bdejar este mundo\b|\besto se acaba (?:hoy|esta noche|manana)\b/,
    unless: anyOf(
      JOKE,
      CLARIFIED,
      SLEEP_IN,
      TITLE,
      TOPIC,
      /\b(?:tarea|trabajo|proyecto|examen|informe|relacion|discusion|pelea|tema|tramite|serie|temporada|libro|mudanza|dieta|contrato|deuda|pendientes|casa|ciudad|pais|pueblo|grupo|chat|whatsapp|redes|instagram|tiktok|facebook|empleo|universidad|facu|carrera|novi[oa]|ex|chisme|cigarro|alcohol|azucar|bebida|con el|con ella|vicio)\b/,
    ),
    about: 'self',
  },

  // ── Explicit: self-harm ─────────────────────────────────────────────────
  {
    id: 'es.self-harm-word',
    category: 'explicit',
    pattern:
      /\b(?:autolesion\w*|autoles|autolesiones|autolesionarme|autolesionandome|me autolesiono|me autolesione)\b|\b(?:la|mi|en la|con la|de la|recaer en la|recai en la) al\b/,
    unless: anyOf(
      TOPIC,
      /\b(?:les|te|le) parece que (?:tambien )?hable de\b/,
      /^(?!.*\b(?:me|mis|mi|volvi a|recai en|a|la|sin) (?:autolesion|autoles)|.*\bautolesion(?:arme|andome|e|o|aba)\b)(?=.*\b(?:estudi\w*|psicolog\w*|psiquiatr\w*|medicina|enfermeria|en clase|la facu|facultad|la uni|profesor\w*|profes?|psicopatolog\w*|docentes?|alumn\w*|pacientes|vimos|hablamos de|el tema de)\b)/,
    ),
    about: 'self',
  },
  {
    id: 'es.cut-self',
    category: 'explicit',
    pattern: anyOf(
      p(
        '\\b(?:cortarme|cortandome|me corte|me corto|me cortaba|me he cortado|me estoy cortando|me estuve cortando|me volvi a cortar|me vuelvo a cortar|me quiero cortar|me voy a cortar|me dan ganas de cortarme|me (?:hago|hice|hacia|sigo haciendo|estoy haciendo|vuelvo a hacer|volvi a hacer) (?:\\w+ )?(?:cortes|cortecitos|cortaditas|cortaditos|rayitas|heridas|quemaduras)|me hice cortes|me hago cortes|hacerme cortes|rajarme|me raje|me rajo|abrirme las venas|cortarme las venas)\\b(?! (?:el|la|las|los|un|una) (?:pelo|cabello|flequillo|barba|unas|punta|puntas|fleco|dedo|mano|labio|lengua|bigote|patilla)|con (?:el|la) (?:\\w+ )?(?:papel|hoja|lata|cuchillo de cocina)|con (?:el|ella|ellos|mi ex)\\b)',
      ),
      // The fingers or the hands cut with a blade, as a habit: "me corto los dedos con la cuchilla entre
      // clases" (not a clumsy slip opening boxes or making a model).
      /\bme (?:corto|cortaba|sigo cortando|estoy cortando|he estado cortando|vuelvo a cortar|volvi a cortar) (?:los|mis|las|la|el) (?:dedos|yemas(?: de los dedos)?|nudillos|palmas?|palma de la mano|manos)\b[^.]{0,40}\b(?:cuter|cutter|cuchillas?|navajas?|gillette|hojas? de afeitar|trincheta|bisturi|sacapuntas|exacto|vidrio)\b(?![^.]{0,60}\b(?:torpe|desastre|manualidades|maquetas?|carton|cajas?|paquetes?|almacen|bodega|desempac\w*|abriendo)\b)/,
    ),
    unless: anyOf(
      ACCIDENT_UNMEANT,
      TOPIC,
      JOKE,
      TRIVIAL,
      // Something cut out on the writer: "se me corto la senal", "se me corto la llamada".
      /\bse me cort\w+\b/,
      /\b(?:hace (?:tiempo|mucho(?: tiempo)?|anos|\w+ anos)|antes|de (?:chica|chico|adolescente|nina|nino)) me cortaba\b(?!.*\b(?:volvi|otra vez|de nuevo|recai)\b)/,
      // Stopped long ago: "hace dos anos deje de cortarme", "llevo tres anos sin cortarme".
      /\b(?:hace (?:mas de )?(?:\w+ )?(?:anos|\w+ anos|un ano|meses|\w+ meses) (?:que )?deje de cortarme|llevo (?:mas de )?(?:\w+ )?(?:anos|ano|meses) sin cortarme)\b(?![^.]{0,40}\b(?:pero|aunque|volvi|otra vez|de nuevo|recai\w*|ganas)\b)/,
    ),
    about: 'self',
  },
  {
    id: 'es.cut-marks',
    category: 'explicit',
    pattern: p(
      '\\b(?:cortes|cortadas|cortaditas|cicatrices|rayitas|heridas|marcas|rasgunos|quemaduras)\\b (?:\\w+ ){0,3}(?:en|de) (?:los|las|mis|el|la|mi|sus|su) (?:{BODY})\\b|\\b(?:mis|los|las) (?:{BODY}) (?:\\w+ ){0,2}(?:llen[oa]s? de|con) (?:cortes|cortadas|cicatrices|heridas|marcas|rayitas)\\b|\\b(?:{BODY}) (?:marcad[oa]s|cortad[oa]s|rajad[oa]s) (?:de|por) lo que me hice\\b|(?:🔪|🩸|🗡️?|\\b(?:knife|blood)\\b)(?: (?:knife|blood)\\b)?[^.]{0,30}\\b(?:otra vez|de nuevo|conmigo mism[oa]|en (?:los|las|mis|el|la) (?:{BODY}))\\b',
    ),
    unless: anyOf(
      ACCIDENT_UNMEANT,
      TOPIC,
      /\b(?:operacion|cirugia|tatuaje|cesarea|varicela|acne|estrias|gato|mosquitos?|picaduras?)\b/,
      // Someone else's wounds met at work: "entro otro con cortes en las munecas", "canalizar a un paciente con cicatrices".
      AT_WORK,
      // Marks someone else has (es.third-marks-seen reads them): "tiene quemaduras en las piernas".
      p(
        '\\b(?:tiene|tenia|le vi|le encontre|le note) (?:unas |las |varias |muchas )?(?:rayas|rayitas|cortes|cortadas|cortaditas|cicatrices|marcas|quemaduras)\\b(?: \\w+){0,3} en (?:los|las|sus) (?:{BODY})\\b',
      ),
      /\b(?:canaliz\w+|a un paciente|a una paciente|el paciente|la paciente|(?:entro|entraron|llego|llegaron|trajeron|ingreso|ingresaron) (?:un|una|otro|otra|dos|tres) \w+|por una pelea|en una pelea|con una botella|con un vidrio)\b/,
    ),
  },
  {
    id: 'es.harm-self',
    category: 'explicit',
    pattern:
      /\b(?:hacerme dano|me hago dano|me hice dano|me hacia dano|me estoy haciendo dano|me quiero hacer dano|me voy a hacer dano|lastimarme|me lastimo|me lastime|me lastimaba|me estoy lastimando|me quiero lastimar|me voy a lastimar|autocastigarme|castigarme (?:fisicamente|con)|quemarme|me queme|me quemo|me quemaba|me quemaba|golpearme|me golpeo|me golpee|me golpeaba|darme golpes|me doy golpes|me di golpes|me daba golpes|pegarme|me pego|me pegue|me pegaba|rasgunarme|me rasguno|me rasgune|aranarme|me arano|me arane|morderme|me muerdo hasta|arrancarme (?:el pelo|la piel|las costras))\b|\bme (?:di|doy|daba|estuve dando|estoy dando|sigo dando) (?:de )?(?:golpes|cabezazos|punetazos|pinas|madrazos|trancazos)\b|\b(?:golpearme|pegarme|darme) (?:la cabeza )?contra (?:la|una|el) (?:pared|puerta|piso|suelo|espejo)\b|\bme (?:golpee|golpeo|golpeaba|pegue|pego|pegaba) (?:la cabeza )?contra (?:la|una|el) (?:pared|puerta|piso|suelo|espejo)\b(?=[^.]{0,40}\b(?:hasta|a proposito|otra vez|de nuevo|de rabia|para sentir|para castigarme|sangr\w*|moret\w*))|\b(?:me )?(?:lastim\w*|hacerme dano|castig\w*) a (?:mi mism[oa]|proposito)\b/,
    // Only with intent, a wound, or the body as the target: "me queme con la plancha" is an accident.
    unless: anyOf(
      // Something burned on the writer: "se me quemo el arroz".
      /\bse me (?:quem|cort)\w*\b/,
      ACCIDENT_UNMEANT,
      JOKE,
      DENIED,
      /\bme (?:pego|pegue|pegaba) (?:un|una|el|la|unos|unas) (?!golpes? (?:contra|en la cabeza))\w+/,
      /\b(?:relacion|amistad|persona|gente|situacion|trabajo|eso|esa|ese|ell[oa]s?|el|porque|ya que) (?:\w+ ){0,2}(?:me|nos) (?:hacia|hace|hizo|hacen|hacian) (?:mucho |tanto )?dano\b/,
      /\b(?:pegarme|pegue|pego) (?:a|con|al|la) (?:\w+ )?(?:cama|sol|serie|tele|celu|telefono|pared para dormir|grupo)\b/,
      // A scene or a song that moved the writer: "esa parte me pego, pero bonito".
      /\bme pego,? (?:pero )?(?:bonito|lindo|hondo|profundo|en el alma|en el corazon)\b|\b(?:escena|parte|cancion|capitulo|pelicula|peli|libro|serie|frase|final|historia|video|juego|poema|carta)\b(?:(?!\bme\b)[^.]){0,70}\bme pego,?\s*$/,
    ),
    about: 'self',
  },
  {
    id: 'es.blade-unused',
    category: 'explicit',
    pattern: anyOf(
      /\b(?:la|una|las|mi|el|un|unas|mis) (?:cuchilla|cuchillas|navaja|navajas|gillette|hoja de afeitar|hojita|sacapuntas|cutter|bisturi|exacto|trincheta)s?\b[^.]{0,60}\b(?:en la mano|en mi mano|en las manos|sin usarla|sin usar|mirandola|mirando|la mire|la mira|agarrada|agarre|agarro|sostenia|sosteniendo|sostengo|tengo guardada|guardada|escondida|escondi|escondo|debajo del colchon|en el cajon|no la use|no las use|cerca|conmigo|me quede)\b|\b(?:agarre|tengo|tenia|tome|sostengo|sostuve|saque|busque|compre)\b (?:\w+ ){0,3}(?:cuchilla|cuchillas|navaja|gillette|hoja de afeitar|sacapuntas desarmado|cutter|bisturi|trincheta)\b(?! (?:nueva para afeitar|de afeitar nueva))/,
      /\b(?:encerrad[oa]|sentad[oa]|tirad[oa])\b[^.]{0,30}\bcon (?:la|una|mi) (?:gillette|cuchilla|navaja|hoja de afeitar|cutter|trincheta)\b[^.]{0,30}\b(?:desarmada|en la mano|no se si hacerlo)\b/,
    ),
    unless: anyOf(
      ACCIDENT_UNMEANT,
      /\b(?:afeitarme|afeitar|barba|depilar\w*|piernas para depilar|lapiz|lapices|carpinteria|manualidades|cartulina|maqueta|pescar|camping|cocina)\b/,
    ),
  },

  // ── Explicit: means, notes, goodbyes, methods, attempts, plans ─────────
  {
    id: 'es.third-means-hidden-from',
    category: 'indirect',
    // The means hidden from someone at risk: "¿le escondo el arma?", "les quitamos las pastillas a mi abuelo".
    // (Before es.means-hoarded: the hiding is for someone else, whose card it is.)
    pattern: p(
      '\\b(?:le|les|se (?:la|lo|las|los)) (?:escondo|escondi|escondemos|escondimos|quito|quite|quitamos|saco|saque|sacamos)\\b (?:\\w+ ){0,2}(?:{MEANS}|cuchillos|balas|municion)\\b(?! (?:\\w+ ){0,3}(?:para (?:mi|tomarmel\\w+|usarl\\w+)|matarme|morirme)\\b)|\\b(?:esconderle|esconderles|escondersel[oa]s?|quitarle|quitarles|quitarsel[oa]s?|sacarle|sacarsel[oa]s?) (?:\\w+ ){0,2}(?:{MEANS}|cuchillos|balas|municion)\\b|\\b(?:no se si|deberia|debo|hay que|habria que|conviene|me (?:dijeron|recomendaron|aconsejaron|sugirieron) (?:que )?)(?: \\w+)? (?:esconder|escondiera|escondamos|guardar bajo llave|sacar de (?:la|mi) casa|quitar|tirar) (?:las|los|el|la|sus|todas las|todos los) (?:{MEANS}|cuchillos|balas|municion)\\b(?! (?:\\w+ ){0,3}(?:que (?:junte|tengo|guarde|compre)|para mi|matarme|morirme)\\b)',
    ),
    unless: anyOf(
      JOKE,
      /\b(?:nin[oa]s?|nenes?|bebe|perro|gato|mascota|examen|sorpresa|regalo|chocolates?|dulces|golosinas|celular|control|llaves)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.means-hoarded',
    category: 'explicit',
    pattern: p(
      '\\b(?:{HOARD})\\b[^.]{0,50}\\b(?:{MEANS})\\b|\\b(?:{MEANS})\\b[^.]{0,40}\\b(?:{HOARD})\\b|\\bpor si acaso\\b[^.]{0,30}\\b(?:{MEANS})\\b|\\b(?:{MEANS})\\b[^.]{0,30}\\bpor si acaso\\b',
    ),
    unless: anyOf(
      JOKE,
      /(?<!\bno (?:es|son|era|eran) )\b(?:para|pa) (?:\w+ ){0,2}(?:el|la|un|una|los|las) (?:columpio|columpios|hamaca|hamacas|tendedero|carpa|lancha|barco|velero|toldo|pinata)\b/,
      // Someone else seen with them, who hid them (es.third-means reads it): "cuando me vio la guardo".
      /\bcuando (?:me|nos) (?:vio|vieron|escucho|escucharon|sintio) (?:\w+ )?(?:la|lo|las|los) (?:guardo|escondio|tapo|guardaron|escondieron)\b/,
      // Someone else keeping them (es.third-means reads it): \"estaba juntando sus pastillas\", \"tiene ahorradas pastillas\".
      /\b(?:esta|estaba|anda|andaba|sigue|va) (?:juntando|guardando|escondiendo|acumulando|ahorrando) (?:\w+ ){0,2}sus\b|\b(?:junta|juntaba|guarda|guardaba|esconde|escondia|escondio|consiguio) (?:\w+ ){0,3}(?:sus|su|la|las|el|los) \w+|\b(?:tiene|tenia) (?:\w+ )?(?:guardad|ahorrad|escondid|juntad|acumulad)\w*\b/,
      // One's own daily medicine put away: \"las pastillas de la presion en el cajon\".
      /^(?!.*\b(?:junt\w+|acumul\w+|escond\w+|ahorr\w+|todas|descansar de verdad)\b).*\b(?:pastillas|medicinas|remedios|medicamentos) (?:de|para) (?:la presion|el azucar|la tiroides|el colesterol|la diabetes|el corazon|la alergia|el asma|la gastritis|el acido|la migrana|los anticonceptivos)\b(?![^.]{0,40}\b(?:todas|junt\w+|por si (?:no aguanto|ya no)|para cuando|matarme|morir)\b)/,
      /\b(?:(?:con|sin) receta|botiquin|farmacia de turno|gripe|resfri\w*|alergia|dolor de cabeza|viaje|vacaciones|camping|mudanza|tendedero|ropa|jardin|para (?:el|la|mi) (?:perro|gata?|abuel[oa]|mama|papa)|(?:del|de la|de mi|de los|de mis) (?:perr[oa]s?|gat[oa]s?|mascotas?)|veterinari\w*|ratas? (?:en|del)|(?<!\bno (?:es|son|era|eran) )para (?:las )?(?:ratas|ratones|cucarachas|hormigas|plagas?)(?![^.]{0,60}\b(?:para mi|tomar\w*|trag\w*|morir\w*|matarme|no despertar|escond\w*|no (?:es|son|era) para)\b)|ratones|plaga|hormigas|cucarachas|vencid[oa]s|devolv\w*|tirarl[oa]s|desechar|regalo|juguete|escal\w*|bolsa de dormir|obra|reciclaje|cuerda (?:de|para) saltar|saltar la cuerda|guitarra)\b/,
      /\b(?:encontre|descubri|halle|le encontre|le vi|le descubri)\b[^.]{0,40}\bescondid[oa]s?\b/,
      // Vials gathered for a vaccination drive: "juntando ampollas para la campana de vacunacion".
      /\b(?:ampollas|ampolletas|viales)\b[^.]{0,40}\b(?:campana de vacunacion|jornada de vacunacion|vacunatorio)\b/,
      // Cartridges for a hunting season or a shooting club: "compre cajas de cartuchos para la temporada de pato".
      /\bcartuchos\b[^.]{0,40}\b(?:temporada (?:de )?(?:caza|pato|patos|venado|codorniz|paloma|perdiz|jabali)|(?:de|la|pa la|para la) caza|cacer\w+|tiro deportivo|club de tiro|tiro al plato)\b/,
      // A rope for a load or a tarp: "compre una soga nueva pa amarrar la carga".
      /\b(?:soga|cuerda|mecate|lazo)s? (?:\w+ ){0,2}(?:pa|para) (?:amarrar|atar|sujetar|asegurar|tender|remolcar|jalar|arrastrar|la carga|el toldo|la lona|la carpa|el ganado|las vacas|los caballos)\b/,
    ),
  },
  {
    id: 'es.note-after',
    category: 'explicit',
    pattern:
      /\b(?:carta|cartas|nota|notas|mensaje|mensajes|video|videos|audio|audios)\b[^.]{0,50}\b(?:para (?:despues|cuando (?:ya )?no (?:este|estemos)|cuando me vaya|cuando falte|que (?:la |lo |las |los )?lean despues|cuando me encuentren)|de despedida|de adios|suicidas?|de suicidio|despidiendome|para mi familia por si)\b|\b(?:carta|cartas|nota|notas)\b[^.]{0,60}\b(?:para que (?:la |lo |las |los )?(?:lea|lean|leyera|leyeran|encuentre|encuentren|encontrara|encontraran)(?: despues)?|(?:pa|para) cuando me encuentren|la van a leer|escritas? para (?:mis|mi) \w+)\b|\b(?:pa|para) cuando me encuentren\b|\b(?:escribi|escribo|estoy escribiendo|deje|dejo|tengo escritas?|redacte|grabe) (?:una |las |unas |mis |la )?(?:cartas?|notas?) (?:de )?(?:despedida|adios|para (?:mi familia|mis papas|mi mama|cada uno))\b|\bcartas? (?:de )?despedida\b|\b(?:escribi|deje|estoy escribiendo|les escribi|le escribi) (?:una )?(?:carta|nota|cartas|notas) (?:a|para) cada uno\b/,
    unless: anyOf(
      TOPIC,
      ABROAD,
      // Helping someone who is dying write theirs: "me pidio ayuda para escribir su carta de despedida a
      // sus hijos antes de morir", "acompane a mi abuelo a grabar su video de despedida antes de fallecer".
      /\b(?:ayud\w*|acompan\w*) (?:\w+ ){0,4}(?:escribir|redactar|grabar|hacer|dictar) (?:su|sus) (?:carta|cartas|video|videos|mensaje|mensajes|nota|notas|audio|audios)\b[^.]{0,60}\bantes de (?:morir|fallecer|partir)\b/,
      /\b(?:jubilacion|trabajo|oficina|renunci\w*|mi equipo|al equipo|companeros de trabajo|colegio|escuela|graduacion|mudanza|intercambio|renuncia|viaje|profe|maestr[oa]|despedida de solter[oa]|navidad|cumple\w*|regalo|san valentin|aniversario|dia de la madre|dia del padre|se muda\w*|se mudan)\b/,
      /\bcartas? (?:de despedida )?(?:a|para) (?:mi|mis|su|sus|tu) \w+ (?:que (?:murio|fallecio|se murio|ya no esta|partio)|fallecid[oa]s?|muert[oa]s?)\b|\b(?:mi terapeuta|la terapeuta|el terapeuta|la psicologa|el psicologo|mi psicolog[oa]|en terapia|en el duelo) (?:me )?(?:sugirio|pidio|recomendo|propuso|dijo|mando)\b[^.]{0,40}\bcartas?\b/,
    ),
  },
  {
    id: 'es.goodbye-final',
    category: 'explicit',
    pattern: anyOf(
      /\b(?:este es mi ultimo mensaje|mi ultimo mensaje|mi ultima noche(?! (?:en|de|del|con|aqui|aca|libre|como|antes|sin)\b)|mi ultimo dia(?! (?:en|de|del|con|aqui|aca|libre|como|antes|sin)\b)|este es mi adios|adios a todos|adios pa(?:ra|'?) siempre|me despido de (?:todos|ustedes|todo|ti|vos) pa(?:ra|'?) siempre|me despido de todos|me despido pa(?:ra|'?) siempre|ya no me van a ver|no me van a volver a ver|no me vas a volver a ver|no me volveran a ver|perdon(?:enme|ame|ame)? por lo que voy a hacer|cuiden (?:a|de) (?:mi|mis) (?:perr\w*|gat\w*|mascotas?|hij\w*|mama|madre|plantas)|cuida (?:a|de) (?:mi|mis) (?:perr\w*|gat\w*|mascotas?|hij\w*|plantas)|ya (?:estoy|estaba) list[oa] para irme|se acaba (?:hoy|esta noche)|hoy es (?:mi|su) ultimo dia|esta es mi despedida|este es mi ultimo (?:adios|audio|video|post)|esta es la ultima vez que (?:les |te |me )?(?:escribo|hablo|ven|van a ver|leen|van a leer|escuchan|oyen|saben de mi)|(?:hasta|adios) (?:nunca|siempre)(?: a todos)?|ya no (?:me )?(?:van|vas) a (?:saber|tener noticias) (?:nada )?de mi|(?:ya )?no (?:voy|vuelvo) a (?:estar|escribir|molestar|volver) nunca mas|nos vemos en (?:la otra vida|el cielo|otra vida))\b(?! (?:de (?:solter|la (?:ofi|empresa))|del (?:grupo|chat|trabajo)))/,
      /\b(?:es|sera) la ultima vez que (?:lleno|escribo|respondo|contesto|hago) (?:esto|este|estos)\b|\b(?:esta es|esta sera|esta va a ser) mi ultima (?:nota|entrada|publicacion|reflexion|respuesta|respuesta aca|respuesta aqui)\b(?! (?:del (?:ano|dia|mes)|antes de|por hoy|de la semana|hasta))/,
    ),
    unless: anyOf(
      JOKE,
      ABROAD,
      /\b(?:trabajo|oficina|empresa|colegio|escuela|facu|universidad|pais|ciudad|grupo|chat|vacaciones|viaje|mudanza|intercambio|pasa por mi|pasame a buscar|me voy a dormir|buenas noches|hasta manana|nos vemos|me recoges|me pasas a buscar|el uber|el taxi|la fiesta|el cine|de la semana|del ano|del mes|de clases|de trabajo|en (?:la|el) (?:empresa|oficina|trabajo|escuela|colegio)|sesion|pasantia|contrato|curso|termino el programa|se termina el programa|acaba el programa|me dieron de alta|me dan de alta|verano|renuncia|renunci\w*|me despidieron|liquidacion|preaviso)\b/,
      FAREWELL_PARTY,
      // A farewell to a habit given up: "adios para siempre, cigarro", "dia 12 sin fumar".
      /🚭|\b(?:cigarr\w*|tabaco|fumar|vape|vapeador|pucho|vicio)\b|\bdia \d+ sin (?:fumar|tomar|beber|vapear|alcohol)\b/,
    ),
  },
  {
    id: 'es.jump',
    category: 'explicit',
    pattern: p(
      '\\b(?:me (?:\\w+ ){1,2}(?:tirar|aventar|lanzar|arrojar|botar)|se (?:\\w+ ){1,2}(?:tirar|aventar|lanzar|arrojar|botar)|me (?:avente|avento|aviento|bote)|se (?:avento|avienta|aventaba|lanzo|lanza|lanzaba|arrojo|arroja|arrojaba|tiro|tira|tiraba|tirara)|tirarme|me tiro|me tire|me voy a tirar|me quiero tirar|me queria tirar|aventarme|me avento|me avente|lanzarme|me lanzo|me lance|arrojarme|me arrojo|me arroje|botarme|me boto|saltar|salto|salte|me quise tirar|me iba a tirar|tirarse|se tira|se tiro|se va a tirar|se quiere tirar|aventarse|lanzarse|arrojarse) (?:de|del|desde|por|a|al|bajo|frente a|delante de|enfrente de|abajo de)(?: (?:un|una|el|la|las|los|mi|este|ese|esa|aquel))? (?:{PLACE})\\b|\\b(?:no|casi|por poco|estuve a punto de|a nada de) (?:salte|me tire|me avente|me lance|me arroje|salto)\\b|\\b(?:pensando|pense|pienso|ganas|tentad[oa]) (?:en |de )?(?:tirarme|aventarme|lanzarme|arrojarme|saltar)\\b(?! (?:en|a la|al|sobre|a|de cabeza a) (?:la |el )?(?:cama|sofa|sillon|piscina|pileta|alberca|pasto|arena|agua|mar|fiesta))|\\b(?:el|un|ese|aquel) (?:{PLACE}) que me llama\\b|\\bestoy (?:parad[oa] |sentad[oa] |subid[oa] |arriba )?(?:en|sobre) (?:la azotea|el techo|el borde|la cornisa|el puente|las vias|la baranda|el barandal)\\b|\\bno se si voy a bajar\\b|\\b(?:el piso mas alto|cuanta altura|que altura|la altura)\\b[^.]{0,50}\\b(?:subir|se necesita|alcanza|sin que me vean|suficiente|para morir)\\b|\\b(?:bolsillos (?:llenos )?de piedras|piedras en los bolsillos)\\b|\\b(?:carro|auto|coche|motor)\\b[^.]{0,30}\\bgaraje cerrado\\b|\\b(?:estuve|estaba|me quede|me pare|fui|subi|me subi|sub)(?: \\w+){0,4} (?:en|a|al|hasta|sobre)(?: (?:el|la|las|los))? (?:borde|cornisa|baranda|barandal|azotea|orilla del puente|puente|vias|ultimo piso|piso \\d+|acantilados?|precipicio|barranco)\\b[^.]{0,60}\\b(?:mirando (?:hacia |para )?abajo|mirando (?:el agua|al vacio|el vacio|las vias|los autos|el rio|el mar)|pensando|saltar|no salte|tirarme|horas|media hora|una hora|un rato|llorando|sol[oa]|de noche|con las piernas colgando|decidiendome)\\b',
    ),
    unless: anyOf(
      JOKE,
      QUOTED_SAYING,
      AT_WORK,
      GAME,
      GAME_DEATHS,
      KNOWN_DEATH,
      TITLE,
      // Someone unknown in the news: "en el noticiero salio que un senor se tiro del puente".
      /\b(?:noticiero|noticias|el periodico|el diario|en la tele|en la radio|salio que|lei que|dicen que) (?:\w+ ){0,3}(?:un|una) (?:senor|senora|hombre|mujer|chico|chica|joven|muchacho|muchacha|persona|tipo|estudiante)\b/,
      // A character in a plot, named as the one who jumps: "en el final la protagonista se tira del puente".
      /^(?!.*\bme (?:\w+ ){0,2}(?:tirar|lanzar|aventar|arrojar)\b)(?=.*\b(?:protagonista|villan[oa]|personaje|heroe|heroina|galan|antagonista|detective)(?: \w+){0,3} se (?:tira|tiro|tiraba|avienta|avento|lanza|lanzo|arroja|arrojo|va a tirar)\b)/,
      // Stuck in traffic on a bridge: "estoy en el puente de la autopista, hay mucho trafico".
      /\b(?:trafico|atasco|embotellamiento|tranque|tranc\w+|presa de autos)\b/,
      // A barrier described: "redes para que la gente no salte", "rejas para que nadie se tire".
      /\bpara que (?:la gente|nadie|las personas|ninguna persona|los suicidas) (?:no )?(?:salte|se tire|se avente|se lance)\b/,
      // Exasperation at a song heard once more: "me tiro por la ventana si vuelvo a oir 'baby shark'".
      /\bsi (?:vuelvo a|tengo que volver a|me hacen volver a) (?:oir|escuchar|cantar) (?:otra vez )?(?:'[^']+'|"[^"]+"|esa cancion|la cancion|ese tema|el tema|el reggaeton)/,
      /\b(?:piscina|pileta|alberca|al agua|a nadar|banarme|banarnos|con ropa|nadar|clavado|bungee|paracaidas|paracaidismo|tirolesa|parapente|puenting|sofa|sillon|cama|pasto|arena|colchon|tobogan|trampolin|a la fiesta|al ruedo|a la pileta|foto|fotos|turis\w*|paseo|atardecer|vista|concierto|literal|literalmente|asado|parrilla|tomando sol|cerveza)\b/,
      TOPIC,
    ),
  },
  {
    id: 'es.crash-on-purpose',
    category: 'explicit',
    pattern: anyOf(
      /\b(?:chocar|choque|choco|estrellar|estrellarme|estrelle|me estrelle|chocarme|volantazo|meterme|me meti|cruzarme|me cruce|me atraves\w*|atravesarme)\b[^.]{0,50}\b(?:a proposito|adrede|queriendo|apropósito|a drede|con intencion|intencionalmente|para no volver|para que se acabe|para morir|para matarme)\b|\b(?:a proposito|adrede)\b[^.]{0,30}\b(?:contra (?:un|una|el|la) (?:arbol|muro|pared|poste|camion|trailer|tren|barranco)|al carril contrario|delante de (?:un|una|el) (?:camion|tren|carro|auto|coche|bus))\b/,
      /\b(?:tirar|estrellar|chocar|meter|echar|cruzar) (?:el|mi) (?:auto|carro|coche|moto|camioneta|camion)\b[^.]{0,60}\bpara que (?:pareciera|pareciese|parezca) (?:un )?accidente\b/,
      // Thrown in front of a vehicle on purpose: "me tire delante de un carro a proposito", "me cruce frente al bus adrede".
      /\bme (?:tire|avente|lance|arroje|cruce|atravese|meti|puse|pare|plante) (?:delante|enfrente|frente|debajo|abajo) (?:de|a|al) (?:un |una |el |la )?(?:carro|auto|coche|camion|trailer|bus|autobus|micro|camioneta|moto|tren|metro|colectivo|combi|taxi|troca)\b[^.]{0,30}\b(?:a proposito|adrede|queriendo|a ver si|para que me (?:atropell|pis|mat|arroll)\w*)\b/,
    ),
    unless: /\bno (?:fue|era) a proposito\b|\bsin querer\b/,
  },
  {
    id: 'es.overdose',
    category: 'explicit',
    pattern: p(
      '\\b(?:me tome|me trague|tomarme|tragarme|tomarse|tragarse|me voy a tomar|me quiero tomar|me tomo|me tomaria|me las tome|me las trague|tomarmelas|tragarmelas|me tome de golpe|se tomo|se va a tomar|se trago|se (?:habia|ha|hubiera) (?:tomado|tragado)|me (?:habia|he) (?:tomado|tragado)|tomo|trago)\\b (?:\\w+ ){0,3}(?:(?:un|una|el|la|dos|tres|cuatro|\\d+) (?:blisters?|botes?|cajas?|frascos?|tiras?|planchas?|cajitas?|frasquitos?) (?:enter[oa]s?|complet[oa]s?)(?! de (?:jugo|leche|cerveza|vino|galletas|chocolates?|bombones|cereal|chicles|helado|agua|te|cafe)\\b)|(?:media|medio|dos|tres|cuatro|\\d+) (?:botes?|cajas?|frascos?|blisters?|tiras?|planchas?) de (?:{MEANS})|la caja entera|toda la caja|las cajas|el frasco entero|todo el frasco|un frasco|el frasco|el blister entero|todo el blister|todas las (?:pastillas|pastis|pildoras)|todas mis (?:pastillas|pastis|pildoras|medicinas)|todas sus (?:pastillas|pastis|pildoras|medicinas)|un punado|un monton de (?:pastillas|pastis|pildoras)|(?:\\d+|veinte|treinta|cuarenta|cincuenta|quince|diez|doce) (?:pastillas|pastis|pildoras|clonazepam|rivotril)|todo lo que (?:habia|tenia|encontre)|todas juntas|de una|todo el botiquin|el botiquin entero|todos (?:los|mis) (?:remedios|medicamentos|calmantes)|(?:\\d+|veinte|treinta|cuarenta|cincuenta|quince|diez|doce) de (?:las|los) (?:de|para) (?:dormir|los nervios|la ansiedad|la depresion))\\b|\\bla proxima (?:vez )?(?:me )?(?:tomo|trago|me tomo) (?:mas|el doble|todas|todo el frasco)\\b|\\bsobredosis\\b|\\bme pase de pastillas\\b|\\bcuantas (?:pastillas|pildoras) (?:son|es|hacen falta|se necesitan)\\b|\\bcuant[oa]s? (?:\\w+ ){1,4}(?:hacen falta|hace falta|se necesitan?|necesito|necesitaria|tendria que tomar|hay que tomar|serian) (?:para|pa) (?:morir|morirse|morirme|no despertar|matar(?:me|se)|una sobredosis|que sea mortal|acabar)\\b|\\bcuant[oa]s? (?:\\w+ ){1,3}(?:son|es|serian|seria) (?:mortal|mortales|letal|letales|suficientes? para (?:morir|no despertar))\\b|\\b(?:como|donde) (?:conseguir|comprar|consigo|compro) (?:\\w+ ){0,2}(?:para (?:morir|matarme|no despertar|suicidarme)|sin receta para (?:morir|matarme|dormir pa(?:ra|\\x27?) siempre))\\b|\\bdosis (?:mortal|letal)\\b|\\bme tome (?:\\w+ ){0,2}(?:unas|varias|muchas|un monton de|un punado de) (?:pastillas|pastis|pildoras|tabletas)\\b[^]{0,80}\\b(?:no se cuantas|me esta dando (?:mucho )?sueno|me estoy durmiendo|no puedo mantener los ojos)\\b|\\b(?:pastillas|pildoras)\\b[^.]{0,30}\\b(?:mortal|mortales|letal|letales|para no despertar|para morir)\\b|\\b(?:me hicieron|hacerme) un lavado (?:de estomago|gastrico)\\b|\\b(?:me |se )?(?:tome|tomo|trague|trago) (?:\\w+ ){0,2}(?:pastillas|pastis|pildoras|medicamentos|remedios|clonazepam|rivotril) de mas\\b[^.]{0,40}\\b(?:internad[oa]|urgencias|hospital|uci|lavado|intoxicad[oa]|a proposito|para (?:morir|no despertar|dormir pa(?:ra|\\x27?) siempre))\\b',
    ),
    unless: anyOf(
      JOKE,
      /\b(?:dos|tres|cuatro|cinco|varias|muchas|\d+) sobredosis\b|\bsobredosis de [^.]{0,40}\b(?:capitulos|episodios|temporadas?|maraton|seguid[oa]s)\b/,
      TOPIC,
      /\bsobredosis de (?:chocolate|azucar|cafe|series|memes|netflix|trabajo|informacion|amor|dulce|dulces|pizza|tiktok|reuniones|anime|k-?pop|vitamina|cafeina|mate|emociones|drama|ternura|gatitos|musica|redes|estudio|carbohidratos)\b/,
      /\b(?:llegaron|llegan|ingresaron|ingresan|recibimos|vimos|entro|entraron|trajeron|trajo) (?:\w+ ){0,4}(?:por|con) (?:una )?sobredosis\b|\b(?:(?<!\b(?:desperte|amaneci|termine|aparecí|me llevaron|llegue|estuve|estaba|me internaron) en la )guardia|turno|paciente|pacientes|atendimos|atendi|llego una|llego un|ingreso|ingresaron|internaron a|enfermer[oa]|medic[oa]|residente|rotacion|ambulancia|farmacia|farmaceutic\w*|en el hospital donde trabajo|sobredosis de (?:un|una) (?:paciente|chica|chico|senor|senora|joven))\b/,
      /\b(?:su|mi|el|la) (?:\w+ ){0,2}(?:tuvo|sufrio) una sobredosis\b[^.]{0,40}\b(?:por suerte|fuera de peligro|ya esta bien|se salvo|se recupero)\b/,
      /\b(?:para el (?:dolor|resfrio|cólico|colico)|antibiotico|vitaminas|anticonceptivas|recet\w*|el medico me dijo|me las recetaron)\b/,
      /\bpor el tema de (?:las |la )?sobredosis\b|\b(?:solo|nomas|no) (?:le |les )?(?:puedo|podemos) vender\b/,
      // A title in quotes ("Sobredosis de TV"); an overdose of something that is not a drug ("sobredosis de tamales").
      /["«'][^"»']{0,30}\bsobredosis\b[^"»']{0,30}["»']/,
      new RegExp(
        `\\bsobredosis de (?!(?:${M.MEANS}|heroina|cocaina|fentanilo|drogas?|opioides|opiaceos|metadona|morfina|benzodiacepinas|benzos|alcohol|algo|todo|lo que|esas?|estas?|mis|sus|las|los)\\b)[a-z]+\\b`,
      ),
      // Studying or training for it: "estudiando toxicologia: dosis letales, sobredosis", "que hacer ante una sobredosis".
      /\b(?:que|q) hacer (?:si|cuando|ante) (?:alguien|una persona|otra persona)\b|\baprend\w+ (?:a |que |q )?(?:hacer|actuar|reaccionar|atender)\b(?![^.]{0,40}\b(?:cuant\w+|para mi|para hacerlo|dosis letal)\b)|\b(?:toxicolog\w*|farmacolog\w*|antidotos?|estudiando para|(?:que hacer|como actuar|como reaccionar) (?:ante|en caso de|frente a) (?:una )?sobredosis)\b/,
      // Someone else's overdose by mistake: "sin darse cuenta se iba a provocar una sobredosis".
      /\b(?:sin darse cuenta|por error|por equivocacion|se confundio de)\b/,
    ),
  },
  {
    id: 'es.woke-hospital',
    category: 'explicit',
    pattern:
      /\b(?:desperte|amaneci|me desperte|termine|acabe|aparecia|aparecí)\b (?:\w+ ){0,2}(?:en )?(?:urgencias|el hospital|la guardia|terapia intensiva|la uci|emergencias|la clinica|el psiquiatrico|la sala de emergencia)\b[^.]{0,60}\b(?:otra vez|de nuevo|lavado|pastillas|no funciono|no me mori|no me muri|sigo viv[oa]|intento|me encontraron|me salvaron)\b|\b(?:no funciono|fallo|sali viv[oa]|sobrevivi)\b[^.]{0,40}\b(?:intento|pastillas|me tome|me tire|me corte|cuerda|soga)\b|\b(?:me encontraron|me salvaron|me rescataron)\b[^.]{0,40}\b(?:a tiempo|inconsciente|desmayad[oa]|pastillas|colgad[oa])\b/,
    unless:
      /\b(?:accidente|operacion|cirugia|parto|apendicitis|choque (?:en|con)|me atropell\w*|covid|fractura|me cai|desmayo por)\b/,
  },
  {
    id: 'es.attempt',
    category: 'explicit',
    pattern:
      /\b(?:ya lo intente|lo intente (?:antes|una vez|otra vez|dos veces|tres veces|el ano pasado|hace|a los|cuando|de nuevo)|mi (?:primer|ultimo|segundo|tercer) intento|intentos? (?:de suicidio|previos?|anteriores?)|intente (?:matarme|suicidarme|quitarme la vida|ahorcarme|colgarme|tirarme|envenenarme|cortarme|acabar con todo)|intento de (?:quitarme|suicidio)|la vez que lo intente|cuando lo intente)\b|\blo intente\b[^.]{0,40}\b(?:lo (?:estoy|sigo|vuelvo a|volvi a|ando) (?:pensando|pensar)|lo pienso|vuelvo a pensarlo|ando pensandolo) (?:otra vez|de nuevo|nuevamente)\b/,
    unless: anyOf(
      /\b(?:apagar|prender|reiniciar|dieta|examen|receta|cocinar|aprender|ejercicio|gym|instalar|manejar|tramite|llamar|entrevista|cantar|contactar|correr|dejar de fumar|meditar|yoga)\b/,
      TOPIC,
      AT_WORK,
      // A family visited at work: "una familia donde el papa tiene intentos previos. hicimos el plan de seguridad".
      /\b(?:visita domiciliaria|plan de seguridad|trabajadora social|trabajador social|una familia donde|el (?:paciente|usuario|consultante) (?:tiene|tenia)|la (?:paciente|usuaria|consultante) (?:tiene|tenia)|(?:el|la|un|una) (?:papa|mama|senor|senora|chico|chica|joven) (?:tiene|tenia) intentos)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.plan',
    category: 'explicit',
    pattern: anyOf(
      /\b(?:ya )?(?:tengo|tenia) (?:todo )?(?:pensado|planeado|decidido|calculado|resuelto|organizado) (?:como|cuando|el como|el cuando|la fecha|el dia|el lugar|el metodo|todo|como y cuando|como hacerlo|donde)\b|\bya (?:tengo|elegi|decidi|fije|puse) (?:la fecha|el dia|el plan|fecha|el metodo|el lugar|como hacerlo|como lo voy a hacer|cuando lo voy a hacer)\b|\b(?:tengo|tenia) todo (?:pensado|planeado|calculado)[,:]? (?:como|cuando|donde)\b|\bya decidi (?:terminar|acabar|hacerlo|irme|cuando)\b|\bes cuestion de (?:dias|tiempo|horas)\b|\bmanguera\b[^.!?]{0,40}\b(?:cajuela|maletero|baul|escape|garaje|garage|carro|auto|coche)\b|\b(?:ya )?(?:se|tengo claro|decidi|tengo decidido|tengo pensado|planee) (?:como y cuando|cuando y como|el como y el cuando|como y donde|donde y como|como,? cuando y donde)\b|\b(?:ya )?(?:se|tengo claro|decidi) (?:como|cuando|donde) (?:lo voy a hacer|voy a hacerlo|lo hare|hacerlo y (?:cuando|donde))\b|\b(?:ya|todo) (?:esta|estaba) (?:decidido|listo|planeado)(?: todo)?\b[^.]{0,20}$/,
      // A method settled, said flat: "ya pense como:", gas with the windows taped shut.
      /^(?:y )?ya (?:pense|decidi|elegi|tengo pensado|tengo decidido) (?:como|el como|cuando|donde)\s*[.:]*$/,
      /\b(?:gas|horno|estufa|brasero|carbon|anafe|calefon)\b[^.]{0,50}\b(?:ventanas|puertas|rendijas)\b[^.]{0,20}\b(?:selladas|sellad[oa]s|tapadas|con cinta)\b/,
    ),
    unless: anyOf(
      /\b(?:boda|viaje|fiesta|vacaciones|mudanza|cumple\w*|examen|cita|entrega|parto|cirugia|casamiento|concierto|graduacion|tesis|presentacion|reunion|renuncia|viajar|mudarme|menu|regalo|disfraz|operacion|entrevista|vuelo|boletos|pasajes|salida|paseo|evento|curso|dieta|entreno|maraton|recital|obra|proyecto|negocio|tatuaje|salon|torta|pastel|proxima semana lo hablamos)\b/,
    ),
  },

  // ── Indirect: giving up, hopelessness ───────────────────────────────────
  {
    id: 'es.cant-go-on',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:ya )?no (?:puedo|aguanto|soporto|doy|resisto) mas\b|\bya no (?:puedo|aguanto|soporto)\b(?! (?:conectarme|asistir|participar|venir (?:a|al|los|las)|esperar|mas esperar|las ganas|ver|oir|a (?:mi|mis|tu|tus|su|sus|este|esta|ese|esa|estos|estas|la|el|los|las) (?!vida\b)\w+)\b)|\bno (?:puedo|aguanto) (?:mas )?con (?:esto|mi vida|la vida|todo|este dolor|esta vida)\b|\bno (?:puedo|aguanto|soporto) ya mas\b|(?<!\b(?:no|nunca|jamas) )\bme (?:rindo|rendi)\b|\b(?:ya )?me (?:canse|harte|aburri|agote) de (?:vivir|sobrevivir|luchar|existir|seguir|intentarlo|pelear|estar viv[oa]|respirar|aguantar)\b(?! (?:con|en|a|al|el|la|los|las|este|esta|de|del|sol[oa]|asi)\b)|\b(?:se me (?:fueron|quitaron|acabaron|han ido)|perdi|he perdido) (?:las |todas las )?ganas de (?:todo|nada)\b(?! (?:lo que|eso|esto)\b)|\bbajo los brazos\b|\bno (?:tengo|me quedan) (?:mas )?fuerzas\b(?! (?:para (?:ir|salir|cocinar|limpiar|el gym|entrenar|estudiar|trabajar)))|\bno (?:pienso|quiero|puedo) seguir (?:luchando|peleando|intentando|pelandola)\b|\bme di por vencid[oa]\b|\b(?:estoy|me siento) (?:cansad[oa]|agotad[oa]|harta|harto) de (?:todo(?! (?:el|la|los|las|este|esta|ese|esa|estos|estas|esos|esas|su|tu|lo de)\b)|luchar|seguir|intentarlo|existir|sobrevivir(?! (?:con|en|a|al|el|la|este|esta)\b)|pelear|sentirme asi)\b|\bno me quedan (?:fuerzas|ganas)\b|\bya no tengo (?:fuerzas|ganas de nada|ganas de seguir|por que seguir)\b|\bno se (?:como|para que) seguir viviendo\b|\bno tengo (?:razones|motivos|razon|nada) (?:pa|para|de|por) (?:quedarme|seguir|vivir)\b|\bno tengo nada (?:que esperar|por (?:lo )?que vivir|mas que hacer (?:aqui|aca|en este mundo))\b|\bya cumpli mi ciclo\b|\bpara que (?:voy a seguir|seguir|sigo|vivo|vivir|luchar|intentarlo|seguir intentando|levantarme)\b|\b(?:ya )?no (?:quiero|puedo|pienso|voy a|se si quiero|se si puedo) seguir(?: (?:asi|mas|adelante|viviendo|luchando|peleando|intentando(?:lo)?|aguantando|respirando|con esto|con mi vida|con esta vida|aqui|aca|en este mundo))?\b(?! (?:con|en|estudiando|trabajando|viendo|esperando|pagando|haciendo|leyendo|yendo|la|el|los|las|este|esta|ese|esa|tu|su|a)\b)|\b(?:ya )?no (?:quiero|puedo|tengo fuerzas para|me dan las fuerzas para) (?:luchar|pelear|intentarlo|aguantar|resistir) (?:mas|ya)\b|\b(?:ya )?no (?:tengo|me quedan?|encuentro|veo|hay) (?:\w+ ){0,2}(?:razones|motivos|razon|motivo|fuerzas) (?:de|para|pa|por) (?:vivir|seguir viviendo|seguir|quedarme|levantarme|existir|aguantar)\b(?! (?:con|en|estudiando|trabajando|yendo|la|el|los|las|este|esta|a)\b)|\bme (?:quede|estoy quedando) sin (?:fuerzas|ganas) (?:de|para) (?:vivir|seguir|nada)\b|\bme (?:quede|estoy quedando|he quedado) sin (?:razones|motivos)\b(?! (?:para|de|pa) (?!vivir|seguir|nada|existir|levantarme|luchar)\w)|\bestoy (?:en las ultimas|al limite|al borde|tocando fondo)\b(?! (?:de (?:la|mi) (?:paciencia|bateria|tarjeta)|con (?:el|la|los|las|mi|mis) (?:tarea|examen|proyecto|tesis|trabajo|informe|entrega|semestre|curso|obra|mudanza|bateria|plata|dinero|quincena|deudas?)))|\bya no (?:doy|puedo) para mas\b|(?<!\b(?:no|nunca|jamas) )\bme (?:rindo|rendi|rendire|voy a rendir)\b|\bya (?:tire|tiro|voy a tirar) la toalla\b(?! (?:con|en) (?:el|la|este|esta) (?:dieta|gym|curso|examen|tarea|proyecto))|\b(?:estoy|me siento|ando) (?:muy |tan |re |bien |super )?(?:cansad[oa]|agotad[oa]|harta|harto|hart[oa]) de (?:vivir|todo y de todos|luchar|seguir|existir|sobrevivir(?! (?:con|en|a|al|el|la|este|esta)\b)|mi vida|esta vida|respirar|estar viv[oa]|despertar|levantarme(?! (?:temprano|tan temprano|a las|de madrugada|para|los|cada|con|en)\b))\b/,
      /\bya no (?:voy a|pienso|quiero) (?:pelear|luchar) mas\b/,
    ),
    unless: anyOf(
      JOKE,
      CLARIFIED,
      /\b(?:gripe|fiebre|resfri\w*|covid|resaca|migrana|colicos|diarrea|vomit\w*|gastritis)\b/,
      TITLE,
      HYPERBOLE,
      /\b(?:con (?:este|el|la|los|las|tanto|tanta|esta|estos|estas|mis|mi) (?:\w+ )?(?:calor|frio|trafico|tareas?|examen|examenes|ruido|lluvia|vecinos?|obras?|taladro|dieta|resaca|dolor de (?:muelas|cabeza|espalda)|trabajo|curro|laburo|chamba|jefe|jefa|empresa|oficina|carrera|facu|materia|proyecto|semestre|cuatrimestre|trimestre|tesis|tarea)|renuncio|renuncie|de (?:lleno|comer|comida)|del gusto|de la emocion|esperar|a que (?:llegue|lleguen|sea|empiece|salga)|por (?:verte|verlos|ir|el viaje|las vacaciones|el concierto|el finde)|hasta el viernes|el finde|(?:las |unas )?vacaciones)\b/,
      /\b(?:aguanto|soporto|puedo|doy) mas (?:el|la|los|las|este|esta|ese|esa|a (?:mi|este|esta|ese|esa|la|el|los|las)|mi|mis|tu|su|sus) (?:\w+ )?(?:calor|frio|ruido|trafico|tarea|tareas|examen|examenes|vecin[oa]s?|jefe|jefa|trabajo|curro|chamba|laburo|clase|clases|profe|musica|obra|lluvia|dieta|resaca|hambre|sueno|olor|gente|fila|cola|espera|ganas|suspenso|intriga|zapatos|tacones|humedad|mosquitos|gym|entrenamiento|partido|serie|pelicula|novela|lunes|semana|horario|colectivo|bus|metro|subte|transito|companer[oa]s?|suegr[oa]|cunad[oa]|hermanit[oa]|ninos|perro|gato|bebe|celular|computadora|internet|wifi|invierno|verano|otono|nieve|viento|bochorno|clima|llovizna|garua|neblina|niebla|granizo|sequia|smog|polen|temporal|temporada de lluvias|tiempo (?:que hace|gris|nublado))\b/,
      /\b(?:dolor|dolores) de (?:muelas|cabeza|espalda|panza|estomago|oido|garganta|rodilla|pies?|cuello|regla)\b|\bdentista\b/,
      /\bme (?:rindo|rendi) (?:con|en) (?:el|la|los|las|este|esta|ese|esa|mi|tu)\b(?! (?:vida|mundo|existencia)\b)/,
      // A chore, a hobby or a nuisance given up: "no es lo mio, me rindo", "ya no aguanto este flequillo".
      /^(?!.*\b(?:vida|vivir|existir|mundo|todo|nada|nadie|morir\w*)\b)(?=.*\b(?:platos|trastes|loza|cocina|limpieza|limpiar|lavar|planchar|ropa|aspirar|barrer|trapear|fregar|gimnasio|gym|dieta|guitarra|piano|ukelele|curso|idioma|ingles|yoga|pesas|running|no es lo mio|que se laven sol[oa]s|descartables|flequillo|fleco|pelo|cabello|barba|mechas|rulos|tinte)\b)/,
      /\bme rindo\b[^.]{0,20}\b(?:ante|contigo|con vos|con este juego|con el sudoku|con este nivel|tu ganas|ganaste|gano)\b|\b(?:juego|nivel|partida|crucigrama|sudoku|wordle|puzzle|rompecabezas|jefe final|boss|consola|videojuego)\b|\bmanana (?:sigo|lo intento|le sigo|continuo|vuelvo a intentar)\b|\b(?:lo dejo|la dejo|por hoy lo dejo|lo dejamos) (?:por hoy|para manana|hasta manana)\b/,
      VENTED,
      // Fed up with everything for one day, said alone: "estoy harta de todo hoy".
      /\b(?:hart[oa]|podrid[oa]|cansad[oa]) de todo (?:hoy|por hoy|este dia)\s*[.!]*$/,
      // Too much sweet food, not too much life: "sobredosis de azucar con los churros, no puedo mas".
      /\b(?:sobredosis|atracon|empacho|empanzada) de (?:azucar|dulce|dulces|postre|postres|chocolate|comida|harinas|carbohidratos|tacos|pizza|pastel|torta|turron|churros|torrijas|rosca)\b/,
      // Fed up with particular people, not with living: "no puedo mas con ellos", "no aguanto mas con mi suegra".
      // (Not when "ella" is a feeling: "la verguenza es tanta que no puedo mas con ella".)
      /^(?!.*\b(?:verguenza|culpa|tristeza|ansiedad|angustia|depresion|pena|dolor|soledad|carga|enfermedad|vida|cabeza|mente|existencia)\b).*\bno (?:puedo|aguanto|soporto) mas con (?:ellos|ellas|el|ella|esta gente|esa gente|mi (?:familia|madre|padre|mama|papa|herman[oa]|suegr[oa]|cunad[oa]|jefe|jefa|ex)|mis (?:padres|hermanos|suegros|viejos))\b(?![^.]{0,40}\b(?:ni con(?:migo)?|ni con mi vida|ni con nada|vida|vivir|morir\w*|matarme|desaparecer)\b)/,
    ),
    about: 'self',
    negationProof: true,
  },
  {
    id: 'es.no-meaning',
    category: 'indirect',
    pattern:
      /\bnada tiene sentido\b|\b(?:mi vida|la vida|vivir|seguir|existir|seguir viviendo|levantarme) (?:ya )?no tiene (?:ningun )?sentido\b|\bno le (?:veo|encuentro) (?:ningun |el )?(?:sentido|caso|chiste|gusto|punto) a (?:nada|la vida|vivir|seguir|mi vida|existir|seguir viviendo)\b|\b(?:ya )?no (?:le )?veo el punto (?:de|a) (?:seguir|vivir|nada|existir|seguir viviendo)\b|\bya no le veo (?:caso|sentido)\b|\bno (?:veo|tengo|hay) (?:ningun |un )?futuro\b(?! (?:a|en|para) (?:esta|esa|la|el|este|ese) (?!vida)\w)|\b(?:estoy|me siento|soy|mi vida|vivo|yo)\b[^.]{0,15}\bsin futuro\b|\b(?:esto|nada|mi vida|la vida|esta mierda) no va a (?:mejorar|cambiar) (?:nunca|jamas)\b|\bnunca va a mejorar\b|\bnada va a (?:cambiar|mejorar)\b|\bno hay (?:ninguna )?esperanza\b|\b(?:ya )?perdi (?:toda )?(?:la )?esperanza\b|\bsin esperanza\b|\bnada vale la pena\b|\bno vale la pena (?:vivir|seguir|nada)\b|\bvivir no vale la pena\b|\bno (?:tengo|encuentro|hay) (?:ninguna )?razon (?:para|de) (?:vivir|seguir)\b|\bno hay (?:nada|nadie) por (?:lo|quien) (?:que )?(?:vivir|seguir)\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:partido|equipo|seleccion|serie|temporada|final|pelicula|libro|trama|gobierno|politica|pais|economia|trafico|transporte|wifi|internet|impresora|tren|bus|examen|clase|empresa|proyecto|relacion con (?:mi|el|la)|ese (?:chico|tipo)|esa (?:chica|mina)|con (?:el|ella))\b/,
      /\b(?:sentido|caso|punto) a seguir (?:con|en) (?:el|la|los|las|mi|mis|este|esta|ese|esa) (?!vida\b|mundo\b)\w+|\bme (?:paso|cambio|voy) a (?:estudiar|diseno|otra carrera|otro trabajo|otra cosa)\b/,
    ),
    about: 'self',
    negationProof: true,
  },

  // ── Indirect: burden, worthlessness, vanishing ──────────────────────────
  {
    id: 'es.burden',
    category: 'indirect',
    pattern:
      /\b(?:soy|me siento|solo soy|seria|sigo siendo|no soy mas que) (?:una |un |como una |como un )?(?:carga|estorbo|peso muerto|peso|molestia|problema para todos|lastre)\b|\b(?:estarian|estarian|estaran|estarias|vivirian|estan|estariamos|estaria) (?:todos |todas )?(?:mejor|mas tranquil[oa]s|mas felices|en paz) sin mi\b|\b(?:mejor|mas facil|mas tranquilo|mejor para todos) (?:para todos )?(?:si|que) (?:yo )?(?:no (?:estuviera|existiera|estoy|existo)|desapareciera|desaparezco|me muriera|me muero|me fuera pa(?:ra|'?) siempre)\b|\b(?:estarian|estaria|seria|serian|vivirian|estaran) (?:todos |todas )?(?:mejor|mas tranqui\w*|mas felices|en paz) (?:si (?:yo )?(?:no estuviera|no existiera|me fuera|desapareciera|no estoy)|sin (?:mi|tener que (?:bancarme|aguantarme|cuidarme|lidiar conmigo|cargar conmigo)))\b|\bmas tranqui\w* sin mi\b|\b(?:se van a alegrar|van a estar mejor|estaran mejor|descansaran) cuando (?:ya )?no (?:este|exista)\b|\bdejar de molestar (?:a todos|a nadie|pa(?:ra|'?) siempre|a todo el mundo)\b|(?<!\b(?:va a|iba a|quiere|queria|no quiere) )\b(?:eres|ser) una carga\b|\bles quitaria (?:un|el|este) (?:peso|problema)\b|\b(?:el mundo|todo|todos|mi familia) (?:seria|serian|estaria|estarian) mejor sin mi\b|\bsin mi (?:estarian|estan|estaran|serian) mejor\b|\bsolo (?:les )?(?:causo|doy|traigo) problemas\b|\bno (?:voy|vuelvo) a molestar (?:mas|a nadie)\b|\bya no (?:voy a )?(?:ser|seguir siendo) una carga\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:mochila|maleta|equipaje|camion|bateria|carga del (?:celular|telefono|camion)|carga academica|carga horaria|carga laboral|de trabajo|tarea|en el grupo de trabajo|proyecto|team|partido|equipo de (?:futbol|basquet))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.vanish',
    category: 'indirect',
    pattern: anyOf(
      /\bdesaparecer (?:pa(?:ra|'?) siempre|del mapa pa(?:ra|'?) siempre|de una vez|sin dejar rastro|de este mundo)\b|\b(?:quiero|quisiera|ojala pudiera|ganas de|solo quiero|me gustaria) desaparecer\b(?! (?:del|de la|de las|de los|un|unos|una|unas|el|la|los|las|a|al|por|hasta|de vacaciones|de aqui por hoy)\b)|\bsi (?:\w+ ){0,3}(?:me (?:fuera|fuese|iba|voy|muero|muriera|mato|matara|suicido|suicidara|pasa algo|pasara algo|desaparezco|quito la vida)|desaparezco|desapareciera|desapareciese|(?:simplemente |de repente |ya )?no (?:estoy|estuviera|estuviese|despierto|despertara|vuelvo|volviera|existiera|existo)|dejo de existir|dejara de existir|dejo de estar|dejara de estar|muero|muriera|faltara|falto yo)\b[^.]{0,40}\b(?:nadie|alguien|quien|a nadie|ni)\b|\b(?:nadie|alguien|quien|a nadie)\b (?:\w+ ){0,3}(?:notaria|notara|extranaria|echaria de menos|se daria cuenta|daria cuenta|se enteraria|importaria|importa|lloraria|vendria|buscaria|va a notar|va a extranar|va a importar)\b[^.]{0,40}\bsi (?:\w+ ){0,3}(?:me (?:fuera|fuese|iba|voy|muero|muriera|mato|matara|suicido|suicidara|pasa algo|pasara algo|desaparezco|quito la vida)|desaparezco|desapareciera|desapareciese|(?:simplemente |de repente |ya )?no (?:estoy|estuviera|estuviese|despierto|despertara|vuelvo|volviera|existiera|existo)|dejo de existir|dejara de existir|dejo de estar|dejara de estar|muero|muriera|faltara|falto yo|estoy viv[oa]|vivo o muero)\b|\b(?:nadie|a nadie|nadie nadie) me (?:extranaria|echaria de menos|va a extranar|extranara|lloraria|va a llorar|buscaria|va a buscar|notaria|echaria en falta)\b|\bnadie (?:va a notar|notaria|notara|se daria cuenta de|lloraria) (?:mi (?:ausencia|muerte|falta)|que (?:ya )?no estoy|que me fui)\b|\ba nadie le (?:importaria|importa|va a importar|importaba) (?:si )?(?:que )?(?:me muera|me muero|mi muerte|muero|vivo o muero|estoy viv[oa]|desaparezco)\b|\bno (?:le )?har(?:ia|e) falta a nadie\b|\ba nadie le (?:haria|hare|hago|voy a hacer) falta\b(?! (?:en|para|con)\b)|\bnadie me (?:echaria|va a echar) en falta\b|\b(?:me voy|me fuera|irme) (?:lejos )?(?:y no vuelvo nunca|del todo|y no volver)\b|\b(?:quisiera|quiero|ojala|mejor|seria mejor|sería mejor|que seria mejor|solo) no estar\b(?! (?:en|aqui|ahi|con|para|tan|de|del|solo|sola|presente|enferm|pendiente|ocupad[oa]|list[oa]|preparad[oa]|segur[oa]|cerca|lejos|asi|triste|mal|por))|\bno me esperen\b[^.]{0,60}\b(?:ninguna|nunca mas|nunca)\b|\bni en (?:esa|esta) ni en ninguna\b|\bya casi no estoy\b/,
      /\bme voy a ir (?:lejos|para siempre)\b[^.]{0,20}\bno (?:voy a volver|vuelvo)\b/,
    ),
    unless: anyOf(
      JOKE,
      HYPERBOLE,
      /\bdesaparecer (?:de|del|de la|de las|de los|en) (?:\w+ )?(?:grupo|chat|whatsapp|redes|instagram|tiktok|facebook|oficina|fiesta|reunion|junta|clase|examen|vacaciones|playa)\b/,
      // A retreat to a place of one's own, to live quietly: "desaparecer en una cabana en la sierra".
      /\bdesaparecer (?:en|a) (?:mi|una|un|el|la|los|las|alguna?|algun|su|nuestra?) (?:\w+ )?(?:casita|cabana|cabanita|finca|rancho|ranchito|chacra|quinta|parcela|hacienda|cortijo|masia|casa (?:de campo|de (?:la )?playa|en el campo|en la playa)|campo|pueblo|pueblito|aldea|isla|islita|montanas?|sierra|huerta|huerto)\b(?![^.]{0,40}\b(?:para siempre|y no volver|nunca mas|que nadie me (?:encuentre|busque))\b)/,
      // A rest with an end: "desaparecer bajo la cobija hasta el domingo", "entre las sabanas todo el finde".
      /\bdesaparecer (?:bajo|debajo de|entre|en) (?:la|las|el|los|mi|mis) (?:cobijas?|sabanas?|mantas?|frazadas?|colchas?|edredon|cama|sillon|sofa|almohadas?)\b[^.]{0,30}\b(?:hasta (?:el|la|manana|mediodia|que)|(?:todo )?el (?:finde|fin de semana|domingo|sabado)|un rato|unas horas|cero llamadas)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.worthless',
    category: 'indirect',
    pattern:
      /\bperdon(?:en)? por existir\b|\b(?:yo|siento que|creo que) (?:sobro|estorbo)\b(?! (?:aqui|aca|en (?:la|el|esta|este) (?:reunion|cocina|oficina|fiesta|foto|equipo|clase|paso|camino))\b)|\bestorbo en (?:todos lados|todas partes|este mundo|la vida|mi casa|mi familia)\b|\b(?:sobro|estoy sobrando|ando sobrando|sigo sobrando) en (?:este mundo|el mundo|este planeta|todos lados|todas partes|esta familia|esta casa|mi casa|la vida)\b|\b(?:estoy|siento que estoy) de mas (?:en este mundo|en el mundo|en este planeta|en todos lados|aqui|aca|en la vida|en mi casa|en mi familia)\b|\bno sirvo para nada\b|\bno valgo (?:nada|la pena)\b|\bsoy (?:un|una) (?:inutil|fracaso|error|basura|desperdicio|mierda|nadie|estorbo|asco de persona|decepcion)\b(?! (?:en|con|para) (?:la cocina|matematicas|los deportes|el futbol|la cancha|el baile|el karaoke|dibujo|esto de))|\bno (?:deberia|debi) (?:haber nacido|existir|estar aqui|estar viv[oa]|seguir aqui)\b|\bojala no (?:hubiera|hubiese) nacido\b|\bno merezco (?:vivir|estar viv[oa]|existir|seguir|nada|ser querid[oa]|estar aqui)\b|\bmerezco (?:morir|morirme|sufrir|estar muert[oa]|que me pase algo)\b|\bmi existencia (?:es|sobra|no sirve)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:cocina|cocinar|matematicas|deportes?|futbol|baile|bailar|cantar|dibujar|manualidades|tecnologia|computadora|excel|idiomas|ingles|manejar|karaoke|juegos?|plantas|padel|tenis|basquet|voley|golf|ajedrez|natacion|gym|gimnasio|videojuegos?)\b/,
    ),
    about: 'self',
    negationProof: true,
  },
  {
    id: 'es.trapped',
    category: 'indirect',
    pattern:
      /\bno (?:hay|veo|encuentro|tengo|le veo) (?:otra |ninguna |una )?salida\b|\b(?:estoy|me siento|me sentia|sigo|vivo) (?:completamente |totalmente |muy )?(?:atrapad[oa]|encerrad[oa] en mi (?:cabeza|vida|mente)|acorralad[oa])\b(?! (?:en (?:el|un) (?:trafico|ascensor|elevador|tranque|atasco|tren|metro)|por la lluvia))|\b(?:la|una|mi) (?:sola|unica) salida\b|\bno (?:hay|veo|tengo|encuentro|le veo|le encuentro) (?:otra |ninguna )?salida\b(?=(?: (?:para mi|a esto|a mi vida|de esto|de este infierno|a este dolor|mas que|que|excepto|salvo|posible|ya|nunca|y|ni))|\s*$|,)|\b(?:estoy|me siento|mi vida|vivo|sigo|me veo|atrapad[oa])\b[^.]{0,20}\bsin salida\b|\bno hay (?:otra )?forma de salir de esto\b|\bla unica (?:opcion|solucion) que me queda\b/,
    unless: anyOf(
      JOKE,
      /\b(?:estacionamiento|parqueadero|laberinto|de emergencia|escape room|juego|videojuego|nivel|aeropuerto|autopista|trafico|ascensor|elevador|tunel|calle sin salida|examen|ejercicio|problema de matematicas|salida del metro|salida del cine|salida al cine|salida con|la salida (?:de|del) (?:trabajo|colegio))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.unbearable',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:el|este|mi|un) (?:dolor|sufrimiento|vacio|tormento)\b[^.]{0,30}\b(?:insoportable|inaguantable|demasiado|no se va|no para|no termina|no aguanto)\b|\b(?:verguenza|culpa|angustia|soledad|tristeza) (?:es |tan )?(?:insoportable|inaguantable|que no (?:aguanto|soporto))\b|\b(?:solo |nomas )?quiero que (?:pare|se detenga|termine|acabe|se acabe|se calle|deje de doler)\b(?! (?:la|el|los|las|este|esta|ese|esa|tu|su|mi) (?!dolor|sufrimiento|pesadilla|tormento|angustia|tristeza|vacio|infierno|agonia|vida|soledad|ruido en mi cabeza)\w)|\bque (?:pare|se acabe|termine) (?:el dolor|el sufrimiento|todo|esto ya)\b|\bno soporto (?:estar en mi (?:piel|cuerpo|cabeza)|ser yo|mi existencia|existir|sentir esto)\b|\bduele (?:existir|vivir|estar viv[oa])\b/,
      /\besto no es vivir\b/,
    ),
    unless: anyOf(
      JOKE,
      /\b(?:muelas?|cabeza|espalda|rodilla|dentista|migrana|regla|colicos|menstrua\w*|la panza|de estomago|pie|tobillo|oido|garganta|tatuaje|fisio|lesion|cirugia|calor|ruido|musica|vecino|obra|lluvia|fiesta|trafico)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.passive-wish',
    category: 'indirect',
    pattern:
      /\bojala no (?:despertar|despierte|despertara|despertase|amanecer|amanezca|amaneciera|existir|existiera)\b|\bojala (?:que )?(?:manana|hoy|esta noche|el lunes) no (?:me )?(?:despierte|despertara|despertase|amanezca|amaneciera)\b|\b(?:quiero|quisiera|ganas de|me gustaria|solo quiero|ojala pudiera) (?:dormir|dormirme|cerrar los ojos)(?: y)? (?:no despertar|pa(?:ra|'?) siempre|y no volver a despertar|y ya no despertar|y no abrirlos mas)\b|\bdormir(?:me)? y no (?:volver a )?despertar\b|\bno despertar(?:me)? (?:nunca )?mas\b|\b(?:ojala|que|a ver si|quisiera que|ojala que) me (?:atropelle|atropellara|pise|pisara|choque|chocara|lleve|llevara|aplaste) (?:un|una|el) (?:carro|auto|coche|camion|bus|colectivo|micro|tren|trailer|camioneta|moto)\b(?! (?:jaja|xd))|\b(?:quiero que|quisiera que|ojala|ojala que|solo quiero que|necesito que) todo (?:se detenga|se detuviera|pare|parara|termine|terminara|se acabe|se acabara|acabe)\b(?! (?:bien|rapido|pronto para|a tiempo|de una vez para (?:ir|irnos)))|\bojala se acabe (?:pronto|ya|todo|de una vez)\b|\bsi\b[^.]{0,60}\b(?:camion|carro|auto|coche|bus|colectivo|tren|accidente|me pasa algo|me muero|no despierto|no vuelvo|se me cruzara|me atropella\w*)\b[^.]{0,40}\b(?:no me importaria(?: mucho)?|tampoco me importaria(?: mucho)?|no seria tan malo|(?:casi )?seria un alivio|daria lo mismo)\b|\bojala (?:que )?(?:un|una|el|la|algun|alguna) (?:carro|auto|coche|camion|bus|colectivo|micro|tren|trailer|camioneta|moto|rayo|meteorito|avion) me (?:atropelle|atropellara|pise|pisara|pase por encima|pasara por encima|lleve|llevara|arrolle|arrollara|aplaste|aplastara|parta|partiera|caiga encima|cayera encima|mate|matara)\b|\bojala (?:que )?(?:un|una|algun|alguna) [a-z]+(?: de (?:esos|esas))? me (?:llevara|lleve|llevase|matara|mate|partiera|atropellara|atropelle)\b(?! (?:a|al|en|de|hasta|para|pa|con|por|el|la|los|las)\b)|\bque me (?:pase|pasara) por encima (?:un|una|el) (?:carro|auto|coche|camion|bus|colectivo|micro|tren|trailer|camioneta)\b|\bojala (?:que )?me (?:diera|de|pasara|pase|agarrara|agarre|viniera|venga) algo(?=\s*(?:,|$|y (?:listo|ya|me muera|se acab\w+)|rapido|fulminante|que me mate|grave))|\bsi (?:me )?pasa(?: algo)?,? (?:pues |entonces |bueno )?que pase\b|\bojala (?:me pase|me pasara|me pasase|tener|tuviera) (?:algo|un accidente)\b|\bojala (?:me de|me diera|me agarre|me agarrara) (?:un|una) (?:infarto|cancer|enfermedad|algo)\b|\b(?:que se caiga|se cayera) el avion\b|\bojala no (?:hubiera|haber) despertado\b|\bpor que (?:me )?desperte\b|\bquiero dejar de sentir\b|\bque me (?:parta|caiga) un rayo y (?:ya|listo|se acabe)\b/,
    unless: anyOf(
      JOKE,
      SLEEP_IN,
      HYPERBOLE,
      /\bmatame camion\b|\b(?:temprano|el despertador|la alarma|el lunes|para ir a)\b/,
      // A pause wished, with its length: "quiero que todo pare un ratito", "que todo se detenga unos dias".
      /\btodo (?:se detenga|se detuviera|pare|parara|termine|se acabe) (?:un rat(?:it)?o|un momento|un poquito|un segundo|unos (?:dias|minutos|segundos)|un par de (?:dias|horas)|por un (?:rato|tiempo|momento|dia))\b(?! largo)(?![^.]{0,40}\bno (?:tener que )?(?:volver|despertar)\b)/,
      // Something named as what wakes one: "ojala manana no me despierte el perro del vecino".
      /\bno me (?:despierte|despertara|despertase) (?:el|la|los|las|un|una|mi|mis|nadie|ningun\w*)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.death-rest',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:no sentir|dejar de sentir) nada (?:nunca mas|para siempre|nunca)\b|\bme despierto decepcionad[oa]\b/,
      /\b(?:la muerte|morir|morirme|estar muert[oa]|no estar|no existir|dejar de existir) (?:seria|es|sera|debe ser|suena como|parece) (?:un |una |el |la )?(?:descanso|alivio|liberacion|paz|solucion|lo mejor|mas facil|mejor|salida|regalo|bendicion)\b|\bdescansar (?:pa(?:ra|'?) siempre|en paz de una vez|por fin de todo|de todo pa(?:ra|'?) siempre)\b|\b(?:el|mi) descanso eterno\b(?! de\b)|\b(?:envidio|envidia) a los muertos\b|\b(?:en la muerte|muert[oa]) (?:por fin )?(?:descansaria|estaria en paz|tendria paz|dejaria de sufrir)\b|\b(?:solo|solamente) (?:muert[oa]|muriendo) (?:voy a|podria) (?:descansar|estar en paz|tener paz)\b/,
      /\b(?:envidio|envidiaba|tengo envidia de|me dan envidia) (?:a )?(?:los|las|quienes) (?:que )?(?:ya )?(?:se )?(?:murieron|muertos|estan muertos|fallecieron|se fueron|ya no estan)\b|\b(?:ellos|ellas|los muertos) (?:por fin|al fin|ya) descansan\b(?! en paz)/,
    ),
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:personaje|libro|novela|pelicula|serie|filosof\w*|budis\w*|epicuro|estoic\w*|la abuela|mi abuel[oa] (?:ya )?descansa|q\.?e\.?p\.?d|descanse en paz)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.not-caring',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:me da igual|me da lo mismo|me importa poco|no me importa|me vale|me vale madre|me importa un carajo|ni me importa|me tiene sin cuidado) (?:si )?(?:manana )?(?:vivo o muero|vivir o morir|sobrevivir(?: o no)?|vivir o no|estar viv[oa]|me muero|morir|morirme|sobrevivo|despierto|amanezco|me pasa algo|muero|me mato|vivir|seguir viv[oa]|salir viv[oa]|no vuelvo)\b|\bmanej\w* a (?:1[4-9]\d|2\d\d)\b|\ba (?:1[4-9]\d|2\d\d) (?:por hora|km\/?h|kilometros)\b[^.]{0,40}\b(?:da igual|total|que importa|a proposito|sin cinturon|sin casco|ojala|a ver que pasa)\b|\b(?:dejar|deje|dejando|deja|dejo|tirar|tire) (?:de (?:tomar|ponerme|usar|inyectarme) )?(?:la|mi|mis|las) (?:insulina|medicacion|medicina|medicinas|pastillas|tratamiento|dialisis|antirretrovirales)\b[^.]{0,50}\b(?:total|da igual|que importa|para que|pa que|me da lo mismo|a ver que pasa|me vale|que sea lo que dios quiera|a proposito|ya fue|que mas da|ya no importa|ya no me importa|ni modo|al carajo|sin decirle a (?:nadie|mi medico|la doctora|el doctor))\b|\bsi (?:me )?pasa(?: algo)?,? (?:pues |entonces |bueno )?que pase\b|\bdeje de comer\b[^.]{0,30}\b(?:total|da igual|para que)\b|\bhasta perderme\b|\bsi no me levantara nunca mas\b|\b(?:sin (?:cinturon|casco))\b[^.]{0,40}\b(?:a proposito|total|da igual|que importa|ojala|a ver que (?:pasa|pasaba|pase|onda))\b|\btotal (?:ya )?(?:da igual|que mas da|nadie (?:lo )?(?:va a notar|notaria))\b[^.]{0,40}\b(?:morir|muero|vivo|pase lo que pase|me pase algo)\b/,
      /\bme da (?:igual|lo mismo)\b[^.]{0,20}\bsi (?:manana |un dia )?(?:no )?(?:me despierto|despierto|amanezco)\b|\b(?:cruzo|cruce|cruzar) la calle sin mirar\b|^si pasa,? pasa[.!]*$/,
    ),
    unless: anyOf(
      JOKE,
      /\bmorir de viej[oa]\b|\b(?:el videojuego|en el juego|gran turismo|mario kart|autopista alemana|pista|circuito|autodromo)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.affairs',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:mi|el|la) (?:gat[oa]|perr[oa]|mascota|perrit[oa]|gatit[oa])\b[^.]{0,20}\bva a estar bien con\b/,
      /\b(?:mi|hice (?:el|un|mi)|escribi (?:el|un|mi)|estoy haciendo (?:el|un|mi)|redacte (?:el|un|mi)|dejar listo (?:el|mi)|dejar hecho (?:el|mi)) testamento\b|\b(?:regal(?:ar|ando|e|ado)|dar|di|doy|repartir|repartiendo|reparti|deshacerme de|me deshice de|me estoy deshaciendo de) (?:casi )?(?:todas )?(?:mis cosas|todas mis cosas|mi ropa|mis libros|mi guitarra|mi colecc\w*|mis pertenencias|mis discos|mis juegos|mis plantas|lo poco que tengo|todo lo que tengo)\b(?! (?:viejas?|que no uso|que ya no uso|para la mudanza|por la mudanza|a la beneficencia por la mudanza))|\b(?:dar|darle|dejar|dejarle|encontrar(?:le)?|buscarle|busco|buscando) (?:a )?(?:mi|mis) (?:perr\w*|gat\w*|mascotas?|loro|conejo|hamster)\b[^.]{0,30}\b(?:a alguien|en adopcion|quien (?:lo|la|los|las) cuide|hogar|dueno|familia nueva|nuevo hogar|por si)\b|\b(?:le )?(?:di|deje|regale|entregue) (?:a )?(?:mi|mis) (?:perr|gat|mascota|loro|conejo)\w* a (?:mi|una|un|la|el|los|las) \w+|\b(?:perr\w*|gat\w*|mascotas?|hij[oa]s?|nin[oa]s|bebe|loro|conejo|hamster|lo|la)\b[^.]{0,50}\b(?:cuidar|cuida|cuidara|cuidaran) mejor que yo\b|\bcanciones? para mi funeral\b|\b(?:mi|el) (?:propio )?funeral\b(?! de)|(?<!\bsus? )\b(?:mis |las )?contrasenas\b[^.]{0,40}\b(?:por si|para cuando|anotadas|a mi (?:hermana|mama|papa|amig[oa])|en un sobre|para que (?:puedan|tengan))\b|\b(?:poner|dejar|puse|deje|estoy poniendo|dejando) (?:todas )?(?:mis cosas|mis asuntos|mis papeles|todo|mis cuentas) (?:en orden|ordenadit[oa]s?|ordenad[oa]s?|arregladit[oa]s?|arreglad[oa]s?|listo|listas?)\b|\bpor si me pasa algo\b|\b(?:deje|dejo|tengo|ya tengo) (?:el|mi) testamento (?:hecho|listo|firmado|escrito|al dia)\b/,
      // Life insurance settled, where the bank keys are, a song chosen for one's own burial: "le
      // explique a mi hermana donde estan las claves del banco", "elegi la cancion para mi entierro".
      /\b(?:deje|dejo|ya deje|estoy dejando|tengo) (?:arreglad[oa]|list[oa]|en orden|al dia|pagad[oa]) (?:el|mi) (?:seguro de vida|poliza de vida)\b|\b(?:le|les) (?:explique|dije|deje (?:anotad|escrit)[oa]|anote|ensene) (?:a (?:mi|mis) \w+ )?donde (?:estan|guardo|tengo|quedan) (?:las|mis) (?:claves|contrasenas|escrituras|papeles del banco)\b|\b(?:elegi|escogi|ya elegi|ya escogi|deje elegid[oa]s?|deje escogid[oa]s?) (?:\w+ ){1,3}(?:para|de) mi (?:propio )?(?:entierro|funeral|velorio|cremacion)\b/,
      /\ba quien le (?:toca|queda|corresponde|va) (?:cada cosa|cada una de mis cosas|que cosa|mis cosas)\b/,
      // One's things handed out to several people at once: "regale la bici a mi sobrino, mis discos a un amigo y...".
      /\b(?:regale|reparti|done|regalo|reparto)\b (?:a )?(?:mi|mis|la|el|los|las) (?!ropa (?:vieja|de bebe|que)|cosas viejas)\w+(?: \w+)? (?:a|al) (?:mi|mis|un|una|la|el|los|las)? ?\w+[^.,]{0,40}, (?:y )?(?:mis|mi|la|el|los|las) \w+(?: \w+)? (?:a|al) (?:mi|mis|un|una|la|el|los|las)? ?\w+/,
      // Who gets what, written down: "deje anotado a quien le toca que", "apunte a quien le queda cada cosa".
      /\b(?:anote|anotado|escribi|escrito|apunte|apuntado|deje dicho|una lista de)\b[^.]{0,20}\ba quien le (?:toca|toco|queda|corresponde|va) (?:que|cada cosa|cada cual|mis cosas)\b(?! (?:dia|dias|semana|turno|turnos|hora|tarea|tareas|parte|plato|platos|limpiar|lavar|cocinar|llevar|traer|pagar)\b)/,
    ),
    unless: anyOf(
      JOKE,
      DECEASED_ORDER,
      /\b(?:me recibi|me gradue|recibid[oa]|graduad[oa]|titulad[oa]|egres\w*|de la facu|de la uni|del cole|del colegio)\b/,
      // Leaving a job: "regale mis plantas de la oficina", "una carta de despedida para el equipo".
      /\b(?:de la oficina|del escritorio|para el equipo|a mis companeros de trabajo|mi ultimo dia en)\b/,
      // Someone else's funeral: "elegi la cancion para el entierro, mi tio fallecio el martes".
      /\b(?:fallec\w+|murio|se murio|partio|descanse en paz|en paz descanse|qepd|difunt[oa]|finad[oa])\b/,
      // Someone else putting their affairs in order: "ella quiere dejar todo en orden", "su testamento".
      /\b(?:ella|el|mi (?:mama|papa|madre|padre|abuel[oa]|ti[oa]|suegr[oa])) (?:\w+ ){0,2}(?:quiere|queria|quiso|decidio|prefiere) (?:dejar|poner|tener) (?:todo|sus cosas|sus papeles|sus asuntos) (?:en orden|arreglad[oa]s?|listo)\b|\bvoluntad(?:es)? anticipadas?\b/,
      /\b(?:nacio|nieto|nieta|nuestro bebe|estamos felices|un tramite mas|nos recomendo)\b/,
      // A pet rehomed for an allergy or a home that takes none: "le di mi gata a mi prima porque al bebe le salio alergia".
      /\b(?:alergi\w*|alergic[oa]s?|asma|asmatic[oa]s?|no (?:aceptan|permiten|dejan tener) (?:mascotas|animales|perros|gatos))\b/,
      // Arrangements made so the heirs are spared trouble: "compre mi lugar en el panteon, asi mis hijos no batallan".
      /\b(?:asi|para que) (?:mis hijos|mis hijas|mi familia|mis nietos|los muchachos|nadie) no (?:batall\w+|tenga\w* que|se (?:preocupe\w*|pele\w*|complique\w*)|pase\w* apuros)\b|\b(?:plan|seguro|servicios?) (?:funerari\w+|de prevision)\b|\bcompre mi (?:lugar|terreno|nicho|fosa|gaveta|cripta) en el (?:panteon|cementerio)\b/,
      ABROAD,
      TOPIC,
      /\b(?:mudanza|me mudo|nos mudamos|viaje|vacaciones|voy a viajar|me voy de viaje|minimalis\w*|marie kondo|limpieza|orden de primavera|antiguo testamento|nuevo testamento|biblia|contrasenas seguras|gestor de contrasenas|el banco pide|declaracion de impuestos|jubil\w*|notari\w*|abogad\w*|testamento vital|voluntades anticipadas|tramite|contador\w*|contabilidad|impuestos|hacienda|carretera|vuelo|excursion|caminata|senderismo|cirugia|operacion|parto|montana|ruta)\b/,
      /\bporque no (?:vale|valia) la pena (?:mandar|llevar|enviar|trasladar|embarcar|despachar)\w*\b|\bporque (?:yo )?ya no (?:la|lo|las|los) (?:toco|uso|leo|juego|ocupo|necesito para (?:el|la) \w+)\b|\b(?:recien )?(?:esta|estan) empezando\b|\bpara que (?:aprenda|practique|empiece)\b|\b(?:licencia|baja|excedencia|permiso) (?:de|por) (?:maternidad|paternidad|enfermedad)\b/,
    ),
    // The list after their colon is what they left: "mi abuela dejo todo ordenado antes de morir: el
    // testamento, el funeral" (not the writer's own, told in a sentence of its own).
    unlessBeside: new RegExp(`${DECEASED_ORDER.source}[^.:]*:(?: |$)`),
    about: 'self',
  },
  {
    id: 'es.given-not-needed',
    category: 'indirect',
    // Things given away that the writer "will not need": "le regale la guitarra a mi primo, ya no la voy a ocupar".
    pattern:
      /\b(?:regale|di|deje|reparti|vendi|le pase)\b[^.]{0,80}\bya no (?:la|lo|las|los) (?:voy a (?:necesitar|usar|ocupar)|voy a volver a (?:usar|ocupar|necesitar))\b(?![^.]{0,30}\b(?:me compre|nuev[oa]s?|me regalaron|cambie)\b)/,
    unless: anyOf(
      JOKE,
      /\b(?:vacaciones|viaje|mudanza|me mudo|crec\w+|viej[oa]s|me quedan? (?:chic[oa]s|grandes)|ya no juego|deje de (?:tocar|jugar|usar)|otr[oa]s? (?:mejor|nuev)\w*)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.goodbye-thanks',
    category: 'indirect',
    // Words without a person: a quoted goodbye is the speaker's (see detect.ts).
    pattern: anyOf(
      // Things given away that will not be needed (whoever says it: a quoted one is the speaker's).
      /\bya no (?:la|lo|las|los) (?:voy a necesitar|voy a usar|voy a ocupar|voy a volver a (?:usar|ocupar|necesitar)|van a hacer falta|necesito para nada)\b(?![^.]{0,30}\b(?:me compre|nuev[oa]s?|me regalaron|cambie)\b)/,
      /\b(?:fueron|fuiste|fue|han sido|has sido) lo mejor que (?:tuve|he tenido|me paso)\b|\bno es porque (?:este|estoy|me sienta|me siento) mejor\b/,
      /\bgracias por todo lo que (?:hiciste|hicieron|hizo) por mi\b[^.]{0,40}\b(?:de verdad|siempre|nunca|adios|chau|me voy|ya no)\b|\bgracias por todo lo que (?:hiciste|hicieron|has hecho|han hecho) por mi\b|\b(?:no voy a|no creo que|no creo) (?:estar|venir|ir|llegar) (?:en|a|para) la (?:proxima|siguiente) (?:sesion|cita|consulta|semana)\b(?! (?:porque|por|ya que|pues|tengo|me voy de|estoy de))|\b(?:esta|esta va a ser|esta fue) (?:nuestra|mi) ultima (?:sesion|conversacion|charla)\b(?! (?:porque|por|antes de|del ano|hasta))|\b(?:fuiste|fueron|has sido|han sido) (?:muy |lo mas |de lo mas )?(?:importante|lo mejor|lo unico bueno)s? (?:para mi|de mi vida)\b[^.]{0,40}\b(?:adios|siempre|perdon|gracias)\b|\bque sepan que (?:los|las|te) quiero\b[^.]{0,30}\b(?:siempre|aunque ya no|adios|pase lo que pase)\b|\bperdon(?:enme|ame)? por todo\b[^.]{0,30}\b(?:adios|chau|los quiero|te quiero|me voy|ya no)\b|\bsi (?:manana )?no (?:te |les )?(?:contesto|respondo|aparezco)(?: manana)?\b|\bes porque ya me fui\b|\b(?:nota|carta|mensaje|audio|post|estado|historia|papel|escribio|puso|decia|dice)\b[^.]{0,40}\bperdon(?:enme|en|ame)? por todo\b|^["'«]?perdon(?:enme|en|ame)? por todo["'»]?$|\bfue (?:un (?:gusto|honor|placer)|lindo|bonito|hermoso) (?:conocerlos|haberlos conocido|conocerlas)(?: a todos)?\b(?! (?:en|el|la|hoy|ayer|anoche|durante|este|esta)\b)(?![^.]{0,40}\b(?:nos vemos|hasta (?:el|la|pronto|luego)|la proxima|el ano que viene)\b)|\b(?:adios|gracias por todo|me despido|perdon(?:en)? por todo|hasta siempre|los quiero|te quiero)\b[^.]{0,40}\bfue (?:un honor|un gusto|lindo|un placer|hermoso|bonito) (?:haberte |haberlos )?conocer(?:te|lo|la|los|las)?\b|\bfue (?:un honor|un gusto|lindo|un placer|hermoso|bonito) (?:haberte |haberlos )?conocer(?:te|lo|la|los|las)?\b[^.]{0,50}\b(?:adios|pa(?:ra|'?) siempre|hasta siempre|cuidense|cuidate|los quiero|te quiero|perdon|me voy|ya no|nunca|gracias por todo|ultima vez|no me olviden)\b|\b(?:le |te |les )?agradezco todo lo que (?:hizo|hiciste|hicieron) por mi\b|\bgracias por haber estado\b|\bgracias por todo\b[^.]{0,30}\b(?:cuidense|cuidate|adios|hasta siempre|los quiero|te quiero|los amo|te amo|pa(?:ra|'?) siempre|perdon)\b(?![^.]{0,30}\b(?:nos vemos|hasta (?:el|la|manana|pronto|luego)|el lunes|la proxima)\b)|\b(?:significaste|significo|significaron) mucho para mi\b|\b(?:que me perdonen|perdonenme|perdonen) por todo\b(?! (?:el|lo|la|esto|eso|los|las)\b)|\bperdon(?:ame)? por todo\s*["'»]?$|\b(?:que me perdonen|perdon(?:enme|ame|en)?) por todo\b[^.]{0,40}\b(?:adios|chau|chao|(?:los|las|te|lo|la) (?:quiero|amo|extrano|adoro)|me voy|ya no|pa(?:ra|'?) siempre|cuid\w+|culpa|lo siento|hasta siempre|olviden|ultima|gracias|no (?:puedo|aguanto|doy)|nunca|mama|papa|ma|pa|familia|hij[oa]s?|amor|mi vida|de verdad|de corazon|perdon)\b|\b(?:adios|me voy|los quiero|te quiero|ya no (?:puedo|aguanto)|me despido)\b[^.]{0,40}\b(?:que me perdonen|perdon(?:enme|ame|en)?) por todo\b|\bya me despedi de\b[^.]{0,50}\b(?:ultima vez|pa(?:ra|'?) siempre|sin que (?:supieran|sepan|se dieran cuenta))\b|\b(?:empece a|estoy) despedirme de (?:la gente|todos|todo el mundo)\b|\bhabia sido lo mejor de mi vida\b|\b(?:ya )?(?:hice|tuve) mi despedida\b(?! de\b)(?![^.]{0,40}\b(?:trabajo|empresa|oficina|viaje|mudanza|fiesta|jubil\w*|intercambio|vuelo|curso|colegio|escuela)\b)/,
      /\b(?:a cada un[oa]|a todos|a todas) (?:de )?(?:mis|los|las) \w+\b[^.]{0,30}\b(?:lo (?:importantes?|mucho) que (?:fueron|son|han sido|significaron)|cuanto (?:los|las) quiero|que (?:los|las) quiero|gracias por todo)\b/,
    ),
    unless: anyOf(
      JOKE,
      /\b(?:vacaciones|viaje|mudanza|me mudo|dentista|examen|trabajo nuevo|turno|horario|cambio de terapeuta|alta|me dieron el alta|graduacion)\b/,
      // Thanks to a mentor at a thesis, a degree or a retirement: "le escribi a mi directora de tesis: gracias por todo".
      /\b(?:tesis|tesina|titulacion|me titulo|me recibo|me gradu\w*|jubil\w*|se retira|(?:asesor|director|tutor)[ae]?s? de)\b/,
      /\bsi no (?:\w+ )?(?:contesto|respondo|aparezco)\b[^.]{0,20}\bno (?:es|pasa) nada\b|\b(?:detox|modo avion)\b/,
      // Not answering until a new phone comes: "si no contesto es que vendi el cel, hasta que tenga el nuevo".
      /\bhasta que (?:tenga|me llegue|compre|arregle|me den) (?:el|la|un|una|otro|otra) (?:nuev[oa]|cel|celular|telefono|movil|compu)\b|\b(?:lo|la) vendo\b|\bmarketplace\b/,
    ),
    negationProof: true,
  },
  {
    id: 'es.religious-passive',
    category: 'indirect',
    pattern:
      /\b(?:irme|me quiero ir|quisiera irme|ya quiero irme|me voy a ir|estar|ya quiero estar|quiero estar|ganas de irme) con (?:dios|diosito|el senor|jesus|la virgen|mi abuel[oa] (?:que|en el cielo)|ella (?:y|que)|mi mama (?:que|en el cielo)|los angeles)\b|\bque (?:dios|el senor|diosito|el de arriba|la virgen|tata dios) (?:ya )?me (?:lleve|recoja|llame|quite la vida|lleve pronto|lleve ya)\b|\b(?:le )?(?:pido|rezo|ruego|pidiendo|rogando) (?:a dios|al senor|a diosito|a la virgen|al de arriba)? ?(?:que|para que) (?:ya )?me (?:lleve|recoja|lleve pronto|deje morir)\b|\b(?:dios|el senor) (?:por que )?no me (?:lleva|recoge|llama)\b|\b(?:quiero|quisiera|solo quiero|ya quiero) reunirme con (?:ella|el|mi (?:espos[oa]|mujer|marido|mama|papa|hij[oa]|abuel[oa]))\b|\b(?:pronto|ya|dentro de poco|muy pronto) (?:la|lo|los|las|te) (?:acompano|voy a acompanar|alcanzo|voy a alcanzar)\b(?! (?:a|al|en|con|de|hasta|para|el|la)\b)|\b(?:le|les) (?:dije|prometi) (?:\w+ ){0,3}que (?:pronto|ya) (?:la|lo|los|las) (?:acompano|voy a acompanar|alcanzo|sigo)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:misa|iglesia|retiro|a la iglesia|oracion de la manana|en paz con)\b(?![^.]{0,30}\b(?:lleve|recoja)\b)/,
    ),
    about: 'self',
  },
  // ── More acts, means and goodbyes, said other ways ─────────────────────
  {
    id: 'es.act-more',
    category: 'explicit',
    pattern:
      /\b(?:me )?(?:raye|rayo|rayaba|rayarme|(?:volvi|vuelvo|volver) a rayar|rasguno|rasgune|arano|arane) (?:\w+ )?(?:los|las|mis|el|la|mi) (?:brazos?|munecas?|piernas?|muslos?|piel|panza|abdomen|antebrazos?|caderas?)\b|\bme (?:\w+ ){0,8}hasta (?:sangrar|que (?:me )?sangr\w+|sacarme sangre|hacerme (?:sangre|dano|heridas)|dejarme (?:marcas|moretones|heridas))\b|\b(?:me (?:estoy |sigo |he estado |vuelvo a |volvi a )?(?:quemando|quemo|queme|quemaba|quemar)|quemarme) (?:\w+ ){0,3}con (?:cigarros?|cigarrillos?|el encendedor|un encendedor|fosforos|cerillos)\b|\b(?:estuve|estaba|me pare|me sente|me subi|me quede)(?: \w+){0,2} (?:en|sobre) el borde (?:del|de la|de) (?:balcon|azotea|terraza|puente|ventana|techo|edificio|cornisa|acantilado)\b|\b(?:me sente|me acoste|me pare|me puse|estuve|me quede) (?:\w+ ){0,2}(?:en|sobre) las vias\b|\ba ver si me (?:atropella\w*|pisa\w*|chocaba|choca|llevaba|lleva) (?:un|una|el|algun)?\b|\bme (?:intente|he intentado|trate de|quise) (?:matar|suicidar|quitar la vida|ahorcar|colgar|envenenar|tirar|cortar las venas)\b|\b(?:la ultima|la primera|la otra|aquella|la segunda) vez que lo intente\b|\b(?:la proxima(?: vez)?|esta vez) no (?:fallo|voy a fallar|me va a fallar)\b(?! (?:el|la|en|con|un|una|ningun)\b)|\b(?:ya )?(?:tengo|esta) todo (?:listo|preparado) (?:para hacerlo|para irme|para el final|para mi partida)\b(?! (?:a|al|de|del|con|en|para)\b)|\b(?:lamento|perdon(?:en|enme|ame)? por|disculpen(?:me)? por) lo que (?:voy a hacer|estoy por hacer|hare|les voy a hacer)\b|\b(?:cuando|si) (?:\w+ ){0,2}(?:lean|leas|leen|lees|estas leyendo|estan leyendo|escuchen|veas|vean|encuentren|encuentres) (?:esto|este mensaje|esta carta|este audio|este video)\b[^.]{0,40}\b(?:ya no (?:estoy|estare|voy a estar|existo|este)|ya me (?:fui|habre ido)|ya (?:estare|estoy) muert\w+|sera (?:demasiado )?tarde)\b|\b(?:ya )?(?:deje|tengo|escribi) (?:mis|las) cartas(?: escritas| listas| de despedida)?\b|\b(?:tengo|hay|esta|estan) (?:\w+ ){0,2}(?:pastillas|frasco|blister|navaja|cuchilla|soga|pistola|arma|veneno)\b[^.]{0,25}\b(?:en la mano|en mi mano|frente a mi|delante de mi|en la mesa frente a mi)\b|\b(?:pistola|arma|escopeta|revolver|pastillas|veneno)\b[^.]{0,40}\bse donde (?:esta|estan|la guarda|las guarda|lo guarda|la esconde|esta la llave)\b|\bse donde (?:\w+ ){0,2}(?:guarda|esconde|tiene) (?:la|el|las|los) (?:pistola|arma|escopeta|revolver|pastillas|veneno)\b|\bya (?:tengo|compre|consegui|saque|prepare) (?:la|una|el|las|mi) (?:soga|cuerda|pistola|arma|escopeta|revolver|veneno|raticida|matarratas|navaja|cuchilla|gillette|cuter)\b(?! (?:para (?:el|la|tender|saltar|acampar|camping|cocina)|de (?:saltar|escalar|tender)))|\b(?:tengo|guardo|escondi) (?:un|una|el|la) (?:cuter|cutter|cortaplumas|vidrio|trincheta)\b[^.]{0,40}\b(?:para cuando|por si|escondid[oa]|debajo del colchon|en el cajon)\b|\bdes-?vivir(?:me)?\b|\b(?:es|era|sera|seria|fue) (?:la|nuestra) ultima vez que (?:nos vemos|nos veiamos|nos veremos|te veo|lo veo|la veo|los veo|me ves|me ven|hablamos|nos abrazamos)\b|\b(?:este|ese) (?:es|era|fue) (?:el|nuestro) ultimo abrazo\b|\b(?:pastillas|pistola|arma|escopeta|revolver|veneno|soga|cuerda|navaja|cuchilla)\b[^.]{0,60}\b(?:pienso|voy a|quiero) (?:usarla|usarlas|usarlo|usarlos|tomarmelas|tomarlas|tragarmelas)\b|\bpa(?:ra|'?) cuando (?:ya )?no (?:este|estemos|exista)\b(?! (?:en|aqui|ahi|con|disponible|de)\b)|\bya tengo (?:escrita|lista) la carta\b(?! (?:de|para el|para la) (?:renuncia|presentacion|motivacion|trabajo|banco))|\bnudo que aguante (?:\w+ )?peso\b|\bme (?:despedi|estoy despidiendo|vengo despidiendo) de (?:todos|todo el mundo|mi familia|mis (?:amig\w+|papas|padres|herman\w+|hij\w+)|mi (?:perr\w+|gat\w+|mascota|mama|papa))\b[^.]{0,50}\b(?:sin que|por si|pa(?:ra|'?) siempre|ultima vez|como si|por ultima)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:cocinando|picando|pelando|friendo|sin querer|por accidente|accidentalmente|me cai|me tropece)\b/,
      // An animal's scratch or bite: "le corte las unas al gato y me rasguno todo el brazo".
      /\b(?:al|el|la|mi|del|un|una) (?:gat[oa]s?|perr[oa]s?|michi|cachorr\w*|loro|conejo|hamster)\b[^.]{0,40}\bme (?:rasguno|arano|mordio|rayo)\b/,
      /\b(?:mosquitos?|picaduras?|ronchas|alergia|varicela|comezon|picazon|dermatitis|eccema|zarzas?|espinas|rosal|cactus|huerta|jardin\w*|podando|ramas)\b/,
      /\b(?:fiesta|viaje|vacaciones|mudanza|examen|entrevista|presentacion|penal|gol|partido|receta|camping|tender)\b/,
      ALGOSPEAK_TALK,
    ),
    about: 'self',
  },
  {
    id: 'es.giving-up-more',
    category: 'indirect',
    pattern:
      /\b(?:mi vida|yo|mi existencia) no (?:vale|valgo|sirve|importa) (?:nada|para nada|un carajo|un peso|ni un peso|mierda|a nadie)\b|\b(?:ojala|mejor|quisiera|hubiera preferido|preferiria|hubiera sido mejor) (?:nunca |no )(?:hubiera|hubiese|haber) nacido\b|\bno (?:haber|hubiera|hubiese) nacido nunca\b|\bsobro en (?:todas partes|todos lados|todo|el mundo)\b|\bno (?:tengo|hay|me queda|encuentro|veo) (?:nada |nadie |nada ni nadie |a nadie )?(?:por|para) (?:que|quien|quienes|lo que|lo cual|el cual|la cual|cual|cuales) (?:vivir|seguir|luchar|levantarme|quedarme|aguantar)\b|\bvalga la pena (?:vivir|seguir|levantarme|quedarme)\b|\b(?:ya )?no tiene (?:ningun )?(?:sentido|caso) (?:nada|vivir|seguir|mi vida|la vida|existir|levantarme|seguir (?:intentandolo|luchando|viviendo|aqui)|intentarlo|luchar)\b|\bnada tiene caso\b|\bdej(?:ar|aria|are|o|aremos) de (?:molestar|estorbar|ser (?:una carga|un problema|un estorbo|una molestia))(?: (?:a|para) (?:todos|todo el mundo|nadie|mi familia|los demas)| pa(?:ra|'?) siempre| de una vez)\b|\b(?:los|las|te|les) voy a dejar (?:en paz|tranquil\w+|de molestar) pa(?:ra|'?) siempre\b|\b(?:les|le) (?:arruino|hago imposible|complico|amargo) la vida a (?:todos|mi familia|todo el mundo)\b|\bles hago la vida imposible\b|\b(?:ojala|que|a ver si|por que no|cuando) (?:dios|diosito|el senor|el de arriba|la virgen) (?:ya )?me (?:lleve|recoja|llame|lleva|recoge)\b|\b(?:pronto|hoy|esta noche|manana) (?:todo )?(?:se (?:termina|acaba) todo|todo (?:se )?(?:termina|acaba|terminara|acabara|va a terminar|va a acabar))\b|\btodo (?:va a|se va a) (?:terminar|acabar) (?:para mi|pronto|esta noche|hoy)\b|\b(?:ya )?(?:falta poco|pronto) (?:para (?:que )?(?:descansar|descanse|irme|me vaya)|(?:voy a )?descans(?:o|are|ar) (?:pa(?:ra|'?) siempre|de todo|de una vez|por fin))\b|\b(?:ya )?(?:estoy|me siento) list[oa] para (?:partir|morir|dejar (?:todo|este mundo)|despedirme|descansar pa(?:ra|'?) siempre|irme pa(?:ra|'?) siempre|irme de este mundo)\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:trabajo|curro|chamba|laburo|oficina|tarea|examen|proyecto|semestre|curso|temporada|serie|partido|vacaciones|finde|fin de semana|viernes|turno|jornada|reunion|fiesta|evento|viaje|clase|clases|concierto|obra)\b/,
    ),
    about: 'self',
    negationProof: true,
  },
  {
    id: 'es.indirect-more',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:en paz|tranquil[oa]|calmad[oa])\b[^.]{0,30}\bdesde que lo decidi\b/,
      /\bsi (?:yo )?no (?:hubiera|hubiese) nacido\b|\b(?:les|le) haria un favor\b[^.]{0,30}\bsi (?:me|yo)\b|\besfum(?:arme|ara|arse|o)\b|\b(?:verguenza|culpa|angustia|soledad|tristeza|ansiedad|vacio)\b[^.]{0,40}\b(?:insoportable|inaguantable|no la (?:aguanto|soporto)|no lo (?:aguanto|soporto))\b|\bno se como se vive con esto\b|\b(?:la muerte(?! de)|morir(?:se|me)?|estar muert[oa])\b[^.]{0,45}\b(?:descanso|descansar|alivio|liberacion)\b|\b(?:seria|serian|estaria|estarian|estan|estaran|es|son|vivirian|irian|quedarian)\b (?:\w+ ){0,3}(?:mejor|mas felices|mas tranquil\w+|en paz) sin mi\b(?! (?:ayuda|apoyo|permiso|trabajo|carro|coche|auto|dinero|plata|firma|opinion|voto|presencia|musica|comida)\b)|\bcomo (?:si me estuviera |)despidiendome\b|\bcomo si me (?:fuera a ir|despidiera|estuviera despidiendo)\b|\bno (?:quiero|queria|quisiera) estar en ningun (?:lado|lugar|sitio|parte)\b|\b(?:regale|regalando|di|doy|reparti|vendi) [^.]{1,50}\b(?:total (?:para que|ya no)|para que (?:la|lo|las|los) quiero|ya no (?:la|lo|las|los) (?:voy a )?necesit\w+)\b|\b(?:alguien|quien|quienes|cuantos|cuanta gente) (?:\w+ ){0,2}(?:iria|irian|vendria|vendrian|lloraria|llorarian|va a ir|vendra|iran) a mi (?:entierro|funeral|velorio)\b|\b(?:mi|(?<!\ben )el) (?:propio )?(?:entierro|velorio)\b(?! de)|\b(?:ojala|me encantaria|me gustaria|quisiera|quiero) que me (?:diera|de|pasara|pase) algo\b(?! (?:de (?:comer|tomar|beber)|bonito|lindo|rico|bueno|para))|\bperdon (?:\w+ ){0,4}por (?:existir|respirar|estar viv[oa]|ocupar espacio|haber nacido|vivir|ser yo)\b|\b(?:yo )?ya me (?:acabe|apague)\b(?! (?:el|la|los|las|un|una|todo|toda|mi|tu|su|de)\b)|\bdesaparecer del mapa\b(?! (?:un|unos|unas|una|el finde|por (?:un|unos|el)|(?:este|el|todo el|ese|el proximo) (?:finde|weekend|fin de semana|puente|feriado|verano|mes))\b)(?![^.]{0,40}\b(?:playa|vacaciones|desconect\w*|sin (?:laptop|compu|correos|emails?|celu|celular|wifi)|no (?:laptop|emails?|correos|compu))\b)|\bni rastro de mi\b|\bpor si (?:\w+ ){0,2}(?:no vuelvo|ya no estoy|no despierto|me muero|ya no vuelvo)\b|\bme (?:da|dio|daba) (?:igual|lo mismo) (?:que|si) (?:\w+ ){0,2}(?:camion|carro|auto|coche|tren|bus|me atropell\w*|me mat\w*|me pas\w* algo|me muer\w*|morir|vivir)\b|\bsi (?:el avion|el bus|el barco|el auto|el carro|el edificio|el techo) se (?:cae|cayera|hunde|hundiera|choca|chocara|estrella|estrellara)\b[^.]{0,40}\b(?:que se (?:caiga|hunda|estrelle)|no me importaria|mejor|da igual|ojala)\b|\bsi me (?:diera|da|agarrara) (?:un|una) (?:infarto|cancer|enfermedad|derrame|aneurisma|algo)\b[^.]{0,40}\b(?:seria (?:lo mejor|un alivio|perfecto|genial)|no me importaria|ojala|mejor)\b|\bgracias por haber sido (?:mi|el|la|un|una)\b|\bdormir\w*\b[^.]{0,25}\bo pa(?:ra|'?) siempre\b|\bdejar de estar\b(?! (?:triste|mal|enoj\w*|cansad\w*|sol[oa]|en|aqui|con|ahi|tan|asi|pendiente|preocupad\w*|presente|disponible)\b)|\bno (?:quiero|quisiera) seguir siendo(?:lo| yo)\b|\bharta? de ser yo\b|\bya (?:pudiera|puedo|podria) irme (?:tranquil\w+|en paz)\b|\b(?:le|les) arruine la vida\b|\bdesaparezc\w* del todo\b|\bacostumbr\w* a (?:que )?(?:no este|no estar|mi ausencia|vivir sin mi)\b|\bcomo si se me (?:estuviera|fuera) acabando el tiempo\b|\bcerrar (?:cosas|ciclos|cuentas pendientes) (?:antes de irme|porque me voy|como si)\b|\bun buen recuerdo mio\b[^.]{0,20}\bpor si acaso\b/,
      /\bya no (?:me )?quedan? (?:pendientes|cosas pendientes|nada pendiente|cuentas pendientes)\b|\bquer(?:ia|ria) que (?:se acuerde|se acordara|me recuerde|me recordara|recuerde) (?:de )?(?:ese|este|mi|el|nuestro) (?:abrazo|beso|momento|dia)\b/,
    ),
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:despedida|velorio|entierro|funeral|misa) (?:de|del) (?:mi|mis|su|sus|tu|la|el|un|una|nuestr[oa]s?) \w+/,
      /\b(?:viej[oa]s|no me queda|me queda(?:n)? (?:chic|grand)\w*|ya no me sirve|ya no uso|muelas?|dentista|vacaciones|viaje|mudanza|me mudo|trabajo nuevo|semestre|jubil\w*|personaje|novela|pelicula|serie|filosof\w*|budis\w*|estoic\w*)\b/,
      /\bcuando (?:ella |el )?se muera\b/,
      // Someone else's wish, reported (es.third-said reads it): "lleva dias diciendo que le gustaria desaparecer del mapa".
      /\b(?:dice|dijo|decia|diciendo|repite|escribio|puso|cuenta) que (?:le|se) (?:gustaria|encantaria|quisiera|quiere|va a|iria|podria) desaparecer del mapa\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.act-story',
    category: 'explicit',
    pattern:
      /\b(?:casi|por poco|estuve a punto de|a nada de|poquito mas y) (?:me mato|lo hago|lo hice|me tiro|me corto|me ahorco|me cuelgo|me guindo|hacerlo|matarme|tirarme|cortarme|colgarme|ahorcarme)\b|\b(?:iba a|fui a|ir a|voy a ir a|estuve por|queria|fui al \w+ a|sali a) (?:tirarme|aventarme|lanzarme|colgarme|ahorcarme|matarme|cortarme)\b|\b(?:volvi|vuelvo|volver|he vuelto) a (?:lastimarme|hacerme dano|quemarme|golpearme|cortarme|rasgunarme|autolesionarme)\b|\bme (?:volvi|vuelvo|he vuelto) a (?:lastimar|hacer dano|quemar|golpear|cortar|rasgunar|autolesionar)\b(?! (?:el|la|las|los|un|una) (?:pelo|cabello|flequillo|barba|unas|dedo|rodilla|tobillo|espalda|pie|mano)\b)|\b(?:uso|use|usaba|volvi a usar|vuelvo a usar) (?:la|una|el|mi) (?:cuchilla|navaja|gillette|hoja de afeitar|cuter|cutter|trincheta)\b(?! (?:para|de) (?:afeitar|depilar|cortar|pelar|abrir))|\b(?:ya )?(?:tengo|esta|estan) (?:la soga|el cinturon|la cuerda|las pastillas|el veneno|la pistola|el arma) (?:list[oa]s?|preparad[oa]s?)\b|\b(?:que|ojala) la muerte (?:me )?(?:lleve|venga|llegue)\b|\b(?:pido|ruego|rezo) (?:a la muerte )?(?:que|para que) (?:la muerte )?(?:venga|me lleve)\b|\b(?:estoy|sigo|solo) esper(?:ando|o) (?:a )?la muerte\b|\besper(?:o|ando) (?:el momento de|a) morir(?:me)?\b|\b(?:miedo|temor) (?:de |a )?(?:hacerme algo|hacerme dano|lo que (?:pueda|podria) hacerme|matarme|hacer una locura)\b|\bno confio en mi mism[oa]\b(?=[^.]{0,30}\b(?:esta noche|hoy|sol[oa]|con (?:las|el|la)))|\bno se si (?:llego|voy a llegar|aguanto|voy a aguantar|sobrevivo|voy a sobrevivir) (?:a|al|hasta) (?:manana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana|finde)|la (?:noche|proxima sesion|semana)|fin de (?:mes|semana))\b|\bpensamientos (?:de muerte|de morir|de matarme|de quitarme la vida)\b|\b(?:me imagino|fantaseo con|sueno con|me visualizo) (?:\w+ ){0,2}(?:muert[oa]|morir(?:me)?|mi (?:muerte|funeral|entierro|velorio)|no despertar|matarme)\b|\bya me (?:habria|hubiera) (?:matado|suicidado|quitado la vida|colgado|tirado)\b|\bsi tuviera (?:el )?(?:valor|valentia|agallas|huevos|cojones) ya lo (?:habria|hubiera) hecho\b|\b(?:no tengo|me falta|me faltan|solo me falta) (?:el )?(?:valor|valentia|agallas|huevos|cojones) (?:para|de) (?:matarme|suicidarme|tirarme|saltar|quitarme la vida|hacerlo\b[^.]{0,20}\b(?:ganas|todavia|aun|pero))\b|\b(?:me pare|estuve|me quede|me acerque)(?: \w+){0,2} (?:en|a) (?:la orilla|el borde) (?:del|de la) (?:anden|vias|puente|azotea|balcon|techo|precipicio|acantilado)\b|\b(?:me acoste|me tire|me sente|me pare|estuve)(?: \w+){0,2} (?:en|sobre) (?:la|las|el) (?:carretera|autopista|vias|via|calle|avenida)\b[^.]{0,40}\b(?:esperar|esperando|a ver si|que pasara|que viniera)\b|\b(?:cuchillo|navaja|cuchilla|pistola|arma|gillette|vidrio|tijeras)\b[^.]{0,50}\bme (?:lo|la) (?:puse|pase|apoye|acerque|apunte) (?:en|por|sobre|contra|a) (?:la|el|mi|las|los) (?:munecas?|brazos?|cuello|garganta|sien|cabeza|venas|pecho)\b|\b(?:amarre|ate|colgue|puse|prepare|anude) (?:el|la|un|una) (?:soga|cuerda|mecate|cinturon|cable|sabana)\b[^.]{0,30}\b(?:cuello|puerta|viga|ropero|techo|arbol|barra|rama|closet)\b|\b(?:soga|cuerda|cinturon|cable)\b[^.]{0,20}\b(?:al|en el|alrededor del) cuello\b|\b(?:me )?(?:tome|trague|zampe|meti|empine|inyecte) (?:\w+ ){0,3}(?:pastillas|pastis|pildoras|capsulas|clonazepam|rivotril|alplax|paracetamol|tramadol|somniferos|medicamentos|remedios|todo lo que (?:tenia|habia|encontre))\b[^.]{0,30}\b(?:a proposito|pa(?:ra)? (?:no despertar|morir|matarme|que se acabe|no sentir)|de golpe|todas juntas|con (?:alcohol|vodka|tequila|ron|cerveza|vino|pisco|aguardiente))\b|\bme (?:zampe|trague|meti|inyecte) (?:todas|todo|un monton|la caja|el frasco)\b|\bme (?:tiraria|aventaria|lanzaria|arrojaria) (?:a|de|del|desde|al|bajo) (?:un|una|el|la)? ?(?:tren|metro|puente|edificio|balcon|camion|vias|azotea)\b|\bya (?:escogi|elegi|encontre|se) (?:el|la|que|cual) (?:arbol|puente|edificio|piso|viga|rama)\b|\bya (?:vi|se|encontre|elegi|busque) (?:donde|de donde|como) (?:colgarlo|colgarla|colgarme|amarrarlo|amarrarla|amarrarme|tirarme|aventarme)\b/,
    unless: anyOf(
      JOKE,
      // Debt or pressure: "estoy con la soga al cuello con las cuotas del carro".
      /\b(?:estoy|estamos|ando|andamos|esta|estan|vivo|vivimos|sigo|seguimos) con la (?:soga|cuerda) al cuello\b(?![^.]{0,30}\b(?:de verdad|en serio|y la silla|colgad\w*)\b)/,
      /\b(?:literal|literalmente|bici|bicicleta|moto|manejando|resbal\w*|escaleras|patinando|patineta|me cai|piscina|pileta|alberca|sofa|cama|gym|gimnasio|pesas|caballo|plata|sueldo|dinero|quincena|tender|ropa|mudanza|escalar|escalada|camping|foto|fotos|atardecer|vista|boda|concierto|examen|entrevista)\b/,
      // The screening question answered no, and the no explained ("y le dije que no, que lo mio es
      // ansiedad"): a bare "le dije que no" may go on "pero menti" in a clause of its own.
      /\b(?:me|le|nos) pregunt\w+ si\b[^.]{0,60}\b(?:le|les|te) (?:dije|conteste|respondi) que no,? (?:que )?(?:lo mio es|es mas|es solo|solo es|lo que tengo es|mi problema es)\b/,
      // A slip in the kitchen: "casi me corto un dedo picando cebolla".
      /^(?!.*\b(?:a proposito|adrede|para sentir|hasta sangrar)\b).*\b(?:cocinando|picando|pelando|cortando (?:cebolla|pan|verdura|tomate|carne|papas)|haciendo (?:la comida|la cena|el almuerzo)|curita|sin querer|por accidente|accidentalmente)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.indirect-questions',
    category: 'indirect',
    pattern:
      /\bmejor (?:ni |no )(?:existir|estar|haber nacido|vivir)\b|\bque sentido tiene (?:seguir|vivir|levantarme|existir|todo esto|seguir viviendo|intentarlo|estar aqui)\b|\b(?:alguien|quien) me (?:extranaria|echaria de menos|lloraria|buscaria|extranara|va a extranar)\b|\bme (?:da|tiene) (?:(?:exactamente|totalmente|completamente|absolutamente|re|muy) )?(?:igual|lo mismo|sin cuidado) (?:lo que me pase|que me pase algo|si me pasa algo|lo que sea de mi)\b|\bya no me importa (?:nada,? )?(?:ni )?(?:siquiera )?(?:vivir|morir|lo que me pase|si vivo)\b|\b(?:la muerte|morir) ya no me (?:asusta|da miedo)\b|\bya no (?:le tengo|me da) miedo (?:a )?(?:la muerte|morir)\b|\bcomo seria (?:no existir|no estar|no despertar|dejar de existir|estar muert[oa]|morir(?:me)?)\b|\bseria (?:tan |mas |muy )?(?:facil|simple|sencillo|comodo|tranquilo) (?:no (?:despertar|estar|existir)|dejar de (?:existir|vivir)|desaparecer|morir(?:me)?)\b|\b(?:todo )?seria (?:mas )?(?:facil|simple|sencillo|mejor) si (?:yo )?(?:no (?:estuviera|existiera|despertara)|me muriera|desapareciera)\b|\bme pregunto si (?:doleria|duele morir|dolera)\b|\bno (?:veo|hay|encuentro) (?:ninguna |la )?luz al final del tunel\b|\b(?:hoyo|pozo|agujero|abismo) (?:del que|de donde|que) no (?:puedo|voy a poder|se como) salir\b|\b(?:yo )?no tengo arreglo\b|\b(?:yo )?(?:ya )?no tengo (?:remedio|salvacion)\b(?! (?:para|de|en|pa|aqui)\b)(?!,? (?:se me|me (?:quede|acabe)))|\b(?:pienso|pensando|pense|se me (?:vienen|vinieron|pasan|cruzan)|tengo|tuve|con) (?:\w+ ){0,2}(?:cosas|ideas|pensamientos) (?:feas|feos|oscuras|oscuros|negras|negros)\b(?! (?:de|sobre|acerca de) (?:mi|la|el|los|las|mis|un|una) (?!vida\b)\w+)|\bsoy un caso perdido\b(?! (?:con|en|para)\b)|\bno hay nada que hacer conmigo\b|\bya me despedi de (?:todos|todo el mundo|mi familia|mis (?:amig\w+|papas|padres|herman\w+))\b|\b(?:devolvi|regrese) (?:las cosas|todo lo que me prestaron|lo que me prestaron|todas las cosas) a todos\b|\bya no (?:voy a necesitar|necesitare|me va a hacer falta) (?:mis cosas|nada|terapia|(?:la|mi|mis|el|los|las) \w+)\b|\bno (?:hace falta|es necesario) que (?:agendes|agenden|reserves|programes) (?:la|otra|mas) (?:proxima )?(?:sesion|cita|turno)\b|\bno me (?:agenden|agendes|anoten|anotes|reserven|reserves|programen|programes|den (?:turno|cita|hora)|des (?:turno|cita|hora))\b(?: (?:para|en) (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|el (?:mes|ano) que viene|la proxima|mas|ninguna))?\s*[.!]*$|\b(?:van a|podran|pueden|vas a|podras) (?:descansar|librarse|liberarse|estar tranquil\w+) de mi\b|\b(?:librar|liberar)(?:los|las|te|les)? (?:a todos )?de mi\b|\bvoy a liberar a (?:todos|mi familia) de mi\b|\b(?:les|te|le) (?:voy a hacer|haria|hare) (?:un|el) favor (?:a todos|desapareciendo|yendome|muriendome|si me voy|de irme|de desaparecer)\b|\bcuando (?:me vaya(?! (?:de|a|al|con|por|para)\b)|ya no este|me muera|desaparezca)\b[^.]{0,30}\b(?:van a estar|estaran|estara|va a estar) (?:todos )?(?:mejor|bien|tranquil\w+|en paz)\b|\b(?:van a estar|estaran|va a estar) (?:todos )?(?:mejor|bien|tranquil\w+|en paz) cuando (?:me vaya|ya no este|me muera|desaparezca)\b(?! (?:de|a|al|con|por|para)\b)|\b(?:ya )?no (?:soy|me siento) necesari[oa] (?:para nadie|para nada|en ningun lado)\b|\bno le (?:sirvo|importo|hago falta) a nadie\b/,
    unless: anyOf(
      JOKE,
      ABROAD,
      TOPIC,
      /\b(?:mudo|mudanza|me mudo|viaje|vacaciones|vendo|vendi|nuev[oa]s?|te (?:escribo|aviso|llamo)|yo (?:la|te) (?:agendo|aviso)|porque|ya que|equipo|proyecto|partido|examen|matematicas|sueldo|deudas|jubil\w*)\b/,
    ),
    about: 'self',
    negationProof: true,
  },
  {
    id: 'es.euphemism',
    category: 'explicit',
    pattern:
      /\bdejar de (?:sufrir|sentir dolor) pa(?:ra|'?) siempre\b|\b(?:apagarme|me (?:quiero|voy a) apagar)(?: (?:y ya|de una vez|para no sentir))?(?: pa(?:ra|'?) siempre|\s*$)|\b(?:ganas de|quiero|quisiera) (?:irme y )?no volver (?:nunca|jamas)\b|\bdonde nadie me (?:encuentre|encuentren) (?:nunca|jamas)\b|\b(?:algo|una cosa) (?:que|de la que) no (?:tiene|hay) vuelta atras\b|\bya no hay vuelta atras\b[^.]{0,30}\blo (?:voy a hacer|hare|hago)\b|\b(?:hacer|cometer) una (?:tonteria|locura|estupidez) (?:conmigo|con mi vida)\b|\b(?:tomar|elegir|agarrar) la salida (?:facil|rapida|definitiva|final)\b|\b(?:ojala|quiero que|quisiera que|que) se me (?:parara|pare|detuviera|detenga) el corazon\b|\b(?:pienso en|pense en|ganas de|tentad[oa] de|me dan ganas de|quiero) (?:\w+ ){0,2}(?:soltar el volante|dar un volantazo|meterme al mar|meterme al rio|cruzar sin mirar)\b|\b(?:seguir nadando|nadar) hasta (?:no poder mas|ahogarme|que no pueda mas|no volver)\b|\b(?:me quede mirando|cuento|conte|contando|estoy mirando|estoy viendo) (?:las|mis) (?:pastillas|pastis|pildoras|cuchillas|navajas)\b|\bdeje de (?:comer|tomar|ponerme|usar|beber)\b[^.]{0,30}\b(?:a proposito|a ver (?:que pasa|si me muero)|para (?:morir|desaparecer|que se acabe))\b|\bno creo que aguante (?:mucho|mas|mucho mas|otra noche|hasta manana|otro dia)\b|\bsi nadie me (?:responde|contesta|escribe|llama)\b[^.]{0,20}\blo hago\b|\b(?:ya )?no quiero estar(?: mas)?\s*$|\bno quiero estar mas\b(?! (?:en|con|aqui|ahi|tiempo|sol[oa]|asi)\b)|\bquedarme dormid[oa] y ya\b|\bcerrar los ojos y no (?:volver a )?abrirlos(?: nunca)?(?: mas)?\b|\bque me entierren ya\b|\b(?:irme|me quiero ir|quiero irme|quisiera irme|ya quiero irme|me voy a ir) con (?:mi|mis) \w+(?: \w+){0,2} (?:que (?:esta|estan) en el cielo|al cielo|en el cielo|que ya no esta|que se fue)\b|\b(?:extrano|echo de menos)\b[^.]{0,40}\bme quiero ir con (?:ella|el|ellos)\b|\bmi tiempo (?:aqui|en este mundo|en la tierra) (?:ya )?(?:termino|se acabo|se termino)\b|\bya cumpli\b[^.]{0,15}\bya me puedo ir\b|\bno sirvo ni para (?:morirme|matarme)\b|\bno (?:hablo|me refiero) (?:de|a) (?:irme de )?(?:la casa|casa|un viaje|viajar|mudarme|de aqui)\b|\bde la vida,? digo\b|\b(?:cinturon|soga|cuerda|cable|sabana)\b[^.]{0,30}\b(?:lo|la) (?:amarre|ate|colgue|anude) (?:a|en|de) (?:la|el) (?:puerta|viga|ropero|techo|arbol|barra|rama|closet|regadera|ducha)\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:fiesta|viaje|vacaciones|trabajo|celular|telefono|redes|examen|dieta|gym|serie|novela|pelicula|personaje|pastillero)\b/,
    ),
    about: 'self',
    negationProof: true,
  },
  {
    id: 'es.burden-more',
    category: 'indirect',
    pattern: anyOf(
      /\bestoy de sobra\b|\ble estorbo a (?:todos|todo el mundo|mi familia)\b|\b(?:mi familia|nadie) (?:ya )?no me necesita\b|\bnadie me necesita\b/,
      /\b(?:ya no|no) (?:voy|vas) a ser (?:un )?(?:problema|carga|estorbo|molestia) (?:de|para) nadie\b/,
    ),
    unless: anyOf(JOKE, /\b(?:reunion|fiesta|equipo|proyecto|trabajo|cocina|partido)\b/),
    about: 'self',
  },
  // ── Explicit: a decision, a rehearsal, a means within reach, said plainly or sideways ──
  {
    id: 'es.rehearsal',
    category: 'explicit',
    pattern: p(
      [
        // A decision about not being here: "ya tengo decidido que no voy a estar aqui el mes que viene".
        '\\b(?:tengo decidido|lo tengo decidido|ya (?:lo )?decidi|he decidido|ya tome la decision)\\b[^.]{0,40}\\bno (?:voy a|iba a) (?:estar|seguir) (?:aqui|aca|mas|viv[oa]|con ustedes)\\b',
        // The means and the place ready: "tengo la cuerda y el lugar".
        '\\b(?:tengo|ya tengo|consegui) (?:la|el|las|los|una|un) (?:{MEANS}) y (?:el|la) (?:lugar|sitio|dia|fecha|hora|momento|arbol|puente)\\b',
        // A vehicle as the method: "meterme con el coche contra un camion", "estrellarme contra un muro".
        '\\b(?:meterme|estrellarme|estamparme|echarme|lanzarme|tirarme|aventarme|chocarme|meter el (?:coche|carro|auto)|estrellar el (?:coche|carro|auto))(?: con (?:el|mi) (?:coche|carro|auto|moto|camioneta))? (?:contra|debajo de|bajo|abajo de) (?:un|una|el|la) (?:camion|trailer|trailer|tren|muro|pared|arbol|poste|bus|autobus|micro|coche|carro|puente|camioneta)\\b',
        // Walking into the sea: "meterme al mar hasta que no pueda volver".
        '\\b(?:meterme|entrar|adentrarme|caminar|nadar|ir) (?:al|en el|a la|hacia el|mar) ?(?:mar|rio|lago|agua|oceano|adentro)\\b[^.]{0,30}\\bhasta (?:que )?(?:no (?:pueda|poder|podria) (?:volver|salir|respirar|mas)|desaparecer|ahogarme|hundirme)\\b',
        '\\b(?:caminar|nadar|meterme|irme|entrar|seguir nadando|seguir caminando) mar adentro\\b(?! (?:en|con) (?:barco|lancha|kayak|tabla|velero))',
        // Looking at the means every night: "tengo el frasco en la mesa de noche, lo miro cada noche".
        '\\b(?:{MEANS})\\b[^.]{0,60}\\b(?:lo|la|los|las) (?:miro|veo|cuento|acaricio|agarro) (?:cada noche|todas las noches|todo el tiempo|a cada rato|cada dia|todos los dias|mucho rato|y lo pienso)\\b',
        // Switching oneself off: "quiero apagarme de una vez", "mi idea es apagarme el dia de mi cumple".
        '\\b(?:{WANT}|mi (?:idea|plan) es|la idea es|el plan es) (?:\\w+ ){0,2}apagarme\\b(?! (?:el|la) (?:celular|cel|telefono|compu|tele|luz)\\b)',
        // Attempts counted or retold: "es la tercera vez que lo intento", "lo intente anoche, no funciono".
        '\\b(?:es|fue|seria) la (?:primera|segunda|tercera|cuarta|quinta|sexta|ultima|\\w+) vez que lo (?:intento|intente|hago|hice)\\b[^.]{0,60}\\b(?:me (?:encontr\\w+|hall\\w+|salv\\w+|llevaron)|hospital|urgencias|ambulancia|lavado)\\b',
        '\\b(?:lo intente|intente hacerlo|lo he intentado|lo intentaste|lo intentaste)\\b[^.]{0,50}\\b(?:no (?:funciono|salio bien|resulto|sirvio)|hacerlo (?:mejor|bien)|me (?:encontr\\w+|salv\\w+|despert\\w+ en))\\b',
        // A gun at hand: "tengo la pistola de mi papa en mi cuarto", "las balas estan en otra caja, pero se donde".
        '\\b(?:tengo|tengo guardad[oa]|escondi|guarde) (?:la|el|una|un) (?:pistola|escopeta|revolver|arma|rifle|fusca|cuete)\\b(?: de (?:mi |mis |su )?\\w+){0,2}(?: (?:cargad[oa]|list[oa]|sin seguro))? (?:en (?:mi|el|la) (?:cuarto|pieza|habitacion|cajon|mochila|closet|ropero|buro|mesita|mesa de noche|mesa de luz|velador|gaveta|guantera|carro|auto|coche)|conmigo|debajo de (?:la|mi) (?:cama|almohada|colchon))\\b',
        '\\b(?:balas|municion|municiones|cartuchos|tiros)\\b[^.]{0,40}\\bse donde (?:estan|las (?:guarda|tiene|esconde)|los (?:guarda|tiene|esconde))?',
        // Biting, stabbing, burning the body on purpose: "me muerdo las manos hasta dejar marcas".
        '\\bme (?:muerdo|mordi|mordia|rasguno|rasgune|pellizco|pellizque|arranco|arranque|rasco|rasque|quemo|queme|golpeo|golpee|clavo|clave|clavaba|rasguno) (?:\\w+ ){0,3}(?:{BODY}|cuello|cara|brazo|unas en \\w+ \\w+)\\b[^.]{0,40}\\b(?:hasta (?:sangrar|dejar(?:me)? marcas?|hacerme sangre|que sangr\\w+|que (?:me )?duel\\w+|sacarme sangre|dejar(?:me)? moretones|que salga sangre)|para no (?:llorar|sentir|gritar|pensar)|a proposito|para sentir (?:algo|dolor)|como castigo|porque me lo merezco)\\b',
        '\\bme (?:clave|clavo|clavaba|enterre|entierro|enterraba|hundi|hundo|pase|paso|pasaba) (?:el|la|un|una|unos|unas|mi) (?:compas|tijeras?|alfiler|aguja|lapiz|lapicero|boligrafo|cuchillo|navaja|cuchilla|vidrio|cristal|clavo|tenedor|sacapuntas|grapa|cutter|cuter|encendedor|cigarro)\\b[^.]{0,20}\\b(?:en|por|sobre) (?:la|el|las|los|mi|mis) (?:{BODY}|cuello|cara|brazo)\\b',
        '\\bme (?:hago|hacia|he hecho|estoy haciendo) dano con (?:el|la|las|los|un|una) (?:plancha|encendedor|cigarro|cuchillo|navaja|cuchilla|vidrio|compas|tijeras|agujas?|alfiler|cinturon|hebilla|cable|vela|fosforos?|cerillos?)\\b',
        // Where this time: "en los tobillos esta vez".
        '\\ben (?:los|las|mis|el|la) (?:tobillos?|munecas?|muslos?|brazos?|antebrazos?|piernas?|caderas?|panza|abdomen) esta vez\\b',
        // Sitting with the means: "me sente en la tina con la navaja", "tuve el cuchillo en el cuello".
        '\\b(?:me (?:sente|senti|quede|meti|sentaba|quedaba)|estuve|estaba)(?: \\w+){0,3} (?:en|dentro de) (?:la|el) (?:tina|banera|ducha|bano|regadera|azotea|techo|puente|auto|coche|carro|cornisa)\\b[^.]{0,30}\\bcon (?:la|el|las|los|una|un|mi|mis) (?:{MEANS}|cuchillo)\\b',
        '\\b(?:tuve|tenia|estuve con|sostuve|sostenia|me puse) (?:el|la|las|los|un|una|mi) (?:cuchillo|navaja|cuchilla|pistola|arma|escopeta|revolver|soga|cuerda|cinturon|vidrio|gillette)\\b[^.]{0,20}\\b(?:en|contra|sobre|alrededor de)(?: (?:el|la|las|los|mi|mis))? (?:cuello|garganta|munecas?|sien|cabeza|venas|pecho|boca)\\b',
        // A jump said in the conditional: "me subiria al cerro y me lanzaria".
        '\\b(?:me subiria|subiria|me iria|iria|me treparia)\\b[^.]{0,40}\\by (?:me )?(?:lanzaria|tiraria|aventaria|arrojaria|dejaria caer)\\b',
        // Ready to die: "listo para morirme".
        '\\blist[oa] para (?:morir(?:me)?|la muerte|irme de este mundo|dejar este mundo)\\b',
        // A note: "a quien lea esto: los quise mucho".
        '\\ba quien (?:lea|encuentre|le llegue) esto\\b[^.]{0,40}\\b(?:los|las|te|les) (?:quise|ame|quiero|amo)\\b|\\b(?:los|las|te) quise (?:mucho|tanto|de verdad|con todo)\\b[^.]{0,40}\\bno (?:fue|es) culpa de (?:nadie|ustedes|ninguno)\\b',
        // Something timed for after: "programe un correo para cuando yo ya no este".
        '\\b(?:program\\w+|deje|dejo|escribi|prepare|agende)\\b[^.]{0,60}\\bcuando (?:yo )?ya no (?:este|exista|viva)\\b',
        // Treatment stopped to die: "me estoy saltando la insulina a proposito".
        '\\b(?:saltando|salto|salte|dejando|deje|dejo|no me pongo|no me tomo|no tomo|no me estoy (?:poniendo|tomando))\\b (?!de (?:tomarse|ponerse)\\b)(?:\\w+ ){0,2}(?:la insulina|los medicamentos|las pastillas|el tratamiento|la medicacion|mis medicinas|mis remedios|los remedios|la dialisis|el litio|mis pastillas)\\b[^.]{0,40}\\b(?:a proposito|a ver si|para (?:morir|morirme|que se acabe|no despertar)|se acab\\w+ todo)\\b',
      ].join('|'),
    ),
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:sin querer|por accidente|accidentalmente|cosiendo|bordando|tejiendo|vacuna|depil\w*|afeit\w*|rasur\w*|agua|juguete|airsoft|paintball|silicona|pegamento|videojuego|juego|tobogan|piscina|alberca|paracaidas|parapente|bungee|clavados|surf|carrera|rally|examen|tesis|pelicula|serie|novela|cuento|personaje)\b/,
      /\blo intent\w* (?:\w+ ){0,3}(?:examen|dieta|receta|ejercicio|trabajo|curso|entrevista|conducir|manejar)\b/,
    ),
    about: 'self',
    negationProof: true,
  },
  // ── Indirect: the wish, the farewell, the tidying, said in images ──────
  {
    id: 'es.veiled',
    category: 'indirect',
    pattern: p(
      [
        // Gratitude in the past tense: "te agradezco que me hayas escuchado todo este tiempo".
        '\\b(?:te|les|le) agradezco (?:que me (?:hayas|hayan|haya)|por haberme|todo lo que)\\b[^.]{0,40}\\b(?:todo este tiempo|hasta ahora|hasta aqui|siempre)\\b(?![^.]{0,40}\\b(?:seguimos|la proxima|nos vemos|hasta el|la semana que viene|el (?:lunes|martes|miercoles|jueves|viernes)))',
        '\\b(?:agradezco|menos mal|por suerte|que bueno) que (?:la vida|esto|vivir|todo) no (?:dure|sea|dura) pa(?:ra|\\x27?) siempre\\b',
        // Arrangements for after: "si me muero, que me entierren con mi perro", "si me pasa algo, que mi hermana se quede con".
        '\\bsi (?:me muero|me muriera|un dia me muero|algun dia me muero)\\b[^.]{0,30}\\bque me (?:entierren|cremen|vistan|pongan|lleven)\\b',
        '\\bsi (?:algun dia |un dia |llega a |me llega a |me llegara a )?(?:me )?pas(?:a|ara) algo\\b[^.]{0,40}\\bque (?:\\w+ ){0,3}(?:se quede|se queden|cuide|cuiden|se haga cargo|se hagan cargo|le den|reciba)\\b',
        '\\bcuid\\w* (?:a )?(?:mi|mis) \\w+ (?:si|cuando) (?:algun dia |un dia |yo )?(?:le|les|te) falt\\w+\\b|\\bsi (?:algun dia|un dia) (?:le|les|te) falto\\b',
        '\\bcuando (?:yo )?ya no (?:este|exista)\\b(?! (?:en|aqui|aca|con|de|trabajando|por|ahi)\\b)',
        // "para cuando yo no este", said of a child taught to manage: the time after, not a trip.
        '\\bpara cuando (?:yo )?no (?:este|exista)\\b(?! (?:en|aqui|aca|con|de|del|trabajando|por|ahi|el|la|los|las|este|esta|unos|un|una|tantas?|todo|toda)\\b)',
        // Disappearing or resting for good: "desaparecer un tiempo. O para siempre", "descansar, de esas que no se terminan".
        '^\\s*(?:o|y) pa(?:ra|\\x27?) siempre\\b|\\bdesaparecer\\b[^.]{0,30}\\bo pa(?:ra|\\x27?) siempre\\b',
        '\\bdescans(?:ar|o)\\b[^.]{0,30}\\b(?:que no se (?:terminan?|acaban?)|de (?:los|las|esos|esas) que no (?:se )?(?:terminan?|acaban?))\\b',
        // Fear of going on, not of death: "me da mas miedo seguir asi".
        '\\bme da (?:mas|mucho mas) miedo (?:seguir|tener que seguir) (?:asi|viviendo|viv[oa]|aqui|otr[oa]s? \\w+|\\d+)\\b|\\bme da (?:mas|mucho mas) miedo (?:vivir|seguir viviendo|tener que vivir)\\b(?! (?:en|con|sol[oa]|lejos|cerca)\\b)',
        // Trapped, sinking, a ghost: metaphors of no way out.
        '\\b(?:encerrad[oa]|atrapad[oa]|atorad[oa]|prisioner[oa]|pres[oa]) (?:en|dentro de) (?:mi )?(?:propia )?(?:cabeza|mente|cuerpo|vida)\\b[^.]{0,40}\\bno (?:encuentro|veo|hay|tiene|tengo) (?:la |una |ninguna )?(?:puerta|salida|escape)\\b',
        '\\b(?:hundid[oa]|en el fondo|en un pozo|en el pozo|en un hoyo|ahogad[oa])\\b[^.]{0,40}\\b(?:ni|ya no|no) (?:se ve |veo )?(?:la )?luz\\b',
        '\\bsoy (?:un|una|como un|como una) (?:fantasma|sombra|estorbo|bulto|mueble|cero a la izquierda)\\b(?=\\s*$|\\s*,| (?:en|para) (?:mi|mis|esta|esa|la|el) (?:propia |propio )?(?:familia|casa|vida|hogar|escuela|colegio|grupo|mundo)\\b| (?:que|al que|a la que) nadie\\b)|\\bno me siento parte de nada\\b',
        '\\bcomo (?:remar|nadar|correr|caminar|luchar|pelear|avanzar) (?:en|contra|sobre) (?:\\w+ ){0,3}(?:cemento|arena movediza|lodo|barro|brea|alquitran|la nada)\\b',
        '\\bpa(?:ra|\\x27?) que (?:me )?sigo (?:esforzando|intentando|luchando|viviendo|tratando|levantandome)\\b[^.]{0,50}\\b(?:fracasad[oa]|inutil|nada va a cambiar|nunca|siempre|no sirvo|no vale)\\b',
        // Wishing an accident, an illness, the ceiling: "no me importaria que el avion se cayera".
        '\\bno me importaria (?:que|si) (?:el|la|un|una) \\w+ (?:se (?:cayera|cae|estrellara|hundiera|chocara|desplomara)|me (?:atropellara|pisara|matara|aplastara|cayera encima))\\b|\\bno me importaria (?:morir(?:me)?|no despertar|que me pas\\w+ algo)\\b',
        '\\bojala\\b[^.]{0,30}\\bme (?:muriera|muera|muriese)\\b|\\bojala (?:\\w+ ){0,2}se me (?:cayera|caiga|viniera) encima\\b',
        '\\bojala (?:\\w+ ){0,3}me hubiera (?:tocado|pasado|dado|llevado|matado) a mi\\b|\\b(?:deberia|debi) haber (?:sido|muerto) yo\\b|\\bojala (?:hubiera sido|fuera) yo (?:y no|en vez|en lugar)\\b',
        // Waking as a regret: "despertarte y lamentar haber despertado".
        '\\b(?:lament\\w+|odi\\w+|maldig\\w+|me arrepiento de|me pesa|rabia de|tristeza de) (?:haber )?despert(?:ado|ar|arme|arte)\\b|\\b(?:ojala|quisiera) no haber despertado\\b',
        // Done with life: "ya hice lo que tenia que hacer en esta vida", "me pase de la fecha".
        '\\b(?:ya )?hice (?:todo )?lo que (?:tenia|vine) (?:que|a) hacer (?:en esta vida|en este mundo|aqui)\\b|\\bme toca (?:cerrar|irme|partir)\\s*(?:[,.;]|$)',
        '\\bya vivi (?:demasiado|suficiente|bastante|lo (?:suficiente|que tenia que vivir))\\b(?! (?:en|con|ahi|alla|aqui|aca)\\b)|\\bme pase de (?:la )?fecha\\b|\\bun dia mas cerca de (?:que (?:esto|todo) se (?:termine|acabe)|la muerte|morir|mi final|el final)\\b',
        '\\b(?:sigo|estoy) (?:respirando|viviendo|viv[oa]|aqui|existiendo|levantandome)\\b[^.]{0,20}\\b(?:por costumbre|por inercia|por obligacion|por compromiso|no porque quiera)\\b',
        // Burden: "ser la carga de la familia", "ellos merecen vivir tranquilos".
        '\\b(?:ser|soy|sere) (?:la|una|el) carga (?:de|para) (?:la|mi|mis|toda|todos)\\b|\\b(?:merecen|merecerian) (?:vivir|estar) (?:tranquil\\w+|en paz|mejor|felices) sin mi\\b',
        '\\b(?:me|m) (?:canse|canso|harte|harto|aburri) de ser yo\\b|\\b(?:cansad[oa]|hart[oa]|agotad[oa]) de ser (?:yo|como soy|quien soy)\\b',
        // Wanting it to stop: "quiero que esto pare".
        '\\b(?:quiero|necesito|solo quiero|ojala|quisiera|tengo ganas de|me gustaria|ganas de)(?: (?!que\\b)\\w+){0,5} (?:y )?que (?:esto|todo|todo esto|el dolor|esta vida|mi vida) (?:pare|se detenga|termine|se termine|se acabe|acabe)\\b(?![^.]{0,30}\\b(?:reunion|semana|clase|pelea|discusion|obra|ruido|lluvia|dia|examen|viaje|partido|tramite|un rat(?:it)?o(?! largo)|un par de (?:dias|horas)|un momento|un poquito|un segundo|unos (?:dias|minutos))\\b)',
        // Ordering things, giving them away: "dejé todo pagado y cancelé el celular", "dejé las contrasenas encima del escritorio".
        '\\bdeje (?:todo )?(?:pagado|arreglado|ordenado|en orden|listo)\\b[^.]{0,60}\\b(?:cancele|di de baja|cerre)\\b',
        '\\b(?:deje|dejo|prepare)\\b[^.]{0,40}\\b(?:contrasenas|claves|datos del seguro|poliza|testamento|instrucciones)\\b[^.]{0,40}\\b(?:encima|sobre|a la vista|para que (?:las|los|la|lo) encuentren)\\b',
        '\\b(?:le|les) (?:estoy dejando|deje|voy dejando|estoy regalando|regale|reparti|estoy repartiendo|estoy dando) (?:mis cosas|todas mis cosas|todo lo mio|mis pertenencias)\\b',
        // A farewell felt as one: "senti que era como despedirme".
        '\\b(?:era|fue|es|sentia|senti|parecia) como (?:si )?(?:despedirme|me despidiera|me estuviera despidiendo|decir adios)\\b(?! de (?!ustedes|todos|ti|mi familia))',
        // Not waking, a chosen day, an apology for what comes: "si manana no amanezco", "decidi que el domingo es el dia".
        '\\bsi (?:manana|un dia|algun dia|el \\w+) no (?:amanezco|despierto|aparezco|amaneciera|despertara)\\b',
        '\\b(?:decidi|ya decidi|ya se|ya elegi|ya escogi|ya tengo decidido) (?:que )?(?:este|el|la|esta) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana|finde|noche|semana que viene) (?:es|sera|va a ser) el dia\\s*\\.?\\s*$',
        '\\bperdon (?:\\w+ ){0,4}por lo que (?:voy a hacer|estoy por hacer|hare|pienso hacer)\\b',
        '\\bno (?:quiero|quisiera) (?:que amanezca|volver a amanecer|ver otro amanecer)\\b|\\bde salida (?:de|en) (?:esta vida|este mundo)\\b|\\bhasta aqui llegue\\s*\\.?\\s*$',
        '\\b(?:chao|chau|adios|bye) (?:mundo|mundo cruel|vida cruel)\\b',
        // Love in the past tense, said to everyone, as a note: "los quise mucho."
        '^(?:yo )?(?:los|las) quise (?:mucho|tanto|de verdad|con todo|a todos)\\s*[.!]?\\s*$',
        '\\b(?:pronto|ya|dentro de poco|muy pronto) no (?:van a tener|tendran|tendras|vas a tener|tienen|tendrias) que (?:preocupar\\w+|cargar|aguantar\\w*|cuidar\\w*|lidiar|soportar\\w*) (?:por |con |de |a )?mi\\b',
        // A veiled question about those who leave.
        '\\b(?:los|las) que se (?:van|fueron|mueren|matan|suicidan)\\b[^.]{0,40}\\b(?:duele|dolio|sufren|descansan|estan mejor|en paz)\\b',
      ].join('|'),
    ),
    unless: anyOf(
      JOKE,
      TOPIC,
      HYPERBOLE,
      // Shaving, not cutting: "me paso la navaja por las piernas para depilarme".
      /\b(?:afeit\w*|depil\w*|rasur\w*|espuma de afeitar|crema de afeitar)\b/,
      // Not a weapon: "la pistola de juguete de mi hijo", "la pistola de agua", "la de silicona".
      /\b(?:pistola|escopeta|revolver|arma|rifle)s? de (?:juguete|agua|bengalas?|silicona|pegamento|calor|clavos|aire|pintura|paintball|airsoft|balines|goma|espuma|hidrogel|dardos)\b/,
      /\b(?:mudanza|me mudo|mudarme|viaje|vacaciones|intercambio|se van a vivir|de viaje|trabajo nuevo|jubil\w*|obra de teatro|disfraz|halloween)\b/,
      // Leaving prison or a shelter, things left to those who stay: "les deje mis cosas a los de la celda".
      /\b(?:sali libre|me dieron la libertad|sali de (?:la carcel|prision|el penal|el reclusorio|el tambo|la cana|el cereso|el albergue|el internado)|(?:la|mi) celda|compas? de (?:la )?celda|companeros de (?:la )?celda|los que se quedan adentro)\b/,
    ),
    about: 'self',
  },
  // Songs and shame are guards elsewhere; here they are the point: "la cancion para mi funeral",
  // "que me tragara la tierra, de verdad, no de verguenza".
  {
    id: 'es.veiled-plain',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:ya )?(?:elegi|escogi|tengo elegid[oa]|prepare|organice|pague|planee|decidi)\b (?:\w+ ){0,3}(?:para|de) mi (?:propio )?(?:funeral|entierro|velorio|cremacion)\b|\bmi (?:propio )?funeral\b(?! de)|\b(?:cancion|canciones|musica|flores|ropa|foto)\b[^.]{0,30}\b(?:quiero|quisiera|me gustaria|pongan|tiene que sonar)\b[^.]{0,20}\b(?:en|para) mi (?:propio )?(?:funeral|entierro|velorio|cremacion)\b/,
      /\bme trag(?:ara|ue|a) la tierra\b[^.]{0,30}\b(?:de verdad|en serio|pa(?:ra|'?) siempre|no de verguenza|no por verguenza|y no volver)\b/,
    ),
    unless: anyOf(
      JOKE,
      /\b(?:pelicula|serie|novela|personaje|obra|de viej[oa]|cuando sea viej[oa]|a los (?:90|100|cien))\b/,
    ),
    about: 'self',
  },
  // ── Added on the seventh tuning batch: families of forms the rules above did not reach ──
  {
    id: 'es.kill-self-when',
    category: 'explicit',
    // "me mato" bound to a day or a condition: "ese dia me mato", "si manana sigo igual me mato".
    pattern:
      /\b(?:ese|esa|este|esta|el|la|aquel|aquella|ese mismo|el mismo|algun|cualquier) (?:dia|noche|fecha|momento|fin de semana|finde|mes|semana|hora|ano)(?: (?:que \w+|mismo|misma))? me mato\b(?! (?:de|con|a|por|el|la|los|las|trabajando|estudiando|entrenando|tu|su|mi|este|esta|ese|esa)\b)|\bsi (?:[^.,;:]{2,50}?),? (?:yo )?me mato\b(?! (?:de|con|a|por|el|la|los|las|trabajando|estudiando|entrenando|tu|su|mi|este|esta|ese|esa)\b)/,
    unless: anyOf(
      JOKE,
      HYPERBOLE,
      // A trivial condition said as an idiom: "si repruebo me mato", "si mi mama se entera me mato".
      /\bsi (?:\w+ ){0,4}(?:repruebo|jalo|suspendo|pierdo|pierde|gana|ganan|engordo|examen|parcial|final|partido|dieta|kilos?|llueve|cancelan|spoiler\w*|spoile\w*|(?:mama|papa|vieja|viejo|jefe|jefa|novi[oa]|marido|esposa?) (?:se entera|me ve|sabe|me pilla|me cacha))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.means-for-me',
    category: 'explicit',
    // A lethal means set aside "not for the rats, for me", its everyday use denied: "tengo veneno y no es para las ratas", "compre una soga y no es para la mudanza".
    pattern:
      /\b(?:veneno|raticida|matarratas|cianuro|soga|cuerda|pistola|escopeta|revolver|arma|pastillas)\b[^.]{0,80}\bno (?:es|son|era|eran) (?:para|pa) (?:(?:las|los|el|la|mis|mi) )?\w+,? (?:(?:es|son|era|eran) )?(?:para|pa) mi\b|\b(?:veneno|raticida|matarratas|cianuro|soga|cuerda|mecate)\b[^.]{0,60}\bno (?:es|son|era|eran) (?:para|pa) (?:las |los |el |la |un |una )?(?!(?:tanto|tanta|nada|mi|ti|vos|usted|ustedes|nosotros|mis|tus)\b)[a-z]+\b(?! (?:sino|solo|nomas)\b)(?![^.]{0,30}\b(?:sino|es para|son para|era para)\b)/,
    unless: anyOf(JOKE, /\b(?:regalo|cumple\w*|afeit\w*|depil\w*|cocina|camping|gimnasio|gym|saltar)\b/),
    about: 'self',
  },
  {
    id: 'es.self-harm-relapse',
    category: 'explicit',
    // A relapse into self-harm, also as "sh": "recai con el sh", "volvi a la autolesion", "recaida con los cortes".
    pattern: anyOf(
      /\b(?:recai|recaigo|recaida|recaer|volvi|vuelvo|volver|he vuelto|cai de nuevo|cai otra vez)\b (?:\w+ ){0,2}(?:con|en|a|al) (?:el |la |los )?(?:sh|autolesion\w*|autoles|cortes|cortarme|lastimarme)\b|\b(?:el|del|con el|hacerme|hice|hago|me hice) sh\b[^.]{0,40}\b(?:limpi[oa]|recai\w*|otra vez|de nuevo|volvi|sangr\w*)\b/,
      /\bsh (?:de nuevo|otra vez|again)\b|\b(?:despues de|tras|con) \d+ (?:meses|semanas|dias|anos) limpi[oa]\b[^.]{0,30}\b(?:sh|cort\w*|romper la racha|recai\w*|de nuevo|otra vez)\b/,
    ),
    unless: anyOf(TOPIC, JOKE),
    about: 'self',
  },
  {
    id: 'es.self-mark',
    category: 'explicit',
    // Marking, splitting, opening the skin with a blade: "me marque la pierna con la tijera, otra vez".
    pattern: p(
      '\\b(?:me (?:marque|marco|marcaba|he marcado|volvi a marcar|raje|rajo|rajaba|abri|abro|tajee|tajeo|pique|pico|rasgue|rasgo)|marcarme|rajarme|abrirme|tajearme) (?:\\w+ ){0,2}(?:los|las|el|la|mis|mi) (?:{BODY})\\b[^.]{0,30}\\b(?:con (?:el|la|los|las|un|una|unos|unas|mi) (?:(?:hoja|hojita|punta|filo) (?:de|del|de la) (?:\\w+ )?)?(?:tijeras?|cuchillas?|navajas?|compas|gillette|cuter|cutter|sacapuntas|vidrios?|agujas?|alfiler|clip|cuchillo|hoja de afeitar|encendedor|cigarro|maquin\\w*)|otra vez|de nuevo|a proposito|hasta sangrar|hasta que sangr\\w+)\\b',
    ),
    unless: anyOf(
      ACCIDENT_UNMEANT,
      TOPIC,
      JOKE,
      /\b(?:tatu\w*|henna|marcador|plumon|maquillaje|bronce\w*|abdominales|depil\w*|(?<!\b(?:cuchilla|hoja|hojita|navaja|maquina|maquinita) de )afeit\w*|rasur\w*|vacuna|analisis|sangre para)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.lie-down-wait',
    category: 'explicit',
    // Lying on the tracks or the road to wait: "pienso en acostarme ahi y esperar", "echarme en la carretera".
    pattern:
      /\b(?:pienso en|pense en|pensando en|ganas de|quiero|quisiera|me dan ganas de|tentad[oa] de|me imagino) (?:acostarme|tirarme|echarme|pararme|quedarme|ponerme|sentarme) (?:ahi|alli|ahi mismo|en (?:las|la|el|medio de la|medio de las|medio del) (?:vias|via|carretera|autopista|calle|avenida|rieles|riel|anden))\b[^.]{0,30}\b(?:y esperar|a esperar|esperando|hasta que (?:pase|venga|llegue)|a que (?:pase|venga|llegue))\b/,
    unless: anyOf(
      JOKE,
      /\b(?:sol|playa|pasto|arena|cama|sofa|hamaca|fila|cola|turno|bus|micro|colectivo|uber|taxi)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.not-today',
    category: 'explicit',
    // A reassurance that only puts it off: "no te preocupes, no lo voy a hacer hoy", "tranqui, esta noche no lo hago".
    pattern:
      /\b(?:no te preocupes|no se preocupen|no se preocupe|tranquil[oa]|tranqui|quedate tranquil[oa])\b,? (?:que )?(?:(?:todavia|aun|hoy|esta noche|por ahora) no (?:lo )?(?:voy a hacer|hare|hago)|no (?:lo )?(?:voy a hacer|hare|hago) (?:hoy|esta noche|todavia|aun|por ahora|ahorita|esta semana))\b/,
    unless: anyOf(
      JOKE,
      /\b(?:tarea|deberes|examen|trabajo|informe|limpieza|la cena|la comida|compras|tramite|ejercicio|gym|dieta|pago|llamada|maleta|ropa|lavar|planchar|cocinar|mudanza)\b/,
    ),
    about: 'self',
    negationProof: true,
  },
  {
    id: 'es.swallowed-by-earth',
    category: 'indirect',
    // "Que me trague la tierra": shame, as the idiom almost always is; read as a wish to vanish only
    // when nothing marks the embarrassment (the idiom's guard then keeps the second reader quiet too).
    pattern:
      /\b(?:ojala|quisiera que|quiero que|(?<!\b(?:quise|queria|hubiera querido) )que) me (?:trague|tragara|tragase) la tierra\b/,
    unless:
      /\b(?:cuando|papelon|verguenza|pena|ridiculo|que oso|oso|roche|bochorno|plancha|jaja\w*|jeje\w*|no se como (?:lo|la|los|las|le|les) voy a (?:mirar|ver)|(?:mirar|ver)(?:lo|la|los|las)? a la cara|me equivoque de (?:chat|grupo|persona)|(?:era|iba) para (?:mi|otr[oa]) \w+|por accidente|sin querer|en vez de|en lugar de|me confundi|se me salio)\b|😳|🙈|😅|😂|🤣|🫠|🤦/,
    about: 'self',
  },
  {
    id: 'es.literal-idiom',
    category: 'indirect',
    // An idiom of shame said to be literal, in its own clause: "de verdad, no de verguenza", "literal, no es metafora".
    pattern:
      /^(?:y )?(?:de verdad|en serio|literal(?:mente)?),? (?:no (?:de|por) (?:la )?(?:verguenza|pena)|no (?:es|en|lo digo en) (?:una )?(?:metafora|sentido figurado|forma de hablar))\b/,
    unless: JOKE,
    about: 'self',
  },
  {
    id: 'es.burden-relief',
    category: 'indirect',
    // Others relieved by one's absence: "mi familia por fin descansaria si yo no estuviera", "si no existiera, mi mama no tendria que gastar".
    pattern:
      /\b(?:descansari\w*|respirari\w*|se librari\w*|dormiri\w* tranquil\w*|vivirian tranquil\w*|estari\w* (?:tranquil\w*|aliviad\w*|felices))\b[^.]{0,30}\b(?:si (?:yo )?(?:no (?:estuviera|existiera|viviera|estoy|existo)(?! (?:en|aqui|aca|ahi|con|de|tan|para|por)\b)|me (?:muriera|fuera pa(?:ra|'?) siempre|muero)|desapareciera|faltara)|sin mi|cuando (?:yo )?(?:ya )?no (?:este|exista))\b|\bsi (?:yo (?:no (?:existiera|estuviera|hubiera nacido|viviera)|me muriera|desapareciera)(?! (?:en|aqui|aca|ahi|con|de|tan|para|por)\b)|(?:no (?:existiera|estuviera|hubiera nacido|viviera)|me muriera|desapareciera)(?:,| yo\b))[^.]{0,50}\b(?:no (?:tendria|tendrian|tuviera|tuvieran) que|descansari\w*|respirari\w*|se ahorrari\w*|ahorrari\w*|se librari\w*|(?:estaria|estarian|seria|serian|vivirian) (?:mas )?(?:mejor|tranquil\w*|felices|libres)|(?:podria|podrian) (?:por fin |al fin )?(?:dejar de (?:matarse|trabajar|preocuparse|sufrir|gastar|mandar\w*)|descansar|volverse|volver a su|vivir (?:tranquil\w*|en paz|mejor)|rehacer su vida|ser feli\w+))\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:vacaciones|viaje|finde|fin de semana|esta semana|un rato|unos dias|trabajo|oficina|turno|reunion|clase)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.unnoticed',
    category: 'indirect',
    // Gone and noticed late or not at all: "si desapareciera manana se enterarian a la semana, si acaso".
    pattern: anyOf(
      /\bsi (?:yo )?(?:\w+ ){0,2}(?:desapareciera|desapareciese|me muriera|muriera|me fuera pa(?:ra|'?) siempre|dejara de existir|no despertara|me pasara algo)\b[^.]{0,60}\b(?:se (?:enterari\w+|darian? cuenta|daria cuenta)|lo notari\w+|notari\w+|me (?:buscari\w+|extranari\w+|echari\w+ de menos)|tardari\w+ en (?:notarlo|darse cuenta|enterarse))\b[^.]{0,30}\b(?:a la semana|a los \w+ dias|al mes|dias despues|semanas despues|meses despues|en (?:una|dos|tres|\w+) semanas?|si acaso|con suerte|por el olor|tarde|nunca|ni)\b/,
      /\bnadie (?:notaria|se daria cuenta|lo notaria|lo notaria)\b[^.]{0,20}\bsi (?:dejo|desaparezco|me voy|no estoy|ya no)\b/,
    ),
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:vacaciones|viaje|de la oficina por|del grupo|del chat|de (?:las )?redes)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.hopeless-more',
    category: 'indirect',
    // Nothing helps, nothing ahead, no light: "nada me ayuda ya", "ya no tengo nada que esperar", "un tunel sin luz al final".
    pattern: anyOf(
      /\bno me (?:imagino|veo) (?:en )?(?:el ano que viene|el proximo ano|dentro de (?:un|\w+) anos?|de viej[oa])\b/,
      /\bnada (?:me )?(?:ayuda|sirve|funciona) ya\b|\bya nada (?:me )?(?:ayuda|funciona)\b|\bnada (?:me )?va a (?:ayudar|servir|funcionar)\b|\bno creo que (?:algo|nada|alguien) (?:me )?(?:vaya a|pueda) (?:ayudar|servir|cambiar)\b|\b(?:ya )?no (?:tengo|me queda) nada que esperar\b|\bno le (?:veo|encuentro) (?:ningun )?futuro a (?:nada|la vida|mi vida|vivir)\b|\btunel sin (?:luz|salida|fin|final)\b|\bsin luz al final\b|\b(?:no (?:hay|veo|encuentro)|ya no (?:hay|veo|busco)|ni (?:busco|veo)) (?:ninguna |la |una |ni una )?luz al final\b/,
      /\b(?:esto|lo mio|yo|mi vida|mi caso) no tiene (?:arreglo|solucion|remedio|cura|vuelta)\b/,
    ),
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:dolor de|espalda|cabeza|muelas|tos|resfri\w*|alergia|acne|crema|dieta|para dormir|a dormir|insomnio|ropa|talla|pantalon|zapatos|tren|metro|carretera|auto|coche|carro|apagon|corte de luz|paquete|pedido|envio)\b/,
    ),
    about: 'self',
    negationProof: true,
  },
  {
    id: 'es.worthless-more',
    category: 'indirect',
    // "yo doy igual", "no merezco ni el aire que respiro", "en todos lados estoy de mas", "estoy de mas."
    pattern:
      /(?:^|\byo |\b(?:siento que|creo que|total,?) )doy igual(?=\s*(?:[.,;!]|$|y\b|a (?:todos|nadie|todo el mundo)|para (?:todos|nadie)))|\bno merezco (?:ni )?(?:el aire|respirar|la vida|ocupar (?:espacio|un lugar)|estar aqui|el lugar que ocupo)\b|\b(?:en todos lados|en todas partes|en este mundo|en esta vida|en mi (?:casa|familia)|aqui|aca) (?:yo )?(?:estoy|me siento|siento que estoy) de mas\b|^(?:yo )?(?:estoy|me siento|siento que estoy) de mas\s*[.!]*$/,
    unless: anyOf(JOKE, /\b(?:reunion|junta|fiesta|equipo|proyecto|trabajo|clase|cocina|partido|grupo de)\b/),
    about: 'self',
    negationProof: true,
  },
  {
    id: 'es.world-same',
    category: 'indirect',
    // The world unchanged without the writer: "el mundo seguiria igual sin mi, o mejor".
    pattern:
      /\b(?:el mundo|todo|todos|la vida|mi familia|nadie)\b[^.]{0,20}\b(?:seguiri\w+|continuari\w+|va a seguir|van a seguir)\b (?:igual|girando|como si nada|su curso|normal|perfectamente)\b[^.]{0,15}\bsin mi\b|\bsin mi\b[^.]{0,20}\b(?:el mundo|todo|todos|la vida)\b[^.]{0,10}\b(?:seguiri\w+|continuari\w+|va a seguir|van a seguir) (?:igual|girando|como si nada|su curso|normal)\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:vacaciones|viaje|oficina|trabajo|empresa|equipo|proyecto|turno|jubil\w*|licencia|baja)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.if-i-die',
    category: 'indirect',
    // Instructions for after one's death: "si me muero no llores", "si me pasa algo, cuiden a mi gato" (whose words decide whose risk).
    pattern:
      /\bsi (?:me muero|me muriera|un dia me muero|algun dia me muero|me pasa algo|ya no estoy)\b,? (?:no (?:llores|lloren|esten tristes|me extranes|me extranen|te pongas triste|se pongan tristes|sufras|sufran)|(?:cuida|cuiden) (?:a|de) (?:mi|mis|la|el)\b)/,
    unless: anyOf(
      JOKE,
      /\b(?:de viej[oa]|viaje|vuelo|avion|operacion|cirugia|parto|vacaciones|excursion|carretera)\b/,
    ),
  },
  // ── Third party, added on the seventh tuning batch ─────────────────────
  {
    id: 'es.third-found',
    category: 'explicit',
    // Means found hidden or counted, someone else's: "encontre una caja con pastillas escondida", "la encontre contando las pastillas".
    pattern: p(
      '\\b(?:encontre|descubri|halle|le encontre|le descubri|le vi)\\b[^.]{0,40}\\b(?:{MEANS}|cuchillo)\\b[^.]{0,30}\\bescondid[oa]s?\\b|\\b(?:encontre|descubri|halle|le encontre|le descubri|le vi)\\b[^.]{0,30}\\bescondid[oa]s?\\b[^.]{0,40}\\b(?:{MEANS}|cuchillo)\\b|\\b(?:la|lo) (?:encontre|vi|pille|cache) (?:\\w+ ){0,2}(?:mirando|contando|separando|juntando) (?:las|los|sus|unas|unos) (?:{MEANS})\\b|\\b(?:{MEANS})\\b[^.]{0,30}\\b(?:todas|todos) (?:\\w+ ){0,3}contad[oa]s\\b',
    ),
    unless: anyOf(
      JOKE,
      /\b(?:pastillero|regalo|sorpresa|navidad|cumple\w*|ratas?|ratones|plaga|jardin|vencid[oa]s|receta|farmacia|inventario|el perro|el gato)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.would-miss-me',
    category: 'indirect',
    // Asking whether one would be missed: "tu me extranarias si no estuviera?" (whose words decide whose risk).
    pattern:
      /\b(?:me )?(?:extranarias|extranarian|extranaria|echarias de menos|echarian de menos|echaria de menos|notarias|notarian)\b[^.]{0,30}\bsi (?:yo )?(?:ya )?(?:no (?:estuviera|existiera|despertara)|me (?:muriera|fuera pa(?:ra|'?) siempre|pasara algo)|desapareciera)\b(?! (?:en|de|por|un|una|unos|unas|el|la)\b)/,
    unless: anyOf(JOKE, /\b(?:vacaciones|viaje|intercambio|mudanza|me mudo|me voy a vivir|trabajo nuevo)\b/),
  },
  {
    id: 'es.third-poison',
    category: 'explicit',
    // Someone else took poison, or pills that put them in hospital: "se tomo un veneno", "se habia tomado un monton de pastillas ... urgencias".
    pattern:
      /\bse (?:tomo|trago|bebio|habia tomado|ha tomado|habia tragado|metio|tomaba) (?:un |una |el |la |medio |media )?(?:(?:frasco|botella|vaso|sobre) de )?(?:veneno|raticida|matarratas|cloro|lejia|insecticida|herbicida|anticongelante|soda caustica|pesticida|cianuro|acido)\b|\bse (?:tomo|trago|habia tomado|ha tomado|habia tragado|metio) (?:\w+ ){0,3}(?:pastillas|pastis|pildoras|medicamentos|remedios|clonazepam|rivotril|paracetamol|somniferos|antidepresivos)\b[^.]{0,60}\b(?:urgencias|hospital|uci|terapia intensiva|clinica|ambulancia|lavado|intoxicad\w+|inconsciente|no (?:despierta|responde|reacciona))\b|\b(?:urgencias|hospital|uci|terapia intensiva|ambulancia|lavado de estomago)\b[^.]{0,60}\bse (?:tomo|trago|habia tomado|ha tomado|habia tragado|metio) (?:\w+ ){0,3}(?:pastillas|pastis|pildoras|medicamentos|remedios|clonazepam|rivotril|paracetamol|somniferos|antidepresivos)\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:sin querer|por accidente|por error|sin darse cuenta|perr[oa]|gat[oa]|mascota|cachorr\w*|bebe|nene|nena|el nino|la nina|picada|alacran|serpiente)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.third-cutting',
    category: 'explicit',
    // Someone else cutting again: "mi amiga se esta cortando otra vez", "se volvio a lastimar los brazos".
    pattern:
      /\bse (?:esta|estaba|anda|sigue|volvio a|ha vuelto a|esta volviendo a|volvia a) (?:cortando|cortar|lastimando|lastimar|autolesionando|autolesionar|quemando|quemar|rasgunando|rasgunar)\b(?! (?:el|la|las|los|su|sus) (?:pelo|cabello|unas|flequillo|barba|luz|leche|agua|internet|senal|llamada|puntas|dedo|dedos|mano|rodilla)\b)[^.]{0,60}\b(?:otra vez|de nuevo|brazos?|munecas?|piernas?|muslos?|le vi|se (?:lo|los|las) vi|cicatrices|cortes|heridas|marcas|manga larga)\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:cocinando|picando|pelando|sin querer|por accidente|plancha|sol|playa|estufa|horno)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.third-seen-blade',
    category: 'explicit',
    // A blade seen on someone else's body: "la vi con la cuchilla del sacapuntas en la pierna, sangrando".
    pattern:
      /\b(?:la|lo) (?:vi|encontre|descubri|pille|cache|agarre)\b[^.]{0,40}\b(?:cuchillas?|navajas?|gillette|cutter|cuter|vidrio|tijeras?|sacapuntas|hoja de afeitar)\b[^.]{0,40}\b(?:sangr\w+|en (?:la|el|los|las|sus?) (?:piernas?|brazos?|munecas?|muslos?|panza|antebrazos?|cuello))\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:cocinando|picando|pelando|afeit\w*|depil\w*|manualidades|cartulina|maqueta|escuela|tarea)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.third-post',
    category: 'indirect',
    // A goodbye posted by someone else: "puso en su estado 'ya me voy, gracias por todo'".
    pattern:
      /\b(?:puso|publico|subio|escribio|dejo|compartio|mando) (?:en (?:su |sus )?(?:estado|estados|historia|historias|muro|perfil|instagram|insta|face\w*|whatsapp|stories|twitter|tiktok|grupo)|un (?:mensaje|post|tuit|estado|video|audio))\b[^.]{0,60}\b(?:gracias por todo|adios a todos|hasta siempre|hasta nunca|perdon(?:en)? por todo|ya me voy|me voy pa(?:ra|'?) siempre|ya no (?:puedo|aguanto) mas|los quiero a todos|cuiden a|nos vemos (?:del|en el) otro lado|nos vemos en (?:la otra vida|el cielo))\b/,
    unless: anyOf(
      JOKE,
      /\b(?:vacaciones|viaje|mudanza|trabajo nuevo|cumple\w*|graduacion|renuncia|jubil\w*|me voy a (?:vivir|estudiar|trabajar)|nos vemos (?!(?:del|en el) otro lado|en (?:la otra vida|el cielo))|a dormir|buenas noches|fiesta|boda|campamento|excursion|aeropuerto|vuelo|intercambio|extranjero|otro pais)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.third-note',
    category: 'explicit',
    // A note left by someone else: "dejo una carta pidiendonos perdon y diciendo que nos quiere".
    pattern:
      /\b(?:dejo|escribio|le encontre|encontre|encontramos|nos dejo|me dejo|les dejo) (?:una|la|unas|las|su|sus) (?:carta|nota|cartas|notas|mensaje)\b[^.]{0,60}\b(?:de despedida|despidiendose|diciendo adios|pidiendo(?:nos|me|les)? perdon (?:por todo\b|y diciendo(?:nos|me|les)? que (?:nos|me|los|les) quiere))/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:jubil\w*|trabajo|oficina|renuncia|viaje|mudanza|intercambio|cumple\w*|graduacion|despedida de solter[oa]|campamento|excursion|vacaciones|aeropuerto|vuelo)\b/,
    ),
    about: 'other',
  },
  // ── Third party: someone else's overdose, blade, burns, veiled goodbye ─
  {
    id: 'es.third-signs',
    category: 'explicit',
    pattern: p(
      [
        '\\b(?:se tomo|tomo|se trago|se metio) (?:algo|todo|un monton|varias|muchas|todas|las pastillas)\\b[^.]{0,60}\\b(?:no (?:responde|reacciona|despierta|contesta)|frasco vacio|caja vacia|blister vacio|frascos vacios)\\b',
        '\\b(?:esta|estaba) (?:\\w+ ){0,2}en (?:la|el) (?:tina|banera|bano|ducha|azotea|puente|techo|cornisa|vias)\\b[^.]{0,30}\\bcon (?:una|un|la|el|las|unas) (?:{MEANS}|cuchillo)\\b',
        '\\b(?:tiene|tenia) (?:cortes|cicatrices|heridas|marcas|quemaduras|rasgunos)\\b (?:\\w+ ){0,3}en (?:los|las|sus) (?:{BODY})\\b[^.]{0,60}\\b(?:no (?:le|se lo) creo|(?:la|lo) vi hacerlo|(?:dice|dijo|dicen) que (?:fue|se (?:cayo|quemo|corto|rasguno)) (?:cocinando|el gato|un accidente|sin querer|con la plancha|jugando|con la estufa|planchando))\\b',
        '\\b(?:sus|los|las) (?:{BODY}) (?:cortad[oa]s|quemad[oa]s|marcad[oa]s|llen[oa]s de cortes|con cortes)\\b',
        '\\btiene (?:una|la|un|el) (?:soga|cuerda|pistola|arma|navaja|cuchilla|veneno|revolver|escopeta|cuchillo) (?:\\w+ ){0,2}(?:en|bajo|debajo de) (?:su|el|la) (?:cuarto|cama|mochila|cajon|closet|ropero|colchon|almohada|pieza)\\b',
        '\\b(?:esta|estaba|se subio|se paro|se sento) (?:\\w+ ){0,2}(?:en|a|al|sobre) (?:el|la|las) (?:techo|azotea|cornisa|borde|baranda|barandal|puente|vias|ultimo piso)\\b[^.]{0,40}\\b(?:no (?:se )?quiere bajar|amenaza con|se va a tirar|quiere saltar|no contesta)\\b',
        '\\b(?:lo|la|los) (?:encontraron|encontre|encontramos|hallaron|descolgaron|bajaron) (?:\\w+ ){0,2}(?:colgad[oa]|ahorcad[oa]|inconsciente (?:con|entre) (?:las|unas|sus) (?:pastillas|pastis|pildoras))\\b(?! (?:del telefono|al telefono|de cabeza|en el columpio|de las barras|en la hamaca|de la rama jugando))',
        '\\bdescansar de verdad\\b[^.]{0,40}\\b(?:me (?:dejo|regalo|dio|entrego)|nos (?:dejo|regalo|dio)) (?:sus|todas sus)\\b',
      ].join('|'),
    ),
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:sol|playa|accidente|operacion|cirugia|scouts|campamento|escalada|disfraz|arreglando|reparando|antena|tejas|goteras?|instalando|limpiando|pintando|el gato del vecino|hasta terminar)\b|(?<!\b(?:dice|dijo|dicen|decia) que fue )\b(?:el gato|el perro)\b/,
    ),
    about: 'other',
  },
  // ── Added on the ninth tuning batch ─────────────────────────────────────
  {
    id: 'es.poison-self',
    category: 'explicit',
    // Drinking a household poison: "me eche la botella entera de cloro a la boca", "me tome el raticida".
    pattern:
      /\bme (?:tome|trague|bebi|empine|voy a tomar|quiero tomar|tomaria|tomo|trago|bebo)\b (?:\w+ ){0,4}(?:cloro|lejia|lavandina|creolina|veneno|raticida|matarratas|insecticida|herbicida|soda caustica|acido muriatico|anticongelante|pesticida|cianuro|destapacanos|aguarras|thinner|gramoxone|paraquat|glifosato|plaguicida|fosfuro|fosfina|folidol|furadan|organofosforado|pastilla del frijol|pastillas del frijol)\b|\bme (?:eche|meti|echo|meto)\b (?:\w+ ){0,4}(?:cloro|lejia|lavandina|creolina|veneno|raticida|matarratas|insecticida|herbicida|soda caustica|acido muriatico|anticongelante|pesticida|cianuro|destapacanos|aguarras|thinner)\b[^.]{0,20}\b(?:a la boca|en la boca|por la boca|al cuerpo|adentro)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:sin querer|por error|por equivocacion|por accidente|pense que era|crei que era|limpiando|la ropa|el piso|el pelo|la piscina|la pileta)\b/,
      // A drink called poison: "me tome ese cafe que era puro veneno".
      /\b(?:cafe|mate|trago|bebida|cerveza|tequila|jarabe|licuado|te)\b[^.]{0,25}\b(?:puro|un|es|era) veneno\b/,
      // A poison drunk on stage: "en el ensayo me tome el veneno", "en la obra bebo el veneno".
      /\b(?:en el ensayo|en la (?:obra|escena|funcion|representacion)|en escena|sobre el escenario|mi personaje|haciendo de (?:julieta|romeo|hamlet|cleopatra))\b[^.]{0,20}\bme (?:tome|bebi|tomo|bebo|trague) el veneno\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.burn-self-object',
    category: 'explicit',
    // Something hot held to the body on purpose: "me apoye la plancha caliente en la pierna, a proposito".
    pattern: p(
      '\\bme (?:apoye|apoyo|puse|pongo|pase|paso|pegue|acerque|acerco|aplique) (?:\\w+ ){0,2}(?:la plancha|la planchita|el encendedor|un encendedor|el cigarro|un cigarro|el cigarrillo|un cigarrillo|la colilla|un fosforo|un cerillo|la cuchara|el cuchillo|la vela|agua hirviendo|el rizador|la sarten|la olla)\\b(?: (?:caliente|calentad[oa]|encendid[oa]|prendid[oa]|hirviendo))?[^.]{0,20}\\b(?:en|sobre|contra|por) (?:la|el|las|los|mi|mis) (?:{BODY})\\b(?=[^.]{0,60}\\b(?:a proposito|adrede|para sentir|para castigarme|para no sentir|hasta que|aguant\\w+))',
    ),
    unless: anyOf(JOKE, /\b(?:sin querer|por accidente|accidentalmente)\b/),
    about: 'self',
  },
  {
    id: 'es.jump-scout',
    category: 'explicit',
    // Scouting a height: "fui al puente a medir que tan alto es", "da para no sobrevivir", "edificios sin rejas", "volver, esta vez para saltar".
    pattern: p(
      [
        '\\b(?:da|alcanza|basta|es suficiente|seria suficiente|suficiente) para (?:no sobrevivir|no contarla|no quedar viv[oa]|morir|matarme|que no (?:sobreviva|quede viv[oa]))\\b',
        '\\b(?:fui|subi|volvi|voy|ire|me fui) (?:a|al|a la|hasta el|hasta la) (?:\\w+ )?(?:{PLACE})\\b[^.]{0,50}\\b(?:medir|calcular|ver|mirar|fijarme) (?:\\w+ ){0,3}(?:que tan alt[oa]|cuanta altura|la altura|cuantos pisos|cuantos metros)\\b',
        '\\b(?:busc\\w*|encontre|google\\w*|averigu\\w*)\\b[^.]{0,40}\\b(?:edificios?|puentes?|azoteas?|terrazas?|balcones)\\b (?:\\w+ ){0,3}sin (?:rejas|mallas?|barandas?|barandales?|proteccion)\\b',
        '\\b(?:volver|vuelvo|voy a volver|ir|voy|subir|regresar|regreso)\\b[^.]{0,40}\\b(?:esta vez|ahora si|la proxima) para (?:saltar|tirarme|aventarme|lanzarme)\\b',
        // At the tracks, stepping back at the last second: "espere a que pasara el de las 18:40. me eche para atras".
        '\\bme (?:eche|heche|tire|hice) (?:para|pa) atras en el ultimo (?:segundo|momento|instante)\\b',
        '\\b(?:en|sobre|junto a) (?:la via|las vias|los rieles|el riel)\\b[^.]{0,30}\\besper\\w* (?:a )?que pas(?:ara|e|ase) (?:el|un) (?:tren|de las)\\b',
        // The same, the waiting said first: "espere en las vias a que pasara el tren de las 8".
        '\\besper\\w* (?:\\w+ ){0,2}(?:en|sobre|junto a) (?:la via|las vias|los rieles|el riel)\\b[^.]{0,20}\\b(?:a )?que pas(?:ara|e|ase) (?:el|un) (?:tren|de las)\\b',
        // Sitting on the edge: "me sente en la orilla de la azotea con las piernas colgando y pense en soltarme".
        '\\b(?:sentad[oa]|me sente|me senta|parad[oa]|me pare|estuve|estaba|me quede)\\b[^.]{0,30}\\b(?:orilla|borde|cornisa|baranda|barandal) (?:de|del) (?:la |el )?(?:{PLACE})\\b[^.]{0,60}\\b(?:pense en (?:soltarme|dejarme caer|tirarme|saltar|aventarme|lanzarme)|mirando (?:hacia )?abajo|una hora|horas)\\b',
      ].join('|'),
    ),
    unless: anyOf(
      JOKE,
      GAME,
      TOPIC,
      /\b(?:piscina|pileta|alberca|trampolin|paracaidas|paracaidismo|bungee|puenting|tirolesa|parapente|clavados?|al agua|al mar|al rio|al lago|cama|sofa|turis\w*|paseo|fotos?|vista|atardecer|plata|sueldo|dinero|quincena|arquitect\w*|inmobiliari\w*|alquil\w*|departamento para)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.means-ready',
    category: 'explicit',
    // The means already set up or set for a day: "🪢 ya la tengo colgada", "take them all el sabado", "tomarmelas todas el viernes".
    pattern:
      /\b(?:rope|soga|cuerda|mecate|lazo)\b[^.]{0,30}\b(?:ya (?:la|lo) tengo (?:colgad[oa]|amarrad[oa]|atad[oa]|anudad[oa]|list[oa]|preparad[oa])|ya (?:esta|quedo) (?:colgad[oa]|amarrad[oa]|anudad[oa]))\b|\b(?:take them all|tomarmelas todas|tragarmelas todas|me las (?:voy a )?(?:tomo|tomar|trago|tragar) todas|me voy a tomar todas)\b[^.]{0,20}\b(?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|dia)|esta noche|hoy|este (?:finde|fin de semana))\b/,
    unless: anyOf(
      JOKE,
      /\b(?:tender|ropa|hamaca|columpio|camping|escalada|decoraci\w*|luces|cortina|cuadro|vitaminas|antibiotico\w*|receta|tratamiento)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.attempt-rescued',
    category: 'explicit',
    // An attempt retold with the rescue: "me tire desde ahi y me sacaron unos pescadores".
    pattern:
      /\bme (?:tire|avente|lance|arroje|colgue|ahorque|guinde|corte las venas|tome (?:todas|todo|el frasco|la caja))\b[^.]{0,40}\by me (?:sacaron|rescataron|salvaron|encontraron|bajaron|descolgaron|revivieron|reanimaron)\b/,
    unless: anyOf(
      JOKE,
      GAME,
      /\b(?:piscina|pileta|alberca|trampolin|tobogan|paracaidas|bungee|tirolesa|parapente|clavado|surf|ola|olas|foto|fotos|jugando|la cama|el sofa|cancha|partido|penal)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.affairs-more',
    category: 'indirect',
    // Affairs handed over: every password, who gets each thing, one's own funeral priced, the plants one will not be there to water.
    pattern:
      /\b(?:claves|contrasenas|passwords) (?:del?|de la|de mis) \w+,? (?:(?:del?|de la) \w+,? )*(?:y )?(?:del?|de la) \w+|\b(?:quien|quienes) se (?:queda|quedan|va a quedar|van a quedar) con (?:cada cosa|mis cosas|que cosa)\b|\bcon quien se (?:queda|va a quedar) (?:cada cosa|cada una de mis cosas|mis cosas)\b|\bfuneraria\b[^.]{0,80}\b(?:cuanto (?:sale|cuesta|cobran)|para que (?:mi familia|mis hijos|nadie|ellos|mi espos[oa]|mi marido|mi mujer) no (?:tenga|tengan) que)\b|^(?:y )?(?:despues|luego|total) ya no (?:la|lo|las|los) (?:voy a poder|podre|voy a) (?:cuidar|regar|pasear|alimentar)\b(?![^.]{0,40}\b(?:porque|por el|por la|ya que)\b)|\bya cumpli (?:mi parte|mi mision|mi tarea|con (?:mis hijos|mi familia|todos))\b(?! (?:del|de la|en el|en la|con el|con la|de)\b)/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:wifi|netflix|disney|spotify|streaming|tramites?|viaje|vacaciones|mudanza|me mudo|divorcio|separacion|herencia de|de (?:mi|su|la) (?:abuel\w*|mama|papa|tio|tia|padre|madre)|para (?:mi|su) (?:abuel\w*|mama|papa|tio|tia|padre|madre)|te toca|les toca|le toca|del trato|del acuerdo|del proyecto|hospital|operacion|cirugia)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.weary-self',
    category: 'indirect',
    // Tired of being oneself, a bother for breathing, "que se acabe." said alone, relief at a short prognosis.
    pattern:
      /\bser yo (?:es|se (?:ha )?vuelto|me resulta|resulta) (?:\w+ ){0,3}(?:insoportable|agotador|inaguantable|un infierno|una tortura|demasiado|una carga)\b|\b(?:molesto|estorbo|sobro|incomodo) (?:hasta|solo|con solo|nada mas|incluso) (?:respirando|existiendo|por existir|por respirar|estando)\b|^(?:y )?(?:solo |nomas )?que se (?:acabe|termine)(?: (?:ya|todo|de una vez))?\s*[.!]*$|\bme (?:quedan?|queda) (?:\w+ ){0,2}(?:semanas|dias|meses|anos?)(?: de vida)?\b[^.]{0,40}\b(?:sentiria|me daria|seria|sentiriamos) (?:\w+ )?(?:alivio|paz|un alivio|un regalo)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:vacaciones|clases|examen|examenes|contrato|trabajo|semestre|cuarentena|dieta|obra|embarazo|licencia|reunion|partido|temporada|serie)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.ask-dose',
    category: 'explicit',
    // A lethal dose asked about: "que pasa si uno se toma 30 paracetamoles?"
    pattern: p(
      '\\b(?:que pasa|que (?:me|te|le) pasa|pasa algo|es mortal|(?:me|te|se) muere|cuantas?)\\b[^.?!]{0,25}\\bsi (?:uno |alguien |una persona |me |te )?(?:se )?(?:toma|tomo|tomas|trago|traga|tomara|tomase|toman)\\b (?:\\d{2,}|veinte|treinta|cuarenta|cincuenta|cien|todas? (?:las|mis)|una caja|un frasco|(?:dos|tres|varias) cajas) (?:de )?(?:mis |las )?(?:{MEANS}|paracetamoles|ibuprofenos|pastillas?)\\b',
    ),
    unless: anyOf(JOKE, TOPIC, /\\b(?:perro|gato|mascota|bebe|nene|nena|hijo|hija|nino|nina)\\b/),
    about: 'self',
  },
  {
    id: 'es.regret-surviving',
    category: 'indirect',
    // Sorry to have come out of danger alive: "vi que estaba entero y pense 'que lastima'".
    pattern:
      /\b(?:estaba|quede|sali|segui|sigo|estoy) (?:enter[oa]|viv[oa]|ilesa?|ileso|bien|sin un rasguno)\b[^.]{0,30}\b(?:que lastima|lastima|que pena|que mala suerte|mala suerte|me decepcion\w*|decepcion)\b/,
    unless: JOKE,
    about: 'self',
  },
  {
    id: 'es.withdraw-sessions',
    category: 'indirect',
    // Leaving every session to come, without a reason: "no voy a ir a la sesion del jueves. ni a las otras."
    pattern:
      /^(?:y )?ni a (?:las|los) (?:otras|otros|siguientes|demas|que vienen|que siguen)\s*[.!]*$|\bno (?:voy a (?:ir|venir|volver)|vengo|vuelvo) a (?:la |las |ninguna )?(?:sesion|sesiones|terapia|consulta|cita)\b[^.]{0,30}\b(?:ni a las (?:otras|siguientes|demas)|nunca mas|ninguna mas)\b/,
    unless: anyOf(JOKE, /\b(?:porque|por|ya que|viaje|vacaciones|mudanza|alta|otro terapeuta|cambio)\b/),
    about: 'self',
  },
  // ── Kinds from batch 11 ─────────────────────────────────────────────────
  {
    id: 'es.plan-pronoun',
    category: 'explicit',
    // Un plan con solo "lo" y un escondite: "nadie me va a encontrar hasta el domingo".
    pattern:
      /\bnadie me (?:va a|iba a|vaya a|podra|podria|puede|va) (?:encontrar|hallar) (?:hasta|antes|en (?:dias|horas|dos dias))\b|\b(?:cuando|antes de que|despues de que|el dia que|para cuando) me mate\b(?! (?:mi|el|la|los|las|tu|su|de|con|a|alguien)\b)/,
    // "asi no me extranan tanto cuando me mate": a negation before it denies something else.
    negationProof: true,
  },
  {
    id: 'es.plan-thought',
    category: 'explicit',
    // "ya lo tengo pensado" después de hablar de morir: "muerto por dentro y pronto por fuera, ya lo tengo pensado".
    context:
      /\b(?:morir\w*|matar\w*|muert[oa]s?\b(?! de)|suicid\w*|desaparecer|irme de (?:este|aqui)|despedi\w*)/,
    pattern: /\bya (?:lo|la) tengo (?:todo |toda )?(?:pensad[oa]|planead[oa]|decidid[oa]|organizad[oa])\b/,
    about: 'self',
  },
  {
    id: 'es.date-picked',
    category: 'explicit',
    context: /\b(?:morir\w*|matar\w*|muert[oa]s?\b(?! de)|suicid\w*|no estar|desaparecer|hacerlo|irme)/,
    pattern:
      /\b(?:ya )?(?:eleg\w+|escog\w+|puse|fije|tengo|estoy eligiendo|ando eligiendo|estoy pensando) (?:la|una) fecha\b(?=\s*(?:$|[.,;!?]|ya\b|para hacerlo|para irme))/,
  },
  {
    id: 'es.affairs-for-gone',
    category: 'indirect',
    pattern:
      /\btodo (?:esta |queda |quedo |va a estar |ya esta )?(?:organizado|listo|preparado|arreglado|resuelto|dejado|en orden) para cuando (?:me vaya|ya no este|no este|me muera|falte)\b(?! (?:de|a|al|en|por|unos|unas|una|el|la|los|las)\b)/,
  },
  {
    id: 'es.prep-means',
    category: 'explicit',
    // Carbón con cinta para sellar; el medio guardado en el auto en la frase siguiente.
    pattern:
      /\bcarbon\b[^.]{0,40}\b(?:cinta|sellar|silicona)\b|\bcinta (?:americana|de embalar|aislante|adhesiva|gris|de pato)\b[^.]{0,40}\bcarbon\b/,
    unless: /\b(?:asado|parrilla|dibujo|arte|brasero|carne|choripan)\b/,
  },
  {
    id: 'es.means-stowed',
    category: 'explicit',
    context:
      /^(?![\s\S]*\b(?:para (?:el|la|un|una|mi) \w+|carpa|camping|asado|parrilla|jardin|columpio|escalada|barco|dibujo)\b)[\s\S]*\b(?:carbon|soga|cuerda|manguera|helio)\b/,
    pattern:
      /^(?:esta|estan|lo tengo|los tengo|la tengo|las tengo|todo esta|ya esta) (?:\w+ )?en (?:el|la|mi) (?:baul|maletero|cajuela|auto|coche|carro|guantera|placard|armario|cajon|mochila)\b/,
  },
  {
    id: 'es.fall-wished',
    category: 'explicit',
    // "me sente en el borde… queria caerme"; "calcule si me mataria la caida"; un boton para morir.
    context:
      /\b(?:azotea|borde|balcon|puente|techo|terraza|cornisa|ventana|piso|vias|acantilado|precipicio|baranda)\b/,
    pattern: /\b(?:queria|quiero|quise|tenia ganas de|ganas de) (?:caerme|dejarme caer|soltarme)\b/,
    unless: /\b(?:pileta|piscina|alberca|agua|mar|trampolin|clavados?|paracaidas|bungee|cama|sillon|sofa)\b/,
  },
  {
    id: 'es.fall-calculated',
    category: 'explicit',
    pattern: anyOf(
      /\bsi me mataria (?:la caida|el golpe|la altura|el salto)\b|\bsi (?:la caida|la altura|el salto) me mataria\b/,
      /\b(?:boton|interruptor|pastilla|palanca)\b[^.]{0,30}\b(?:morir(?:me)?|desaparecer|no despertar(?:me)?|dejar de existir)\b[^.]{0,40}\b(?:lo|la) (?:apretaria|presionaria|tomaria|pulsaria|tocaria)\b/,
    ),
  },
  {
    id: 'es.estate-questions',
    category: 'indirect',
    pattern:
      /\bquien(?:es)? se (?:quedaria|quedarian|va a quedar|quedara|queda) con (?:todas )?(?:mis|mi) (?:cosas|ahorros|plata|dinero|ropa|auto|coche|carro|depto|casa|pertenencias)\b|\ba quien (?:le |les )?(?:irian|van|iria|va|tocarian|tocaria) (?:a parar )?mis (?:ahorros|cosas|plata)\b|\bsi mis ahorros (?:irian|van|iran|se los quedaria)\b/,
    unless:
      /\b(?:testamento|escribano|notario|abogad\w*|bebe|embaraz\w*|hipoteca|seguro|divorci\w*|mudanza|viaje|herencia de mi)\b/,
  },
  {
    id: 'es.reckless',
    category: 'indirect',
    // Manejar borracho y, en la frase siguiente, que no le importaba lo que pasara.
    context: /\b(?:manej\w*|conduj\w*|conduc\w*|borrach\w*|en pedo|moto|sin casco|cruce|velocidad|ebri\w*)\b/,
    pattern:
      /\bno me (?:importo|importa|importaba) (?:mucho |nada |demasiado )?(?:que|lo que) (?:me )?(?:pudiera|pueda|podia|fuera a|vaya a|iba a|pasara|pase)\b/,
    about: 'self',
  },
  {
    id: 'es.means-hopeless',
    category: 'indirect',
    // Un arma en casa y alguien que dice que ya no sirve para nada.
    pattern:
      /\b(?:revolver|pistola|escopeta|arma|armas|rifle)\b[^.]{0,80}\b(?:(?:ya )?no sirv[oe] (?:para nada|de nada)|no vale nada|(?:es|soy) una carga|(?:es|soy) un estorbo|estarian mejor sin (?:el|ella|mi))\b|\b(?:no sirv[oe] para nada|no vale nada|(?:es|soy) una carga|(?:es|soy) un estorbo)\b[^.]{0,60}\b(?:tiene|tengo|guarda|guardo) (?:un|una|el|la|su|mi) (?:revolver|pistola|escopeta|arma|rifle)\b/,
    unless:
      /\b(?:revolver|pistola|escopeta|arma|rifle) (?:\w+ ){0,2}que (?:ya )?no sirve\b|\b(?:juguete|de agua|paintball|airsoft|videojuego|el juego)\b/,
  },
  {
    id: 'es.third-want-die',
    category: 'explicit',
    // Un hijo, un amigo: "quiere estar muerto", "dijo que quiere morirse".
    pattern:
      /\b(?:quiere|desea) (?:estar muert[oa]|morir(?:se)?|matarse|no existir|no despertar(?:se)?|dejar de existir)\b/,
    unless: anyOf(JOKE, HYPERBOLE, TRIVIAL, COMEDY),
  },
  {
    id: 'es.forget-me',
    category: 'indirect',
    // Apartarse para ahorrarles a los demas: "que se olviden de mi, es mas facil para todos".
    pattern:
      /\bque se olviden de mi\b[^.]{0,30}\b(?:mas facil|mejor) para (?:todos|ellos|todo el mundo)\b|\b(?:mas facil|mejor) para (?:todos|ellos|todo el mundo) (?:si|que) (?:me olviden|se olviden de mi|desaparezco|no estoy)\b/,
    about: 'self',
  },
  {
    id: 'es.last-post',
    category: 'indirect',
    // "esta iba a ser su ultima historia" y cerro la cuenta.
    pattern:
      /\b(?:esta|este|esa|ese) (?:es|era|iba a ser|va a ser|seria|sera|fue) (?:mi|su) (?:ultim[oa]) (?:historia|publicacion|post|mensaje|video|tuit|subida)\b(?! (?:del|de la|de este|de esta|por|hasta|en)\b)/,
    unless:
      /\b(?:vacaciones|descanso|un tiempo|pausa|detox|examenes|cuenta nueva|celular nuevo|porque|me (?:paso|cambio|mudo) (?:a|al|de))\b/,
  },
  {
    id: 'es.third-goodbye-post',
    category: 'indirect',
    // Someone else's goodbye message, then silence: "publico un mensaje de despedida y no contesta el telefono".
    pattern: anyOf(
      /\b(?:publico|subio|puso|mando|escribio)\b[^.]{0,60}\b(?:nos vemos del otro lado|hasta siempre|chau a todos|adios a todos)\b/,
      /\b(?:publico|subio|puso|mando|escribio|dejo|compartio) (?:un|una|su) (?:mensaje|carta|post|video|audio|nota|historia|estado) de despedida\b[^.]{0,60}\b(?:no (?:contesta|responde|atiende|aparece|lo encuentro|la encuentro)|apago el (?:celular|telefono)|nadie sabe donde)\b/,
      /\b(?:escribio|puso|publico|subio|mando|dejo)\b[^.]{0,20}["'«]?(?:esta es|este es|fue) (?:mi|su) (?:despedida|ultimo mensaje|adios)\b/,
      // A goodbye posted with a picture of a height, or then silence: "posteo 'gracias por todo, chau' con
      // una foto del puente", "subio 'adios' y no atiende".
      p(
        '\\b(?:publico|subio|puso|mando|escribio|posteo|compartio|tuiteo)\\b[^.]{0,40}\\b(?:gracias por todo|adios|chau|chao|me despido|hasta siempre|perdon(?:en)? por todo)\\b[^.]{0,60}\\b(?:(?:con )?una foto (?:de|del|desde) (?:(?:el|la|un|una|los|las) )?(?:{PLACE})|no (?:contesta|responde|atiende|aparece|lo encuentro|la encuentro)|apago el (?:celular|telefono|cel))\\b',
      ),
    ),
    unless: anyOf(
      JOKE,
      /\b(?:jubil\w*|renunci\w*|se (?:va|fue|muda|mudo) (?:a|de)|viaje|intercambio|vacaciones|despedida de solter\w*)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.used-to-absence',
    category: 'indirect',
    // Preparing others for one's absence: "es mejor ir acostumbrandolos a que no estoy".
    pattern:
      /\bacostumbr\w+ a (?:que (?:ya )?no (?:este|estoy|exista|existo|estare)|no tenerme|vivir sin mi|estar sin mi)\b/,
    unless: /\b(?:viaje|vacaciones|me mudo|mudanza|intercambio|trabajo nuevo|beca)\b/,
    about: 'self',
  },
  {
    id: 'es.die-tomorrow-fine',
    category: 'indirect',
    // Not caring whether one lives: "si me muero manana no me molestaria".
    pattern:
      /\bsi (?:me muero|muero|me muriera|no despierto|no despertara|no amanezco)(?: manana| hoy| esta noche| un dia de estos| ya)?,? (?:no me (?:molestaria|importaria|molesta|importa|afectaria)|me (?:daria|da) (?:igual|lo mismo)|seria un alivio|mejor|que importa|nadie (?:lo notaria|se daria cuenta))\b/,
    unless: JOKE,
    about: 'self',
  },
  {
    id: 'es.farewell-care',
    category: 'indirect',
    // Thanks said as a goodbye, with others left in someone's care: "me ayudaste mucho. cuida a los demas".
    context: /\b(?:gracias|perdon|me ayudaste|me ayudaron|fuiste|fueron|te quiero|los quiero)\b/,
    pattern:
      /\b(?:cuida|cuiden|cuidalos|cuidalas|cuidame) (?:a|de) (?:los demas|todos|mi (?:mama|papa|familia|perr\w+|gat\w+|hermana|hermano|hij[oa]|abuel[oa]))\b/,
    unless: /\b(?:viaje|vacaciones|me voy de|mientras (?:estoy|este) (?:fuera|afuera|de viaje))\b/,
  },
  {
    id: 'es.method-search',
    category: 'explicit',
    // A search for ways to die, whoever makes it: "busca en google formas de morir sin dolor".
    pattern:
      /\b(?:busca|buscaba|buscando|buscado|googlea\w*|investiga\w*|averigua\w*)\b[^.]{0,30}\b(?:formas?|maneras?|metodos?) (?:de|para) (?:morir|morirse|morirme|matarse|matarme|suicidarse|suicidarme|quitarse la vida|quitarme la vida|ahorcarse|colgarse)\b/,
    unless: anyOf(TOPIC, JOKE, /\b(?:personaje|novela|pelicula|serie|escena|guion|cuento)\b/),
  },
  {
    id: 'es.garage-engine',
    category: 'explicit',
    // A car left running in a closed garage: "me quede en el carro en el garage con el motor prendido".
    pattern: anyOf(
      /\b(?:carro|auto|coche|camioneta)\b[^.]{0,40}\b(?:garage|garaje|cochera)\b[^.]{0,40}\bmotor (?:prendido|encendido|andando|en marcha|corriendo)\b/,
      /\bmanguera\b[^.]{0,30}\b(?:escape|mofle|el caño|el tubo)\b/,
      /\b(?:garage|garaje|cochera)\b[^.]{0,40}\b(?:con el motor|motor) (?:prendido|encendido|andando|en marcha)\b[^.]{0,40}\b(?:pensando|cerrad[oa]|la puerta|sin salir|no salir|media hora|una hora|un rato largo)\b/,
    ),
    unless: anyOf(JOKE, /\b(?:calentando|para que (?:caliente|arranque)|bateria|mecanico)\b/),
    about: 'self',
  },
  {
    id: 'es.attempt-recent',
    category: 'explicit',
    // An attempt told as recent, or regret at having failed: "mi intento fue hace 3 semanas".
    pattern: anyOf(
      /\bmi intento (?:de suicidio )?(?:fue|paso) (?:hace (?:\d+|un|una|dos|tres|pocos?|unas?|unos) (?:dias?|semanas?|mes(?:es)?)|ayer|anoche|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|esta semana|la semana pasada)\b/,
      /\b(?:me dieron (?:de )?(?:el )?alta|sali (?:de la clinica|del hospital|de la guardia))\b[^.]{0,40}\bdespues del intento\b/,
      /\b(?:me arrepiento|lamento|me da rabia|me da bronca) (?:de )?haber fallado\b|\bo de haber fallado\b/,
    ),
    unless: anyOf(TOPIC, AT_WORK),
    about: 'self',
  },
  {
    id: 'es.harm-to-feel',
    category: 'explicit',
    // Hurt done to feel something, or needles and pins in the skin: "me hice un torniquete ... para sentir algo".
    pattern: anyOf(
      /\bme (?:hice|hago|hacia|apret\w+|ate|ato|amarre|amarro|clave|clavo|pinche|pincho)\b[^.]{0,60}\bpara (?:sentir algo|sentir dolor|castigarme|no sentir (?:nada|lo otro)|sentirme viv[oa])\b/,
      /\b(?:pegando|pegarme|dandome|me doy|me di|me hago|me hice) (?:\w+ )?pinchazos\b|\b(?:pincharme|clavarme) (?:con )?(?:la |una |el |un )?(?:aguja|alfiler|agujas|alfileres|compas|chinche)\b/,
    ),
    unless: anyOf(
      JOKE,
      /\b(?:insulina|vacuna|analisis|tatuaje|acupuntura|costura|cosiendo|bordando|piercing|medic[oa]|enfermer[oa])\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.easier-for-all',
    category: 'indirect',
    // After talk of death or absence: "a veces pienso que tienen razon, que seria mas facil para todos".
    context: /\b(?:muert[oa]s?|morir\w*|me muero|no estuviera|no existiera|desaparec\w*|sin mi|no estar)\b/,
    pattern:
      /\b(?:seria|va a ser|sera) (?:mas facil|mejor|un alivio) para (?:todos|todas|ellos|ellas|mi familia|mis viejos|mis papas)\b/,
    unless: JOKE,
    about: 'self',
  },
  {
    id: 'es.means-photo',
    category: 'indirect',
    // A picture of means with a dark sign, then silence: "posteo una foto de un monton de pastillas ... y despues borro todo".
    pattern:
      /\b(?:foto|video|historia|imagen|story) de (?:un monton de |muchas |unas |unos |varias |una |un )?(?:pastillas|pildoras|blisters?|soga|cuerda|puente|navaja|cuchillas|hojas de afeitar|frascos?)\b[^.]{0,60}\b(?:borro|borraron|desaparecio|no contesta|no responde|se desconecto|despedida|corazon negro|adios|hasta siempre)\b/,
    unless: JOKE,
  },
  {
    id: 'es.cover-story',
    category: 'explicit',
    // Means with a cover story told: "compre una cuerda, le dije que era pa la ropa jaja".
    context: /\b(?:cuerda|soga|veneno|pastillas|manguera|carbon|navaja|cuchillas|gillette)\b/,
    pattern:
      /\b(?:le dije|les dije|dije|me dije) que (?:era|es|eran|son) (?:pa|pa'|para) (?:la ropa|el tendedero|colgar (?:la )?ropa|el jardin|las ratas|el carro|el auto|la casa|afeitarme|la obra)\b/,
    about: 'self',
  },
  {
    id: 'es.denial-retracted',
    category: 'explicit',
    // A denial taken back at once: "no es q quiera morirme... bueno si, si quiero".
    pattern:
      /\bno es (?:que|q) (?:me )?quiera (?:morir(?:me)?|matarme|desaparecer)\b(?:[^a-z]|\.\.\.){0,10}(?:bueno|la verdad|en realidad|mentira)\b[^.]{0,10}\bsi\b/,
    about: 'self',
  },
  {
    id: 'es.plan-hidden',
    category: 'explicit',
    // A plan kept from the family: "planeando como hacerlo sin que mis hijos me encuentren".
    pattern:
      /\b(?:plane\w+|pensando|pienso|penso) (?:como|cuando|donde) hacerlo\b[^.]{0,50}\bsin que\b|\bsin que (?:mis|mi|los|las) (?:\w+ ){0,2}me (?:encuentre|encuentren)\b/,
    unless: anyOf(JOKE, /\b(?:regalo|sorpresa|fiesta|cumple\w*|torta|pastel)\b/),
    about: 'self',
  },
  {
    id: 'es.poison-saved',
    category: 'explicit',
    // Poison bought or saved for, with no way back: "ya ahorre para comprar el veneno ... no hay vuelta atras".
    pattern:
      /\b(?:ahorre|junte|compre|consegui|tengo|guarde)\b[^.]{0,30}\bveneno\b[^.]{0,80}\b(?:no hay vuelta atras|no tiene vuelta|no falla|es seguro|para mi)\b/,
    unless: JOKE,
    about: 'self',
  },
  {
    id: 'es.date-set',
    category: 'explicit',
    // A date set to die, whoever says it: "tiene fecha para matarse".
    pattern:
      /\b(?:tiene|tengo|ya tiene|ya tengo|puso|puse) (?:fecha|dia|el dia|la fecha) (?:para|de) (?:matarse|matarme|suicidarse|suicidarme|quitarse la vida|quitarme la vida)\b/,
    unless: JOKE,
  },
  {
    id: 'es.third-burning',
    category: 'explicit',
    // Someone else burning themselves: "una amiga me dijo que se quema con cigarros cuando esta mal".
    pattern:
      /\bse (?:quema|quemaba|lastima|lastimaba) con (?:cigarros|cigarrillos|puchos|el encendedor|un encendedor|fosforos|cerillos|el cigarro)\b(?:[^.]{0,40}\b(?:cuando|porque|para|si)\b|\s*[.!,]|\s*$)/,
    unless: JOKE,
    about: 'other',
  },
  {
    id: 'es.my-death',
    category: 'indirect',
    // "Esto va a ser mi muerte": risk when it is the sadness or life; an idiom when it is a subject or a chore.
    pattern: /\b(?:va a ser|sera|seran|van a ser|es|son) mi muerte\b(?! (?:de|del|en)\b)/,
    unless: anyOf(
      JOKE,
      HYPERBOLE,
      /\b(?:matematica\w*|examen\w*|tarea\w*|clase|materia|calculo|fisica|quimica|contabilidad|estadistica|anualidades|tesis|jefe|jefa|suegr\w*|tacones|zapatos|dieta|gym|gimnasio|trabajo|chamba|curro|laburo|hijos|ninos|perro|gato|serie|trafico|vecin\w*|tramite\w*|papeleo|excel|lo juro|te lo juro|chocolate|pizza|tacos|postre|cafe)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.decided-how',
    category: 'explicit',
    // A decision with the way known or the absence foretold: "lo tengo decidido, me voy con el y ya se como".
    pattern:
      /\b(?:lo tengo decidido|ya lo (?:tengo )?decidi(?:do)?|ya esta decidido|ya tome la decision)\b[^.]{0,60}\b(?:ya se (?:como|cuando|donde)|(?:ya )?no (?:voy a|vas a|van a) (?:estar|verme)|me voy con (?:el|ella|ellos|mi \w+))\b|\b(?:ya se (?:como|cuando)|ya no voy a estar)\b[^.]{0,60}\b(?:lo tengo decidido|ya lo decidi)\b/,
    unless: anyOf(
      JOKE,
      ABROAD,
      /\b(?:a vivir|de viaje|de vacaciones|boda|casamiento|nos casamos|mudanza|me mudo|carrera|beca|trabajo|empleo|renuncia|renunciar|divorci\w*|separarme|dejarlo|dejarla|terminar con)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.dose-calculated',
    category: 'explicit',
    // A dose worked out for oneself, whoever says it: "ya tiene calculada la dosis para el".
    pattern:
      /\b(?:tengo|tiene|ya tengo|ya tiene|tenia) (?:calculad[oa]|pensad[oa]|medid[oa]|sacad[oa]) (?:la|una|cuanta) dosis (?:para (?:mi|el|ella|si mism[oa])|que (?:necesito|necesita|hace falta)|exacta)\b|\b(?:calcule|calculo|calculando|saque la cuenta de) (?:la|cuanta) dosis (?:para (?:mi|el|ella)|que (?:me|le) (?:haria|hace) falta para (?:no despertar|morir))\b/,
    unless: anyOf(
      TOPIC,
      /\b(?:paciente|nino de|kilos? de peso|pediatric\w*|perro|gato|veterinari\w*|insulina para (?:la|el) (?:comida|cena|almuerzo))\b/,
    ),
  },
  {
    id: 'es.means-from-work',
    category: 'explicit',
    // Drugs taken home from a ward or an ambulance: "me lleve midazolam del carro de paro", "se esta llevando morfina a su casa".
    pattern:
      /\b(?:me|se) (?:lleve|llevo|llevaba|traje|trajo|robe|robo|saque|saco|guarde|guardo|esta llevando|estoy llevando|estuve llevando|lleva|escondi|escondio)\b (?:\w+ ){0,2}(?:midazolam|morfina|fentanilo|propofol|ketamina|cloruro de potasio|potasio|opioides|opiaceos|benzodiacepinas|benzos|lorazepam|diazepam|clonazepam|ampollas|viales|jeringas cargadas)\b[^.]{0,60}\b(?:del (?:carro de paro|hospital|trabajo|servicio|botiquin|turno)|de la (?:uci|guardia|farmacia|clinica|ambulancia)|(?:a|en) (?:mi|su) (?:casa|casillero|mochila|auto|carro|coche)|por si acaso)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:para (?:el|la|un|una) (?:paciente|visita|domicilio|traslado|inventario)|paliativ\w*|recetad\w*|lo devolvi|la devolvi|los devolvi|las devolvi|a devolver)\b/,
    ),
  },
  {
    id: 'es.means-not-for',
    category: 'explicit',
    // The ordinary use of something denied, after means were named: "esta en mi casillero. no es para dormir."
    context:
      /\b(?:midazolam|morfina|fentanilo|propofol|ketamina|potasio|pastillas|clonazepam|rivotril|somniferos|insulina|veneno|soga|cuerda|pistola|escopeta|navaja|cuchillas?)\b/,
    pattern:
      /^(?:y )?no (?:es|son|era|eran) (?:para|pa) (?:dormir|el dolor|el insomnio|los nervios|las ratas|la ropa|el jardin|trabajar|un paciente)\s*[.!]*$/,
    about: 'self',
    negationProof: true,
  },
  {
    id: 'es.third-treatment-stopped',
    category: 'explicit',
    // Someone else stopping treatment on purpose: "mi mama dejo de tomarse las pastillas del corazon a proposito".
    pattern:
      /\b(?:dejo|deja|dejaba|esta dejando|se salta|se esta saltando|se saltaba|no se toma|no se pone) (?:de (?:tomarse|ponerse) )?(?:\w+ ){0,2}(?:la insulina|los medicamentos|las pastillas|el tratamiento|la medicacion|sus medicinas|sus remedios|sus pastillas|la dialisis|el litio)\b[^.]{0,40}\b(?:a proposito|para (?:morirse|irse)|a ver si se muere)\b/,
    unless: JOKE,
    about: 'other',
  },
  {
    id: 'es.meds-stopped-indifferent',
    category: 'indirect',
    // Psychiatric treatment dropped alone, then not caring what happens: "deje el litio por mi cuenta ... me da igual lo que pase".
    context:
      /\b(?:deje|dejo|abandone|suspendi|tire|corte) (?:de tomar )?(?:el|la|los|las|mi|mis) (?:litio|antidepresivos|quetiapina|sertralina|fluoxetina|medicacion|tratamiento|pastillas|medicinas|insulina)\b/,
    pattern:
      /\bme (?:da|importa) (?:igual|lo mismo|poco|un carajo|nada) (?:lo que (?:me )?(?:pase|suceda)|que pasa|si me pasa algo)\b(?! (?:con|en|a|al|el|la)\b)/,
    unless: JOKE,
    about: 'self',
  },
  {
    id: 'es.let-go-off-meds',
    category: 'indirect',
    // Psychiatric treatment dropped, then wanting to let go: "deje los antidepresivos... ya me quiero dejar ir".
    context:
      /\b(?:deje|dejo|abandone|suspendi|tire|corte|ya no (?:me )?tomo) (?:de tomar )?(?:el|la|los|las|mi|mis) (?:litio|antidepresivos|antipsicoticos|estabilizador(?:es)?(?: del animo)?|quetiapina|sertralina|fluoxetina|escitalopram|lamotrigina|valproato|medicacion|tratamiento|pastillas|medicinas)\b/,
    pattern:
      /\b(?:(?:ya )?(?:me quiero|quiero|quisiera|me gustaria|solo quiero|me voy a|voy a|ganas de|tengo ganas de|prefiero) dejar(?:me)? ir|ya me (?:dejo|estoy dejando) ir)\b(?! (?:a|al|con|en|por|de|contra|sobre|hacia|tras|encima|pa|para|el|la|los|las|lo|mi|mis|tu|tus|su|sus|eso|esto|ese|esa|todo|toda|todos|todas)\b)/,
    unless: anyOf(
      JOKE,
      /\b(?:baile|bailar|pista|musica|fiesta|concierto|ola|olas|surf|bici|bicicleta|patineta|tobogan|bajada|cuesta|pendiente|rio abajo|corriente|vacaciones|playa)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.inject-self',
    category: 'explicit',
    // Thinking of injecting oneself with something, unnamed or lethal: "he pensado en inyectarme algo al salir del turno".
    pattern: p(
      `\\b(?:{WANT}|tentad[oa] (?:a|de)|a punto de|estuve a punto de) (?:en )?inyectarme (?:con )?${INJECTED}|\\bme (?:quiero|queria|quise|voy a|iba a|pienso|pense) inyectar ${INJECTED}`,
    ),
    unless: anyOf(JOKE, TOPIC, INJECTED_CARE),
    about: 'self',
  },
  {
    id: 'es.body-give-out',
    category: 'indirect',
    // Not caring if one's body gives out: "si el higado truena pues que truene".
    pattern:
      /\bsi (?:el|mi) (?:higado|corazon|cuerpo|pancreas|rinon|rinones|pulmon|pulmones)\b[^.]{0,25}\b(?:pues |entonces |bueno |y )?que (?:truene|reviente|falle|explote|se (?:pare|rompa|muera|acabe|joda|vaya|apague)|deje de (?:funcionar|latir)|diga basta)\b/,
    unless: anyOf(JOKE, /\b(?:amor|enamor\w*|novi[oa]|corazon roto|cancion|motor)\b/),
    about: 'self',
  },
  {
    id: 'es.not-here-long',
    category: 'indirect',
    // Not being around much longer: "para que voy a ir si no voy a estar mucho tiempo mas".
    pattern:
      /\b(?:ya )?no (?:voy a|creo que vaya a|pienso) estar (?:aqui |aca )?(?:mucho tiempo|por mucho tiempo|mucho) mas\b/,
    unless: anyOf(
      JOKE,
      ABROAD,
      /\b(?:empresa|trabajo|chamba|curro|oficina|ciudad|pais|barrio|depa|departamento|casa|equipo|grupo|proyecto|contrato|mudo|mudanza|me cambio|renuncio|renuncia|jubil\w*|beca|intercambio|hospital|internad[oa]|me dan el alta|trabajando|viviendo|estudiando)\b|\bmas (?:en|con) (?!este mundo|esta vida|la tierra)\w+/,
    ),
    about: 'self',
  },
  {
    id: 'es.join-the-dead',
    category: 'indirect',
    // After a death, wishing to be where the dead one is: "me dan ganas de estar alla tambien".
    context:
      /\b(?:murio|fallecio|partio|se nos fue|que se fue|en el cielo|descanse en paz|su muerte|lo perdi|la perdi|lo perdimos|la perdimos|su tumba|su aniversario)\b/,
    pattern:
      /\b(?:ganas de|quiero|quisiera|me gustaria|ojala pudiera|ya quiero|solo quiero) (?:estar|irme) (?:alla|alli|ahi|donde (?:el|ella|ellos) (?:esta|estan)) (?:tambien|con (?:el|ella|ellos))\b|\b(?:ganas de|quiero|quisiera|ojala pudiera|ya quiero) (?:estar|irme) (?:alla|donde (?:el|ella|ellos) (?:esta|estan))\b(?! (?:de|en|el|la|para|por)\b)/,
    unless: anyOf(
      JOKE,
      /\b(?:playa|viaje|vacaciones|visitar|visita|pueblo|rancho|fiesta|boda|concierto|tumba|panteon|cementerio|misa)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.child-better-without',
    category: 'indirect',
    // A child better off with another parent: "la bebe estaria mejor con otra mama".
    pattern:
      /\b(?:bebe|bebita|bebito|hij[oa]s?|nin[oa]s|nen[ea]s?|criatura)\b[^.]{0,20}\b(?:estaria|estarian|seria|serian|crecerian|creceria) (?:mas feli\w+ |mejor |mas tranquil\w+ )?con otr[oa] (?:mama|madre|papa|padre|familia|maestr[oa]|profe\w*|pediatra|ninera|escuela|entrenador\w*|terapeuta|doctor\w*)\b/,
    // Matched and silenced for a teacher or a carer, so that the second reader is not asked either.
    unless: anyOf(
      JOKE,
      /\b(?:adopci\w+|acogida|custodia|divorci\w*|maestr[oa]|profe\w*|pediatra|nineras?|guarderia|escuela|entrenador\w*|terapeuta|doctor\w*)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.no-future-self',
    category: 'indirect',
    // Not picturing oneself at a near birthday or milestone: "cumplo 40 el mes que viene y no me veo ahi".
    pattern:
      /\b(?:cumplo|cumplir\w*|cumpleanos|cumple|mis \d+|los \d+|navidad|fin de ano)\b[^.]{0,50}\bno me (?:veo|imagino|puedo imaginar) (?:ahi|alli|en ese dia|ese dia|llegando|cumpliendo)\b|\bno me (?:veo|imagino|puedo imaginar) (?:llegando a|cumpliendo|a los \d+|viv[oa] (?:para|en))\b(?! (?:de|en el|en la|como|trabajando|con (?:ese|esa|el|la))\b)/,
    unless: anyOf(
      JOKE,
      /\b(?:puesto|trabajo|empresa|cargo|jefe|oficina|vestido|traje|fiesta sorpresa|casad[oa]|casarme|boda|de novia|carrera|casa nueva|ciudad|maestria)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.stab-self',
    category: 'explicit',
    // A blade thought of against oneself: "no dejo de pensar en clavarmelo", "ganas de apunalarme".
    context:
      /\b(?:cuchillo|cuchilla|navaja|punal|tijeras?|vidrio|cristal|destornillador|desarmador|filo|picahielo)\b/,
    pattern:
      /\b(?:clavarme|enterrarme|hundirme|meterme) (?:el|un|la|una|mi|ese|esa) (?:cuchillo|cuchilla|navaja|punal|tijeras?|vidrio|cristal|destornillador|desarmador|picahielo)\b|\b(?:apunalarme|acuchillarme|clavarmel[oa]|enterrarmel[oa]|hundirmel[oa])\b|\bme (?:lo|la) (?:quiero|voy a|queria|iba a) (?:clavar|enterrar|hundir)\b/,
    unless: anyOf(JOKE, ACCIDENT_UNMEANT, TOPIC, TITLE, HYPERBOLE, GAME),
    about: 'self',
  },
  {
    id: 'es.weapon-rehearsed',
    category: 'explicit',
    // Rehearsing with a gun or a blade: "de noche la saco y me la pongo en la sien", "a ver si me atrevo".
    context: /\b(?:pistola|revolver|arma|escopeta|rifle|fusca|cuete|fierro|cuchillo|navaja|cuchilla)\b/,
    pattern:
      /\bme (?:la|lo) (?:pongo|puse|ponia|apoyo|apoye|apoyaba|acerco|acerque|pego|pegue|paso|pase) (?:en|contra|sobre|por) (?:la sien|el cuello|la garganta|la frente|el pecho|la boca|la cabeza|las munecas?|la muneca)\b|\b(?:a ver si|para ver si|haber si) (?:me atrevo|soy capaz|tengo el valor|tengo los huevos)\b/,
    unless: anyOf(
      JOKE,
      GAME,
      /\b(?:de agua|juguete|airsoft|paintball|fogueo|de aire|de balines|poligono|tiro deportivo|club de tiro|la gorra|el gorro|sombrero|casco|crema|perfume|hielo|compresa|paracetamol)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.train-timed',
    category: 'explicit',
    // A fast train watched as a method: "ya se cual pasa mas rapido", "los trenes que no paran en mi estacion".
    context: /\b(?:tren|trenes|vias|anden|estacion|expreso|rapidos)\b/,
    pattern:
      /\b(?:mirando|viendo|estudiando|revisando|anotando|apuntando|me aprendi|me se|cronometr\w+|contando) (?:\w+ ){0,2}(?:horarios?|pasadas|frecuencias?) de (?:los|el) (?:trenes|tren|expresos?|rapidos)\b[^.]{0,40}\bno (?:para|paran|frena|frenan)\b|\bya (?:se|me se|tengo visto|tengo calculado) (?:cual|que tren|a que hora) (?:pasa|pasan|va|viene) (?:mas rapido|sin parar|sin frenar|a toda velocidad|mas fuerte)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:para (?:ir|llegar|viajar|volver|no perder)|me conviene|llego (?:antes|a tiempo)|llegar (?:antes|a tiempo)|billete|boleto|pasaje|abono|trasbordo|transbordo|combinacion|maquet\w*|fotos? de trenes|trainspotting|ferromodel\w*)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.third-jump-threat',
    category: 'explicit',
    // Someone else's threat to jump, reported: "puso en el grupo que manana salta del techo de la facu".
    pattern: p(
      '\\b(?:dice|dijo|decia|puso|escribio|publico|subio|anda diciendo|amenaza con|amenazo con|mando)\\b[^.]{0,40}\\b(?:que )?(?:(?:hoy|manana|esta noche|ya|pronto|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde)) )?(?:salta|saltaria|se tira|se avienta|se lanza|se arroja|va a saltar|se va a tirar|se va a aventar|se va a lanzar|saltar|tirarse|aventarse|lanzarse) (?:de|del|desde|por|al|a) (?:(?:la|el|los|las|un|una|su) )?(?:{PLACE})\\b',
    ),
    unless: anyOf(
      JOKE,
      GAME,
      /\b(?:bungee|puenting|paracaid\w*|parapente|clavad\w*|pileta|piscina|alberca|trampolin|al agua|a nadar|al rio a nadar|parkour|tirolesa|cascada)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.third-joke-persists',
    category: 'indirect',
    // Said laughing, but the person has changed: "lo dice riendose, pero ya ni come".
    context:
      /\b(?:dice|dijo|decia|anda diciendo|repite|pone|puso|escribe|escribio)\b[^.]{0,50}\b(?:que )?(?:se (?:quiere|va a|iba a) (?:matar|morir|desvivir|suicidar|tirar|colgar|quitar la vida)|kms|ctb|se mata|no quiere vivir|se (?:tira|avienta|lanza|arroja) (?:de|del|desde|por|al|a) (?:(?:la|el|los|las|un|una|su) )?(?:puente|edificio|azotea|techo|balcon|ventana|metro|tren|vias|acantilado|mirador|viaducto|\d+o? piso)\b|se (?:cuelga|ahorca)\b)/,
    pattern:
      // …or the laugh stopped: "lo dijo riendose, pero luego se quedo callada mirando la mesa".
      /\b(?:despues|luego|al rato|enseguida|de repente|y) se (?:quedo|puso) (?:muy )?(?:callad[oa]|seri[oa]|mud[oa]|pensativ[oa]|palid[oa])\b|\bse quedo (?:callad[oa]|seri[oa]) mirando\b|\bya no se (?:rio|reia)\b|\bya (?:ni|no) (?:come|duerme|sale|se levanta|se bana|contesta|habla con nadie|va a clase|va al trabajo)\b|\b(?:dejo|ha dejado) de (?:comer|dormir|salir|ir a (?:clase|trabajar|la escuela|la facu))\b|\b(?:regalo|esta regalando|regala) sus cosas\b/,
    unless: JOKE,
    about: 'other',
  },
  {
    id: 'es.wish-accident-inside',
    category: 'indirect',
    // An accident wished with oneself in it: "ojala el bus se vaya al barranco conmigo adentro".
    pattern:
      /\b(?:ojala|quisiera que|a ver si|ojala que)\b[^.]{0,60}\b(?:conmigo (?:adentro|dentro|arriba|encima|ahi)|y (?:me mate|me muera|yo (?:adentro|dentro)))\b/,
    unless: anyOf(
      JOKE,
      HYPERBOLE,
      /\b(?:me lleve (?:a|al|hasta)|de paseo|de viaje|me invite|vacaciones|vuelo|avion|embarque|salga a tiempo|llegue a tiempo|arranque)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.pray-not-wake',
    category: 'indirect',
    // Praying not to wake: "todas las noches le pido a diosito no amanecer".
    pattern:
      /\b(?:le )?(?:pido|rezo|ruego|pedia|rezaba|rogaba|pidiendole|rezandole|rogandole) (?:a )?(?:dios|diosito|la virgen|virgencita|el senor|al senor|tata dios|san \w+|el de arriba|al de arriba)\b[^.]{0,20}\b(?:no (?:amanecer|despertar|despertarme|volver a despertar)|que no (?:amanezca|despierte|me despierte)|irme|llevarme|morirme|que me muera)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:temprano|la alarma|el despertador|que no me despierte (?:el|la|los|las|un|una|mi))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.erased-whole',
    category: 'indirect',
    // Erasing oneself whole, unnoticed: "si me borro del todo ni se dan cuenta".
    pattern:
      /\bsi (?:yo )?(?:me borro|me borrara|desaparezco|me esfumo|me voy) (?:del todo|del mapa|de todo|para siempre|pa siempre)?\b[^.]{0,30}\b(?:ni (?:se dan|se darian|se daran|lo notan|lo notarian) cuenta|nadie (?:se da|se daria|se dara) cuenta|nadie (?:lo )?(?:nota|notaria|notara)|ni lo notan|ni lo notarian)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:de la reunion|de la clase|del zoom|de la fiesta|temprano|un rato|de la oficina|del (?:grupo|chat|server|canal)|de la lista)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.only-bring-pain',
    category: 'indirect',
    // One's presence as nothing but grief for others: "yo solo les traigo angustia", "los chicos estarian mas tranquilos con su papa".
    pattern:
      /\b(?:yo )?(?:solo|nomas|nada mas|no hago mas que) (?:les|le|te|nos) (?:traigo|doy|causo|cause|traje|he traido) (?:angustia|problemas|tristeza|sufrimiento|dolor|preocupaciones|disgustos|verguenza|desgracias|mala suerte)\b|\b(?:chamos|chamac[oa]s|ninos|nin[oa]s|nenes|pibes|chicos|crios|hij[oa]s|bebes|cipotes|gurises|cabros|chavos|morros)\b[^.]{0,20}\b(?:estarian|estaria|vivirian|serian) (?:mas tranquil[oa]s|mejor|mas felices|mas en paz) con (?:su (?:papa|padre|mama|madre|abuel[oa]|ti[oa])|sus abuelos|sus tios)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:profes?|maestr[oa]s?|clientes|jefe|jefa|vacaciones|verano|finde|custodia compartida|mientras (?:trabajo|viajo|estoy))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.airless-room',
    category: 'indirect',
    // Trapped told as an image: "es como estar en un cuarto sin puertas y el aire se va acabando".
    pattern:
      /\b(?:como|cual) (?:si estuviera |estar |vivir |quedarme )?(?:encerrad[oa] )?en (?:un|una) (?:cuarto|pieza|habitacion|caja|pozo|tunel|jaula|celda|ataud|cajon) (?:sin (?:puertas?|salida|ventanas?|aire)|cerrad[oa])\b|\b(?:el aire se (?:va )?(?:acab\w+|termin\w+)|me (?:voy|estoy) (?:quedando|ahogando) sin aire)\b[^.]{0,20}\b(?:de a poco|de a poquito|poco a poco|cada dia)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:escape room|ascensor|elevador|alquil\w+|depa|departamento|monoambiente|airbnb|hostal|hotel|pelicula|serie|juego|sueno|pesadilla|tanque|buceo|bucear)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.no-future-months',
    category: 'indirect',
    // No picture of oneself in the coming months: "no me veo en enero", "no me veo ni en cinco meses".
    pattern:
      /\bno me (?:veo|imagino|puedo imaginar)(?: en ningun lado| en ninguna parte)?,? (?:ni )?(?:en|para|a|dentro de|llegando a) (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|navidad|ano nuevo|fin de ano|el ano que viene|el proximo ano|(?:un|dos|tres|cuatro|cinco|seis|\d+) (?:mes|meses|semanas|ano))\b|\bya no hago planes (?:pa|para) (?:enero|el ano que viene|el proximo ano|el futuro|despues|mas adelante|navidad|ano nuevo)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:puesto|trabajo|empresa|cargo|jefe|oficina|vestido|traje|casad[oa]|casarme|boda|carrera|maestria|ciudad|pais|aca|aqui|ahi|en esta|en este|viviendo|trabajando|estudiando|con (?:el|ella|esa|ese))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.group-farewell',
    category: 'indirect',
    // A goodbye to a whole group with no reason given: "chau a todos, fue lindo jugar con ustedes. cuiden a los nuevos".
    context: /\b(?:chau|chao|adios|bye|hasta siempre) a todos\b/,
    pattern:
      /\bfue (?:lindo|bonito|un placer|un gusto|hermoso|genial) (?:jugar|estar|compartir|conocer\w*|hablar|crecer) con ustedes\b|\bcuiden (?:a|de) (?:los|las) (?:nuevos|nuevas|demas|chicos|chicas|pibes|pibas)\b|\bno dejen morir (?:el|la) (?:canal|server|grupo|comunidad|chat)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:vacaciones|viaje|me mudo|nos mudamos|temporada|nos vemos|vuelvo|volvere|hasta (?:el|la|manana|pronto|luego)|nuevo server|otro server|me cambio|cierra|cerramos el server|mod|moderador|admin|examenes|finales|exposito|curro nuevo|trabajo nuevo)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.traceless',
    category: 'indirect',
    // Erasing every trace of oneself: "borre todas mis fotos... quiero que quede todo limpio, sin rastro".
    context: /\b(?:borr\w+|elimin\w+|vaci\w+|formate\w+|cerr\w+ (?:mis |la |las )?cuentas?|desactiv\w+)\b/,
    pattern:
      /\b(?:quiero|quisiera|para) que (?:no )?quede (?:todo limpio|nada (?:mio|de mi)|sin rastro)\b|\bsin (?:dejar )?(?:ningun )?rastro(?: de mi| mio)?\s*[.!]*$|\bque no quede (?:ningun )?rastro (?:de mi|mio)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:mudanza|me mudo|vend\w+|venta|hacker|hackearon|virus|perfil nuevo|cuenta nueva|empezar de cero en|privacidad|la casa|el depa|el cuarto|la cocina|el bano|la mesa)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.who-gets-what',
    category: 'indirect',
    // Writing down who gets each thing, for no reason: "me puse a escribir a quien va cada cosa".
    pattern:
      /\b(?:a quien|para quien|pa quien|a quienes) (?:va|iria|le toca|le dejo|le queda|le doy) (?:cada cosa|cada una de mis cosas|mis cosas|lo mio|que cosa)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:mudanza|me mudo|venta de garage|garage sale|regalos? de navidad|amigo secreto|amigo invisible|intercambio|cumple|sorteo|rifa|testamento (?:con|ante) (?:el|la) (?:notari\w+|abogad\w+)|notari\w*|abogad\w*)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.pet-left-provided',
    category: 'indirect',
    // A pet left with food for days and a neighbour's number, after a long hug: "le deje comida para varios dias".
    pattern:
      /\b(?:le|les) deje (?:comida|agua|alimento|croquetas|pienso) (?:y agua )?(?:para|pa) (?:varios|muchos|\w+) dias\b[^.]{0,60}\b(?:numero|telefono|llaves?|contacto) de (?:mi|la|el) (?:vecin[oa]|herman[oa]|amig[oa]|mama|tia|prim[oa])\b|\b(?:lo|la|los|las) abrace (?:\w+ ){0,3}como si fuera la ultima vez\b/,
    unless: anyOf(
      JOKE,
      ABROAD,
      /\b(?:viaje|vacaciones|me voy (?:de|a|el)|guardia|turno|congreso|hospital|cirugia|operacion|se (?:va|fue|iba)|antes de (?:que se|su) \w+|el veterinario|veterinaria|eutanasia|dormir(?:lo|la)|se (?:muere|murio|estaba muriendo))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.envy-accident-dead',
    category: 'indirect',
    // Envy of those who die without choosing: "me da envidia la gente que se muere en un accidente".
    pattern:
      /\b(?:me da|me dan|siento|tengo|les tengo|le tengo) envidia (?:de |a )?(?:la gente|los|las|quienes|el que|la que|los que|las que|esa gente)\b[^.]{0,20}\b(?:se muere\w*|se murio|se murieron|muere\w*|murio|murieron|estan muert[oa]s|ya no estan|fallec\w+)\b(?! de (?:risa|hambre|verguenza|ganas|sueno|calor|frio)\b)/,
    unless: anyOf(JOKE, HYPERBOLE, TOPIC),
    about: 'self',
  },
  {
    id: 'es.rest-among-graves',
    category: 'indirect',
    // At a grave, longing to be let rest: "como si ahi por fin alguien me fuera a dejar descansar".
    context: /\b(?:cementerio|panteon|tumba|nicho|lapida|camposanto|sepultura)\b/,
    pattern:
      /\b(?:me (?:fuera|fueran|va|van|iba|iban) a dejar|me (?:deje|dejen|dejaran)|poder|por fin|al fin) descansar\b(?! (?:un rato|el finde|el domingo|en casa|una hora|hoy|esta noche|despues|tranquil[oa] (?:el|un))\b)/,
    unless: anyOf(JOKE, /\b(?:que descanse|descanse en paz|dejarl[oa] descansar|que (?:el|ella) descanse)\b/),
    about: 'self',
  },
  // ── Batch 17 ────────────────────────────────────────────────────────────
  {
    id: 'es.past-the-railing',
    category: 'explicit',
    // Already over the railing of a height: "ya estaba del otro lado de la baranda cuando me agarraron".
    pattern:
      /\b(?:ya )?(?:estaba|estuve|me pase|pase|me subi|quede|me pare|estoy|me paso) (?:\w+ )?(?:del|al) otro lado (?:de|del) (?:la |el )?(?:baranda|barandal|barandilla|reja|valla|pretil|parapeto|cornisa)\b/,
    unless: anyOf(
      JOKE,
      GAME,
      /\b(?:foto|fotos|selfie|pelota|balon|gato|perro|arnes|andamio|obra|pintar|pintando|limpiar|limpiando|pescar|pescando|cana|turist\w*|la vista|trabaj\w+|rescat\w+|bomber\w*|a (?:buscar|recoger|sacar))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.relapse-after-clean',
    category: 'explicit',
    // Clean for a while, then back at it: "llevo tres anos sin cortarme, pero anoche volvi a hacerlo".
    context:
      /\b(?:sin (?:cortarme|lastimarme|hacerme dano|quemarme)|deje de (?:cortarme|lastimarme|hacerme dano|quemarme))\b/,
    pattern:
      /\b(?:volvi a (?:hacerlo|cortarme|caer|lastimarme|quemarme|hacerme dano)|lo volvi a hacer|recai|tuve una recaida|me volvi a cortar)\b/,
    unless: JOKE,
    about: 'self',
  },
  {
    id: 'es.means-exact-amount',
    category: 'explicit',
    // What one needs, brought home, and how much: "ya me traje lo que necesito y se exactamente cuanto".
    pattern:
      /\b(?:me traje|me lleve|saque|consegui|junte|ya tengo|tengo) (?:\w+ ){0,4}lo que (?:necesito|me hace falta|hace falta)\b[^.]{0,80}\b(?:se (?:exactamente |bien |perfectamente )?cuant[oa]s?|no me voy a equivocar|la dosis)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:receta|compras|super|mercado|viaje|maleta|mudanza|pastel|torta|obra|pintura|presupuesto|material|tela|harina|ingredientes|el paciente|la paciente|pacientes)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.weapon-no-return',
    category: 'explicit',
    // A gun at hand, then going off and not coming back: "hoy cuando salga me voy pal monte y ya no regreso".
    context:
      /\b(?:pistola|revolver|escopeta|rifle|arma|armas|la de cargo|la reglamentaria|el fierro|la fusca|el cuete|balas)\b/,
    pattern:
      /\b(?:me voy|me ire|me largo|me meto|me pierdo|agarro|salgo|me subo)\b(?: \w+){0,5} y (?:ya )?no (?:regreso|vuelvo|me ven mas|vuelvo mas|regreso mas)\b/,
    unless: anyOf(
      JOKE,
      /\bno (?:regreso|vuelvo) (?:hasta|antes|en|el|la|por|sin|a|al|temprano|tarde)\b|\b(?:caza|cazar|caceria|campamento|vacaciones|viaje|pesca|pescar|mudo|mudanza|emigr\w*)\b/,
      ABROAD,
    ),
    about: 'self',
  },
  {
    id: 'es.own-date-set',
    category: 'explicit',
    // One's own funeral arranged and the date set: "ya escogi mi caja... la fecha la pongo yo".
    context:
      /\b(?:mi (?:caja|ataud|urna|nicho|lapida|cremacion|funeral|velorio|entierro|servicio)|el servicio funerario|la capilla|la funeraria|el panteon|el cementerio)\b/,
    pattern:
      /\bla fecha la (?:pongo|elijo|decido|escojo|escogi|elegi|puse|decidi) yo\b|\b(?:ya )?(?:tengo|elegi|escogi|puse|decidi) (?:la|mi) fecha\b|\b(?:despues de (?:eso|esa fecha|ese dia|el \d+),? )?(?:ya )?no (?:tengo|voy a tener) que seguir fingiendo que estoy bien\b/,
    unless: anyOf(
      JOKE,
      /\b(?:boda|cumple\w*|fiesta|mudanza|viaje|examen|cirugia|operacion|vacaciones|jubilacion|bautizo|misa de|novenario|aniversario|mi (?:abuel[oa]|mama|papa|madre|padre|ti[oa]|espos[oa]|marido))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.third-not-funny',
    category: 'indirect',
    // Someone jokes about killing themselves and the writer does not see the joke: "lo dice riendose pero yo no le veo la gracia".
    context:
      /\b(?:se (?:pega|pegaria|da|mete|va a pegar|va a dar) un (?:tiro|balazo|plomazo)|se (?:mata|va a matar|quiere matar|tira|va a tirar|cuelga|va a colgar|ahorca)|(?:matarse|suicidarse|quitarse la vida|colgarse|ahorcarse))\b/,
    pattern:
      /\b(?:yo )?no le (?:veo|encuentro) (?:la |ninguna )?gracia\b|\ba mi no me (?:hace|da) (?:ninguna |nada de )?(?:gracia|risa)\b|\bno me (?:da|hace) (?:nada de |ninguna )?(?:risa|gracia)\b|\b(?:lo|la) vi limpiando(?:la|lo)?\b[^.]{0,30}\bsin (?:razon|motivo|necesidad)\b/,
    unless: anyOf(/\b(?:tus|sus|los|esos) chistes (?:de|sobre) (?!matarse|suicid)\w+/),
    about: 'other',
  },
  {
    id: 'es.third-not-there-next',
    category: 'explicit',
    // Someone else's note saying they will not be there: "una nota que decia que no iba a estar para el proximo".
    pattern:
      /\b(?:nota|notita|carta|cartita|mensaje|papel|recado|post|estado)\b[^.]{0,40}\b(?:decia|dice|ponia|pone|escribio|puso) que (?:ya )?no (?:iba|va|iria) a estar (?:para|en) (?:el|la|los|las) (?:proxim[oa]s?|siguientes?|otr[oa])\b/,
    unless: anyOf(
      JOKE,
      /\b(?:viaje|vacaciones|mudanza|se muda|cambio de (?:escuela|colegio|trabajo)|intercambio|operacion|cirugia|licencia|congreso|torneo)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.third-hands-over',
    category: 'indirect',
    // Someone else's keys or belongings left "just in case": "me dio las llaves de su moto 'por si acaso'".
    pattern:
      /\b(?:me|nos|le|les) (?:dio|dejo|entrego|paso|regalo) (?:las llaves|la llave|sus llaves|sus claves|sus contrasenas) de (?:su|sus) \w+\b[^.]{0,20}\bpor si acaso\b/,
    unless: anyOf(
      JOKE,
      /\b(?:viaje|vacaciones|mudanza|hospital|operacion|cirugia|regar|plantas|riegue|cuide|mientras)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.not-caring-more',
    category: 'indirect',
    // Not caring whether one comes out alive, or driving to die: "no me importaba salir o no salir", "sin cinturon y a 160".
    pattern: anyOf(
      /\b(?:no me importa(?:ba)?|me da(?:ba)? (?:igual|lo mismo)|me vale(?:ia)?|ni me importa(?:ba)?) (?:si )?(?:salir|volver|regresar|despertar|sobrevivir|llegar) (?:viv[oa] )?o no(?: (?:salir|volver|regresar|despertar|sobrevivir|llegar))?\b/,
      /\bsin (?:cinturon|casco)\b[^.]{0,30}\ba (?:1[4-9]\d|2\d\d)\b|\ba (?:1[4-9]\d|2\d\d)\b[^.]{0,30}\bsin (?:cinturon|casco)\b/,
      /\bsi (?:me )?pasa algo,? (?:pues )?pasa\b/,
    ),
    context:
      /\b(?:incendio|fuego|humo|derrumbe|rescate|mina|operativo|patrulla|balacera|tiroteo|el mar|las olas|la corriente|manej\w+|maneje|carro|auto|coche|moto|carretera|autopista|corredor|ruta|cinturon|casco|a (?:1[4-9]\d|2\d\d))\b/,
    unless: anyOf(
      JOKE,
      /\b(?:fiesta|de fiesta|a cenar|al cine|el finde|de compras|pista|circuito|autodromo|videojuego|el juego|gran turismo|simulador)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.better-with-money',
    category: 'indirect',
    // The family better off with the insurance than with oneself: "estarian mejor con esa plata que con un papa asi".
    pattern:
      /\b(?:estarian|estaria|vivirian|viviria|serian|seria|estaran|estarán) mejor(?:es)? con (?:esa|la|el|mi|ese) (?:plata|dinero|lana|seguro|poliza|pasta|guita|herencia|pension|indemnizacion)\b(?: de vida)?[^.]{0,15}\bque con(?:migo|\s+(?:un|una) (?:papa|padre|madre|mama|esposo|esposa|marido|mujer|abuelo|abuela|hij[oa])\b)/,
    unless: JOKE,
    about: 'self',
  },
  {
    id: 'es.rest-from-me',
    category: 'indirect',
    // Someone who cares for one would rest if one were gone: "descansar de mi de una vez".
    pattern:
      /\bdescans(?:ar|e|en|aria|arian|ara|aran) de mi (?:de una vez|para siempre|pa siempre|por fin|definitivamente|ya)\b|\b(?:seria|estaria|estarian|serian) mejor para (?:ella|el|ellos|ellas|mi \w+|mis \w+) (?:quedarse sin mi|vivir sin mi|que yo no (?:estuviera|este|existiera))\b/,
    unless: anyOf(JOKE, /\b(?:unos dias|un rato|el finde|vacaciones|viaje|una semana|un fin de semana)\b/),
    about: 'self',
  },
  {
    id: 'es.no-future-year',
    category: 'indirect',
    // Not expecting to reach a near date: "no me cuenten pa la programacion del otro ano. no creo que llegue hasta alla".
    context:
      /\b(?:otro ano|ano que viene|proximo ano|ano entrante|siguiente ano|programacion|navidad|fin de ano|el verano|diciembre|mi cumple\w*|la graduacion)\b/,
    pattern:
      /\bno (?:creo|pienso|se si) (?:que )?(?:llegue|vaya a llegar|voy a llegar|siga aqui|siga vivo|siga viva|este vivo|este viva) (?:hasta )?(?:alla|ahi|para entonces|a esa fecha|tanto)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:a tiempo|trafico|caminando|bus|tren|vuelo|pedido|paquete|envio|plata|sueldo|quincena|fin de mes|presupuesto|en este trabajo|en esta empresa|con esta dieta|nivel|puntos)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.cover-leaving',
    category: 'indirect',
    // Arrangements passed off as a holiday or retirement: "me pregunto si me iba de vacaciones y le dije que algo asi".
    pattern: anyOf(
      /\b(?:me|le|les|nos) pregunt\w+ si (?:me iba|me voy|me mudaba|me jubilaba|me retiraba|me cambiaba|renunciaba)\b[^.]{0,40}\b(?:le|les) dije que (?:si,? )?(?:algo asi|mas o menos|por ahi|algo por el estilo|se podria decir)\b/,
      /\b(?:cree|creen|piensa|piensan|se cree|se creen|creyo|creyeron) que me voy a (?:retirar|jubilar|ir de (?:vacaciones|viaje)|mudar|tomar un descanso)\b[^.]{0,40}\bno (?:le|les) (?:he dicho|dije|conte|he contado) nada\b/,
    ),
    unless: anyOf(JOKE, /\b(?:sorpresa|regalo|propuesta|anillo|embarazo|fiesta|ascenso|oferta|beca)\b/),
    about: 'self',
  },
  {
    id: 'es.cover-leaving-next',
    category: 'indirect',
    // The same told over two sentences: "mi esposa cree que me voy a retirar. no le he dicho nada".
    context:
      /\b(?:cree|creen|piensa|piensan|se cree|se creen|creyo|creyeron) que me voy a (?:retirar|jubilar|ir de (?:vacaciones|viaje)|mudar|tomar un descanso)\b/,
    pattern: /^(?:y )?(?:todavia |aun )?no (?:le|les) (?:he dicho|dije|conte|he contado) nada\s*[.!]*$/,
    unless: anyOf(JOKE, /\b(?:sorpresa|regalo|propuesta|anillo|embarazo|fiesta|ascenso|oferta|beca)\b/),
    about: 'self',
  },
  {
    id: 'es.letters-each',
    category: 'indirect',
    // Things returned, a desk emptied, a letter for each one: "a cada alumno le deje una cartita".
    context:
      /\b(?:vacie|devolvi|entregue|regale|deje (?:todo )?listo|pase (?:mis|todo)|deje todo en orden)\b/,
    pattern:
      /\ba cada (?:alumno|alumna|uno|una|amigo|amiga|hijo|hija|nieto|nieta|companero|companera|persona|compa|sobrino|sobrina)s? (?:\w+ ){0,3}(?:le )?(?:deje|escribi|hice|mande) (?:una |su )?(?:carta|cartita|nota|notita|mensaje|carta de despedida)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:fin de (?:ano|curso)|graduacion|navidad|cumple\w*|jubil\w*|me cambio|traslad\w*|amigo secreto|amigo invisible|dia del (?:maestro|nino|padre|madre))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.money-given-unexplained',
    category: 'indirect',
    // Savings handed over with no reason: "vendi la moto y le di la plata a mi mama sin explicarle nada".
    pattern:
      /\b(?:le|les) (?:di|deje|pase|regale|transferi|gire|entregue|mande) (?:toda |todo )?(?:la|mi|mis|los|el) (?:plata|dinero|lana|ahorros|guita|pasta|sueldo|aguinaldo|liquidacion|ahorro)\b[^.]{0,50}\bsin (?:explicarle|explicarles|decirle|decirles|darle|darles|dar) (?:nada|explicaciones|razones|el por que|por que|ninguna explicacion)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:sorpresa|regalo de|cumple\w*|la renta|el alquiler|la deuda|prestamo|aniversario)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.ends-on-day',
    category: 'explicit',
    // An end fixed to a day or a place: "el sabado cierro solo y ya decidi que ahi se acaba todo".
    pattern:
      /\b(?:ya )?decidi que (?:ahi|ese dia|esa noche|esta noche|manana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)) se (?:acaba|termina) todo\b|\b(?:esta noche|manana|ese dia|esa noche|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b[^.]{0,50}\bse (?:acaba|termina) todo\s*[.!]*$/,
    unless: anyOf(
      JOKE,
      /\b(?:vacaciones|temporada|la fiesta|el curso|el semestre|el contrato|la serie|el torneo|la liga|las clases|el ano escolar|la oferta|la promo|el plazo|la feria|la dieta|el trabajo|la obra|el festival|la mudanza|el proyecto|la beca)\b/,
      // "se acaba todo el lio con el proveedor": all of something named ends, not everything.
      /\bse (?:acaba|termina) todo (?:el|la|lo|los|las|este|esta|ese|esa|eso|esto|mi|su)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.next-time-through',
    category: 'explicit',
    // After an attempt stopped or a stay at the edge: "la proxima no me bajo", "la proxima cierro con llave".
    pattern:
      /\bla proxima (?:vez )?(?:ya )?(?:no me bajo|no me bajare|no me detengo|no me arrepiento|cierro con llave|no fallo|no va a fallar|lo hago bien|si salto|si me tiro|nadie me para|nadie me encuentra|no me encuentran)\b/,
    unless: anyOf(
      JOKE,
      GAME,
      /\b(?:partido|penal|examen|tiro al blanco|la rifa|loteria|apuesta|el bus|el tren|la micro|la parada)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.when-alone-do-it',
    category: 'explicit',
    // Done once the others are out or asleep: "el jueves cuando mi hermana se vaya a trabajar lo hago".
    pattern:
      /\bcuando (?:\w+ ){0,3}(?:se (?:vaya|vayan|duerma|duerman)|esten dormid[oa]s|este dormid[oa]|salga|salgan)\b(?: \w+){0,4},? (?:ahi )?(?:lo hago|lo voy a hacer|lo hare)\b|\bya tengo todo listo\b[^.]{0,40}\bsolo falta que (?:\w+ ){0,2}se (?:duerma|duerman|vaya|vayan)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:fiesta|sorpresa|regalo|cumple\w*|pastel|torta|santa|reyes|la cena|mudanza|viaje|escap\w+|novi[oa]|jugar|videojuego|la play|serie|peli|limpi\w+|tarea|tareas|la maleta|el arbol|decorar|pintar|ensayo)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.blade-drawn-over',
    category: 'explicit',
    // A blade drawn over the body: "volvi a pasarme la cuchilla del sacapuntas por los muslos".
    pattern: p(
      '\\b(?:volvi a |vuelvo a |volver a )?pasarme (?:el|la|las|los|un|una|mi) (?:cuchillas? del sacapuntas|hojas? del sacapuntas|cuter|cutter|vidrio|cristal|compas|tijeras?|cuchillo|navaja|gillette|cuchillas?)\\b(?: \\w+){0,3} (?:por|en|sobre) (?:la|el|las|los|mi|mis) (?:{BODY})\\b',
    ),
    unless: anyOf(JOKE, /\b(?:afeit\w*|depil\w*|rasur\w*|en la ducha|espuma|crema|vellos?|pelos?)\b/),
    about: 'self',
  },
  {
    id: 'es.harm-answer-yes',
    category: 'explicit',
    // A check-in question about harm answered with the means and where: "si. con la navaja, en la pierna, donde no se ve".
    context:
      /\b(?:te (?:hiciste|has hecho) dano|te lastimaste|te cortaste|te (?:has )?autolesion\w*|(?:hiciste|has hecho) algo para lastimarte)\b/,
    pattern: p(
      '\\b(?:con|usando) (?:la|el|una|un|mi) (?:navaja|cuchilla|gillette|cuter|cutter|vidrio|compas|cuchillo|tijeras?|encendedor|cigarro)(?: de afeitar)?,? en (?:la|el|los|las|mi|mis) (?:{BODY})\\b',
    ),
    unless: JOKE,
    about: 'self',
  },
  {
    id: 'es.means-until-decided',
    category: 'explicit',
    // Means kept ready until one makes up one's mind: "la tengo cargada en el ropero, pa cuando me decida".
    context: p('\\b(?:{MEANS}|escopeta|rifle|revolver|la de cargo|balas|cable)\\b'),
    pattern:
      /\b(?:pa|para|por si) (?:cuando )?(?:me decida|me anime|me atreva|llegue el momento|llegue el dia)\b(?! a \w)/,
    unless: anyOf(
      JOKE,
      /\b(?:caza|cazar|caceria|receta|gripe|viaje|vacaciones|mudanza|tatuaje|pelo|cabello)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.letter-then-place',
    category: 'explicit',
    // A letter left, then off to a height or the water, "don't wait for me": "me voy al puente del rio, ya no me esperen".
    context: /\b(?:carta|cartita|nota|notita|despedida)\b/,
    pattern: p(
      '\\bme voy (?:\\w+ ){0,2}(?:al|a la|a las|a los|hasta el|hasta la) (?:{PLACE}|mar|lago|acantilados?)\\b[^.]{0,40}\\b(?:ya )?no me esperen\\b',
    ),
    unless: anyOf(
      JOKE,
      /\b(?:pescar|a pescar|nadar|a nadar|trabajo|foto|turis\w*|paseo|partido|concierto|fiesta)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.third-note-more',
    category: 'explicit',
    // Someone else's note that clears others of blame or hands over what they care for:
    // "una carta que dice que no es culpa nuestra", "una nota diciendo que cuidemos a su perro".
    pattern:
      /\b(?:carta|nota|notita|cartita|mensaje|papel)\b[^.]{0,80}\b(?:que no (?:es|fue) (?:culpa (?:nuestra|de nadie|tuya|mia|de ustedes|de sus papas)|nuestra culpa|tu culpa)|(?:que )?(?:cuidemos|cuiden|cuides|cuide|cuidara|me encargue|nos encarguemos) (?:de |a )?(?:su|sus) (?:perr\w*|gat\w*|mascotas?|hij\w*|plantas|peces))\b/,
    unless: anyOf(
      JOKE,
      /\b(?:viaje|vacaciones|mientras|hospital|operacion|cirugia|se va de|se fue de|mud\w+|divorcio|separ\w+|campamento|congreso|unos dias|el finde)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.third-marks-seen',
    category: 'explicit',
    // Marks seen on someone else's arms: "ayer lo vi en camiseta y tiene rayas en los brazos".
    pattern: p(
      '\\b(?:tiene|tenia|le vi|le encontre|le note) (?:unas |las |varias |muchas )?(?:rayas|rayitas|cortes|cortadas|cortaditas|cicatrices nuevas|cicatrices|marcas|quemaduras)\\b(?: \\w+){0,3} en (?:los|las|sus|el|la) (?:{BODY})\\b',
    ),
    unless: anyOf(
      JOKE,
      /\b(?:marcador|plumon|pintura|tinta|henna|tatuaje|calcomania|operacion|cirugia|varicela|alergia|sarpullido|quemadura de sol|de pintar|de jugar|futbol|la cancha|bici|el rugby|las zarzas|espinas|picaduras?|mosquitos?|caida|se cayo|accidente)\b/,
      AT_WORK,
      /\b(?:paciente|el senor|la senora|el chico que|la chica que)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.third-last-meeting',
    category: 'indirect',
    // Someone says this is their last meeting, that everything is arranged: "dijo que esta era su ultima reunion".
    pattern:
      /\b(?:dijo|dice|decia|conto|anuncio)\b[^.]{0,30}\b(?:esta|esa|hoy) (?:era|es|seria|fue) su ultima (?:reunion|sesion|clase|visita|vez)\b(?! (?:porque|por|antes|del ano|de la temporada|en (?:este|esta|el|la) (?:grupo|escuela|curso|ciudad|pais))\b)|\b(?:dijo|dice|decia|conto) que (?:ya )?(?:dejo|tiene|tenia) todo (?:arreglado|en orden|resuelto)\b(?! (?:para|antes|en|con|por|del|de)\b)/,
    unless: anyOf(
      JOKE,
      /\b(?:se muda|mudanza|viaje|vacaciones|jubil\w*|cambio de|se va a vivir|trabajo nuevo|alta|le dieron el alta|termina el tratamiento|se recibio|se gradu\w*|otro grupo|otra ciudad|otro pais|embaraz\w*|bebe)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.signs-in-passing',
    category: 'indirect',
    // Warning signs in new words: not getting up one day "pues mejor", a bullet "que me toque", no more
    // appointments "ni a ninguna", one's part in life done, no reason to stay, being "de sobra".
    pattern: anyOf(
      /\bsi un dia (?:no me levanto|no despierto|no amanezco|ya no estoy|no suena la alarma)\b(?! (?:temprano|a tiempo|tarde|de la cama|para|con))[^.]{0,50}\b(?:pues mejor|mejor asi|tampoco se pierde (?:mucho|nada)|menos (?:follon|lio|problemas|quilombo|bronca|gastos)\b|nadie (?:lo )?(?:va a notar|notaria))/,
      /\bsi me toca (?:una bala|un balazo|un tiro|un plomazo|morir|irme),? (?:pues )?que me toque\b/,
      /\bno (?:voy a|vuelvo a) (?:ir|venir) a la (?:cita|sesion|consulta)\b[^.]{0,30}\bni a ninguna\b/,
      /\bya hice (?:todo )?lo que me tocaba (?:hacer )?(?:en esta vida|en este mundo|aqui)\b/,
      /\b(?:ya )?no tengo (?:pa|para|por) que quedarme\b(?! (?:en|a|con|mas tiempo en|hasta)\b)/,
      /\b(?:uno|yo) ya (?:esta|estoy) de sobra\b|\byo les estorbo\b(?! en (?:la|el) (?:cocina|foto|paso|pasillo|camino))/,
      /\bno deberia ni (?:estar aqui|existir|haber nacido|estar viv[oa])\b/,
      /\bno he comido (?:nada )?desde (?:el|hace) \w+\b[^.]{0,20}\bme da (?:igual|lo mismo)\b/,
    ),
    unless: anyOf(
      JOKE,
      /\b(?:dieta|ayuno|gastroenteritis|operacion|cirugia|vacaciones|mudanza|me mudo|cambio de terapeuta|otra terapeuta|otro terapeuta|me dieron el alta|el alta)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.disconnect-from-life',
    category: 'explicit',
    // Leaving life told as logging off or retiring: "me desconecto de la vida", "me despido de este mundo".
    pattern:
      /\b(?:me (?:desconecto|desconecte|voy a desconectar|despido|voy a despedir|retiro|voy a retirar|bajo|voy a bajar|salgo)|desconectarme|despedirme|retirarme|bajarme|salirme|cierro sesion)(?: (?:ya|para siempre|definitivamente|tambien))? (?:de (?:la vida|esta vida|este mundo|todo para siempre))\b(?! (?:social|publica|politica|nocturna|artistica|profesional|laboral|academica|en pareja|de (?:soltero|soltera|antes|la ciudad|barrio))\b)/,
    unless: anyOf(JOKE, TITLE, TOPIC),
    about: 'self',
  },
  {
    id: 'es.disconnect-from-life-after',
    category: 'explicit',
    // The same, cut by "pero": "me desconecto, pero de la vida", "me voy... pero de este mundo".
    context:
      /\b(?:me (?:desconecto|desconecte|voy a desconectar|despido|retiro|bajo|voy|salgo)|desconectarme|despedirme|cierro sesion|ultimo (?:stream|directo|live|video))\b/,
    pattern:
      /^(?:pero )?(?:ya |tambien )?de (?:la vida|esta vida|este mundo)\b(?! (?:social|publica|politica|nocturna|artistica|profesional|laboral|academica|en pareja)\b)/,
    unless: JOKE,
    about: 'self',
  },
  {
    id: 'es.weapon-who-for',
    category: 'explicit',
    // A weapon ready and "I know who it's for": "tengo la 9 cargada y ya se pa quien es".
    pattern:
      /\b(?:la (?:9|nueve|38|45|22|glock|beretta|pistola|escopeta|fusca|escuadra|carabina)|el (?:arma|revolver|fierro|cuete|rifle|fusil|tiro)|una bala|la bala|la ultima bala|un tiro)\b[^.]{0,80}\bya (?:se|sabe|sabemos|tengo claro) (?:pa'?|para|a) (?:quien|quienes) (?:es|va|son|iba)\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:venado|jabali|caza|cacer\w*|tiro al blanco|poligono|competencia|torneo|regalo|cumple\w*|coleccion\w*|se la (?:vendo|regalo|presto))\b/,
    ),
  },
  {
    id: 'es.dose-for-self',
    category: 'explicit',
    // How much of a drug would take, worked out for oneself: "ya calcule cuanto me toca a mi", "se la dosis exacta".
    context:
      /\b(?:pentobarbital|eutanasic\w*|barbituric\w*|ampollas|ampolletas|viales|midazolam|morfina|fentanilo|propofol|ketamina|potasio|insulina|pastillas|clonazepam|rivotril|somniferos|tramadol|paracetamol|litio|veneno|raticida|matarratas|pesticida|fosfuro|pastilla del campo|antidepresivos|quetiapina)\b/,
    pattern:
      /\b(?:ya )?(?:calcule|calculo|calculado|calculando|calcular|saque la cuenta de|saque|se|sabia|busque|averigue) (?:cuant[oa]s? (?:\w+ )?(?:me (?:toca|tocan|hace falta|hacen falta|haria falta|harian falta|basta|bastan|alcanza|alcanzan)|necesito|necesitaria)(?: (?:a|para) mi)?|la dosis exacta|cuanta dosis (?:me|necesito)|la dosis (?:que (?:me|necesito)|para mi))\b/,
    unless: anyOf(
      TOPIC,
      /\b(?:pagar|plata|dinero|pesos|euros|dolares|soles|la cuenta|herencia|aguinaldo|vacaciones|sueldo|bono|impuestos|propina|(?:para|a|al|del|de la|por) (?:el |la |cada )?(?:paciente|perro|perra|gato|gata|animal|caballo|vaca|bebe|nino|nina|kilo|kilos))\b/,
      // Shifts owed, or an ordinary use: "cuanto me toca de guardia", "cuantas necesito para dormir".
      /\bme tocan? (?:a mi )?(?:de |en |por )?(?:turnos?|guardias?|horas|dias|poner)\b|\b(?:necesito|necesitaria|me hacen? falta) (?:para|pa) (?:dormir|el dolor|la fiebre|la migrana|el viaje|la semana|el mes)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.work-drugs-taken-home',
    category: 'explicit',
    // Drugs set aside at work, then carried home: "separe unas ampollas de la uci ... me las traje a casa".
    pattern:
      /\b(?:separe|aparte|guarde|saque|escondi|me guarde|junte)\b[^.]{0,30}\b(?:ampollas|ampolletas|viales|pentobarbital|eutanasic\w*|midazolam|morfina|fentanilo|propofol|ketamina|potasio)\b[^.]{0,80}\bme (?:las|los|la|lo) (?:traje|lleve|guarde) (?:a (?:mi )?casa|en (?:el|mi|la) (?:bolso|mochila|casillero|auto|carro|cartera))\b/,
    unless: anyOf(
      JOKE,
      /\b(?:para (?:el|la|un|una) (?:paciente|visita|domicilio|traslado|inventario)|paliativ\w*|recetad\w*|devolv\w*|a devolver)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.third-hang-threat',
    category: 'explicit',
    // Someone else saying they would hang themselves: "dijo que si le quitan la tierra se cuelga en el granero".
    pattern: anyOf(
      /\b(?:dice|dijo|decia|anda diciendo|amenaza|amenazo|amenazaba|jura|juro)\b(?: que)?[^.]{0,60}\bse (?:cuelga|ahorca|colgaria|ahorcaria|va a colgar|va a ahorcar|iba a colgar|iba a ahorcar)\b/,
      /\bse (?:cuelga|colgaria|va a colgar|iba a colgar|ahorca|ahorcaria) (?:en|de) (?:el|la|un|una|ese|esa|algun|alguna) (?:granero|galpon|establo|arbol|viga|vigas|rama|puente|techo|corral|bodega|sotano|ropero|closet|garaje|cochera|ventilador|pieza|cuarto|bano|palo|mango|pino|roble|tinglado|cobertizo)\b/,
    ),
    unless: anyOf(
      JOKE,
      TOPIC,
      TITLE,
      /\b(?:compu|computadora|pc|laptop|sistema|app|aplicacion|celular|telefono|pantalla|juego|programa|windows|internet|wifi|llamada|la ropa|el cuadro|la hamaca|la lampara|la pinata|el adorno|las luces|la bandera|el cartel|la medalla|el columpio|la mochila|el saco|la chaqueta)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.last-note',
    category: 'indirect',
    // A last note that ends there: "esta es la ultima nota que escribo aqui".
    pattern:
      /\b(?:esta|este) (?:es|sera|va a ser) (?:la|el|mi) ultim[oa] (?:nota|mensaje|entrada|reflexion|post|publicacion|carta)(?: que (?:escribo|dejo|mando|subo|pongo|te escribo|les escribo))?(?: (?:aqui|aca|en esta app|en este grupo|en este canal|para ustedes|para ti))?\s*[.!]*$/,
    unless: anyOf(
      JOKE,
      /\b(?:por hoy|de hoy|del dia|de la semana|del ano|del mes|antes de (?:dormir|las vacaciones|irme de viaje))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.death-peace',
    category: 'indirect',
    // Dying thought of as rest: "pensar en morirme me da como paz", "imaginarme muerta me calma".
    pattern:
      /\b(?:pensar|pienso|pensando|imaginar|imaginarme|imagino|me imagino) (?:en )?(?:morirme|morir|mi muerte|estar muert[oa]|muert[oa]|no despertar(?:me)?|no estar|desaparecer|dejar de existir|dejar de vivir|irme para siempre|el (?:descanso|sueno|reposo) (?:final|eterno|definitivo)|el ultimo (?:descanso|sueno)|la paz eterna|mi final|el final(?! de))\b[^.]{0,25}\b(?:me (?:da|trae|deja|llena de)|siento) (?:como |tanta |mucha |una |cierta |un |algo de )?(?:paz|alivio|calma|tranquilidad|descanso|consuelo)\b|\b(?:pensar|pienso|imaginar|imaginarme) (?:en )?(?:morirme|mi muerte|estar muert[oa]|no despertar(?:me)?|dejar de existir)\b[^.]{0,15}\bme (?:calma|relaja|tranquiliza|consuela|alivia)\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:fe|dios|resurreccion|cielo|misa|sermon|homilia|cristo|jesus|senor|estoic\w*|memento mori|filosof\w*|budis\w*|meditacion|de viej[oa]|rodead[oa] de)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.farewell-to-each',
    category: 'indirect',
    // Messages to each friend saying what they meant: "le mande a cada uno un audio diciendole lo que significo para mi".
    pattern:
      /\b(?:a cada uno|a cada una|a todos|a todas|a cada amig[oa])\b[^.]{0,70}\b(?:lo que (?:significa|significo|significan|significaron|fue|fueron|han sido) (?:para mi|en mi vida)|cuanto (?:los|las|lo|la) (?:quiero|quise|quería)|lo importantes? que (?:son|fueron|es|fue) para mi)\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:cumple\w*|boda|graduacion|navidad|ano nuevo|dia del amigo|despedida de (?:solter\w+|trabajo)|jubil\w*|me mudo|mudanza|viaje|me voy a vivir|intercambio|(?:la|mi) terapeuta|la psicologa|el psicologo|ejercicio|tarea de (?:la )?terapia|aniversario|agradecimiento|retiro espiritual)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.funeral-paid-own',
    category: 'indirect',
    // One's own funeral paid for with no reason given: "fui a la funeraria y deje pagado lo mio".
    context: /\b(?:funeraria|velorio|entierro|cremacion|nicho|cementerio|panteon|ataud|cajon)\b/,
    pattern:
      /\b(?:deje|dejo|ya deje|tengo) (?:pagad[oa]|arreglad[oa]|reservad[oa]|list[oa]) (?:lo mio|mi (?:entierro|funeral|cremacion|velorio|nicho|cajon|ataud|lugar))\b/,
    unless: anyOf(
      JOKE,
      /\b(?:asi|para que) (?:mis hijos|mis hijas|mi familia|mis nietos|los muchachos|nadie) no\b|\b(?:plan|seguro|servicios?) (?:funerari\w+|de prevision)|\b(?:cuotas|a plazos|mensualidad\w*|prevision|a mi edad|tengo (?:[6-9]\d|cien) anos|jubil\w*|oferta|descuento|promocion)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.third-gun-in-hand',
    category: 'explicit',
    // Someone else telling they hold a gun to use: "me mando un mensaje diciendo que tenia la pistola en la mano".
    pattern:
      /\b(?:diciendo|dijo|dice|decia|escribio|me (?:escribio|mando|conto|aviso)[^.]{0,40}) que (?:tenia|tiene|estaba con|ya tenia) (?:la|una|el|su) (?:pistola|escopeta|arma|revolver|fierro|9|rifle|fusil|glock) (?:en la mano|en la boca|en la cabeza|en la sien|apuntandose|cargad[oa] en la mano)\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      TITLE,
      /\b(?:de servicio|patrulla|operativo|poligono|practica de tiro|tiro al blanco|caza|cacer\w*|venado|jabali|asalto|asaltante|ladron|me (?:asaltaron|robaron)|nos (?:asaltaron|robaron))\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.pet-rehomed-cant-care',
    category: 'indirect',
    // A pet rehomed because one "will not be able" to look after it, with no reason: "yo ya no lo voy a poder cuidar".
    context: /\b(?:gat[oa]s?|perr[oa]s?|mascotas?|perrit[oa]|gatit[oa]|michi|loro|conejo)\b/,
    pattern: /\bya no (?:lo|la|los|las) voy a poder cuidar\b\s*[.!]*$/,
    unless: anyOf(
      JOKE,
      /\b(?:mudanza|me mudo|viaje|alergi\w*|trabajo|depto|departamento|bebe|embaraz\w*|hospital|operacion|cirugia|edad|la vista)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.intent-at-height-told',
    category: 'explicit',
    // The intention told after the event: "la idea era soltarme en la parte mas alta".
    pattern:
      /\b(?:la idea era|el plan era|mi plan era|mi idea era|iba con la idea de|fui con la idea de|subi con la idea de|subi para|con la (?:idea|intencion) de|decidid[oa] a|dispuest[oa] a|me (?:asome|asomaba|acerque|acercaba|pare|sente|quede) (?:\w+ ){0,6}?para) (?:\w+ )?(?:soltarme|tirarme|aventarme|lanzarme|dejarme caer|arrojarme)\b(?! (?:un|una|unos|unas|al (?:piso|suelo|sillon|sofa)|en (?:el|la) (?:pasto|arena|cama|sillon|sofa|hamaca)|de cabeza (?:a|con|en)|a (?:emprender|cantar|la politica|vender|dormir|descansar)|(?:al|a la) (?:mercado|aventura|ruedo|fiesta|pista|fama|estrellato))\b)/,
    unless: anyOf(
      JOKE,
      // Gone to the water or a jump for sport, unless not to come back: "con la idea de tirarme al agua a nadar".
      /^(?!.*\b(?:y no volver|para no volver|no volver nunca|y no salir|para no salir|y acabar|para acabar|y desaparecer|de una vez)\b).*\b(?:paracaidas|bungee|puenting|tirolesa|parapente|rapel|rappel|clavado|piscina|pileta|alberca|al agua|al mar|al rio|a nadar|en la pista|a bailar|a la fiesta|instructor|instructora|el guia)\b|\blanzarme (?:como|con (?:mi|un|una)|a (?:emprender|cantar|la politica|vender))\b|\btirarme (?:en|a) (?:la cama|el sillon|el sofa|la playa|la hamaca|dormir|ver)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.want-die-dropped-r',
    category: 'explicit',
    // Caribbean speech drops or turns the final r: "me quiero mori", "quiero matalme".
    pattern:
      /\b(?:me )?(?:quiero|quisiera|queria|voy a|tengo ganas de|ganas de) (?:(?:de verdad|ya|en serio|la verdad) )?(?:mori|morime|morilme|matalme|matame yo|suicidalme|ahorcalme)\b/,
    unless: anyOf(JOKE, HYPERBOLE, TRIVIAL),
    about: 'self',
  },
  {
    id: 'es.game-over-irl',
    category: 'explicit',
    // Death wished in gamer words, said of real life: "en la vida real quiero permadeath".
    pattern: p(
      '\\b(?:{WANT}|ojala|necesito) (?:un |el |mi )?(?:permadeath|game over|rage ?quit|desinstalarme|borrar mi partida)\\b|\\bmorir(?:me)? y que no haya (?:respawn|continue|reinicio|otra vida|otra partida)\\b',
    ),
    context: /\b(?:vida real|irl|en la vida de verdad|fuera del juego|mi vida)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:en (?:el|mi|los|un|este) (?:juego|server|servidor|mod|modo)|(?:mis|las|una|esta) partidas|minecraft|modo hardcore|hardcore mode|en (?:el )?rol|dnd|d&d|en (?:la|esta) run)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.wish-fall-or-crash',
    category: 'indirect',
    // A fall or a crash wished on oneself: "ojala me hubiera resbalado", "ojala se le fueran los frenos".
    pattern:
      /\bojala (?:que )?(?:me )?(?:hubiera|hubiese) (?:resbalado|caido (?:de|del|desde|por|al|a la)|matado|ahogado|atropellado|estrellado|desbarrancado)\b|\bojala (?:que )?me (?:resbalara|resbalase|atropellaran|atropellen|atropelle|arrollara|arrolle)\b|\bojala (?:que )?(?:\w+ ){0,6}se (?:me |le )?(?:fueran|vayan|fallaran|fallen|rompieran|fuera|vaya) (?:los )?frenos\b/,
    unless: anyOf(
      JOKE,
      HYPERBOLE,
      /\b(?:taller|mecanic\w*|revision|el seguro|la garantia|me los cambien|para que (?:me )?(?:paguen|cambien|arreglen))\b/,
      // Idioms of finally understanding: "ojala me hubiera caido del burro antes".
      /\bcaido (?:del burro|del nido|de la nube)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.join-the-dead-soon',
    category: 'indirect',
    // Soon lying beside someone who died: "pronto voy a estar ahi con ella".
    pattern:
      /\b(?:pronto|ya pronto|muy pronto|dentro de poco|en poco tiempo|falta poco para que|ya falta poco para) (?:voy a |vaya a |me voy a |me vaya a )?(?:estar|descansar|quedarme|reunirme|juntarme|acostarme|ir)\b (?:(?:ahi|alla|aqui|aca) )?(?:con|junto a|al lado de|a su lado)\b/,
    context:
      /\b(?:murio|muri[oa]|fallecio|falleci\w+|se nos fue|perdi a|panteon|cementerio|tumba|lapida|lote|nicho|cripta|sus cenizas|difunt\w+|en paz descanse)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:misa|aniversario|visitarl[oa]|llevarle flores|le llevo flores|dia de muertos|de visita)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.no-next-season-for-me',
    category: 'indirect',
    // No next round for oneself: "ya no hay siguiente temporada para mi".
    pattern:
      /\b(?:ya )?no (?:hay|habra|va a haber) (?:una |un )?(?:siguiente|proxima|otra|proximo|otro) (?:temporada|vuelta|ronda|partida|capitulo|nivel|ano|navidad|verano|cumpleanos)\b (?:para mi|pa mi|conmigo)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:en el|en la|del|de la) (?:equipo|liga|club|torneo|serie|programa|empresa|seleccion|banda)\b|\b(?:lesion\w*|me lesione|me retiro|me jubilo|contrato|me cortaron|me echaron|me bajaron|me dieron de baja|cancelaron|renovaron)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.will-young-healthy',
    category: 'indirect',
    // A will made with no reason, by someone young and well: "firme mi testamento. tengo 23 anos y estoy sana".
    pattern:
      /\btengo (?:\d{2}|veinti\w+|treinta(?: y \w+)?) anos,? (?:y )?(?:estoy )?(?:san[oa]|sin (?:ninguna )?enfermedad|bien de salud|perfectamente bien)\b/,
    context:
      /^(?!.*\b(?:naci[oa]|nacio|embaraz\w*|mis hij[oa]s|mi hij[oa]|mi bebe|hipoteca|credito|casa propia|depa|departamento|operacion|cirugia|viaje|vuelo|diagnostic\w*|abogad[oa]|herencia de mi)\b).*\btestamento\b(?! vital)/,
    unless: JOKE,
    about: 'self',
  },
  {
    id: 'es.farewell-little-by-little',
    category: 'indirect',
    // Saying goodbye to everything, bit by bit, with no move: "me voy despidiendo de a poco de todo".
    pattern:
      /\bme (?:estoy|voy|ando|he estado|vengo|fui) despidiendo (?:(?:de a poco|de a poquito|poco a poco|en silencio|calladit[oa]|sin que nadie se de cuenta) )?de (?:todo|todos|todas|cada cosa|cada lugar|la vida|este mundo|las cosas que (?:quiero|amo))\b(?! (?:el|la|los|las|este|esta|mi|mis|lo|del|de) )/,
    unless: anyOf(
      JOKE,
      ABROAD,
      /\b(?:mudanza|me mudo|nos mudamos|mudarme|mudarnos|jubil\w*|intercambio|beca|antes de (?:viajar|mudarme|volver a \w+))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.not-there-for-the-date',
    category: 'indirect',
    // Not being there, after asking why book the next date: "¿para que agendamos la sesion? no voy a estar".
    pattern: /^(?:y )?(?:yo )?(?:ya )?no voy a estar(?: (?:ahi|ya|para entonces|para eso))?\s*[.!]*$/,
    context:
      /\bpa(?:ra|'?) que (?:\w+ ){0,3}(?:agend\w+|reserv\w+|program\w+|apart\w+|plane\w+|pag\w+|renov\w+|la (?:proxima|siguiente) (?:sesion|cita)|el mes que viene)\b/,
    about: 'self',
  },
  // ── Batch 24: risk in new words ──────────────────────────────────────────
  {
    id: 'es.last-look-unknown',
    category: 'indirect',
    // People seen or hugged a last time, in secret: "queria verlos una ultima vez sin que supieran",
    // "pase a abrazar a mis tias por ultima vez sin que se dieran cuenta".
    pattern:
      /\b(?:ver\w*|abraz\w*|visit\w*|despedirme|pasar (?:un rato|la tarde) con|estar con|escuchar\w*|hablar con)\b[^.]{0,40}\b(?:una ultima vez|por ultima vez|una vez mas|una ultima vez mas)\b[^.]{0,20}\bsin que (?:\w+ )?(?:lo )?(?:supieran|sepan|supiera|sepa|se dieran cuenta|se den cuenta|se diera cuenta|sospecharan|sospechen|sospechara|notaran|noten|lo notaran|lo noten|se enteraran|se enteren)\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      ABROAD,
      FAREWELL_PARTY,
      /\b(?:sorpresa|regalo|fiesta|cumple\w*|mudanza|me mudo|nos mudamos|viaje|intercambio|hospital|terapia intensiva|terminal|se (?:esta|estaba) muriendo|antes de que (?:muriera|se muriera|falleciera|cerraran|vendieran|demolieran|se (?:mudaran|fueran))|velorio|casa (?:vieja|de mis abuelos))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.given-no-need-anyway',
    category: 'indirect',
    // One's things given out, and "no me hacen falta, total": "regale mis prendas y la bici, ya no me hacen
    // falta, total", "le di mis libros a mi sobrina; total, ya no los necesito".
    // (A reason in the earlier sentence counts: "me quedan chicas. total, ya no me hacen falta".)
    context:
      /^(?!.*\b(?:crec\w+|me queda(?:n|ba|ban)? (?:chic|grand|apretad)\w*|viej[oa]s|embarazo|maternidad|bebe|me (?:recibi|gradue)|mudanza|me mudo|nos mudamos|minimalis\w*|limpieza|ordenando|nuev[oa]s?|me compre|me regalaron|deje de (?:tocar|jugar|usar|ir)|ya no juego|ya no toco|adelgac\w+|engord\w+|baje de peso|subi de peso)\b).*\b(?:regale|reparti|done|di|deje|le pase|les pase|vendi|me deshice de)\b (?:\w+ ){0,2}(?:mis|mi|la|el|los|las) (?:prendas|ropa|cosas|libros|bici\w*|guitarra|discos|juegos|consola|celu\w*|compu\w*|joyas|plantas|zapatillas|tenis|herramientas|muebles|perfumes|pertenencias)\b/,
    pattern:
      /\b(?:ya no me (?:hacen|hace|van a hacer|va a hacer) falta|ya no (?:los|las|lo|la) (?:necesito|ocupo|uso))\b,? (?:y )?(?:total|para que|pa que)\b|\btotal,? (?:ya )?no me (?:hacen|hace|van a hacer|va a hacer) falta\b|\btotal,? ya no (?:los|las|lo|la) (?:necesito|ocupo|voy a usar)\b/,
    unless: anyOf(JOKE, ABROAD),
    about: 'self',
  },
  // ── Batch 20: risk in new words ──────────────────────────────────────────
  {
    id: 'es.insurance-pays-if-i-do',
    category: 'explicit',
    // The suicide clause of a life policy worked out for oneself: "la poliza paga aunque uno se mate
    // pasado el primer ano, y ese ano ya lo cumpli".
    // ("aunque" ends a clause, so the policy is read as context.)
    context: /\b(?:seguro|poliza)\b[^.]{0,80}\b(?:paga|pagan|cubre|cubren|pagaria|cubriria|vale)\b/,
    pattern:
      /\b(?:uno|una|yo|me|el asegurado) (?:se |me )?(?:mate|matara|suicide|suicida|quite la vida|quitara la vida)\b[^.]{0,120}\b(?:ya (?:puedo|podria) hacerlo|ya lo puedo hacer|puedo hacerlo|(?:ya )?(?:los|las|lo|la) cumpli|sin dejar(?:los|las|le|les)? (?:sin nada|en la calle|con deudas)|ya (?:estan|quedan) cubiert[oa]s)\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:cliente|asegurad[oa]s|agente de seguros|vendo seguros|curso|examen de agente)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.beam-holds-my-weight',
    category: 'explicit',
    // A beam, a branch or a hook tested for one's weight: "la viga del patio ya la probe y aguanta mi peso".
    pattern:
      /\b(?:viga|vigas|gancho|rama|barra|tubo|arbol|travesano|armella|lampara del techo)\b[^.]{0,50}\b(?:aguanta|soporta|resiste|aguantaria|soportaria|aguanto|soporto) (?:mi peso|mis \d+ kilos|mi cuerpo|conmigo colgad[oa])\b/,
    unless: anyOf(
      JOKE,
      /\b(?:dominadas|hamaca|columpio|pull ?ups?|trx|escalar|escalada|gym|gimnasio|entren\w*|calistenia|yoga aereo|telas aereas|saco de boxeo|costal)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.switched-off-for-good',
    category: 'indirect',
    // Sleep wished as a switch turned off for good: "quisiera dormirme y que fuera como apagar la tele".
    pattern:
      /\b(?:me gustaria|quisiera|quiero|ojala (?:pudiera|poder)|solo quiero|lo que quiero es) (?:dormirme|dormir|cerrar los ojos|acostarme) y (?:que )?(?:fuera|sea|fuese|todo fuera) como (?:apagar|desenchufar|cuando (?:apagas|se apaga|se va la luz)|un apagon)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:y despertar|despertarme|hasta manana|hasta el lunes|ocho horas|un rato|la siesta|siestita|descansad[oa])\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.burden-image',
    category: 'indirect',
    // Oneself as the weight the family carries: "soy la piedra en la mochila de mi familia".
    pattern:
      /\bsoy (?:la|el|una|un) (?:piedra|peso|lastre|ancla|plomo|bulto|costal)\b[^.]{0,30}\b(?:de|a) (?:mi familia|mis hijos|mis hijas|mis padres|mis viejos|mi mama|mi papa|mi madre|mi padre|mi pareja|mi esposa|mi esposo|mi marido|mi mujer|los mios|todos)\b|\bsi (?:me|la|lo) (?:sacan|quitan|sueltan|tiran)\b[^.]{0,20}\b(?:caminan|andan|viven|vuelan|avanzan|respiran) (?:mas )?(?:ligeros|livianos|tranquilos|mejor|felices|rapido)\b/,
    unless: anyOf(JOKE, /\b(?:zapato|rival|contrari[oa]|del equipo|del jefe|de la jefa|del profe)\b/),
    about: 'self',
  },
  {
    id: 'es.debts-to-zero',
    category: 'indirect',
    // Every debt paid back to the last coin, with no reason: "le devolvi a cada uno lo que le debia, hasta el ultimo centavo".
    pattern:
      /\b(?:devolvi|pague|salde|liquide|regrese)\b[^.]{0,50}\b(?:lo que (?:le|les) debia|la (?:plata|lana|feria|pasta|guita) que (?:le|les) debia|el dinero que (?:le|les) debia|todas mis deudas|cada deuda)\b[^.]{0,40}\b(?:hasta el ultimo (?:peso|centavo|euro|sol|quetzal|colon|bolivar|duro)|aunque (?:fueran|fuera|eran) (?:\w+ )?(?:pesos|euros|soles|centavos|quetzales|colones|dolares))\b|\b(?:devolvi|pague|regrese) a cada (?:quien|uno|una|cual) lo que (?:le )?debia\b/,
    unless: anyOf(
      JOKE,
      /\b(?:aguinaldo|quincena|me pagaron|cobre|bono|loteria|herencia|finiquito|me cayo|por fin (?:tengo|me llego))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.next-month-left-unpaid',
    category: 'indirect',
    // The subscriptions and the phone plan not paid for the month to come, in passing.
    pattern:
      /\bno (?:pague|renove|voy a pagar|voy a renovar|pienso pagar) (?:el|la|mi) (?:plan|linea|renta|alquiler|suscripcion|mensualidad|celular)\b[^.]{0,30}\b(?:(?:del|el) mes (?:que viene|siguiente|proximo)|de diciembre|de enero)\b/,
    context: /\b(?:cancele|di de baja|borre)\b/,
    unless: anyOf(
      JOKE,
      ABROAD,
      /\b(?:porque|me cambio|cambiarme|otra compania|portabilidad|prepago|mas barat\w*|no me alcanza|sin trabajo|me mudo)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.lid-over-the-well',
    category: 'indirect',
    // Hopelessness as a pit being closed over: "en el fondo de un pozo, y arriba van poniendo la tapa".
    pattern:
      /\b(?:fondo de un (?:pozo|hoyo|agujero|tunel)|en un (?:pozo|hoyo|agujero))\b[^.]{0,60}\b(?:(?:le )?(?:van poniendo|ponen|pusieron|estan poniendo|cierran|cerraron|tapan|taparon|echan|echando) (?:la )?(?:tapa|tierra|losa|cemento)|se (?:cierra|apaga|va la) (?:la )?luz)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:obra|excavacion|albanil|construccion|pozo de agua|el perro|el gato|un gatito|rescat\w*|bomberos|mineros)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.cold-no-matter',
    category: 'indirect',
    // Exposure met with a shrug, after sleeping out: "sin cobija en el carro. si hiela, que hiele".
    pattern:
      /\bsi (?:hiela|me congelo|me muero de frio|nieva|baja de cero|cae helada),? (?:pues |que |ni modo,? )?(?:hiela|hiele|me congelo|me congele|me muero|que sea|ni modo|me da igual|da igual)\b/,
    context:
      /\b(?:sin (?:manta|cobija|cobijas|abrigo|chamarra|chaqueta|calefaccion|frazada)|(?:dormi|duermo|dormir|pase la noche) (?:\w+ ){0,2}(?:en el (?:coche|carro|auto)|en la calle|afuera|al raso|a la intemperie|en el banco del parque))\b/,
    unless: JOKE,
    about: 'self',
  },
  {
    id: 'es.child-better-with-named',
    category: 'indirect',
    // A child better off with a named relative, the handover already arranged: "la nena estaria mejor con mi hermana".
    pattern:
      /\b(?:la|el|mi|los|mis) (?:nina|nino|ninos|ninas|hij[oa]s?|nena|nene|bebe|chamac[oa]|chiquit[oa])\b[^.]{0,30}\b(?:estaria|estarian|estara|estaran|va a estar|van a estar|seria|serian) (?:mucho )?mejor con (?:ella|el|mi (?:herman[oa]|mama|madre|suegr[oa]|ti[oa]|prim[oa]|abuel[oa]|comadre)|sus (?:abuel[oa]s|ti[oa]s))\b/,
    unless: anyOf(
      JOKE,
      /\b(?:vacaciones|verano|fin de semana|finde|unos dias|esta semana|las fiestas|navidad|mientras (?:trabajo|estoy|viajo|me opero)|hospital|operacion|turno|custodia compartida|la escuela)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.farewell-to-places',
    category: 'indirect',
    // Goodbye to the places one loves, with thanks: "ya me despedi del rio; le dije adios, gracias por todo".
    pattern:
      /\bya me despedi (?:del mar|de la playa|del rio|del lago|de la montana|del cerro|del bosque|del parque|de mi (?:barrio|pueblo|lugar favorito|rincon)|de (?:mis|los) lugares)\b|\ble dije (?:chao|chau|adios|bye),? gracias por todo\b/,
    unless: anyOf(
      JOKE,
      ABROAD,
      /\b(?:vuelvo|regreso|volvemos|vacaciones|viaje|hasta el (?:proximo|otro) (?:ano|verano)|la proxima|el lunes|mudanza|me mudo|intercambio|temporada|renunci\w*|jefe|jefa|trabajo|empleo|chamba|curro|laburo|la empresa|la oficina)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.if-i-die-so-be-it',
    category: 'indirect',
    // Death accepted in advance, in an ordinary setting: "si me muero en la carretera, que sea".
    pattern:
      /\bsi me muero\b[^.]{0,50},? (?:pues )?(?:que sea|que asi sea|ni modo|me da igual|mejor|ya estoy en paz con eso)\s*[.!]*$/,
    unless: anyOf(
      JOKE,
      HYPERBOLE,
      /\b(?:de viej[oa]|de risa|en paz de viej[oa]|haciendo lo que amo|en el escenario|bailando)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.still-waiting-for-it',
    category: 'indirect',
    // A death once expected and still waited for: "iba listo para no volver; sigo esperando lo que alla no llego".
    pattern: /\bsigo esperando (?:eso|lo|aquello) que (?:\w+ ){0,2}no (?:llego|vino|paso|me toco)\b/,
    context:
      /\blist[oa] para no (?:volver|regresar)\b|\bno (?:debia|deberia|tenia que) (?:haber )?(?:vuelto|regresado|volver)\b/,
    about: 'self',
  },
  {
    id: 'es.what-for-now',
    category: 'indirect',
    // "What for, now", said alone as an answer: "ya pa que", "y ya para que".
    pattern: /^(?:nada,? )?(?:y )?ya (?:pa|para) que\s*[.!?…]*$/,
    about: 'self',
  },
  {
    id: 'es.found-by-smell',
    category: 'indirect',
    // Lying dead at home, found only by the smell: "si me quedo aqui nadie se entera hasta que huela".
    pattern:
      /\bsi me (?:muero|quedo|pasa algo|caigo|encierro)\b[^.]{0,60}\bnadie (?:\w+ )?(?:se (?:entera|enteraria|da cuenta|daria cuenta)|me (?:encuentra|encontraria|busca|buscaria)|lo nota|lo notaria)\b[^.]{0,30}\bhasta que (?:huela|apeste|oliera|apestara|empiece a oler|salga el olor|llegue el olor|los vecinos (?:huelan|sientan el olor))\b/,
    unless: anyOf(
      JOKE,
      /\b(?:basura|comida|pollo|pescado|leche|nevera|refri|heladera|perro|gato|pa[nñ]al)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.lie-down-not-rise',
    category: 'indirect',
    // Lying down beside the dead, or anywhere, never to get up: "acostarme junto a el en el cementerio y no levantarme".
    pattern:
      /\b(?:acostarme|echarme|tumbarme|recostarme|dormirme|quedarme)\b[^.]{0,60}\by (?:ya )?no (?:levantarme|volver a levantarme|despertar(?:me)?|volver a despertar)(?: (?:nunca|jamas|mas|nunca mas))?\s*[.!…]*$|\b(?:acostarme|echarme|tumbarme|quedarme|dormirme) (?:a su lado|junto a (?:el|ella|ellos|su tumba)|con (?:el|ella)) en (?:el panteon|el cementerio|la tumba|el camposanto|su tumba)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:resaca|domingo|finde|fin de semana|vacaciones|feriado|temprano|siesta|hasta (?:tarde|el mediodia|las \w+))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.loose-ends-returned',
    category: 'indirect',
    // Accounts closed and borrowed things given back, all at once: "borre mis redes y devolvi lo que me prestaron".
    pattern:
      /\b(?:cerre|borre|elimine|di de baja|desactive)\b[^.]{0,80}\bdevolvi (?:todo )?(?:lo que me (?:habian|han|habia|ha) prestado|lo que me prestaron|lo prestado|todo lo que debia)\b|\bdevolvi (?:todo )?(?:lo que me (?:habian|han|habia|ha) prestado|lo que me prestaron)\b[^.]{0,80}\b(?:cerre|borre|elimine|di de baja|desactive)\b/,
    unless: anyOf(
      JOKE,
      ABROAD,
      /\b(?:me mudo|mudanza|me voy a vivir|intercambio|me cambio de|nuevo (?:celular|telefono)|detox digital|desintoxicacion digital)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.secret-farewell-not-back',
    category: 'indirect',
    // A goodbye given to each without saying why, and no coming back: "no les dije nada, pero los abrace a todos. no voy a volver."
    pattern: /^(?:y )?ya no (?:voy a|pienso) volver\s*[.!…]*$/,
    context:
      /\b(?:no (?:les|le) dije|sin (?:decirles|decirle|que (?:nadie|ellos) supiera\w*))\b[^.]{0,60}\b(?:me despedi de (?:cada un[oa]|tod[oa]s)|(?:los|las) abrace)\b|\bme despedi de (?:cada un[oa]|tod[oa]s)\b[^.]{0,40}\bsin (?:decirles|decirle|que (?:nadie|ellos) supiera\w*)\b/,
    unless: anyOf(JOKE, ABROAD),
    about: 'self',
  },
  {
    id: 'es.wish-run-over-better',
    category: 'indirect',
    // Being run over wished as a way out, "better": "si me atropella un camion manana, mejor".
    pattern:
      /\bsi me (?:atropella|arrolla|pisa|lleva|agarra) (?:el|un|una|la) (?:\w+ ){0,2}(?:metrobus|camion|bus|autobus|colectivo|micro|tren|metro|carro|coche|auto|trailer|rastra|combi)\b[^.]{0,20},? (?:pues )?(?:mejor|que mejor|ni modo|me da igual|ojala)\b/,
    unless: anyOf(JOKE, /\b(?:cuidado|ojo|fijate|mira bien|al cruzar)\b/),
    about: 'self',
  },
  {
    id: 'es.stopped-recharging',
    category: 'indirect',
    // Oneself as a dying battery, and no longer looking to recharge: "ya deje de buscar el enchufe".
    pattern:
      /\bya (?:deje de buscar|no busco|ni busco|no quiero buscar) (?:el |un |ningun )?(?:enchufe|cargador|toma ?corriente)\b/,
    context: /\b(?:estoy|me siento|ando|soy) como (?:un |una )?(?:celular|telefono|bateria|pila|movil|cel)\b/,
    unless: JOKE,
    about: 'self',
  },
  {
    id: 'es.cared-better-than-i-can',
    category: 'indirect',
    // Treasures handed over because one will not be there to keep them: "las va a cuidar mejor de lo que yo voy a poder".
    pattern:
      /\b(?:la|lo|las|los) (?:va|van) a (?:cuidar|querer|aprovechar) mejor (?:de lo )?que yo (?:voy a poder|podre|pueda|podria)\b/,
    unless: anyOf(JOKE, ABROAD, /\b(?:me mudo|mudanza|viaje|operacion|me operan|hospital|rehabilitacion)\b/),
    about: 'self',
  },
  {
    id: 'es.third-last-night-posted',
    category: 'indirect',
    // Someone else announcing their last night, then gone: "escribio que es su ultima noche y se desconecto".
    pattern:
      /\b(?:escribio|puso|publico|posteo|subio|dijo|mando) que (?:esta es|esta sera|hoy es|es) su (?:ultima noche|ultimo dia)\b(?! (?:en|de|del|con|aqui|aca|libre|como|antes|sin|trabajando)\b)/,
    unless: anyOf(
      JOKE,
      /\b(?:jubil\w*|renunci\w*|se (?:va|muda|mudo) (?:a|de)|viaje|intercambio|vacaciones|despedida de solter\w*|turno|contrato)\b/,
    ),
    about: 'other',
  },
  {
    id: 'es.third-hits-self',
    category: 'indirect',
    // Someone else hurting themselves when low: "me confeso que se golpea con el cinturon cuando se siente mal".
    pattern:
      /\bque se (?:golpea|pega|lastima|quema|rasguna|muerde|azota|araña|arana)\b[^.]{0,40}\b(?:cuando|si|cada vez que) (?:se siente|esta|anda) (?:mal|triste|sol[oa]|ansios[oa]|angustiad[oa])\b/,
    unless: JOKE,
    about: 'other',
  },
  {
    id: 'es.place-scouted',
    category: 'explicit',
    // A height or a bridge looked over beforehand: "el puente de la 57 lo tengo bien visto", "ya fui dos
    // veces a medir como es de noche", "la azotea del hospital ya la tengo ubicada".
    context:
      /\b(?:puente|azotea|viaducto|acantilados?|precipicio|barranco|mirador|edificio|cornisa|las vias|via del tren|ultimo piso|presa)\b/,
    pattern:
      /\b(?:el|la|ese|esa|aquel|un|una) (?:puente|azotea|viaducto|acantilado|precipicio|barranco|mirador|edificio|cornisa|ultimo piso|presa)\b[^.]{0,40}\b(?:lo|la) tengo (?:bien |muy |ya )?(?:vist[oa]|estudiad[oa]|ubicad[oa]|medid[oa]|calculad[oa]|elegid[oa]|escogid[oa]|fichad[oa]|checad[oa]|chequead[oa])\b|\bya (?:fui|he ido|estuve|regrese|volvi|subi|me subi)\b(?: \w+){0,3} a (?:medir|ver|revisar|checar|chequear|calcular|estudiar|mirar|contar)\b[^.]{0,40}\b(?:de noche|de madrugada|la altura|que tan alt[oa]|cuanto mide|cuanta gente|si hay (?:gente|camaras|vigilancia|guardias|rejas|policia)|a que hora (?:no )?(?:hay|pasa))\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:fotos?|fotografi\w*|atardecer|amanecer|la luna|la luz|drone|dron|comprar|alquilar|rentar|depa|departamento|obra|arquitect\w*|ingenier\w*|planos|mudanza|fiesta|boda|evento|turis\w*|paseo|caminata|correr|trotar|pescar|terreno|cortinas|muebles|inspeccion|peritaje|tesis|escalada|rapel|puenting|bungee|parapente)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.third-posts-wounds',
    category: 'explicit',
    // Photos of cuts or burns posted or sent by someone: "una compa del server sube fotos de cortes con el
    // texto 'ya casi'", "mi primo me manda fotos de sus quemaduras".
    pattern:
      /\b(?:sube|subia|subio|subiendo|publica|publicaba|publico|publicando|postea|posteaba|posteo|posteando|manda|mandaba|mando|mandando|envia|envio|enviando|comparte|compartia|compartio|compartiendo|pone|ponia|puso|poniendo) (?:\w+ ){0,2}fotos? (?:de )?(?:sus |los |las |unos |unas )?(?:cortes|cortadas|cortaditas|heridas|cicatrices|quemaduras|rayitas|brazos cortados|munecas cortadas)\b(?! de (?:pelo|cabello|carne|res|cerdo|luz|pizza|tela|papel|madera|la (?:operacion|cirugia|cesarea)))/,
    unless: anyOf(
      JOKE,
      /\b(?:operacion|cirugia|cesarea|tatuaje|maquillaje|efectos especiales|halloween|cosplay|disfraz|pelicula|zombi\w*|barber\w*|peluquer\w*|carniceri\w*|estilista|dermatolog\w*|recuperacion|postoperatori\w*|accidente|la caida|se cayo)\b/,
    ),
  },
  {
    id: 'es.third-note-gone',
    category: 'indirect',
    // A goodbye note someone left, then gone or not answering: "mi roomie dejo una nota que dice 'esto
    // se acabo, los quiero' y se llevo las llaves del carro. no contesta."
    context:
      /\b(?:dejo|escribio|puso|pego)\b[^.]{0,40}\b(?:nota|notita|carta|cartita|papel|mensaje)\b[^.]{0,60}\b(?:se acabo|(?:los|las|te|lo|la) (?:quiero|amo)|adios|perdon(?:en)?|no me busquen|ya no (?:puedo|aguanto)|cuiden|cuidate)\b/,
    pattern:
      /\b(?:(?:ya )?(?:no|ni) (?:contesta|responde|atiende|abre|aparece|ha vuelto|volvio|regreso|llego|lee)|(?:y )?se llevo (?:las llaves|la llave|el carro|el auto|el coche|la camioneta|la moto|la troca)|apago el (?:cel|celular|telefono|movil))\b/,
    unless: anyOf(
      JOKE,
      /\b(?:terminamos|cortamos|me dejo|me termino|la relacion|sus cosas|su ropa|se mudo|se muda|mudanza|trabajo|turno|viaje|vacaciones|super|mandado|compras|se acabo (?:la|el) (?:leche|cafe|pan|comida|gas|papel|agua))\b/,
    ),
    about: 'other',
  },
  // ── Batch 23: oneself in the second or third person, understatement, images ──
  {
    id: 'es.self-talk-second-person',
    category: 'indirect',
    // The wish to end said to oneself as "tu": "hay noches en que solo quieres que todo pare", "ya no
    // quieres despertar", "te quieres morir y sonries en la oficina".
    pattern:
      /\b(?:solo|nomas|nada mas|ya solo|lo unico que) quieres(?: es)? (?:que (?:todo |esto |el dolor )?(?:pare|se acabe|termine|se apague|deje de doler|se detenga)(?=\s*(?:$|[.,;:!]|y\b|ya\b|de una vez|pa(?:ra|'?) siempre))|no despertar|desaparecer(?: del todo| pa(?:ra|'?) siempre)?(?=\s*(?:$|[.,;:!]|y\b))|morirte|dejar de existir|no existir|no estar(?=\s*(?:$|[.,;:!]|y\b|mas\b))|dormir y no despertar)|\b(?:y )?te quieres (?:morir|matar|ir pa(?:ra|'?) siempre)\b|\bya no quieres (?:vivir|seguir viv[oa]|estar aqui|despertar|existir|seguir existiendo)\b/,
    unless: anyOf(
      JOKE,
      HYPERBOLE,
      TRIVIAL,
      TOPIC,
      // A question put to someone, or advice to someone: "¿te quieres morir o que?", "si solo quieres que pare el ruido...".
      /\?|\bsi (?:solo |nomas )?(?:quieres|te quieres)\b|\b(?:cuando|si) (?:alguien|una persona|tu amig[oa]|tu hij[oa]) (?:te )?dice\b/,
      /\b(?:lluvia|ruido|musica|fiesta|obra|taladro|perro|bebe|alarma|clase|reunion|partido|serie|pelicula|trafico|tos|hipo|comezon|picazon|dolor de (?:cabeza|muelas|espalda|panza))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.self-third-person',
    category: 'indirect',
    // Oneself named in the third person, done: "esta servidora ya no puede mas", "la que escribe ya se despide para siempre".
    pattern:
      /\b(?:esta|este|una|un) servidor[a]?\b[^.]{0,30}\b(?:ya no (?:puede|aguanta|quiere) (?:mas|seguir|vivir)|ya no da mas|se (?:va|despide|baja|retira) (?:pa(?:ra|'?) siempre|del todo|de este mundo|de la vida)|ya se rindio|ya (?:esta|quedo) acabad[oa]|ya no va a estar)\b|(?:^|, )(?:el|la) que (?:te |les )?(?:escribe|habla)(?: esto| aqui| aca)?(?= (?:ya|se|no)\b)[^.]{0,30}\b(?:ya no (?:puede|aguanta|quiere) (?:mas|seguir|vivir)|ya no da mas|se (?:va|despide|baja) (?:pa(?:ra|'?) siempre|del todo|de este mundo|de la vida)|ya se rindio|ya no va a estar)\b/,
    unless: anyOf(
      JOKE,
      HYPERBOLE,
      /\b(?:a (?:la|mi) cama|a dormir|a (?:la|mi) casa|de vacaciones|de la oficina|del trabajo|por hoy|hasta manana|el lunes|con (?:los|las) pies|de (?:cansancio|sueno))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.body-undeserving',
    category: 'indirect',
    // Oneself as "this body", owed neither food nor care, let fade: "este cuerpo no merece ni comida",
    // "si se va apagando solo es lo justo".
    pattern:
      /\b(?:este|mi) (?:cuerpo|cascaron|saco de huesos)\b[^.]{0,20}\bno (?:se )?merece (?:ni )?(?:comida|comer|cuidado|cuidados|vivir|seguir|existir|respirar|nada|ni agua)\b|\bsi (?:se|me) (?:va|voy) apagando (?:sol[oa] |de a poco |poco a poco )?(?:es|seria|sera) (?:lo justo|lo mejor|lo que (?:merece|merezco)|un alivio)\b|\bdejar que (?:este cuerpo|me) (?:vaya )?apag(?:ue|ando)(?: sol[oa])?\b/,
    unless: anyOf(
      JOKE,
      /\b(?:fuego|vela|fogata|brasas|luz|motor|tele|compu|celular|pantalla|incendio|planta|relacion|amistad|chispa|volcan|estrella)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.no-ahead',
    category: 'indirect',
    // No future at all, said flatly: "todos hablan de seguir adelante y yo no tengo adelante".
    pattern:
      /\b(?:yo )?(?:ya )?no (?:tengo|me queda|veo|hay para mi) (?:ningun |ni un )?(?:adelante|porvenir|mas adelante|futuro)\b(?!,? (?:en|con|como|de|para|aca|aqui|ahi|profesional|laboral)\b)/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:trabajo|empresa|carrera|puesto|equipo|banda|relacion|esta ciudad|este pais|negocio|futbol|musica)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.erase-me',
    category: 'indirect',
    // Wished deleted, as an image: "me gustaria que alguien me borrara, como un archivo", "formatearme sin copia".
    pattern: p(
      '\\b(?:{WANT}|ojala|ojala que) (?:que )?(?:alguien|algo|alguno|dios|la vida|el universo) me (?:borrara|borre|borrase|eliminara|elimine|deshiciera|formateara|desinstalara|desenchufara)\\b|\\bborrarme (?:como (?:un|una) \\w+|del todo|de la existencia|del mundo|de la faz de la tierra|sin dejar rastro)\\b|\\bsin papelera de reciclaje\\b',
    ),
    unless: anyOf(
      JOKE,
      /\b(?:de la lista|del grupo|del chat|de la foto|de las fotos|de la base|de la planilla|del registro|de la nomina|del correo|de la app|del sistema|del server|de la memoria del|el numero|la cuenta|el perfil)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.farewell-not-understood',
    category: 'indirect',
    // A farewell the others did not take as one, and better so: "me despedi de cada uno... no entendieron nada, mejor asi".
    context:
      /\b(?:me despedi|me despido|despedirme|les di un abrazo|les dije (?:adios|que fue un honor|que los quiero|gracias)|fue un honor|gracias por todo)\b/,
    pattern:
      /\bno (?:entendieron|entendio|se dieron cuenta|se dio cuenta|sospecharon|sospecho|captaron|cacharon|lo notaron|lo noto)(?: nada| de nada| de que)?,? (?:y )?(?:mejor asi|es mejor asi|asi es mejor|mejor que no|mejor)\b(?! (?:que nunca|asi no))/,
    unless: anyOf(
      JOKE,
      FAREWELL_PARTY,
      /\b(?:sorpresa|regalo|fiesta|cumple\w*|chiste|broma|me mudo|mudanza|viaje|renuncia|renunci\w*|jubil\w*)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.height-judged-low',
    category: 'explicit',
    // A height looked at with practical eyes, said low-key: "la baranda es mas baja de lo que pensaba",
    // "el muro del viaducto se pasa facil".
    context:
      /\b(?:puente|azotea|viaducto|acantilados?|precipicio|barranco|mirador|edificio|balcon|terraza|cornisa|las vias|ultimo piso|presa|techo)\b/,
    pattern:
      /\b(?:la|el) (?:baranda|barandal|barandilla|reja|valla|pretil|parapeto|muro|murito|borde)\b[^.]{0,20}\b(?:es|esta|era|estaba|queda) (?:mucho |bastante )?(?:mas baj[oa] de lo que (?:pensaba|creia|parecia|imaginaba|recordaba)|bajit[oa]|facil de (?:pasar|saltar|cruzar|trepar))\b|\b(?:se|es facil) (?:puede )?(?:pasar|saltar|cruzar|trepar) (?:facil )?(?:la|el) (?:baranda|barandal|barandilla|reja|valla|pretil|parapeto)\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:ninos?|nenes?|chicos?|hij[oa]s?|bebe|mascota|perro|gato|peligros\w*|insegur\w*|deberian|municipio|alcaldia|ayuntamiento|queja|reclamo|denunci\w*|obra|arquitect\w*|norma|reglamento|fotos?|selfie)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.leg-over-railing',
    category: 'explicit',
    // A leg already over the railing of a height: "anoche pase una pierna por encima".
    context: /\b(?:baranda|barandal|barandilla|pretil|parapeto|cornisa|borde|viaducto|puente|azotea)\b/,
    pattern:
      /\b(?:pase|pasé|saque|eche|puse|subi) (?:una|la|las|ambas|las dos) piernas? (?:por encima|al otro lado|del otro lado|hacia afuera|sobre (?:la|el) (?:baranda|barandal|barandilla|pretil|parapeto|cornisa))\b/,
    unless: anyOf(
      JOKE,
      /\b(?:bici|bicicleta|moto|caballo|yegua|silla|sofa|cama|hamaca|yoga|estiramiento|para (?:entrar|salir|buscar|recoger|sacar|cruzar)|pelota|balon|valla del (?:parque|colegio|estadio)|el muro del (?:parque|colegio|vecino))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.wall-punched-hurt',
    category: 'explicit',
    // Fists against a wall till the knuckles open: "le pegue punetazos a la pared hasta que se me abrieron los nudillos".
    pattern:
      /\b(?:le )?(?:pegue|pego|pegaba|di|doy|daba|meti|meto|tire|tiro|daba) (?:\w+ ){0,2}(?:punetazos|pinas|golpes|trompadas|madrazos|cabezazos|un punetazo|una pina|un cabezazo|pu[nñ]os)\b (?:\w+ ){0,2}(?:a|contra|en) (?:la|el|una|un) (?:pared|muro|puerta|espejo|ropero|azulejos?)\b[^.;]{0,40}\b(?:hasta (?:que )?(?:se me (?:abrieron|abrian|rompieron|partieron|hincharon|reventaron)|sangrar|me sangr\w+|romperme|abrirme|partirme|me (?:rompi|abri|parti|hinche|revente))|para (?:sentir|castigarme|no sentir|no pensar|no llorar))\b/,
    unless: anyOf(
      JOKE,
      /\b(?:boxeo|saco de boxeo|costal|karate|taekwondo|entrenando|guantes|clavo|cuadro|repisa|martillo)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.harm-to-feel-told',
    category: 'explicit',
    // Why one hurts oneself, said after the act: "lo hago para sentir algo que no sea esto".
    context:
      /\b(?:golpe\w*|punetazos|pinas|me pegue|me pego|nudillos|me corte|me corto|cortarme|me queme|me quemo|quemarme|me rasgun\w*|me muerdo|me mordi|sangr\w*|herida|marcas|cicatrices|la cuchilla|la navaja)\b/,
    pattern:
      /\blo (?:hago|hice|hacia|sigo haciendo) (?:solo |nomas |nada mas )?(?:para|pa) (?:sentir (?:algo|otra cosa|dolor|algo que no sea)|no sentir(?: nada| lo otro| esto)?|castigarme|sentirme viv[oa]|que duela otra cosa|aguantar)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:ejercicio|correr|corro|gym|gimnasio|entreno|maraton|tatuaje|piercing|deporte|musica|pinto|escribo)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.only-moment-left',
    category: 'explicit',
    // The means practised or the day chosen, and only the moment left: "practique el nudo... ahora solo
    // falta el momento", "ya elegiste el dia... solo falta que llegue".
    context:
      /\b(?:practique|practico|practicando|ensaye|ensayo|ensayando|probe|probando|ya (?:me )?sale|prepare|ya tengo|ya tienes|ya elegi|ya elegiste|ya escogi|ya escogiste|ya decidi|ya decidiste|compre|consegui)\b[^.]{0,30}\b(?:nudo|soga|cuerda|viga|pastillas|dosis|el dia|la fecha|la hora|cinturon|puente|como hacerlo)\b/,
    pattern:
      /\b(?:ahora |ya )?(?:solo|nomas|nada mas) (?:me |te )?falta (?:el momento|el dia|que llegue(?: el (?:dia|momento|viernes|sabado|domingo|lunes|martes|miercoles|jueves))?|elegir el (?:dia|momento)|encontrar el momento|el valor|hacerlo)\b(?=\s*(?:$|[.,;!]))/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:boda|cumple\w*|fiesta|viaje|vacaciones|examen|concierto|partido|mudanza|scouts|velero|barco|nautic\w*|escalada|corbata|macrame|pulsera|pesca|campamento|receta|torta|pastel|obra|ensayo general|estreno|presentacion|entrevista|cita)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.third-method-search',
    category: 'explicit',
    // Someone else's searches found: "encontre en su historial busquedas de como hacer un nudo corredizo".
    pattern:
      /\ben (?:su|sus|el|la) (?:historial|celular|cel|compu|computadora|telefono|movil|laptop|notebook|tablet|navegador|busquedas)\b[^.]{0,40}\b(?:busquedas?|busco|buscaba|googleo|paginas?|videos?) (?:de |sobre )?(?:como|cuant[oa]s?|formas? de|maneras? de|metodos? (?:de|para)|que) (?:\w+ ){0,3}(?:hacer un nudo|nudo corredizo|matarse|suicidarse|ahorcarse|colgarse|morir|quitarse la vida|dosis letal|son mortales|es mortal|peso aguanta)\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:scouts|velero|barco|nautic\w*|escalada|tarea|trabajo practico|novela|serie|pelicula|juego)\b/,
    ),
    about: 'other',
  },
];

const KIN = M.THIRD_KIN;

export const SPANISH: RuleSet = {
  language: 'es',
  rules: RULES,
  negation:
    /\b(?:no|nunca|jamas|ni|tampoco|ningun|ninguna)\b(?! (?:dije|he dicho|le dije|les dije|conte|le conte|les conte|se lo dije|se lo he dicho|se lo conte|lo dije|lo he dicho|quise decir|sabe|saben|sabia|se dan cuenta|se dio cuenta|se entero|se enteran)\b)(?: (?!(?:y|e|que|porque|pues|entonces|asi|mas|nada|nadie)\b)[a-z']+){0,3} ?$/,
  asked: /\b(?:me|le|nos) pregunt\w+\b[^.]{0,30}\b(?:si|sobre)\b|\bpreguntas? (?:sobre|de)\b/,
  answeredNo:
    /^(?:(?:y )?(?:la verdad|sinceramente|honestamente|en serio),? )?(?:no|nunca|jamas|para nada|ni una vez|nunca lo he hecho|nunca lo pense)(?:,? (?:nunca|jamas|para nada|gracias a dios))?[.!]*$|^(?:y )?(?:le|les) (?:dije|conteste|respondi) que no(?:[.!]*$|,? (?:y )?(?:(?:es|era) (?:la )?verdad|(?:es|era) cierto|lo digo en serio)[.!]*$|,? que (?!.*\b(?:pero|aunque|mentira|todavia|aun|a veces|no se|creo|casi|bueno|si)\b).*[^,]$)/,
  explainedNext:
    /^(?:y )?(?:era|fue|eran|lo (?:dije|decia|escribi|puse)) (?:solo |nomas |nada mas )?(?:por|de|sobre|para) (?:el|la|lo|los|las|un|una|mi|mis|que)\b(?!(?<=\bde (?:los|las)) (?:que|mas|primer[oa]s|poc[oa]s)\b)(?![^.]{0,40}\b(?:en serio|de verdad|vida)\b)|^(?:siempre )?lo (?:dice|dijo|decia) (?:riendose|riendo)\b|^se (?:rie|reia|rio)(?: sol[oa])? (?:cuando|mientras|al) (?:lo )?(?:dice|decia|dijo|cuenta|contaba)\b/,
  hedge:
    /\b(?:creo|no se(?! (?:preocup\w+|asust\w+|alarm\w+|angusti\w+))|no prometo|todavia|aun|por ahora|(?<!\bde )hoy(?! (?:fue|fui|tuve|estuve|ha sido|he tenido|me (?:paso|fue|toco))\b)|esta noche|quizas|quiza|tal vez|capaz|igual|supongo|a veces|de momento|por el momento|no estoy segur[oa]|no lo se|mas o menos|no tanto|pero(?! (?:buen[oa]|bien|bonit[oa]|lind[oa]|productiv[oa]|necesari[oa])\b)|aunque)\b|\?/,
  serious:
    /\bno tan (?:jaj\w*|broma|chiste|de broma|en broma)\b|\b(?:es en serio|lo digo en serio|hablo en serio|no lo digo (?:de broma|en broma|por decir)|no es (?:un decir|una forma de hablar|joda|broma|chiste|en broma|chiste)|no (?:estoy|ando) (?:jodiendo|bromeando)|no es como cuando digo|(?:bueno|pues|ok|okey|aunque|la verdad|mentira,?) si,? (?:es |va |lo digo )?(?:en serio|de verdad|de veras|la neta|neta|posta))\b/,
  distantPast:
    /\b(?:hace (?:(?:como|unos|casi|mas de|ya) )?(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|unos|varios|muchos|un par de) (?:anos|meses)|hace (?:un|mas de un) ano|el ano pasado|de (?:adolescente|chic[oa]|nin[oa]|joven)|cuando (?:era|tenia) (?:\d+|adolescente|chic[oa]|joven|mas joven|nin[oa])|a los (?:1[0-9]|2[0-9])\b|cuando me (?:divorcie|separe)|en (?:19|20)\d\d|^(?:y |pero )?antes(?! (?:de|que)\b))\b/,
  safeNow:
    /\bya paso y lo (?:trabaje|supere|sane)\b|\bno se me olvida de donde vengo\b|\b(?:lo|la|los|las|eso|esa etapa) (?:miro|veo|recuerdo) (?:de lejos|desde lejos|con ternura|con distancia|con carino|como algo lejano)\b|\b(?:sali|me fui|quede|me siento) (?:de ahi |de la sesion )?(?:mas )?livian[oa]\b|\b(?:hoy |ahora |ya )?(?:estoy|me siento|me encuentro) (?:muy |super |realmente )?(?:bien|mejor|a salvo|segur[oa]|en paz|en otro lugar|en un lugar (?:mejor|distinto|diferente))\b(?! (?:mal|no)\b)|\bcelebrar que sigo\b|\bcumpl\w* (?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce) (?:anos?|mes|meses|semanas?) sin (?:pensar en eso|pensarlo|intentarlo|cortarme|hacerme dano|lastimarme|recaer|autolesionarme|pensar en (?:morir|morirme|matarme|suicidarme|quitarme la vida|hacerme dano))\b|\b(?:hoy|ahora) me levanto con ganas\b|\bcumplo (?:\d+|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:anos?|meses) (?:limpi|sobri)[oa]s?\b|\bsigo aqui con ganas\b|\bya no vivo en (?:ese|aquel) (?:lugar|sitio|pozo|hoyo|infierno)\b|\bcumplo \d{3,} dias (?:limpi|sobri)[oa]s?\b|\bya no me (?:molestan?|afectan?|duelen?)\b|\b(?:esas|aquellas|las) (?:ideas|pensamientos|ganas) ya no (?:estan|aparecen|vienen|vuelven|me visitan)\b|\bya no tengo (?:esas|aquellas) (?:ideas|ganas)\b|\bcomo un logro\b|\bme senti (?:muy |tan |super )?(?:util|viv[oa]|orgullos[oa]|feliz|content[oa]|en paz|agradecid[oa])\b|\bhoy (?:fui|fuimos|estuve|estuvimos)\b[^.]{0,60}\b(?:baile|bailamos|me rei|nos reimos|disfrute|disfrutamos|cante|cantamos|la pase (?:bien|genial|increible|bomba|de lujo))\b|\b(?:una|esa|aquella) (?:epoca|etapa) (?:\w+ )?que ya (?:paso|termino|quedo atras)\b|\b(?:la terapia|el tratamiento|la medicacion|el litio|mi terapeuta|mi psicolog[oa]|el grupo) (?:\w+ ){0,3}me (?:cambio|cambiaron|salvo|salvaron) la vida\b|\blo lejos que estoy de (?:esa|aquella|la) (?:persona|etapa|epoca|version|chica|chico|mujer|hombre)\b|\b(?:me tatue|me hice un tatuaje|tatuarme)\b[^.]{0,40}\b(?:encima|sobre (?:ella|ellas|la cicatriz|las cicatrices|las marcas))\b/,
  recurring:
    /\b(?:otra vez|de nuevo|ultimamente|volv\w+ a|vuelv\w+ a|todavia|aun|sigo (?:pensando|queriendo|con ganas de (?:morir|matarme|desaparecer))|recaid\w*|reca\w+|esta noche|(?<!\b(?:la|esta|de|por|a) )manana|ayer|la semana pasada|anoche|volvieron|han vuelto|regresaron|no estoy bien)\b/,
  thirdPerson: new RegExp(
    `\\b(?:ella|ellos|ellas|(?:mi|un|una|la|el|su|tu|nuestr[oa]) (?:mejor )?(?:${KIN})|(?:dice|dijo|decia|diciendo|escribio|publico|subio) que|despidiendose|le (?:encontre|descubri|revise|pille|cache|vi)|(?<!\\bme )(?:encontre|descubri|note|vi) (?:las|unas|los|unos)(?=\\s*$| (?:marcas|cortes|cicatrices|heridas|quemaduras|cortadas|rayitas)\\b)|alguien|una chica|un chico|un pibe|una piba|un chavo|una chava|un flaco|una flaca|un morro|una morra|un man|un wey|un tipo|una tipa|un amigo|una amiga|mi prima|mi primo|un compa|una compa)\\b`,
    'g',
  ),
  firstPerson: new RegExp(
    `\\b(?:yo(?! (?:no )?(?:le|la|lo|les) creo\\b)|conmigo|(?<!\\b(?:de|del) )mi(?! (?:mejor )?(?:${KIN})\\b)|me(?! (?:dijo|dice|decia|conto|cuenta|escribio|escribe|mando|manda|pidio|pide|mostro|muestra|entrego|llamo|confeso|pregunto|aviso|contesta|contesto|respondio|enseno|preocupa|da miedo|da mucho miedo|asusta|tiene mal|tiene preocupad[oa]|tiembla|tiemblan)\\b| ?$)|estoy(?! (?:preocupad[oa]|asustad[oa]|muy preocupad[oa]|muy asustad[oa])\\b)|quiero|puedo(?! hacer\\b)|siento|tengo(?! (?:un )?(?:mal presentimiento|miedo)\\b)|soy)\\b`,
    'g',
  ),
};
