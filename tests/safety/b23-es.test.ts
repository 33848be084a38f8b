import { describe, expect, it } from 'vitest';
import { cardFor, noRule, quiet, rule } from './twins';

/**
 * Spanish, the kinds tuning batch 23 showed: oneself said in the second or third person,
 * understatement and images. Every case is written here, in new words, not taken from the batch:
 * a message that shows the card and a close twin that stays quiet.
 */

describe('Spanish, the kinds tuning batch 23 showed: oneself in the second or third person', () => {
  it('reads the wish to end said to oneself as "tu", but not a question or advice to someone', () => {
    expect(rule('hay madrugadas en que te despiertas y solo quieres que todo se acabe de una vez')).toBe(
      'es.self-talk-second-person',
    );
    expect(rule('ya no quieres despertar, y en la oficina nadie se da cuenta')).toBe(
      'es.self-talk-second-person',
    );
    // The Spanish reader retrained after batch 24 flags these two (SAFETY.md): the rules are held quiet on them.
    noRule('¿te quieres morir o qué? maneja más despacio');
    noRule('si solo quieres que pare el ruido, ponte tapones');
  });

  it('reads oneself named in the third person as done, but not a servant of the house off to bed', () => {
    expect(rule('esta servidora ya no puede más, se despide para siempre')).toBe('es.self-third-person');
    cardFor('la que te escribe ya no aguanta más', 'self');
    quiet('esta servidora se despide por hoy, ya no puede más con el calor');
  });

  it('reads "this body" owed neither food nor care and let fade, but not a fire left to die out', () => {
    expect(rule('mi cuerpo no se merece ni agua, para qué cuidarlo')).toBe('es.body-undeserving');
    expect(rule('si me voy apagando poco a poco es lo justo')).toBe('es.body-undeserving');
    // The Spanish reader retrained after batch 23 flags it (SAFETY.md): the rules are held quiet on it.
    noRule('si el fuego se va apagando solo es lo mejor, no le echemos más leña');
  });
});

describe('Spanish, the kinds tuning batch 23 showed: understatement and images', () => {
  it('reads no future at all said flatly, but not no future in a job', () => {
    expect(rule('la verdad ya no tengo futuro, se murió ella y con ella todo')).toBe('es.no-ahead');
    noRule('ya no tengo futuro en esta empresa, busco otro laburo');
  });

  it('reads wishing to be deleted like a file, but not deleted from a group chat', () => {
    expect(rule('ojalá alguien me formateara, sin copia de seguridad ni nada')).toBe('es.erase-me');
    quiet('quisiera que alguien me borrara del grupo de la facu, no paran de mandar stickers');
  });

  it('reads a farewell no one understood, and better so, but not a surprise kept', () => {
    expect(rule('les di un abrazo a todos y les dije adiós. no se dieron cuenta de nada, mejor así')).toBe(
      'es.farewell-not-understood',
    );
    noRule(
      'les di un abrazo a todos y les dije gracias por todo. no se dieron cuenta de la sorpresa, mejor así',
    );
  });

  it('reads a railing judged low at a height, but not a railing unsafe for children', () => {
    expect(rule('fui a la azotea del edificio. el murito es bajito')).toBe('es.height-judged-low');
    quiet('en el balcón de mi depa el barandal es más bajo de lo que pensaba, peligroso para los nenes');
  });

  it('reads a leg put over the railing of a bridge, but not over a fence to get into a park', () => {
    expect(rule('me quedé en el puente un buen rato y saqué una pierna al otro lado de la baranda')).toBe(
      'es.leg-over-railing',
    );
    quiet('pasé una pierna por encima de la reja para entrar al parque');
  });

  it('reads blows against a wall till it bleeds, but not a door hit once in anger', () => {
    expect(rule('le di cabezazos a la pared hasta que me sangró la frente')).toBe('es.wall-punched-hurt');
    quiet('le pegué una piña a la puerta porque me cerraron el portón, me dolió la mano');
  });

  it('reads why one hurts oneself, said after it, but not why one runs', () => {
    expect(rule('tengo los nudillos rotos otra vez. lo hago para no sentir lo otro')).toBe(
      'es.harm-to-feel-told',
    );
    noRule('corro todos los días. lo hago para sentir algo');
  });

  it('reads the day chosen or the knot practised and only the moment left, but not a wedding day', () => {
    expect(rule('ya escogí la fecha. solo falta que llegue.')).toBe('es.only-moment-left');
    expect(rule('anoche probé la cuerda en la viga. ahora nomás falta el valor')).toBe('es.only-moment-left');
    quiet('ya elegí el día de la boda, solo falta que llegue.');
  });

  it('reads thrown in front of a bus on purpose, but not a bus missed by running', () => {
    expect(rule('anoche me crucé frente al bus a propósito, a ver si me pisaba')).toBe('es.crash-on-purpose');
    quiet('anoche me crucé frente al bus corriendo para alcanzar el otro y el chofer me tocó bocina');
  });

  it('reads the final rest thought of with relief, but not the end of the term', () => {
    expect(rule('pienso en el sueño eterno y me da paz')).toBe('es.death-peace');
    quiet('pienso en el final del semestre y me da alivio');
  });
});

