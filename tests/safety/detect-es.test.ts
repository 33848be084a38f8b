import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { cardFor, noRule } from './twins';

/** Spanish rules: each case is written here, not taken from the evaluation corpus. */
const FIRE_SELF: readonly string[] = [
  'la verdad es que ya me quiero morir, estoy harta',
  'quisiera estar muerta y no sentir nada',
  'esta noche me voy a matar',
  'vengo pensando en quitarme la vida desde marzo',
  'quiero acabar con todo de una vez',
  'ayer me volví a cortar las muñecas',
  'tengo cortes en los muslos que nadie ha visto',
  'me quemo a propósito con el encendedor',
  'fui juntando pastillas de mi abuela durante meses',
  'dejé una carta para cuando ya no esté',
  'anoche casi me tiro del puente de la avenida',
  'me tomé todo el frasco de clonazepam',
  'ya tengo la fecha elegida y el método',
  'nadie me extrañaría si desaparezco',
  'mis papás estarían mejor sin mí',
  'ya no aguanto más esta vida',
  'ojalá no despertar mañana',
  'le pido a Dios que me lleve pronto',
  'me da igual si vivo o muero',
  'he querido morirme toda la semana',
  'neta wey, ya me quiero ir de este mundo',
  'ya no aguanto y me voy a matar',
  'lo que no dije es que me corté otra vez',
  'me voy a aventar del quinto piso',
  'cuánto paracetamol hace falta para no despertar',
  'ojalá se me parara el corazón mientras duermo',
  'les haría un favor a todos si me esfumara',
  '¿alguien lo notaría si un día simplemente no estoy?',
  'ya no tengo ganas de vivir',
  'perdónenme por todo, los quiero',
  'quiero morir lol no es broma',
];

const FIRE_OTHER: readonly string[] = [
  'mi primo dice que se quiere matar',
  'mi hermana se está cortando los brazos otra vez',
  'mi amigo intentó suicidarse el mes pasado y está solo',
  'mi novia guarda pastillas escondidas en el cajón',
  'mi amiga me escribió "ya no puedo más"',
  'mi papá dice que estaríamos mejor sin él',
  'tengo miedo de que mi hermano se mate',
];

const QUIET: readonly string[] = [
  'me muero de hambre, ¿pedimos pizza?',
  'el calor de hoy me mata',
  'me quiero morir de la vergüenza jajaja',
  'ojalá me trague la tierra, qué papelón',
  'me corté el dedo cocinando cebolla',
  'me quemé con la plancha esta mañana',
  'vimos Escuadrón Suicida en el cine',
  'fui a un taller de prevención del suicidio en la facu',
  'me tiré a la piscina sin pensarlo',
  'corté con él la semana pasada y estoy mejor',
  'no soy suicida, solo estoy cansada',
  'fue un gusto conocerte en la fiesta',
  'no hay salida del estacionamiento por esta calle',
  'me voy a matar estudiando para el examen',
  'no aguanto más el calor de Sevilla',
  'me quito de en medio para que hablen tranquilos',
  'mi amiga se despidió porque se va a vivir a España',
  'no quiero morir, quiero vivir mucho',
  'no me quiero morir sin conocer Japón',
  'quiero desaparecer un fin de semana a la montaña',
];

describe('Spanish risk rules', () => {
  it.each(FIRE_SELF)('fires about the writer: %s', (text) => {
    const match = detectRisk(text);
    expect(match?.rule.startsWith('es.')).toBe(true);
    expect(match?.subject).toBe('self');
  });

  it.each(FIRE_OTHER)('fires about someone else: %s', (text) => {
    const match = detectRisk(text);
    expect(match?.rule.startsWith('es.')).toBe(true);
    expect(match?.subject).toBe('other');
  });

  it.each(QUIET)('stays quiet on a look-alike: %s', (text) => {
    expect(detectRisk(text)).toBeUndefined();
  });

  it('no rule on nobody noticing a missed meeting', () => {
    // The readers retrained after batch 25 (stronger shrinkage) flag it (SAFETY.md): rules held quiet.
    noRule('nadie notaría si falto a la reunión');
  });

  it('reads a workshop as the topic, not as where a friend is from', () => {
    expect(
      detectRisk(
        'en el taller de primeros auxilios aprendimos qué hacer si alguien dice que se va a suicidar',
      ),
    ).toBeUndefined();
    cardFor('mi amiga del taller de primeros auxilios me escribió que se va a suicidar esta noche', 'other');
    cardFor('mi amiga del taller me escribió que se va a suicidar esta noche', 'other');
  });
});

