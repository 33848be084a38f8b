import { describe, expect, it } from 'vitest';
import { detectRisk, screenAll } from '../../src/safety/detect';
import { SPANISH } from '../../src/safety/rules/es';
import { cardFor, noSpanishRule, quiet, rule } from './twins';

/**
 * Spanish, the kinds tuning batch 16 showed. Every case is written here, in new words, not taken
 * from the batch: a look-alike that stays quiet and a close twin that still shows the card.
 */

describe('Spanish, the kinds tuning batch 16 showed: risk in new words', () => {
  it('reads a blade thought of against oneself, but not a kitchen slip', () => {
    expect(rule('no dejo de pensar en clavarme el cuchillo de la cocina')).toBe('es.stab-self');
    cardFor('tengo la navaja en la mesita y me la quiero clavar');
    quiet('el chef me enseñó a no clavarme el cuchillo cortando cebolla');
  });

  it('reads a weapon put to one’s head as a rehearsal, but not a gun at a shooting club', () => {
    expect(rule('el revólver de mi abuelo está en el ropero, a veces me lo pongo en la sien un rato')).toBe(
      'es.weapon-rehearsed',
    );
    quiet('en el club de tiro me pasaron el rifle a ver si me atrevo a disparar');
  });

  it('reads a loaded gun kept in a drawer or a glovebox, but not a toy one', () => {
    cardFor('tengo el revólver de mi viejo cargado en el velador');
    cardFor('tengo la pistola de mi papá cargada en la guantera desde el martes');
    quiet('tengo la pistola de juguete de mi hijo en el cajón');
  });

  it('lets a joke taken back ("bueno sí, de verdad") lift the joke guard, but not a joke that stands', () => {
    cardFor('me quiero morir jaja. mentira, no. bueno sí, de verdad');
    quiet('me quiero morir jaja no mentira, estoy bien');
  });

  it('reads a fast train watched as a method, but not a commute being planned', () => {
    expect(rule('me aprendí los horarios de los trenes que no paran en el andén de mi barrio')).toBe(
      'es.train-timed',
    );
    expect(rule('ya sé cuál pasa más rápido por la estación, lo tengo pensado para el sábado')).toBe(
      'es.train-timed',
    );
    quiet('estuve mirando los horarios de los trenes que no paran en Getafe para llegar antes al curro');
  });

  it('reads an accident wished with oneself inside, but not a flight wished on time', () => {
    expect(rule('ojalá el tren se descarrile conmigo adentro')).toBe('es.wish-accident-inside');
    quiet('ojalá el avión salga a tiempo conmigo adentro, que ya embarqué');
  });

  it('reads praying not to wake, but not praying the rooster lets one sleep', () => {
    expect(rule('cada noche le rezo a la virgen para no despertar')).toBe('es.pray-not-wake');
    quiet('le pido a diosito que no me despierte el gallo del vecino');
  });

  it('reads erasing oneself unnoticed, but not leaving a chat group', () => {
    expect(rule('si me borro del todo nadie se da cuenta')).toBe('es.erased-whole');
    quiet('si me borro del grupo de la facu ni se dan cuenta, total nunca hablo');
  });

  it('reads being nothing but grief to one’s family, but not a weekend with the other parent', () => {
    expect(rule('nomás les traigo problemas a mis papás')).toBe('es.only-bring-pain');
    cardFor('mis hijos estarían mejor con su papá, yo no sirvo');
    quiet('los niños estarían mejor con su papá este finde, yo tengo turno');
  });

  it('reads someone relieved "si yo no estuviera", but not absent from a shift', () => {
    expect(rule('si yo no estuviera, mi mamá podría por fin descansar')).toBe('es.burden-relief');
    noSpanishRule('si yo no estuviera en el turno de noche, mi compañera podría descansar');
  });

  it('reads trapped as a room running out of air, but not a rented room without windows', () => {
    expect(rule('me siento como encerrada en una caja sin aire')).toBe('es.airless-room');
    quiet('alquilé un cuarto sin ventanas en Lavapiés, es como vivir en una caja sin aire pero es barato');
  });

  it('reads no picture of oneself in the coming months, but not in a job', () => {
    expect(rule('no me veo en marzo, ya no hago planes')).toBe('es.no-future-months');
    cardFor('no me veo en ningún lado, ni en tres meses');
    quiet('no me veo en marzo trabajando en esta empresa');
  });

  it('reads a goodbye to a whole group with no reason, but not one before a holiday', () => {
    expect(rule('chao a todos los del grupo, fue un placer compartir con ustedes')).toBe('es.group-farewell');
    quiet('chau a todos, me voy de vacaciones, fue lindo jugar con ustedes esta temporada');
  });

  it('reads every trace of oneself erased, but not a disk wiped to sell it', () => {
    expect(rule('cerré mis cuentas y borré los chats, quiero que no quede nada mío')).toBe('es.traceless');
    quiet('borré todo el disco y lo formateé para venderlo, quiero que quede todo limpio');
  });

  it('reads writing down who gets each thing, but not labelling boxes in a move', () => {
    expect(rule('anoche anoté para quién va cada cosa mía, sin ningún motivo')).toBe('es.who-gets-what');
    quiet('en la mudanza escribí en cada caja a quién va cada cosa');
  });

  it('reads a pet provided for days with a number left, but not before a trip', () => {
    expect(rule('le dejé comida para muchos días al gato y el número de mi hermana en la puerta')).toBe(
      'es.pet-left-provided',
    );
    quiet('me voy de viaje el finde, le dejé comida para tres días al gato y el número de la vecina');
  });

  it('reads envy of those who died, but not of those who die laughing', () => {
    expect(rule('le tengo envidia a los que se murieron sin sufrir')).toBe('es.envy-accident-dead');
    quiet('me da envidia la gente que se muere de risa con cualquier cosa');
  });

  it('reads longing to be let rest at a grave, but not resting at home after a visit', () => {
    expect(rule('en el panteón sentí que por fin me iban a dejar descansar')).toBe('es.rest-among-graves');
    quiet('fui al cementerio a llevarle flores a mi abuela y después por fin pude descansar en casa');
  });
});