describe('Spanish, the kinds tuning batch 23 showed: someone else, with the right card', () => {
  it('reads a relative who wants to vanish, reported, as someone else’s risk', () => {
    cardFor('mi mamá lleva días diciendo que le gustaría desaparecer del mapa', 'other');
    quiet('mi jefe dice que le gustaría desaparecer un finde a la playa');
  });

  it('reads someone else’s searches for a method, but not a scouts knot', () => {
    cardFor('en la compu de mi novio encontré búsquedas de cómo hacer un nudo corredizo', 'other');
    expect(rule('en la compu de mi novio encontré búsquedas de cómo hacer un nudo corredizo')).toBe(
      'es.third-method-search',
    );
    quiet('en el celular de mi hijo vi videos de cómo hacer un nudo de scouts');
  });

  it('reads the means hidden from someone as their risk, but not sweets hidden from a brother', () => {
    cardFor('¿les escondo las pastillas a mi viejo? habla de tomárselas todas', 'other');
    expect(rule('¿le quito la escopeta a mi abuelo?')).toBe('es.third-means-hidden-from');
    quiet('le escondí los chocolates a mi hermano');
    cardFor('escondí las pastillas para tomármelas todas', 'self');
  });

  it('reads burns and scars someone else has as theirs, but not one’s own', () => {
    cardFor('Mi prima está rara. Tiene quemaduras de cigarro en los brazos.', 'other');
    cardFor('tengo quemaduras de cigarro en los brazos', 'self');
    quiet('Mi prima volvió del campamento. Tiene marcas de mosquito en las piernas.');
  });
});

describe('Spanish, the kinds tuning batch 23 showed: look-alikes that stay quiet', () => {
  it('does not read a class about self-harm, but reads self-harm after class', () => {
    quiet('En la facu el profe dio una clase sobre autolesiones en la infancia, súper interesante.');
    cardFor('después de la facu me autolesioné otra vez en el baño');
  });

  it('does not read dying over an exam not studied for, but reads the wish to die', () => {
    quiet('el jueves tengo parcial de química y me voy a morir, no repasé nada jaja');
    expect(rule('el jueves tengo parcial y la verdad me quiero morir, no por el parcial')).toBe(
      'es.want-die',
    );
  });

  it('does not read everything stopping for a little while, but reads it stopping for good', () => {
    quiet('necesito que todo se detenga un par de días, me voy a la sierra sin señal');
    cardFor('quisiera que todo se detuviera un rato largo y no tener que volver');
  });

  it('does not read a routine question answered no and true, even after a good-but-hard day', () => {
    quiet(
      'Consulta de hoy larga pero buena. La psiquiatra me preguntó si pensaba en el suicidio, lo pregunta siempre. Le dije que no y era cierto. Después hablamos del sueño.',
    );
    cardFor(
      'Consulta larga. La psiquiatra me preguntó si pensaba en el suicidio. Le dije que no, pero no sé si era cierto.',
    );
  });

  it('does not read ideas of death told as past and gone, but reads them back', () => {
    quiet(
      'Hace dos años, con el divorcio, tuve ideas de matarme. Hoy estoy en terapia y esas ideas ya no están.',
    );
    cardFor('Hace dos años tuve ideas de matarme. Esas ideas ya no están, pero anoche volvieron.');
  });
});
