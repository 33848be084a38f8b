import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { cardFor, noRule, noSpanishRule, quiet, rule } from './twins';

/**
 * Spanish, the kinds tuning batch 15 showed. Every case is written here, in new words, not taken
 * from the batch: a look-alike that stays quiet and a close twin that still shows the card.
 */

describe('Spanish, the kinds tuning batch 15 showed: risk in new words', () => {
  it('reads "me doy un tiro" in the present as a decision, and "se pega un tiro" as someone else’s', () => {
    cardFor('si me embargan el rancho me doy un tiro, ya lo pensé bien');
    cardFor('mi tío dice que si lo despiden se da un tiro', 'other');
  });

  it('reads a decision with the way known, even when it names going with someone who died', () => {
    expect(rule('lo tengo decidido, en su aniversario me voy con ella y ya sé cómo')).toBe('es.decided-how');
    quiet('lo tengo decidido, me voy con él a vivir a Monterrey');
  });

  it('reads a dose worked out for oneself, whoever has it', () => {
    cardFor('ya tengo calculada la dosis para mí, no se lo digan a nadie');
    cardFor('mi primo, que es enfermero, tiene calculada la dosis para él', 'other');
    quiet('tengo calculada la dosis para el paciente de la cama 4');
  });

  it('reads drugs taken home from a ward, and an ordinary use denied after means are named', () => {
    expect(rule('me traje fentanilo del hospital, lo tengo en la mochila')).toBe('es.means-from-work');
    cardFor('mi compañero paramédico se lleva ampollas de morfina a su casa por si acaso', 'other');
    expect(rule('tengo clonazepam en el cajón. no es para dormir.')).toBe('es.means-not-for');
    quiet('me llevé morfina del hospital para la visita a domicilio de la paciente paliativa');
    quiet('compré veneno para el jardín. no es para las ratas, es para los caracoles');
  });

  it('reads treatment stopped on purpose by someone else as theirs, and one’s own as the writer’s', () => {
    cardFor('mi abuelo se salta la insulina a propósito desde que murió mi abuela', 'other');
    cardFor('dejé de tomar el litio a propósito, a ver si se acaba todo');
    quiet('mi papá dejó de tomarse las pastillas de la presión porque el médico se las cambió');
  });

  it('reads psychiatric treatment dropped alone, then not caring what happens', () => {
    expect(rule('dejé los antidepresivos sin avisarle a nadie. me da igual lo que pase.')).toBe(
      'es.meds-stopped-indifferent',
    );
    quiet(
      'dejé la medicación con permiso de la psiquiatra. me da igual lo que pase con el partido del domingo',
    );
  });

  it('reads not caring if one’s body gives out, but not a broken heart', () => {
    expect(rule('si mi corazón se para, que se pare, ya no me cuido')).toBe('es.body-give-out');
    quiet('si el corazón se rompe otra vez, que se rompa, así es el amor');
  });

  it('reads not being around much longer, but not leaving a job', () => {
    expect(rule('no cancelen nada, total no voy a estar mucho tiempo más')).toBe('es.not-here-long');
    cardFor('no voy a estar mucho tiempo más en este mundo');
    quiet('no voy a estar mucho tiempo más en esta empresa, ya firmé con otra');
  });

  it('reads a wish to be where the dead one is, but not a wish to be at the beach', () => {
    expect(rule('mi mamá murió en mayo y quisiera estar allá con ella')).toBe('es.join-the-dead');
    // The readers retrained after batch 25 (stronger shrinkage) flag it (SAFETY.md): rules held quiet.
    noRule('mis primas están en la playa y me dan ganas de estar allá también');
  });

  it('reads a child better off with another mother, but not with another teacher', () => {
    expect(rule('mis hijos estarían mejor con otra madre, yo no sirvo')).toBe('es.child-better-without');
    quiet('mi hijo estaría mejor con otra maestra, la de este año no lo entiende');
  });

  it('reads not picturing oneself at a near birthday, but not in a job offered', () => {
    expect(rule('el año que viene cumplo 30 y no me veo llegando')).toBe('es.no-future-self');
    quiet('cumplo 30 y me ofrecieron el puesto de gerente, pero no me veo ahí');
    quiet('no me veo llegando a los 30 en este trabajo');
  });

  it('reads "va a ser mi muerte" as risk when it is the sadness, an idiom when it is an exam', () => {
    expect(rule('esta tristeza va a ser mi muerte')).toBe('es.my-death');
    quiet('el examen de estadística va a ser mi muerte');
  });

  it('gives someone else’s burns or marks the "someone you know" card', () => {
    cardFor('mi novio se quema con cigarros.', 'other');
    cardFor('mi prima se corta. encontré unas cortadas en los brazos ayer', 'other');
    cardFor('tengo cortes en los brazos que nadie ha visto');
  });

  it('reads plain thanks for all someone did, but not thanks to a thesis adviser', () => {
    cardFor('gracias por todo lo que hiciste por mí estos meses');
    quiet('le mandé a mi asesor de tesis gracias por todo lo que hiciste por mí, defiendo el lunes');
  });
});

