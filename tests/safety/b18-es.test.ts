import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { cardFor, noSpanishRule, quiet, rule } from './twins';

/**
 * Spanish, the kinds tuning batch 18 showed. Every case is written here, in new words, not taken
 * from the batch: a look-alike that stays quiet and a close twin that still shows the card.
 */

describe('Spanish, the kinds tuning batch 18 showed: risk in new words', () => {
  it('reads leaving life told as logging off, also when "pero" cuts it, but not leaving social life', () => {
    expect(rule('ya cerré todo, me despido de este mundo, cuídense')).toBe('es.disconnect-from-life');
    expect(rule('último directo, amigos. me bajo, pero de la vida')).toBe('es.disconnect-from-life-after');
    quiet('en enero me retiro de la vida social, tengo que terminar la tesis');
    quiet('me desconecto de las redes hasta el lunes, pero de todo lo demás sigo igual');
  });

  it('reads a weapon ready for someone known, but not a rifle for the deer season', () => {
    cardFor('el revólver está cargado debajo del colchón y ya sé para quién es');
    quiet('la escopeta está limpia para la temporada y ya sé para quién es el primer venado');
  });

  it('reads a lethal amount worked out for oneself beside a drug, but not a bill split or a patient’s dose', () => {
    expect(rule('tengo morfina en la casa y ya calculé cuánto me hace falta a mí')).toBe('es.dose-for-self');
    cardFor('en la farmacia del hospital sobran viales de potasio y sé la dosis exacta');
    quiet('pedimos pizza y pastillas de menta, ya calculé cuánto me toca pagar a mí');
    quiet('le pusimos morfina y ya calculé cuánto le toca al paciente de la 6 por kilo');
  });

  it('reads drugs set aside at work and carried home, but not ones taken to a patient’s house', () => {
    expect(rule('aparté unos viales de midazolam del carro y me los llevé a casa')).toBe(
      'es.work-drugs-taken-home',
    );
    quiet('saqué unos viales de morfina de la farmacia y me los llevé en el bolso a la paciente paliativa');
  });

  it('reads someone else saying they would hang themselves, but not a computer that hangs', () => {
    cardFor('mi abuelo anda diciendo que si lo mandan al asilo se ahorca', 'other');
    cardFor('mi cuñado se cuelga de la viga del galpón si el banco le quita la casa', 'other');
    quiet('mi hermano dice que la compu se cuelga cada vez que abre el juego');
  });

  it('reads someone else telling they hold a gun to use as theirs, but not a robbery told', () => {
    expect(rule('mi cuñado me escribió a la madrugada que tenía el revólver en la mano, no contesta')).toBe(
      'es.third-gun-in-hand',
    );
    quiet('el guardia me contó por teléfono que tenía la pistola en la mano porque nos asaltaron');
  });

  it('reads a last note that ends there, but not the last one of the week', () => {
    expect(rule('este es el último mensaje que les escribo')).toBe('es.last-note');
    quiet('este es el último mensaje de la semana, el lunes les cuento cómo me fue');
  });

  it('reads dying thought of as rest, but not a homily on death', () => {
    expect(rule('imaginarme muerta me da tanta paz, no lo puedo explicar')).toBe('es.death-peace');
    quiet('en la misa el padre dijo que pensar en la muerte con fe nos da paz');
  });

  it('reads messages to each friend saying what they meant, but not a wedding toast', () => {
    expect(rule('les escribí a todas mis amigas una carta diciendo lo que significaron para mí')).toBe(
      'es.farewell-to-each',
    );
    quiet('en la boda les dije a todos lo que significan para mí y lloramos juntos');
  });

  it('reads one’s own funeral paid for with no reason, but not a plan paid in instalments', () => {
    expect(rule('pasé por la funeraria y ya dejé arreglado lo mío')).toBe('es.funeral-paid-own');
    cardFor('pasé por la funeraria y ya dejé pagado mi entierro');
    quiet('pasé por la funeraria y ya dejé pagado mi nicho en cuotas, así mis hijos no batallan');
  });

  it('reads who gets what written down, but not whose turn it is to wash up', () => {
    expect(rule('vacié el ropero y apunté a quién le queda cada cosa')).toBe('es.affairs');
    quiet('apunté a quién le toca qué día lavar los platos');
  });
});

describe('Spanish, the kinds tuning batch 18 showed: look-alikes', () => {
  it('takes "ningún/ninguna" as a plain denial, unless hedged', () => {
    quiet('ninguna idea de hacerme daño estos días, solo cansada');
    cardFor('ninguna idea de hacerme daño, creo, aunque a veces sí');
  });

  it('reads something reckless called suicide as an idiom, but not one’s own life', () => {
    quiet('salir a la ruta con esta niebla sería un suicidio, mejor mañana');
    cardFor('pienso en el suicidio todas las noches');
  });

  it('reads a rope for a hammock or swings as ordinary, but not one put away for oneself', () => {
    quiet('compré una cuerda pa colgar los columpios del árbol');
    cardFor('compré una cuerda y la tengo guardada en el ropero, para mí');
  });

  it('reads being worn out by a task as hyperbole, but not the wish itself', () => {
    quiet('me muero esperando en la fila del banco, llevo una hora');
    cardFor('me voy a morir de tanto pensar, ojalá me muera ya');
  });

  it('reads a wish to die from before, with years clean and a good present, as past', () => {
    quiet('cumplo dos años sobria. antes me quería morir cada día; hoy me levanto con ganas');
    cardFor('antes me quería morir y hoy también, igual que ayer');
  });

  it('reads a slang word explained in English as a word, in the Spanish rules too', () => {
    noSpanishRule("the counsellor explained what 'kms' and 'unalive' mean on the parents' evening");
    // Still shown (today by the English rule, with the writer's card: SAFETY.md, English words in Spanish).
    expect(detectRisk("mi prima escribió 'unalive' en el grupo y que es esta noche")).toBeDefined();
  });

  it('reads "ya averigüé cuántas necesito" beside pills, but not pills for a flight', () => {
    cardFor('tengo las pastillas de mi abuela y ya averigüé cuántas necesito');
    quiet('compré pastillas para el mareo y ya averigüé cuántas necesito para el viaje');
  });

  it('leaves the English words in a Spanish chore to the English rules', () => {
    noSpanishRule('ya terminé con los platos, I’m done, nada más de cocina por hoy');
  });
});