/* Tuning batch 10: each look-alike silenced beside a risk twin that must still fire. */
describe('Spanish, the kinds tuning batch 10 showed', () => {
  it.each<[string, string]>([
    [
      'me quiero tirar del balcón cada vez que se cae el wifi (es un decir, vivo en un primero)',
      'me quiero tirar del balcón, no es un decir',
    ],
    [
      'la profe de vóley nos hizo correr suicidios toda la práctica',
      'la profe de vóley me preguntó si tengo pensamientos suicidas y le dije que sí',
    ],
    ['no me rindo con este nivel del juego', 'me rindo, ya no puedo más'],
    [
      'anoche ingresaron dos intentos de suicidio en la guardia, uno por pastillas',
      'anoche intenté suicidarme con pastillas',
    ],
    [
      'en la residencia aprendí a hacer una valoración de riesgo suicida',
      'la psiquiatra dice que estoy en riesgo suicida',
    ],
    ['casi me corto la mano pelando papas con el cuchillo nuevo', 'casi me corto las venas anoche'],
    [
      'la psicóloga me propuso escribirle una carta de despedida a mi papá que falleció',
      'les escribí una carta de despedida a mis papás',
    ],
    ['no tengo ganas de morirme, tengo ganas de vacaciones', 'tengo ganas de morirme'],
    ['si no respondo el sábado, no pasa nada, estoy de retiro', 'si mañana no respondo es porque ya me fui'],
    [
      'le regalé mi guitarra a mi primo porque ya no la uso y él está empezando',
      'le regalé mi guitarra a mi primo, ya no la voy a necesitar',
    ],
    [
      'mi tío está haciendo su testamento porque se jubila este año',
      'mi tío está regalando sus herramientas y dice que ya está listo',
    ],
    [
      'mi bisabuela dice que cuando se muera quiere mariachis en el velorio',
      'ya elegí la música para mi velorio',
    ],
    ['me he tomado medio bote de helado', 'me he tomado medio bote de pastillas'],
    [
      'regalé mis zapatillas viejas, ya no las voy a necesitar porque me compré nuevas',
      'regalé mis zapatillas, ya no las voy a necesitar',
    ],
  ])('stays quiet on "%s" but fires on "%s"', (lookAlike, risk) => {
    expect(detectRisk(lookAlike)).toBeUndefined();
    expect(detectRisk(risk)).toBeDefined();
  });

  it("no rule on waiting on the platform for the 8 o'clock train, but fires on waiting on the tracks", () => {
    // The readers retrained after batch 25 (stronger shrinkage) flag it (SAFETY.md): rules held quiet.
    noRule('esperamos en el andén a que pasara el tren de las 8');
    expect(detectRisk('esperé en las vías a que pasara el tren de las 8')).toBeDefined();
  });

  it('leaves an apology for last night’s noise alone in the rules (the second reader scores it at its edge: SAFETY.md)', () => {
    noRule('perdón por todo el ruido de anoche');
  });

  it('takes the next clause that explains quoted words, or a question answered "nunca"', () => {
    expect(detectRisk("puse 'me quiero matar' en el grupo pero era por el examen de física")).toBeUndefined();
    expect(detectRisk('mi abuelo dice que ya está listo para irse, pero lo dice riéndose')).toBeUndefined();
    expect(detectRisk("puse 'me quiero matar' en el grupo y lo dije en serio")).toBeDefined();
    expect(detectRisk('la doctora me preguntó si pensé en el suicidio. Nunca.')).toBeUndefined();
    expect(detectRisk('la doctora me preguntó si pensé en el suicidio. Sí, muchas veces.')).toBeDefined();
  });

  it.each([
    'quiero morirme. jaja',
    'me quiero matar. es broma',
    'Me quiero matar esta noche, ya tengo las pastillas. jaja',
    'Me quiero matar esta noche, ya tengo las pastillas. es broma',
    'tengo la soga lista. es broma',
  ])('does not take laughter or "es broma" in the next sentence as a retraction: %s', (text) => {
    expect(detectRisk(text)).toBeDefined();
  });

  it.each([
    'qué pasa si alguien se toma 40 ibuprofenos? lo pregunto por mí',
    'ya decidí cómo:',
    'el brasero prendido y las ventanas tapadas con cinta',
    'anoche estuve sentada en el borde de la terraza del edificio una hora, mirando hacia abajo',
    'les escribí a cada una de mis amigas cuánto las quiero, se sintió como cerrar algo',
    'para qué seguir yendo a terapia, lo mío no tiene solución',
    'envidio a los que ya se murieron',
    'dejé anotado a quién le toca cada cosa mía',
    'me caí de la bici y cuando vi que estaba ilesa pensé qué lástima',
    'ya no me quedan pendientes',
    'pensé en estrellar la moto contra un poste para que pareciera accidente',
    'sh otra vez, después de 3 meses limpio',
    'me eché para atrás en el último momento, la próxima no sé',
    'me he tomado medio bote de diazepam',
    'me mato porque ya no doy más',
    'estoy encerrada en el baño con la cuchilla en la mano',
    'regalé mis discos. ya no los voy a necesitar',
    'me da igual si mañana no me despierto',
    'ya no voy a luchar más',
    'esto no es vivir',
    'nadie notaría si dejo de venir',
  ])('finds indirect and explicit signs said in new ways: %s', (text) => {
    expect(detectRisk(text)?.subject).toBe('self');
  });

  it.each([
    "un chico del curso escribió 'esta es mi despedida' en el grupo",
    "una piba puso que 'mañana ya no va a ser problema de nadie'",
    'mi abuelo dice que ya no tiene para qué vivir',
    "mi compañero regaló su reloj y me dijo 'ya no lo voy a necesitar'",
    "una amiga subió una foto de las vías con 'nos vemos del otro lado'",
  ])('gives the other card: %s', (text) => {
    expect(detectRisk(text)?.subject).toBe('other');
  });
});