describe('Spanish, the kinds tuning batch 15 showed: look-alikes', () => {
  it('lets "antes muerta que" something ordinary pass, but not "antes muerta que seguir así"', () => {
    quiet('antes muerto que bailar reggaetón en la boda');
    cardFor('antes muerta que seguir viviendo así');
  });

  it('lets a phrase named as a joke one used to say pass, unless it is no joke now', () => {
    quiet("dejé de usar frases tipo 'me quiero morir' por cualquier cosa, a mi novia le molestaba");
    cardFor("el chiste de 'me tiro del puente' ya no es chiste, lo pienso en serio");
  });

  it('lets the idiom after a crash at work pass, but not when it lingers', () => {
    quiet('en el curro se colgó el servidor y me quería pegar un tiro, mañana será otro día');
    cardFor('se cayó el servidor en la oficina y me quería pegar un tiro, y todavía lo pienso');
  });

  it('lets risk assessment as a lesson and naloxone training pass, but not one’s own assessed risk', () => {
    quiet('en psicopatología practicamos cómo evaluar el riesgo suicida con preguntas directas');
    quiet('en la farmacia me dieron un kit de naloxona por si un vecino tiene una sobredosis');
    cardFor('la psicóloga me dijo que tengo riesgo suicida alto');
  });

  it('lets a parent’s suicide told as old grief pass, but not one’s own wish after it', () => {
    quiet('después de su suicidio, hace veinte años, mi mamá nos crió sola y hoy lo hablo en paz');
    cardFor('desde su suicidio hace un año pienso en matarme');
  });

  it('lets an old adult’s calm arrangements for the heirs pass, but not with a wish to die', () => {
    quiet(
      'tengo 78, hice mi testamento y contraté un plan funerario para que mis hijos no se preocupen. me siento muy bien',
    );
    cardFor('tengo 78, hice mi testamento y ya no quiero vivir');
  });

  it('lets "ojalá mañana no me despierte" something pass, but not "ojalá mañana no despierte"', () => {
    quiet('ojalá mañana no me despierte el perro del vecino a las 6');
    cardFor('ojalá mañana no despierte');
  });

  it('lets old harm told as a stage that passed pass, but not when it came back', () => {
    quiet('hace como ocho años me cortaba, fue una etapa que ya pasó y hoy estoy bien');
    cardFor('hace como ocho años me cortaba y anoche volví a hacerlo');
    quiet('hace unos cinco años quería morirme todo el tiempo. la terapia me cambió la vida.');
    cardFor('hace unos cinco años quería morirme y todavía lo pienso. la terapia me cambió la vida.');
  });

  it('lets a slang word quoted as a word that was moderated pass in the Spanish rules', () => {
    noSpanishRule("en el chat alguien puso 'kms' y el moderador lo borró");
    noSpanishRule("en clase discutimos por qué se dice 'unalive' en vez de suicidio");
    expect(detectRisk("mi prima me escribió 'kms' y no contesta")).toBeDefined();
  });
});
