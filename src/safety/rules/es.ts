import { phrase, type RiskRule, type RuleSet } from '../rule';

/**
 * Spanish risk rules (written in Spanish, not translated), for Latin American and Spain usage,
 * voseo and everyday slang. Patterns are tried on one normalised sentence: lower case, no accents,
 * ñ as n ("munecas", "senor", "ojala"), leetspeak and repeated letters already folded.
 */
const M: Record<string, string> = {
  // Wanting, in every register: "quiero", "quisiera", "tengo ganas de", "me dan ganas de".
  WANT: 'quiero|quisiera|queria|quiera|quisiese|quisieras|deseo|deseaba|necesito|preferiria|prefiero|me gustaria|tengo ganas de|tenia ganas de|ganas de|me dan ganas de|me vienen ganas de|me entran ganas de|pienso en|pensando en|pense en|penso en|pienso|planeo|estoy por|voy a|vas a|me voy a|quiero ya|ya quiero|solo quiero|nomas quiero|nada mas quiero|necesito ya',
  DIE: 'morir|morirme|morirse|estar muert[oa]|estar bajo tierra|dejar de existir|dejar de vivir|no existir|no estar viv[oa]|no despertar|no despertarme|desaparecer del mundo|irme de este mundo|dejar este mundo',
  KILL_ME:
    'matarme|suicidarme|autoeliminarme|desvivirme|quitarme la vida|quitarme de en medio|quitarme del medio|quitar de en medio|acabar con mi vida|terminar con mi vida|poner fin a mi vida|ponerle fin a mi vida|acabar con mi existencia|darme un tiro|pegarme un tiro|volarme la cabeza|colgarme|ahorcarme|envenenarme|tirarme de un puente|matarme ya',
  KILL_THEM:
    'matarse|suicidarse|autoeliminarse|quitarse la vida|quitarse de en medio|acabar con su vida|terminar con su vida|poner fin a su vida|pegarse un tiro|darse un tiro|colgarse|ahorcarse|envenenarse|unalive|cortarse|hacerse dano|lastimarse|tirarse (?:de|del|desde|a|al|bajo|por) \\w+',
  BODY: 'brazos?|munecas?|muslos?|piernas?|panza|abdomen|estomago|piel|venas|antebrazos?|tobillos?|caderas?|cuerpo|pecho|manos?',
  MEANS:
    'pastillas|pastis|pildoras|capsulas|comprimidos|clonazepam|clona|rivotril|alplax|tafil|xanax|diazepam|lorazepam|lexotan|paracetamol|ibuprofeno|tramadol|antidepresivos|somniferos|pastillas para dormir|medicamentos|medicinas|remedios|blisters?|frascos?|frasquitos?|cajas de \\w+|soga|cuerda|veneno|raticida|matarratas|insulina|pistola|escopeta|revolver|arma|cuchillas|cuchilla|gillette|navaja|carbon|litio|quetiapina|sertralina|fluoxetina',
  HOARD:
    'guardad[oa]s?|guardando|guarde|guardo|guarda|tengo guardad[oa]s|junt(?:e|o|ado|adas|ados|ando|ada)|acumul\\w*|escond\\w*|compre|comprado|compradas|comprando|compro|consegui|conseguido|conseguidas|ahorrando|ahorre|almacen\\w*|reuni|reunido|reunidas|stock|apartad[oa]s|aparte|separad[oa]s',
  PLACE:
    'puente|azotea|techo|terraza|edificio|balcon|ventana|cornisa|baranda|barandal|piso \\d+|piso (?:diez|doce|quince|veinte|\\w+ce)|ultimo piso|vias|via del tren|las vias|tren|metro|subte|acantilado|precipicio|barranco|autopista|periferico|viaducto|mirador|muelle|rio|presa',
  THIRD_KIN:
    'amig[oa]s?|mejor amig[oa]|herman[oa]s?(?: \\w+)?|hermanit[oa]|mama|papa|madre|padre|vieja|viejo|jefa|jefe|novi[oa]|pareja|espos[oa]|marido|mujer|hij[oa]s?|prim[oa]s?|ti[oa]s?|abuel[oa]s?|compa|companer[oa]|roomie|sobrin[oa]|cunad[oa]|suegr[oa]|ex|vecin[oa]|alumn[oa]|paciente|pana|parcer[oa]|cuate|bro',
};

const p = (template: string) => phrase(M, template);

/** Several patterns as one: each alternative reads on its own line. */
const anyOf = (...patterns: RegExp[]) => new RegExp(patterns.map((r) => r.source).join('|'));

/** A joke said as one (laughter, "es broma"), but not "no es broma". */
const JOKE =
  /\bjaj|\bjej|\bjsj|\bxd+\b|\blol\b|\blmao\b|😂|🤣|😹|😆|(?<!no )\bes (?:broma|chiste|joda|coto)\b|(?<!no (?:es |estoy )?)\b(?:bromeando|de broma|de chiste|de joda|de cotorreo)\b/;

/** Idioms of exaggeration: "morirme de la verguenza", "muerta de risa". */
const HYPERBOLE =
  /\b(?:de|del|por la|de la|de tanta|de tanto) (?:risa|verguenza|pena|hambre|sueno|calor|frio|ganas|amor|envidia|aburrimiento|cansancio|nervios|ternura|celos|emocion|felicidad|gusto|sed|curiosidad|asco|miedo|susto|cringe|ansias|la risa|la verguenza|la pena|la emocion)\b/;

/** A trivial alternative: "prefiero morir antes que ir a la reunion". */
const TRIVIAL =
  /\bantes (?:que|de)\b[^.]{0,50}\b(?:reunion|examen|clase|fiesta|boda|gym|gimnasio|dentista|cumple\w*|karaoke|partido|oficina|zoom|junta|suegr\w*|lunes|misa|cola|fila|tramite|banco|presentacion|pescado|brocoli|reggaeton|camiseta|equipo|bailar|cantar|votar|madrugar|ejercicio|correr|ponerme|hinchar|cocinar|lavar|planchar|limpiar|comer|ver|escuchar|usar|trabajar un|pagar|ir)\b/;

/** A risk word as the subject of study, work, a title, or a charity. */
const TOPIC =
  /\b(?:escuadron|squad|pelicula|peli|serie|libro|novela|cancion|documental|taller|curso|charla|capacitacion|seminario|conferencia|ponencia|tesis|tesina|investigacion|articulo|ensayo|estadisticas?|tasas?|prevencion|campana|voluntari\w*|soy psicolog[oa]|frases como|ejemplos de frases|senales de alerta|para (?:profesores|docentes|padres|alumnos)|linea de (?:ayuda|crisis|prevencion)|carreras? suicidas?|mision suicida|clavados? suicidas?|kamikaze|cultura general|materia|clase de|monografia|podcast|periodis\w*|noticia|protocolo|guia)\b/;

/** Everyday accidents: a kitchen knife, paper, the iron, a game. */
const ACCIDENT =
  /\b(?:cocinando|picando|pelando|cortando (?:cebolla|pan|verdura|tomate|carne|papas)|con (?:un|el|una) (?:papel|hoja|cuchillo de cocina|lata|abrelatas|rallador)|un papel|la hoja|afeitando(?:me)?|rasurando(?:me)?|depilando(?:me)?|la plancha|el horno|la estufa|la olla|el sarten|la sarten|el sol|en la playa|sin querer|por accidente|accidentalmente|jugando|entrenando|en el gym|en el gimnasio|en el partido|futbol|me cai|me tropece|la puerta|la mesa|el mueble|el pelo|el cabello|el flequillo|la barba|las unas|las puntas|el dedo|la mano cocinando|mi gato|el gato|el perro|mi perro|el rosal|espinas|con la rama|contra la esquina|una esquina)\b/;