describe('Spanish, the kinds tuning batch 11 showed', () => {
  it.each<[string, string]>([
    // Pasado lejano y resuelto, con un presente a salvo; el gemelo es reciente o vuelve.
    [
      'Hace cinco años intenté suicidarme. Hoy estoy bien, de verdad, y quiero celebrar que sigo aquí.',
      'Hace dos años intenté suicidarme y lo estoy pensando otra vez. Hoy estoy bien, creo.',
    ],
    ['Hace cinco años intenté suicidarme. Hoy estoy bien.', 'Ayer intenté suicidarme. Hoy estoy bien.'],
    [
      'se me cayó la bandeja en la fiesta, me quería morir ahí mismo',
      'me quiero morir ahí mismo, ya no aguanto',
    ],
    [
      'vi un documental sobre las redes que pusieron para prevenir suicidios en el puente',
      'pienso en el suicidio casi todos los días',
    ],
    [
      'hice el curso de primeros auxilios por el laburo, aprendimos q hacer si alguien tiene una sobredosis',
      'quiero tomarme una sobredosis de pastillas',
    ],
    [
      'compré una soga gruesa para colgarle un columpio a los niños',
      'compré una soga gruesa y no es para un columpio',
    ],
    [
      'en la clase de dibujo usamos carbón y cinta de papel',
      'compré carbón y cinta americana. está en el baúl',
    ],
    ['elegimos la fecha de la boda', 'estoy muerto por dentro y ya elegí la fecha'],
    [
      'este es mi último mensaje acá porque me paso al grupo de los martes',
      'una chica de mi curso subió q esta iba a ser su última historia y cerró la cuenta',
    ],
    [
      'mi abuelo tiene un revólver viejo que ya no sirve para nada',
      'Mi abuelo tiene un revólver en la casa y habla todo el día de que ya no sirve para nada',
    ],
    [
      'no me importó lo que pudiera pasar, le dije que la quería',
      'tomé mucho y manejé de vuelta. no me importó qué pudiera pasar',
    ],
    [
      'con esta pega me dan ganas de tirarme por la ventana jaja',
      'me senté en el borde de la azotea. quería caerme',
    ],
  ])('no rule fires on "%s", but the screen does on "%s"', (lookAlike, risk) => {
    // The rules' own guards and contexts; the second reader is asked of what they leave (below).
    noRule(lookAlike);
    expect(detectRisk(risk)).toBeDefined();
  });

  it.each([
    'jaja literal me quiero morir y no es de vergüenza esta vez, es en serio',
    'si hubiera un botón para morirme sin dolor lo apretaría ya mismo',
    'calculé si me mataría la caída desde el piso 12',
    'me estoy despidiendo de a poco, así no me extrañan tanto cuando me mate',
    'lo voy a hacer este finde. nadie me va a encontrar hasta el domingo',
    'ya está todo organizado para cuando ya no esté',
  ])('finds explicit risk said in new ways: %s', (text) => {
    expect(detectRisk(text)?.subject).toBe('self');
  });

  it.each([
    'mi hijo de 10 años me dijo q quiere estar muerto para no ir más a la escuela',
    "mi amiga me escribió 'ya no aguanto, perdón por todo' y después bloqueó a todo el mundo",
  ])('gives the other card: %s', (text) => {
    expect(detectRisk(text)?.subject).toBe('other');
  });

  it('never lets laughter silence a plan with its means', () => {
    expect(detectRisk('tengo la soga lista. jaja')).toBeDefined();
    expect(detectRisk('hace dos años lo intenté y lo estoy pensando otra vez')).toBeDefined();
    expect(detectRisk('cuando me mate mi mamá por la nota jaja')).toBeUndefined();
  });
});