describe('Spanish, the kinds tuning batch 16 showed: someone else at risk', () => {
  it('reads "se quiere desvivir" as someone else’s, but not "se desvive por sus nietos"', () => {
    cardFor('mi parce dice que se quiere desvivir', 'other');
    quiet('mi abuela se desvive por sus nietos');
  });

  it('reads a laughed-off threat with a change in the person, but not a diet', () => {
    expect(
      screenAll('mi compa dice que se quiere matar, siempre riéndose. pero ya ni come').map((m) => m.rule),
    ).toContain('es.third-joke-persists');
    cardFor('mi compa dice que se quiere matar, siempre riéndose. pero ya ni come', 'other');
    quiet('mi primo dejó de comer carne, dice que es por el planeta');
  });

  it('reads a reported threat to jump with a time, but not a bungee jump', () => {
    expect(rule('un pibe del curso escribió en el grupo que esta noche se tira del puente')).toBe(
      'es.third-jump-threat',
    );
    quiet('mi primo dijo que mañana salta del puente en bungee, está loco');
  });

  it('gives "se corta y…" the "someone you know" card, but not a haircut', () => {
    cardFor('mi hermana se corta y nadie en casa lo sabe', 'other');
    quiet('mi hermana se corta y se tiñe el pelo sola');
  });

  it('reads means hidden when the writer came in as someone else’s, but not a hunter cleaning a gun', () => {
    cardFor('vi a mi tío con la pistola en el patio y cuando me vio la escondió', 'other');
    quiet('mi tío estaba limpiando la escopeta para la temporada de caza y me enseñó cómo se desarma');
  });

  it('reads "vale más muerto" said by someone else as theirs', () => {
    cardFor('mi papá dice que vale más muerto que vivo', 'other');
    quiet('mi papá dice que vale más un asado con amigos que cualquier regalo');
  });

  it('reads a gaming mate ("el chamo", "el pibe") as someone else, but not laughing', () => {
    cardFor("el chamo de mi equipo dijo 'me voy a matar, chao' y se salió del discord", 'other');
    cardFor('el pibe con el que juego dijo por voz que ya se iba a quitar la vida', 'other');
    quiet("el chamo de mi equipo dijo 'me voy a matar de risa' con el video");
  });
});