const RULES: readonly RiskRule[] = [
  // ── Third party: the same acts in the third person ──────────────────────
  {
    id: 'es.third-kill-self',
    category: 'explicit',
    pattern: p(
      '\\b(?:{KILL_THEM})\\b|\\bse (?:quiere|va a|iba a|queria|quiso|intento|piensa|puede|podria|trato de|amenaza con|amenazo con|esta por) (?:matar|suicidar|quitar la vida|colgar|ahorcar|envenenar|tirar (?:de|del|desde|a|al|bajo|por) (?:un|una|el|la|las|los) (?:{PLACE})|pegar un tiro|dar un tiro|cortar|hacer dano|lastimar|unalive)\\b|\\bse (?:mata|suicida|va a quitar la vida)\\b|\\b(?:quiere|quiso|intento|trato de|piensa en|pensando en|amenaza con|amenazo con|va a|anda pensando en) (?:morirse|morir|suicidarse|matarse|quitarse la vida)\\b|\\bse (?:esta|estaba|anda|sigue) (?:cortando|lastimando|haciendo dano|quemando|golpeando|autolesionando)\\b|\\bse (?:corta|corto|cortaba|lastima|lastimo|quema|quemo|quemaba|golpea|rasguna|autolesiona|autolesiono) (?:\\w+ ){0,2}(?:los|las|el|la|sus|su) (?:{BODY})\\b|\\bse (?:despidio|despide|esta despidiendo|estaba despidiendo)\\b|\\bdespidiendose\\b|\\b(?:ya )?no quiere (?:vivir|seguir viviendo|seguir vivo|seguir viva|existir|despertar|estar aqui)\\b|\\b(?:se|ya se) (?:canso|cansa) de vivir\\b|\\bquiere (?:irse|ir) con dios\\b',
    ),
    unless: anyOf(
      TOPIC,
      JOKE,
      HYPERBOLE,
      ACCIDENT,
      /\bhace (?:\w+ ){0,2}(?:anos|meses|tiempo|decadas)\b|\b(?:se suicido|se mato|se quito la vida) (?:en|cuando|el ano|antes)\b/,
      /\bse (?:corta|corto|cortaba) (?:el|la|las) (?:pelo|cabello|unas|luz|leche|agua|internet|senal|llamada)\b/,
      /\bse (?:despidio|despide) (?:de (?:su|el) trabajo|del trabajo|de la empresa|de (?:la|su) oficina|con un beso|con la mano|hasta manana|hasta el lunes|y se fue a dormir)\b/,
      /\b(?:matarse|se mata) (?:estudiando|trabajando|entrenando|de risa)\b/,
      /\b(?:vivir|existir) (?:en|con|cerca|lejos|alla|aca|aqui|ahi|junt[oa]s)\b/,
    ),
    about: 'other',
    negationProof: true,
  },
  {
    id: 'es.third-said',
    category: 'indirect',
    // Reported words: "dice que ya no puede mas", "anda diciendo que nada tiene sentido".
    pattern:
      /\b(?:dice|dijo|decia|diciendo|escribio|puso|publico|subio|repite|anda diciendo|me dice|me dijo|me escribio|me conto|me mando)\b[^.]{0,40}\b(?:ya no (?:puede|aguanta|soporta) mas|no (?:puede|aguanta) mas|nada tiene sentido|(?:estamos|estan|estariamos|estarian|estaran) mejor sin (?:el|ella)|es una carga|nadie (?:lo|la) va a extranar|nadie (?:lo|la) extranaria|(?:ya )?esta list[oa]|se (?:quiere|va a) ir para siempre|quiere desaparecer|hoy es su ultimo dia|su ultimo dia|se acaba todo|terminar con (?:esto|todo)|acabar con (?:esto|todo)|no va a molestar mas|ya no (?:va|voy) a molestar mas|quiere irse con dios|que se (?:la|lo) lleve|para cuando llegue el momento)\b/,
    unless: anyOf(JOKE, /\b(?:trabajo|oficina|empresa|equipo|partido|calor|trafico|examen|dieta)\b/),
    about: 'other',
    negationProof: true,
  },

  {
    id: 'es.third-means',
    category: 'explicit',
    // Someone else's means: "tiene unas pastillas guardadas", "esconde las pastillas", "compro la soga".
    pattern: p(
      '\\b(?:tiene|tenia) (?:\\w+ ){0,3}(?:{MEANS}) (?:\\w+ ){0,2}(?:{HOARD})\\b|\\b(?:guarda|guardaba|esconde|escondia|junta|juntaba|acumula|acumulaba|consiguio) (?:\\w+ ){0,3}(?:{MEANS})\\b|\\bcompro (?:la|una) (?:soga|cuerda|pistola|escopeta|arma)\\b|\\b(?:{MEANS}) (?:\\w+ ){0,3}(?:{HOARD})\\b[^.]{0,30}\\b(?:de|en) (?:mi|su) (?:{THIRD_KIN})\\b|\\bse encerro\\b[^.]{0,40}\\b(?:cuchillas?|pastillas|navaja|soga|cuerda|arma|pistola|escopeta)\\b',
    ),
    unless:
      /\b(?:receta|botiquin|gripe|resfri\w*|alergia|dolor de cabeza|viaje|vacaciones|camping|mudanza|tendedero|ratas?|ratones|plaga|vencid[oa]s|jardin)\b/,
    about: 'other',
  },
  {
    id: 'es.third-affairs',
    category: 'indirect',
    pattern:
      /\bregal(?:o|aba) (?:casi )?(?:todas )?sus cosas\b|\b(?:me dijo|dice|dijo) que ya (?:estaba|esta) list[oa]\b|\bestarian mejor con el seguro\b/,
    about: 'other',
  },
  // ── Explicit: the words for suicide ─────────────────────────────────────
  {
    id: 'es.suicide-word',
    category: 'explicit',
    // "suicidio", "suicida", "suicidar", "ctb", "kms", "sewerslide": a mention is risk unless a topic,
    // a title, or a death told in the past (grief).
    pattern:
      /\b(?:suicidio|suicidios|suicida|suicidas|suicidar|suicidarme|suicidandome|me suicido|me suicide|ideas? suicidas?|ideacion suicida|pensamientos suicidas|ctb|kms|unalive\w*|sewerslide|autoeliminar\w*|autoeliminacion|desvivirme|desvivir)\b/,
    unless: anyOf(
      TOPIC,
      JOKE,
      /\b(?:se suicido|se suicidaron|se quito la vida) hace\b|\b(?:perdi\w*|murio|fallecio|muerte|perdimos)\b[^.]{0,30}\bpor suicidio\b/,
      /\b(?:no soy|no estoy|nunca fui|nunca he sido|no me siento) (?:una? )?suicida\b(?![^.]{0,30}\b(?:pero|aunque)\b)/,
    ),
    about: 'self',
  },
  {
    id: 'es.kill-self',
    category: 'explicit',
    pattern: p(
      '\\b(?:{KILL_ME})\\b|\\bme (?:quiero|voy a|vas a|iba a|pienso|podria|quisiera|tengo que|dan ganas de|quise|quiere|deberia|iria a|voy) (?:matar|suicidar|quitar la vida|quitar de en medio|quitar del medio|colgar|ahorcar|envenenar|pegar un tiro|dar un tiro|volar la cabeza|tirar (?:de|del|desde|a|al|bajo|por) (?:un|una|el|la|las|los) (?:{PLACE}))\\b|(?:^|\\b(?:yo|ya|hoy|asi|mejor|juro que|y|que|o|entonces|ahorita|ahora)) me mato\\b(?! (?:el|la|los|las|de|del|con|tu|su|sus|tus|ese|esa|este|esta|eso|esto|mi jefe|trabajando|estudiando|entrenando|a (?:trabajar|estudiar|entrenar)|por (?:ti|vos|usted|ella|el|ustedes)))|\\bme quito (?:de en medio|del medio|la vida)\\b|\\bdejar de respirar\\b|\\b(?:matame|mátenme) (?:ya|por favor|porfa)\\b(?! camion)',
    ),
    unless: anyOf(
      JOKE,
      HYPERBOLE,
      /\bmatarme (?:estudiando|trabajando|entrenando|en el gym|en el gimnasio|a estudiar|a trabajar|de (?:risa|hambre))\b/,
      /\bsi (?:me|mi) (?:mama|papa|madre|padre|vieja|viejo|jefe|jefa|profe) (?:se entera|ve|sabe)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.want-die',
    category: 'explicit',
    pattern: p(
      '\\b(?:me )?(?:{WANT}) (?:{DIE})\\b|\\bme quiero (?:\\w+ )?morir\\b|\\bmejor muert[oa] que\\b|\\bme (?:quisiera|queria|quiero|voy a) morir\\b|\\bojala (?:me muera|me muriera|me muriese|estuviera muert[oa]|estar muert[oa]|no existiera|no despertar|no despierte|no despertara|desaparecer|desapareciera)\\b|\\bquisiera estar muert[oa]\\b|\\b(?:prefiero|preferiria|mejor) estar muert[oa]\\b|\\bganas de (?:morir|morirme|estar muert[oa]|no estar|no existir|desaparecer para siempre)\\b|\\b(?:ya )?no quiero (?:vivir|seguir viviendo|seguir vivo|seguir viva|estar viv[oa]|existir|seguir existiendo|despertar|despertarme|vivir mas|seguir aqui|seguir aca|estar aqui)\\b|\\bni quiero (?:vivir|existir|despertar)\\b|\\bestoy (?:tan |muy )?(?:cansad[oa]|harta|harto) de (?:vivir|estar viv[oa]|existir|seguir viv[oa])\\b|\\bme canse de vivir\\b',
    ),
    unless: anyOf(
      JOKE,
      HYPERBOLE,
      TRIVIAL,
      /\b(?:vivir|existir|estar) (?:en|con|cerca|lejos|alla|aca|aqui|ahi|junt[oa]s|de alquiler|sol[oa] en)\b(?! (?:este mundo|esta vida|la tierra))/,
      /\bdespertar(?:me)? (?:temprano|a las|tan temprano|mañana|manana temprano|el lunes)\b/,
    ),
    about: 'self',
    negationProof: true,
  },
  {
    id: 'es.end-it-all',
    category: 'explicit',
    // "acabar con todo", "terminar con esto", "ponerle fin a todo", "irme para siempre".
    pattern:
      /\b(?:acabar|terminar|acabarlo|terminarlo|terminarla|acabarla|poner fin|ponerle fin|ponerle punto final|cortar|dar fin) (?:con |a )?(?:todo|esto|esta vida|mi sufrimiento|el sufrimiento|mi dolor|todo de una vez|esto de una vez|todo ya|mi historia)\b(?! (?:lo que|lo de|el (?:trabajo|proyecto|tema|papeleo|informe|curso|libro|semestre)|la (?:tarea|comida|pizza|serie|temporada|botella)|los (?:pendientes|tramites|deberes)|las (?:tareas|pendientes))\b)|\b(?:irme|ir|me voy|me quiero ir)(?: de (?:aqui|aca))? para siempre\b|\bya se como lo voy a hacer\b|\blo tengo decidido\b|\b(?:irme|me voy|me quiero ir|desaparecer|dormir|descansar) para siempre\b|\b(?:el|mi) descanso eterno\b|\b(?:irme|me voy a ir|me quiero ir|quisiera irme|salir|salirme) de este mundo\b|\bdejar este mundo\b|\besto se acaba (?:hoy|esta noche|manana)\b/,
    unless: anyOf(
      JOKE,
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
    unless: anyOf(TOPIC, /\b(?:les|te|le) parece que (?:tambien )?hable de\b/),
    about: 'self',
  },
  {
    id: 'es.cut-self',
    category: 'explicit',
    pattern: p(
      '\\b(?:cortarme|cortandome|me corte|me corto|me cortaba|me he cortado|me estoy cortando|me estuve cortando|me volvi a cortar|me vuelvo a cortar|me quiero cortar|me voy a cortar|me dan ganas de cortarme|me hice cortes|me hago cortes|hacerme cortes|rajarme|me raje|me rajo|abrirme las venas|cortarme las venas)\\b(?! (?:el|la|las|los|un|una) (?:pelo|cabello|flequillo|barba|unas|punta|puntas|fleco|dedo|mano|labio|lengua|bigote|patilla)|con (?:el|la) (?:\\w+ )?(?:papel|hoja|lata|cuchillo de cocina)|con (?:el|ella|ellos|mi ex)\\b)',
    ),
    unless: anyOf(ACCIDENT, TOPIC, JOKE),
    about: 'self',
  },
  {
    id: 'es.cut-marks',
    category: 'explicit',
    pattern: p(
      '\\b(?:cortes|cortadas|cortaditas|cicatrices|rayitas|heridas|marcas|rasgunos|quemaduras)\\b (?:\\w+ ){0,3}(?:en|de) (?:los|las|mis|el|la|mi|sus|su) (?:{BODY})\\b|\\b(?:mis|los|las) (?:{BODY}) (?:\\w+ ){0,2}(?:llen[oa]s? de|con) (?:cortes|cortadas|cicatrices|heridas|marcas|rayitas)\\b|\\b(?:{BODY}) (?:marcad[oa]s|cortad[oa]s|rajad[oa]s) (?:de|por) lo que me hice\\b|(?:🔪|🩸|🗡️?)[^.]{0,30}\\b(?:otra vez|de nuevo|en (?:los|las|mis|el|la) (?:{BODY}))\\b',
    ),
    unless: anyOf(
      ACCIDENT,
      TOPIC,
      /\b(?:operacion|cirugia|tatuaje|cesarea|varicela|acne|estrias|gato|mosquitos?|picaduras?)\b/,
    ),
  },
  {
    id: 'es.harm-self',
    category: 'explicit',
    pattern:
      /\b(?:hacerme dano|me hago dano|me hice dano|me hacia dano|me estoy haciendo dano|me quiero hacer dano|me voy a hacer dano|lastimarme|me lastimo|me lastime|me lastimaba|me estoy lastimando|me quiero lastimar|me voy a lastimar|autocastigarme|castigarme (?:fisicamente|con)|quemarme|me queme|me quemo|me quemaba|me quemaba|golpearme|me golpeo|me golpee|me golpeaba|darme golpes|me doy golpes|me di golpes|me daba golpes|pegarme|me pego|me pegue|me pegaba|rasgunarme|me rasguno|me rasgune|aranarme|me arano|me arane|morderme|me muerdo hasta|arrancarme (?:el pelo|la piel|las costras))\b/,
    // Only with intent, a wound, or the body as the target: "me queme con la plancha" is an accident.
    unless: anyOf(
      ACCIDENT,
      JOKE,
      /\bme (?:pego|pegue|pegaba) (?:un|una|el|la|unos|unas) (?!golpes? (?:contra|en la cabeza))\w+/,
      /\b(?:pegarme|pegue|pego) (?:a|con|al|la) (?:\w+ )?(?:cama|sol|serie|tele|celu|telefono|pared para dormir|grupo)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.blade-unused',
    category: 'explicit',
    pattern:
      /\b(?:la|una|las|mi|el|un|unas|mis) (?:cuchilla|cuchillas|navaja|navajas|gillette|hoja de afeitar|hojita|sacapuntas|cutter|bisturi|exacto|trincheta)s?\b[^.]{0,60}\b(?:en la mano|en mi mano|en las manos|sin usarla|sin usar|mirandola|mirando|la mire|la mira|agarrada|agarre|agarro|sostenia|sosteniendo|sostengo|tengo guardada|guardada|escondida|escondi|escondo|debajo del colchon|en el cajon|no la use|no las use|cerca|conmigo|me quede)\b|\b(?:agarre|tengo|tenia|tome|sostengo|sostuve|saque|busque|compre)\b (?:\w+ ){0,3}(?:cuchilla|cuchillas|navaja|gillette|hoja de afeitar|sacapuntas desarmado|cutter|bisturi|trincheta)\b(?! (?:nueva para afeitar|de afeitar nueva))/,
    unless: anyOf(
      ACCIDENT,
      /\b(?:afeitarme|afeitar|barba|depilar\w*|piernas para depilar|lapiz|lapices|carpinteria|manualidades|cartulina|maqueta|pescar|camping|cocina)\b/,
    ),
  },

  // ── Explicit: means, notes, goodbyes, methods, attempts, plans ─────────
  {
    id: 'es.means-hoarded',
    category: 'explicit',
    pattern: p(
      '\\b(?:{HOARD})\\b[^.]{0,50}\\b(?:{MEANS})\\b|\\b(?:{MEANS})\\b[^.]{0,40}\\b(?:{HOARD})\\b|\\bpor si acaso\\b[^.]{0,30}\\b(?:{MEANS})\\b|\\b(?:{MEANS})\\b[^.]{0,30}\\bpor si acaso\\b',
    ),
    unless: anyOf(
      JOKE,
      /\b(?:(?:con|sin) receta|botiquin|farmacia de turno|gripe|resfri\w*|alergia|dolor de cabeza|viaje|vacaciones|camping|mudanza|tendedero|ropa|jardin|para (?:el|la|mi) (?:perro|gata?|abuel[oa]|mama|papa)|ratas? (?:en|del)|ratones|plaga|hormigas|cucarachas|vencid[oa]s|devolv\w*|tirarl[oa]s|desechar|regalo|juguete|escalada|bolsa de dormir|obra|reciclaje|cuerda de saltar|saltar la cuerda|guitarra)\b/,
    ),
  },
  {
    id: 'es.note-after',
    category: 'explicit',
    pattern:
      /\b(?:carta|cartas|nota|notas|mensaje|mensajes|video|videos|audio|audios)\b[^.]{0,50}\b(?:para (?:despues|cuando (?:ya )?no (?:este|estemos)|cuando me vaya|cuando falte|que (?:la |lo |las |los )?lean despues|cuando me encuentren)|de despedida|de adios|suicidas?|de suicidio|despidiendome|para mi familia por si)\b|\b(?:carta|cartas|nota|notas)\b[^.]{0,60}\b(?:para que (?:la |lo |las |los )?(?:lea|lean|leyera|leyeran|encuentre|encuentren|encontrara|encontraran)(?: despues)?|(?:pa|para) cuando me encuentren|la van a leer|escritas? para (?:mis|mi) \w+)\b|\b(?:pa|para) cuando me encuentren\b|\b(?:escribi|escribo|estoy escribiendo|deje|dejo|tengo escritas?|redacte|grabe) (?:una |las |unas |mis |la )?(?:cartas?|notas?) (?:de )?(?:despedida|adios|para (?:mi familia|mis papas|mi mama|cada uno))\b|\bcartas? (?:de )?despedida\b/,
    unless: anyOf(
      TOPIC,
      /\b(?:jubilacion|trabajo|oficina|colegio|escuela|graduacion|mudanza|intercambio|renuncia|viaje|profe|maestr[oa]|despedida de solter[oa])\b/,
    ),
  },
  {
    id: 'es.goodbye-final',
    category: 'explicit',
    pattern:
      /\b(?:este es mi ultimo mensaje|mi ultimo mensaje|mi ultima noche|mi ultimo dia|este es mi adios|adios a todos|adios para siempre|me despido de (?:todos|ustedes|todo|ti|vos) para siempre|me despido de todos|me despido para siempre|ya no me van a ver|no me van a volver a ver|no me vas a volver a ver|no me volveran a ver|fue un gusto conocer(?:los|las|te)|perdon(?:enme|ame|ame)? por lo que voy a hacer|cuiden (?:a|de) (?:mi|mis) (?:perr\w*|gat\w*|mascotas?|hij\w*|mama|madre|plantas)|cuida (?:a|de) (?:mi|mis) (?:perr\w*|gat\w*|mascotas?|hij\w*|plantas)|ya (?:estoy|estaba) list[oa] para irme|se acaba (?:hoy|esta noche)|hoy es (?:mi|su) ultimo dia)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:trabajo|oficina|empresa|colegio|escuela|facu|universidad|pais|ciudad|grupo|chat|vacaciones|viaje|mudanza|intercambio|de la semana|del ano|del mes|de clases|de trabajo|en (?:la|el) (?:empresa|oficina|trabajo|escuela|colegio)|sesion|pasantia|contrato|curso|verano)\b/,
    ),
  },
  {
    id: 'es.jump',
    category: 'explicit',
    pattern: p(
      '\\b(?:tirarme|me tiro|me tire|me voy a tirar|me quiero tirar|me queria tirar|aventarme|me avento|me avente|lanzarme|me lanzo|me lance|arrojarme|me arrojo|me arroje|botarme|me boto|saltar|salto|salte|me quise tirar|me iba a tirar|tirarse|se tira|se tiro|se va a tirar|se quiere tirar|aventarse|lanzarse|arrojarse) (?:de|del|desde|por|a|al|bajo|frente a|delante de|enfrente de|abajo de)(?: (?:un|una|el|la|las|los|mi|este|ese|esa|aquel))? (?:{PLACE})\\b|\\b(?:no|casi|por poco|estuve a punto de|a nada de) (?:salte|me tire|me avente|me lance|me arroje|salto)\\b|\\b(?:pensando|pense|pienso|ganas|tentad[oa]) (?:en |de )?(?:tirarme|aventarme|lanzarme|arrojarme|saltar)\\b(?! (?:en|a la|al|sobre|a|de cabeza a) (?:la |el )?(?:cama|sofa|sillon|piscina|pileta|alberca|pasto|arena|agua|mar|fiesta))|\\b(?:el|un|ese|aquel) (?:{PLACE}) que me llama\\b|\\bestoy en (?:la azotea|el techo|el borde|la cornisa|el puente|las vias)\\b|\\bno se si voy a bajar\\b|\\b(?:el piso mas alto|cuanta altura|que altura|la altura)\\b[^.]{0,50}\\b(?:subir|se necesita|alcanza|sin que me vean|suficiente|para morir)\\b|\\b(?:bolsillos (?:llenos )?de piedras|piedras en los bolsillos)\\b|\\b(?:carro|auto|coche|motor)\\b[^.]{0,30}\\bgaraje cerrado\\b|\\b(?:estuve|estaba|me quede|me pare|fui|subi|me subi|sub)(?: \\w+){0,4} (?:en|a|al|hasta|sobre) (?:el|la|las) (?:borde|cornisa|baranda|barandal|azotea|orilla del puente|puente|vias|ultimo piso|piso \\d+)\\b[^.]{0,60}\\b(?:mirando (?:hacia |para )?abajo|mirando (?:el agua|al vacio|el vacio|las vias|los autos|el rio|el mar)|pensando|saltar|no salte|tirarme|horas|un rato|llorando|sol[oa]|de noche)\\b',
    ),
    unless: anyOf(
      JOKE,
      /\b(?:piscina|pileta|alberca|al agua|al mar|al lago|al rio|a nadar|nadar|clavado|bungee|paracaidas|paracaidismo|tirolesa|parapente|puenting|sofa|sillon|cama|pasto|arena|colchon|tobogan|trampolin|a la fiesta|al ruedo|a la pileta|foto|fotos|turis\w*|paseo|atardecer|vista|concierto|literal|literalmente|asado|parrilla|tomando sol|cerveza)\b/,
      TOPIC,
    ),
  },
  {
    id: 'es.crash-on-purpose',
    category: 'explicit',
    pattern:
      /\b(?:chocar|choque|choco|estrellar|estrellarme|estrelle|me estrelle|chocarme|volantazo|meterme|me meti|cruzarme|me cruce|me atraves\w*|atravesarme)\b[^.]{0,50}\b(?:a proposito|adrede|queriendo|apropósito|a drede|con intencion|intencionalmente|para no volver|para que se acabe|para morir|para matarme)\b|\b(?:a proposito|adrede)\b[^.]{0,30}\b(?:contra (?:un|una|el|la) (?:arbol|muro|pared|poste|camion|trailer|tren|barranco)|al carril contrario|delante de (?:un|una|el) (?:camion|tren|carro|auto|coche|bus))\b/,
    unless: /\bno (?:fue|era) a proposito\b|\bsin querer\b/,
  },
  {
    id: 'es.overdose',
    category: 'explicit',
    pattern: p(
      '\\b(?:me tome|me trague|tomarme|tragarme|me voy a tomar|me quiero tomar|me tomo|me tomaria|me las tome|me las trague|tomarmelas|tragarmelas|me tome de golpe|se tomo|se va a tomar|se trago)\\b (?:\\w+ ){0,3}(?:la caja entera|toda la caja|las cajas|el frasco entero|todo el frasco|un frasco|el frasco|el blister entero|todo el blister|todas las (?:pastillas|pastis|pildoras)|todas mis (?:pastillas|pastis|pildoras|medicinas)|todas sus (?:pastillas|pastis|pildoras|medicinas)|un punado|un monton de (?:pastillas|pastis|pildoras)|(?:\\d+|veinte|treinta|cuarenta|cincuenta|quince|diez|doce) (?:pastillas|pastis|pildoras|clonazepam|rivotril)|todo lo que (?:habia|tenia|encontre)|todas juntas|de una)\\b|\\bsobredosis\\b|\\bme pase de pastillas\\b|\\bcuantas (?:pastillas|pildoras) (?:son|es|hacen falta|se necesitan)\\b|\\bdosis (?:mortal|letal)\\b|\\b(?:pastillas|pildoras)\\b[^.]{0,30}\\b(?:mortal|mortales|letal|letales|para no despertar|para morir)\\b|\\b(?:me hicieron|hacerme) un lavado (?:de estomago|gastrico)\\b',
    ),
    unless: anyOf(
      JOKE,
      TOPIC,
      /\bsobredosis de (?:chocolate|azucar|cafe|series|memes|netflix|trabajo|informacion|amor|dulce|dulces|pizza|tiktok|reuniones|anime|k-?pop|vitamina|cafeina|mate|emociones|drama|ternura|gatitos|musica|redes|estudio|carbohidratos)\b/,
      /\b(?:guardia|turno|paciente|pacientes|atendimos|atendi|llego una|llego un|ingreso|ingresaron|internaron a|enfermer[oa]|medic[oa]|residente|rotacion|ambulancia|en el hospital donde trabajo|sobredosis de (?:un|una) (?:paciente|chica|chico|senor|senora|joven))\b/,
      /\b(?:para el (?:dolor|resfrio|cólico|colico)|antibiotico|vitaminas|anticonceptivas|receta|el medico me dijo|me las recetaron)\b/,
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
      /\b(?:ya lo intente|lo intente (?:antes|una vez|otra vez|dos veces|tres veces|el ano pasado|hace|a los|cuando|de nuevo)|mi (?:primer|ultimo|segundo|tercer) intento|intentos? (?:de suicidio|previos?|anteriores?)|intente (?:matarme|suicidarme|quitarme la vida|ahorcarme|colgarme|tirarme|envenenarme|cortarme|acabar con todo)|intento de (?:quitarme|suicidio)|la vez que lo intente|cuando lo intente)\b/,
    unless: anyOf(
      /\b(?:apagar|prender|reiniciar|dieta|examen|receta|cocinar|aprender|ejercicio|gym|instalar|manejar|tramite|llamar|entrevista|cantar|contactar|correr|dejar de fumar|meditar|yoga)\b/,
      TOPIC,
    ),
    about: 'self',
  },
  {
    id: 'es.plan',
    category: 'explicit',
    pattern:
      /\b(?:ya )?(?:tengo|tenia) (?:todo )?(?:pensado|planeado|decidido|calculado|resuelto|organizado) (?:como|cuando|el como|el cuando|la fecha|el dia|el lugar|el metodo|todo|como y cuando|como hacerlo|donde)\b|\bya (?:tengo|elegi|decidi|fije|puse) (?:la fecha|el dia|el plan|fecha|el metodo|el lugar|como hacerlo|como lo voy a hacer|cuando lo voy a hacer)\b|\b(?:tengo|tenia) todo (?:pensado|planeado|calculado)[,:]? (?:como|cuando|donde)\b|\bya decidi (?:terminar|acabar|hacerlo|irme|cuando)\b|\bes cuestion de (?:dias|tiempo|horas)\b|\b(?:ya|todo) (?:esta|estaba) (?:decidido|listo|planeado)(?: todo)?\b[^.]{0,20}$/,
    unless: anyOf(
      /\b(?:boda|viaje|fiesta|vacaciones|mudanza|cumple\w*|examen|cita|entrega|parto|cirugia|casamiento|concierto|graduacion|tesis|presentacion|reunion|renuncia|viajar|mudarme|menu|regalo|disfraz|operacion|entrevista|vuelo|boletos|pasajes|salida|paseo|evento|curso|dieta|entreno|maraton|recital|obra|proyecto|negocio|tatuaje|salon|torta|pastel|proxima semana lo hablamos)\b/,
    ),
  },

  // ── Indirect: giving up, hopelessness ───────────────────────────────────
  {
    id: 'es.cant-go-on',
    category: 'indirect',
    pattern:
      /\b(?:ya )?no (?:puedo|aguanto|soporto|doy|resisto) mas\b|\bya no (?:puedo|aguanto|soporto)\b(?! (?:esperar|mas esperar|las ganas|ver|oir)\b)|\bno (?:puedo|aguanto) (?:mas )?con (?:esto|mi vida|la vida|todo|este dolor|esta vida)\b|\bno (?:puedo|aguanto|soporto) ya mas\b|\bme (?:rindo|rendi)\b|\bbajo los brazos\b|\bno (?:tengo|me quedan) (?:mas )?fuerzas\b(?! (?:para (?:ir|salir|cocinar|limpiar|el gym|entrenar|estudiar|trabajar)))|\bno (?:pienso|quiero|puedo) seguir (?:luchando|peleando|intentando|pelandola)\b|\bme di por vencid[oa]\b|\b(?:estoy|me siento) (?:cansad[oa]|agotad[oa]|harta|harto) de (?:todo|luchar|seguir|intentarlo|existir|sobrevivir|pelear|sentirme asi)\b|\bno me quedan (?:fuerzas|ganas)\b|\bya no tengo (?:fuerzas|ganas de nada|ganas de seguir|por que seguir)\b|\bno se (?:como|para que) seguir viviendo\b|\bno tengo (?:razones|motivos|razon|nada) (?:pa|para|de|por) (?:quedarme|seguir|vivir)\b|\bno tengo nada (?:que esperar|por (?:lo )?que vivir|mas que hacer (?:aqui|aca|en este mundo))\b|\bya cumpli mi ciclo\b|\bpara que (?:voy a seguir|seguir|sigo|vivo|vivir|luchar|intentarlo|seguir intentando|levantarme)\b/,
    unless: anyOf(
      JOKE,
      HYPERBOLE,
      /\b(?:con (?:este|el|la|tanto|tanta|esta) (?:calor|frio|trafico|tarea|examen|ruido|lluvia|vecino|obra|dieta|resaca|dolor de (?:muelas|cabeza|espalda))|de (?:lleno|comer|comida)|del gusto|de la emocion|esperar|a que (?:llegue|lleguen|sea|empiece|salga)|por (?:verte|verlos|ir|el viaje|las vacaciones|el concierto|el finde)|hasta el viernes|el finde|las vacaciones)\b/,
      /\bme rindo\b[^.]{0,20}\b(?:ante|contigo|con vos|con este juego|con el sudoku|con este nivel|tu ganas|ganaste|gano)\b|\b(?:juego|nivel|partida|crucigrama|sudoku|wordle|puzzle|rompecabezas)\b/,
    ),
    about: 'self',
    negationProof: true,
  },
  {
    id: 'es.no-meaning',
    category: 'indirect',
    pattern:
      /\bnada tiene sentido\b|\b(?:mi vida|la vida|vivir|seguir|existir|seguir viviendo|levantarme) (?:ya )?no tiene (?:ningun )?sentido\b|\bno le (?:veo|encuentro) (?:ningun )?(?:sentido|caso|chiste) a (?:nada|la vida|vivir|seguir|mi vida|existir|seguir viviendo)\b|\bya no le veo (?:caso|sentido)\b|\bno (?:veo|tengo|hay) (?:ningun |un )?futuro\b|\bsin futuro\b|\b(?:esto|nada|mi vida|la vida|esta mierda) no va a (?:mejorar|cambiar) (?:nunca|jamas)\b|\bnunca va a mejorar\b|\bnada va a (?:cambiar|mejorar)\b|\bno hay (?:ninguna )?esperanza\b|\b(?:ya )?perdi (?:toda )?(?:la )?esperanza\b|\bsin esperanza\b|\bnada vale la pena\b|\bno vale la pena (?:vivir|seguir|nada)\b|\bvivir no vale la pena\b|\bno (?:tengo|encuentro|hay) (?:ninguna )?razon (?:para|de) (?:vivir|seguir)\b|\bno hay (?:nada|nadie) por (?:lo|quien) (?:que )?(?:vivir|seguir)\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:partido|equipo|seleccion|serie|temporada|final|pelicula|libro|trama|gobierno|politica|pais|economia|trafico|transporte|wifi|internet|impresora|tren|bus|examen|clase|empresa|proyecto|relacion con (?:mi|el|la)|ese (?:chico|tipo)|esa (?:chica|mina)|con (?:el|ella))\b/,
    ),
    about: 'self',
    negationProof: true,
  },

  // ── Indirect: burden, worthlessness, vanishing ──────────────────────────
  {
    id: 'es.burden',
    category: 'indirect',
    pattern:
      /\b(?:soy|me siento|solo soy|seria|sigo siendo|no soy mas que) (?:una |un |como una |como un )?(?:carga|estorbo|peso muerto|peso|molestia|problema para todos|lastre)\b|\b(?:estarian|estarian|estaran|estarias|vivirian|estan|estariamos|estaria) (?:todos |todas )?(?:mejor|mas tranquil[oa]s|mas felices|en paz) sin mi\b|\b(?:mejor|mas facil|mas tranquilo|mejor para todos) (?:para todos )?(?:si|que) (?:yo )?(?:no (?:estuviera|existiera|estoy|existo)|desapareciera|desaparezco|me muriera|me muero|me fuera para siempre)\b|\b(?:estarian|estaria|seria|serian|vivirian|estaran) (?:todos |todas )?(?:mejor|mas tranqui\w*|mas felices|en paz) (?:si (?:yo )?(?:no estuviera|no existiera|me fuera|desapareciera|no estoy)|sin (?:mi|tener que (?:bancarme|aguantarme|cuidarme|lidiar conmigo|cargar conmigo)))\b|\bmas tranqui\w* sin mi\b|\b(?:se van a alegrar|van a estar mejor|estaran mejor|descansaran) cuando (?:ya )?no (?:este|exista)\b|\bdejar de molestar (?:a todos|a nadie|para siempre|a todo el mundo)\b|\b(?:eres|ser) una carga\b|\bles quitaria (?:un|el|este) (?:peso|problema)\b|\b(?:el mundo|todo|todos|mi familia) (?:seria|serian|estaria|estarian) mejor sin mi\b|\bsin mi (?:estarian|estan|estaran|serian) mejor\b|\bsolo (?:les )?(?:causo|doy|traigo) problemas\b|\bno (?:voy|vuelvo) a molestar (?:mas|a nadie)\b|\bya no (?:voy a )?(?:ser|seguir siendo) una carga\b/,
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
    pattern:
      /\bdesaparecer (?:para siempre|del mapa para siempre|de una vez|sin dejar rastro|de este mundo)\b|\b(?:quiero|quisiera|ojala pudiera|ganas de|solo quiero|me gustaria) desaparecer\b(?! (?:del|de la|de las|de los|un rato|unos dias|una semana|el finde|un finde|de vacaciones|de aqui por hoy))|\bnadie (?:lo |me |se )?(?:notaria|notaria|extranaria|echaria de menos|se daria cuenta|va a notar|va a extranar|me va a extranar|me extranaria|notaria si)\b|\bnadie me (?:extranaria|echaria de menos|va a extranar|extranaria)\b|\bsi (?:yo )?(?:desaparezco|desapareciera|me muero|me muriera|no estuviera) nadie\b|\bno (?:le )?har(?:ia|e) falta a nadie\b|\balguien (?:lo |me |se )?(?:notaria|extranaria|buscaria|echaria de menos|se daria cuenta)\b|\b(?:me voy|me fuera|irme) (?:lejos )?(?:y no vuelvo nunca|del todo|y no volver)\b|\b(?:quisiera|quiero|ojala|mejor|seria mejor|sería mejor|que seria mejor|solo) no estar\b(?! (?:en|aqui|ahi|con|para|tan|de|solo|sola|presente|enferm))|\bno me esperen\b[^.]{0,60}\b(?:ninguna|nunca mas|nunca)\b|\bni en (?:esa|esta) ni en ninguna\b|\bya casi no estoy\b/,
    unless: anyOf(
      JOKE,
      HYPERBOLE,
      /\bdesaparecer (?:de|del|de la|de las|de los|en) (?:\w+ )?(?:grupo|chat|whatsapp|redes|instagram|tiktok|facebook|oficina|fiesta|reunion|junta|clase|examen|vacaciones|playa)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.worthless',
    category: 'indirect',
    pattern:
      /\bperdon(?:en)? por existir\b|\b(?:yo|siento que|creo que) sobro\b|\bsobro en (?:este mundo|todos lados|esta familia|esta casa|mi casa|la vida)\b|\b(?:estoy|siento que estoy) de mas (?:en este mundo|en todos lados|aqui|aca|en la vida|en mi casa|en mi familia)\b|\bno sirvo para nada\b|\bno valgo nada\b|\bsoy (?:un|una) (?:inutil|fracaso|error|basura|desperdicio|mierda|nadie|estorbo|asco de persona)\b(?! (?:en|con|para) (?:la cocina|matematicas|los deportes|el futbol|la cancha|el baile|el karaoke|dibujo|esto de))|\bno (?:deberia|debi) (?:haber nacido|existir|estar aqui|estar viv[oa]|seguir aqui)\b|\bojala no (?:hubiera|hubiese) nacido\b|\bno merezco (?:vivir|estar viv[oa]|existir|seguir|nada|ser querid[oa]|estar aqui)\b|\bmerezco (?:morir|morirme|sufrir|estar muert[oa]|que me pase algo)\b|\bmi existencia (?:es|sobra|no sirve)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:cocina|cocinar|matematicas|deportes?|futbol|baile|bailar|cantar|dibujar|manualidades|tecnologia|computadora|excel|idiomas|ingles|manejar|karaoke|juegos?|plantas)\b/,
    ),
    about: 'self',
    negationProof: true,
  },
  {
    id: 'es.trapped',
    category: 'indirect',
    pattern:
      /\b(?:estoy|me siento|me sentia|sigo|vivo) (?:completamente |totalmente |muy )?(?:atrapad[oa]|encerrad[oa] en mi (?:cabeza|vida|mente)|acorralad[oa])\b(?! (?:en (?:el|un) (?:trafico|ascensor|elevador|tranque|atasco|tren|metro)|por la lluvia))|\b(?:la|una|mi) (?:sola|unica) salida\b|\bno (?:hay|veo|tengo|encuentro|le veo|le encuentro) (?:otra |ninguna )?salida\b|\bsin salida\b|\bno hay (?:otra )?forma de salir de esto\b|\bla unica (?:opcion|solucion) que me queda\b/,
    unless: anyOf(
      JOKE,
      /\b(?:estacionamiento|parqueadero|laberinto|de emergencia|escape room|juego|videojuego|nivel|aeropuerto|autopista|trafico|ascensor|elevador|tunel|calle sin salida|examen|ejercicio|problema de matematicas|salida del metro|salida del cine|salida al cine|salida con|la salida (?:de|del) (?:trabajo|colegio))\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.unbearable',
    category: 'indirect',
    pattern:
      /\b(?:el|este|mi|un) (?:dolor|sufrimiento|vacio|tormento)\b[^.]{0,30}\b(?:insoportable|inaguantable|demasiado|no se va|no para|no termina|no aguanto)\b|\b(?:verguenza|culpa|angustia|soledad|tristeza) (?:es |tan )?(?:insoportable|inaguantable|que no (?:aguanto|soporto))\b|\b(?:solo |nomas )?quiero que (?:pare|se detenga|termine|acabe|se acabe|se calle|deje de doler)\b(?! (?:la lluvia|el ruido|la musica|el calor|la obra|el vecino|la fiesta|el trafico))|\bque (?:pare|se acabe|termine) (?:el dolor|el sufrimiento|todo|esto ya)\b|\bno soporto (?:estar en mi (?:piel|cuerpo|cabeza)|ser yo|mi existencia|existir|sentir esto)\b|\bduele (?:existir|vivir|estar viv[oa])\b/,
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
      /\bojala no (?:despertar|despierte|despertara|despertase|amanecer|amanezca|amaneciera|existir|existiera)\b|\b(?:quiero|quisiera|ganas de|me gustaria|solo quiero|ojala pudiera) (?:dormir|dormirme|cerrar los ojos)(?: y)? (?:no despertar|para siempre|y no volver a despertar|y ya no despertar|y no abrirlos mas)\b|\bdormir(?:me)? y no (?:volver a )?despertar\b|\bno despertar(?:me)? (?:nunca )?mas\b|\b(?:ojala|que|a ver si|quisiera que|ojala que) me (?:atropelle|atropellara|pise|pisara|choque|chocara|lleve|llevara|aplaste) (?:un|una|el) (?:carro|auto|coche|camion|bus|colectivo|micro|tren|trailer|camioneta|moto)\b(?! (?:jaja|xd))|\b(?:quiero que|quisiera que|ojala|ojala que|solo quiero que|necesito que) todo (?:se detenga|se detuviera|pare|parara|termine|terminara|se acabe|se acabara|acabe)\b(?! (?:bien|rapido|pronto para|a tiempo|de una vez para (?:ir|irnos)))|\bojala se acabe (?:pronto|ya|todo|de una vez)\b|\bsi\b[^.]{0,60}\b(?:camion|carro|auto|coche|bus|colectivo|tren|accidente|carretera|calle|me pasa algo|me muero|no despierto|no vuelvo|se me cruzara|me atropella\w*)\b[^.]{0,40}\b(?:no me importaria(?: mucho)?|tampoco me importaria(?: mucho)?|no seria tan malo|(?:casi )?seria un alivio|daria lo mismo)\b|\bsi pasa,? que pase\b|\bojala (?:me pase|me pasara|me pasase|tener|tuviera) (?:algo|un accidente)\b|\bojala (?:me de|me diera|me agarre|me agarrara) (?:un|una) (?:infarto|cancer|enfermedad|algo)\b|\b(?:que se caiga|se cayera) el avion\b|\bojala no (?:hubiera|haber) despertado\b|\bpor que (?:me )?desperte\b|\bquiero dejar de sentir\b|\bque me (?:parta|caiga) un rayo y (?:ya|listo|se acabe)\b/,
    unless: anyOf(
      JOKE,
      HYPERBOLE,
      /\bmatame camion\b|\b(?:temprano|el despertador|la alarma|el lunes|para ir a)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.death-rest',
    category: 'indirect',
    pattern:
      /\b(?:la muerte|morir|morirme|estar muert[oa]|no estar|no existir|dejar de existir) (?:seria|es|sera|debe ser|suena como|parece) (?:un |una |el |la )?(?:descanso|alivio|liberacion|paz|solucion|lo mejor|mas facil|mejor|salida|regalo|bendicion)\b|\bdescansar (?:para siempre|en paz de una vez|por fin de todo|de todo para siempre)\b|\b(?:el|mi) descanso eterno\b|\b(?:envidio|envidia) a los muertos\b|\b(?:en la muerte|muert[oa]) (?:por fin )?(?:descansaria|estaria en paz|tendria paz|dejaria de sufrir)\b|\b(?:solo|solamente) (?:muert[oa]|muriendo) (?:voy a|podria) (?:descansar|estar en paz|tener paz)\b/,
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
    pattern:
      /\b(?:me da igual|me da lo mismo|me importa poco|no me importa|me vale|me vale madre|me importa un carajo|ni me importa|me tiene sin cuidado) (?:si )?(?:manana )?(?:vivo o muero|me muero|morir|morirme|sobrevivo|despierto|amanezco|me pasa algo|muero|me mato|vivir|seguir viv[oa]|salir viv[oa]|no vuelvo)\b|\bmanej\w* a (?:1[4-9]\d|2\d\d)\b|\ba (?:1[4-9]\d|2\d\d) (?:por hora|km\/?h|kilometros)\b[^.]{0,40}\b(?:da igual|total|que importa|a proposito|sin cinturon|sin casco|ojala|a ver que pasa)\b|\b(?:dejar|deje|dejando|deja|dejo|tirar|tire) (?:de (?:tomar|ponerme|usar|inyectarme) )?(?:la|mi|mis|las) (?:insulina|medicacion|medicina|medicinas|pastillas|tratamiento|dialisis|antirretrovirales)\b[^.]{0,50}\b(?:total|da igual|que importa|para que|me da lo mismo|a ver que pasa|me vale|que sea lo que dios quiera|a proposito)\b|\bsi (?:me )?pasa(?: algo)?, que pase\b|\bdeje de comer\b[^.]{0,30}\b(?:total|da igual|para que)\b|\bhasta perderme\b|\bsi no me levantara nunca mas\b|\b(?:sin (?:cinturon|casco))\b[^.]{0,40}\b(?:a proposito|total|da igual|que importa|ojala)\b|\btotal (?:ya )?(?:da igual|que mas da|nadie (?:lo )?(?:va a notar|notaria))\b[^.]{0,40}\b(?:morir|muero|vivo|pase lo que pase|me pase algo)\b/,
    unless: anyOf(
      JOKE,
      /\b(?:el videojuego|en el juego|gran turismo|mario kart|autopista alemana|pista|circuito|autodromo)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.affairs',
    category: 'indirect',
    pattern:
      /\b(?:mi|hice (?:el|un|mi)|escribi (?:el|un|mi)|estoy haciendo (?:el|un|mi)|redacte (?:el|un|mi)|dejar listo (?:el|mi)|dejar hecho (?:el|mi)) testamento\b|\b(?:regal(?:ar|ando|e|ado)|dar|di|doy|repartir|repartiendo|reparti|deshacerme de|me deshice de|me estoy deshaciendo de) (?:casi )?(?:todas )?(?:mis cosas|todas mis cosas|mi ropa|mis libros|mi guitarra|mi colecc\w*|mis pertenencias|mis discos|mis juegos|mis plantas|lo poco que tengo|todo lo que tengo)\b(?! (?:viejas?|que no uso|que ya no uso|para la mudanza|por la mudanza|a la beneficencia por la mudanza))|\b(?:dar|darle|dejar|dejarle|encontrar(?:le)?|buscarle|busco|buscando) (?:a )?(?:mi|mis) (?:perr\w*|gat\w*|mascotas?|loro|conejo|hamster)\b[^.]{0,30}\b(?:a alguien|en adopcion|quien (?:lo|la|los|las) cuide|hogar|dueno|familia nueva|nuevo hogar|por si)\b|\b(?:le )?(?:di|deje|regale|entregue) (?:a )?(?:mi|mis) (?:perr|gat|mascota|loro|conejo)\w* a (?:mi|una|un) \w+|\b(?:cuidar|cuida|cuidara|cuidaran) mejor que yo\b|\bcanciones? para mi funeral\b|\b(?:mi|el) (?:propio )?funeral\b(?! de)|\b(?:mis |las )?contrasenas\b[^.]{0,40}\b(?:por si|para cuando|anotadas|a mi (?:hermana|mama|papa|amig[oa])|en un sobre|para que (?:puedan|tengan))\b|\b(?:poner|dejar|puse|deje|estoy poniendo|dejando) (?:todas )?(?:mis cosas|mis asuntos|mis papeles|todo|mis cuentas) (?:en orden|ordenad[oa]s?|arreglad[oa]s?|listo|listas?)\b|\bpor si me pasa algo\b/,
    unless: anyOf(
      JOKE,
      TOPIC,
      /\b(?:mudanza|me mudo|nos mudamos|viaje|vacaciones|voy a viajar|me voy de viaje|minimalis\w*|marie kondo|limpieza|orden de primavera|antiguo testamento|nuevo testamento|biblia|contrasenas seguras|gestor de contrasenas|el banco pide|declaracion de impuestos|jubil\w*|notari\w*|abogad\w*)\b/,
    ),
    about: 'self',
  },
  {
    id: 'es.goodbye-thanks',
    category: 'indirect',
    // Words without a person: a quoted goodbye is the speaker's (see detect.ts).
    pattern:
      /\bgracias por todo lo que (?:hiciste|hicieron|hizo) por mi\b[^.]{0,40}\b(?:de verdad|siempre|nunca|adios|chau|me voy|ya no)\b|\b(?:no voy a|no creo que|no creo) (?:estar|venir|ir|llegar) (?:en|a|para) la (?:proxima|siguiente) (?:sesion|cita|consulta|semana)\b(?! (?:porque|por|ya que|pues|tengo|me voy de|estoy de))|\b(?:esta|esta va a ser|esta fue) (?:nuestra|mi) ultima (?:sesion|conversacion|charla)\b(?! (?:porque|por|antes de|del ano|hasta))|\b(?:fuiste|fueron|has sido|han sido) (?:muy |lo mas |de lo mas )?(?:importante|lo mejor|lo unico bueno)s? (?:para mi|de mi vida)\b[^.]{0,40}\b(?:adios|siempre|perdon|gracias)\b|\bque sepan que (?:los|las|te) quiero\b[^.]{0,30}\b(?:siempre|aunque ya no|adios|pase lo que pase)\b|\bperdon(?:enme|ame)? por todo\b[^.]{0,30}\b(?:adios|chau|los quiero|te quiero|me voy|ya no)\b|\bsi (?:manana )?no (?:te |les )?(?:contesto|respondo|aparezco)(?: manana)?\b|\bes porque ya me fui\b|\bfue (?:un honor|un gusto|lindo|un placer|hermoso) conocer(?:te|lo|la|los|las)\b|\b(?:le |te |les )?agradezco todo lo que (?:hizo|hiciste|hicieron) por mi\b|\bgracias por haber estado\b|\b(?:significaste|significo|significaron) mucho para mi\b|\bque me perdonen por todo\b|\bperdon(?:enme|ame|en)? por todo\b(?! (?:el|lo|la|esto|eso|los|las)\b)|\bya me despedi de\b[^.]{0,50}\b(?:ultima vez|para siempre|sin que (?:supieran|sepan|se dieran cuenta))\b|\b(?:empece a|estoy) despedirme de (?:la gente|todos|todo el mundo)\b|\bhabia sido lo mejor de mi vida\b/,
    unless: anyOf(
      JOKE,
      /\b(?:vacaciones|viaje|mudanza|me mudo|dentista|examen|trabajo nuevo|turno|horario|cambio de terapeuta|alta|me dieron el alta|graduacion)\b/,
    ),
    negationProof: true,
  },
  {
    id: 'es.religious-passive',
    category: 'indirect',
    pattern:
      /\b(?:irme|me quiero ir|quisiera irme|ya quiero irme|me voy a ir|estar|ya quiero estar|quiero estar|ganas de irme) con (?:dios|diosito|el senor|jesus|la virgen|mi abuel[oa] (?:que|en el cielo)|ella (?:y|que)|mi mama (?:que|en el cielo)|los angeles)\b|\bque (?:dios|el senor|diosito|el de arriba|la virgen|tata dios) (?:ya )?me (?:lleve|recoja|llame|quite la vida|lleve pronto|lleve ya)\b|\b(?:le )?(?:pido|rezo|ruego|pidiendo|rogando) (?:a dios|al senor|a diosito|a la virgen|al de arriba)? ?(?:que|para que) (?:ya )?me (?:lleve|recoja|lleve pronto|deje morir)\b|\b(?:dios|el senor) (?:por que )?no me (?:lleva|recoge|llama)\b|\b(?:quiero|quisiera|solo quiero|ya quiero) reunirme con (?:ella|el|mi (?:espos[oa]|mujer|marido|mama|papa|hij[oa]|abuel[oa]))\b/,
    unless: anyOf(
      JOKE,
      /\b(?:misa|iglesia|retiro|a la iglesia|oracion de la manana|en paz con)\b(?![^.]{0,30}\b(?:lleve|recoja)\b)/,
    ),
    about: 'self',
  },
];

const KIN = M.THIRD_KIN;

export const SPANISH: RuleSet = {
  language: 'es',
  rules: RULES,
  negation: /\b(?:no|nunca|jamas|ni|tampoco)\b(?: [a-z']+){0,3} ?$/,
  hedge:
    /\b(?:creo|no se|no prometo|todavia|aun|por ahora|hoy|esta noche|quizas|quiza|tal vez|capaz|igual|supongo|a veces|de momento|por el momento|no estoy segur[oa]|no lo se|mas o menos|no tanto|pero|aunque)\b|\?/,
  thirdPerson: new RegExp(
    `\\b(?:ella|ellos|ellas|(?:mi|un|una|la|el|su|tu|nuestr[oa]) (?:mejor )?(?:${KIN})|(?:dice|dijo|decia|diciendo|escribio|publico|subio) que|despidiendose|alguien|una chica|un chico|un amigo|una amiga|mi prima|mi primo|un compa|una compa)\\b`,
    'g',
  ),
  firstPerson: new RegExp(
    `\\b(?:yo|conmigo|mi(?! (?:mejor )?(?:${KIN})\\b)|me(?! (?:dijo|dice|decia|conto|cuenta|escribio|escribe|mando|manda|pidio|pide|mostro|muestra|entrego|llamo|confeso|pregunto|aviso|contesta|contesto|respondio|enseno|preocupa|da miedo|asusta)\\b| ?$)|estoy|quiero|puedo|siento|tengo|soy)\\b`,
    'g',
  ),
};
