import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';

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
  'perdón por todo el ruido de anoche',
  'fue un gusto conocerte en la fiesta',
  'nadie notaría si falto a la reunión',
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
});