describe('Spanish, the kinds tuning batch 16 showed: look-alikes', () => {
  it('leaves English "kms" as gaming hyperbole to the English rules, and keeps a Spanish "kms"', () => {
    noSpanishRule('this raid is making me want to kms lol, wiped five times in a row');
    const suicideWord = SPANISH.rules.find((r) => r.id === 'es.suicide-word');
    const english = 'this raid is making me want to kms lol, wiped five times in a row';
    const spanish = 'ya no aguanto nada de esto, kms de verdad';
    expect(suicideWord?.pattern.test(english)).toBe(true);
    expect(suicideWord?.unless?.test(english)).toBe(true);
    expect(suicideWord?.pattern.test(spanish)).toBe(true);
    expect(suicideWord?.unless?.test(spanish)).toBe(false);
    expect(detectRisk(spanish)).toBeDefined();
  });

  it('lets a chore or a hobby given up pass, but not giving up on everything', () => {
    quiet('ya no puedo más con los platos, mañana compro lavavajillas');
    quiet('me corto el flequillo yo misma, ya no aguanto este pelo en la cara');
    cardFor('me rindo, ya no puedo más con nada');
    cardFor('ya no aguanto esta vida');
  });

  it('lets no point in a course pass, but not no point in going on', () => {
    quiet('no le veo sentido a seguir con el curso de alemán, me paso a otra cosa');
    cardFor('no le veo sentido a seguir');
  });

  it('lets "que me trague la tierra" after a gaffe pass, but not as a wish to vanish', () => {
    quiet('ojalá me trague la tierra, no sé cómo la voy a mirar mañana en la oficina');
    cardFor('ojalá me trague la tierra y no volver nunca');
  });

  it('takes a plain "no me quiero morir" at its word, but not a hedged one', () => {
    quiet('no me quiero morir, solo estoy agotada de la semana');
    cardFor('no me quiero morir, creo, pero a veces sí');
  });

  it('lets old ideation looked at from afar pass, but not when it came back', () => {
    quiet('a los 15 pensé en matarme. hoy lo miro de lejos, con cariño por esa chica');
    cardFor('a los 15 pensé en matarme. hoy lo miro de lejos, pero anoche volví a pensarlo');
  });

  it('lets a patient’s overdose told by staff pass, but not one’s own', () => {
    quiet('entró una señora con sobredosis de pastillas, la estabilizamos y pasó a piso');
    cardFor('me tomé todas las pastillas, sobredosis, y nadie se enteró');
  });

  it('lets a taught "what to do if someone says…" pass, but not a pupil who says it', () => {
    quiet('en la capacitación nos enseñaron qué hacer si alguien dice que se quiere matar');
    cardFor('mi alumna dice que se quiere matar, qué hago', 'other');
  });

  it('lets a known writer’s death as a topic pass, but not the same means for oneself', () => {
    quiet('vimos un documental de virginia woolf, lo de las piedras en los bolsillos me impresionó');
    cardFor('me quiero llenar los bolsillos de piedras y entrar al río');
  });

  it('lets playing the patient in a class pass, but not one’s own plan and attempt', () => {
    quiet('en la práctica hice de paciente con plan e intento previo, la profe me puso un diez');
    cardFor('tengo un plan y ya hice un intento previo');
  });
});