/** No rule speaks up on `text` (the second reader is not asked). */
/** The screen shows the card for `text`, about the writer or about someone else. */

describe('Spanish, the kinds tuning batch 12 showed', () => {
  it('lee lo que alguien dice en serio aunque nombre un modismo', () => {
    cardFor('me quiero matar, no estoy bromeando, no es como cuando digo que me muero de hambre');
    noRule('me muero de hambre, ¿pedimos algo?');
  });

  it('encuentra despedidas, indiferencia ante la muerte y búsquedas de métodos de cualquiera', () => {
    cardFor('Me estoy alejando de a poco, así se van acostumbrando a que no estoy.');
    noRule('Me voy de intercambio un año, mejor que se vayan acostumbrando a no tenerme.');
    cardFor('si no despierto mañana me daría igual');
    cardFor('Gracias por todo este tiempo, me ayudaste un montón. Cuida a mi perrita.');
    noRule('Me voy de viaje una semana, cuida a mi perrita porfa.');
    cardFor('mi sobrino googlea maneras de morir, lo vi en su celular', 'other');
    noRule('en la serie el personaje busca formas de morir y es muy fuerte');
  });

  it('calla ante un trabajo que se deja, una canción, una señal cortada y una guardia', () => {
    noRule('ya no puedo más con esta chamba, el lunes renuncio');
    cardFor('ya no puedo más con nada');
    noRule("anoche escuché 'Quiero morir' de la banda en vivo, qué temazo");
    noRule('se me cortó la llamada tres veces, qué rabia');
    cardFor('me corté otra vez anoche');
    noRule('soy enfermero de guardia y esta noche atendimos un intento de suicidio, todo salió bien');
  });
});

describe('Spanish, the kinds tuning batch 13 showed', () => {
  it('encuentra un motor en la cochera, un intento reciente, daño para sentir algo y un alivio para todos', () => {
    cardFor('anoche me quedé en el auto dentro de la cochera con el motor encendido un buen rato');
    noRule('dejé el auto en la cochera con el motor encendido para que caliente');
    cardFor('mi intento fue hace dos semanas y nadie sabe');
    cardFor('me tomé todas las pastillas y desperté en la guardia');
    cardFor('me até el cinturón fuerte en el brazo para sentir algo');
    cardFor('volví a clavarme alfileres en los muslos');
    noRule('me pinché con la aguja cosiendo el dobladillo');
    cardFor('mis viejos no me quieren así; capaz que sin mí sería más fácil para todos');
    noRule('si organizamos el asado el sábado sería más fácil para todos');
    cardFor('mi primo subió una historia de unas pastillas con un hasta siempre y no contesta', 'other');
    cardFor('esta es mi última entrada acá. cuídense');
    noRule('esta es mi última entrada del año, nos vemos en enero');
  });

  it('calla ante un accidente en la obra, algo quemado, un velorio, un testamento feliz y una torta', () => {
    noRule('me lastimé el hombro cargando ladrillos en la obra');
    noRule('se me quemó la tostada otra vez');
    noRule('en el velorio de mi abuelo nos reencontramos con los primos, fue lindo');
    noRule('hicimos el testamento porque nació nuestra nieta, estamos felices');
    cardFor('ya dejé el testamento hecho y todo en orden, por las dudas');
    noRule('la torta de mi suegra está para matarse');
  });
});

describe('Spanish, the kinds tuning batch 14 showed', () => {
  it('encuentra coartadas, una negación retirada, un plan escondido, una fecha y quemaduras de otro', () => {
    cardFor('compré veneno, les dije que era para las ratas');
    noRule('les dije que era para la ropa, el tendedero nuevo');
    cardFor('ya tengo la manguera para el escape');
    noRule('cambié la manguera del radiador');
    cardFor('no es que quiera morirme... la verdad sí');
    cardFor('estoy planeando cómo hacerlo sin que nadie se dé cuenta');
    noRule('estoy planeando cómo hacerlo sin que se entere mi esposa, es una fiesta sorpresa');
    cardFor('mi hermano tiene fecha para matarse, lo escribió', 'other');
    noRule('ya tengo fecha para hacerlo, la operación de rodilla es el lunes');
    cardFor('mi prima se quema con el encendedor cuando se angustia', 'other');
    noRule('se quemó con la plancha cuando planchaba la camisa');
    noRule('soy voluntaria en una línea de crisis y atendí llamadas de personas con ideas suicidas');
  });
});
