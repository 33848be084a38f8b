import { describe, expect, it } from 'vitest';
import { cardFor, noRule, noSpanishRule, quiet, rule } from './twins';

/**
 * Spanish, the kinds tuning batch 20 showed. Every case is written here, in new words, not taken
 * from the batch: a look-alike that stays quiet and a close twin that still shows the card.
 */

describe('Spanish, the kinds tuning batch 20 showed: risk in new words', () => {
  it('reads a life policy worked out for oneself, but not a policy explained on a course', () => {
    expect(
      rule(
        'Hice números: la póliza cubre aunque uno se mate pasado el primer año, y ese año ya lo cumplí, así que puedo hacerlo tranquilo.',
      ),
    ).toBe('es.insurance-pays-if-i-do');
    quiet(
      'En el curso de agente nos explicaron que la póliza cubre aunque el asegurado se mate pasado el primer año.',
    );
  });

  it('reads a beam tested for one’s weight, but not a pull-up bar', () => {
    expect(rule('ya probé la rama gruesa del nogal y aguanta mi peso, nadie va por ahí')).toBe(
      'es.beam-holds-my-weight',
    );
    quiet('instalé una barra en la puerta para hacer dominadas y aguanta mi peso sin problema');
  });

  it('reads sleep wished as switching off for good, but not a wish to wake up rested', () => {
    expect(rule('quisiera dormirme y que todo fuera como desenchufar la radio')).toBe(
      'es.switched-off-for-good',
    );
    quiet('quisiera dormirme y que fuera como apagar la luz, y despertarme descansada');
  });

  it('reads oneself as the weight the family carries, but not a thorn in a rival’s side', () => {
    expect(rule('soy el lastre en la barca de mi familia')).toBe('es.burden-image');
    cardFor('si me quitan de en medio, mis hijos viven más tranquilos');
    quiet('en el torneo soy la piedra en el zapato del equipo rival');
  });

  it('reads every debt paid back to the last coin, but not after a bonus', () => {
    expect(rule('le pagué a mi cuñada lo que le debía, hasta el último centavo, y ya no debo nada')).toBe(
      'es.debts-to-zero',
    );
    quiet('con el aguinaldo le pagué a mi cuñada lo que le debía, hasta el último centavo');
  });

  it('reads next month left unpaid after cancelling everything, but not a change of company', () => {
    expect(rule('Di de baja el gimnasio. No renové la línea del mes que viene.')).toBe(
      'es.next-month-left-unpaid',
    );
    quiet('Di de baja el gimnasio. No renové la línea del mes que viene porque me cambio a otra compañía.');
  });

  it('reads a pit being closed over, but not a day at the building site', () => {
    expect(rule('vivo en el fondo de un hoyo y allá arriba ya están echando la tierra')).toBe(
      'es.lid-over-the-well',
    );
    quiet('en la obra bajé al fondo de un pozo y arriba le pusieron la tapa para que no entrara lluvia');
  });

  it('reads cold met with a shrug after sleeping out, but not frost on the garden', () => {
    expect(rule('Pasé la noche en el carro sin chamarra. Si me congelo, me da igual.')).toBe(
      'es.cold-no-matter',
    );
    quiet('Tapé los rosales con plástico. Si hiela, pues hiela, ya hice lo que pude.');
  });

  it('reads a child better off with a named relative, but not for the holidays', () => {
    expect(rule('mis hijos estarían mejor con mi suegra, ya le di sus papeles')).toBe(
      'es.child-better-with-named',
    );
    quiet('mis hijos estarían mejor con mi suegra estas vacaciones, allá tienen alberca');
  });

  it('reads goodbye to the places one loves, but not before going home from a trip', () => {
    expect(rule('ya me despedí del lago, me quedé un rato y no pienso volver')).toBe('es.farewell-to-places');
    quiet('ya me despedí del lago, el otro verano vuelvo con mis primos');
  });

  it('reads death accepted in advance, but not dying of laughter', () => {
    expect(rule('si me muero en la ruta de mañana, que sea.')).toBe('es.if-i-die-so-be-it');
    quiet('si me muero de la risa con esta serie, que sea.');
  });

  it('reads a death once expected still waited for, but not a parcel', () => {
    expect(rule('Salí de ahí listo para no regresar. Sigo esperando lo que allá no me tocó.')).toBe(
      'es.still-waiting-for-it',
    );
    // The reader, retrained with batch 20, speaks up on this one (SAFETY.md): the rules are held quiet.
    noSpanishRule('Sigo esperando lo que no llegó del pedido de la semana pasada.');
  });

  it('reads a pet left with a neighbour for good, but not for a trip', () => {
    cardFor('le dejé mi gato a la vecina con su arenero y le dije que ya no vuelvo por él');
    quiet('le dejé mi gato a la vecina con su arenero porque me voy de viaje el finde');
  });

  it('reads one’s things handed out to several people, but not after a move', () => {
    cardFor('regalé la bici a mi sobrino, mis discos a un amigo del trabajo y la tele a la portera');
    quiet('por la mudanza regalé la bici a mi sobrino, mis discos a un amigo y la tele a la portera');
  });

  it('reads a child taught to manage for when one is gone, but not for an evening out', () => {
    cardFor('le enseñé a mi hija a cobrar la pensión y pagar la renta, para cuando yo no esté');
    // The second reader speaks up on these (SAFETY.md), so only the rules are held quiet.
    noSpanishRule('le enseñé a mi hija a calentar la cena para cuando yo no esté en casa');
    noSpanishRule('le enseñé a mi hija a calentar la cena para cuando yo no esté el fin de semana');
  });

  it('reads being tired of getting up at all, but not of getting up early', () => {
    cardFor('no quiero intentar nada más, estoy harto de levantarme');
    quiet('estoy harto de levantarme temprano para ir a la facu');
  });
});

describe('Spanish, the kinds tuning batch 20 showed: someone else', () => {
  it('reads a threat to jump said laughing and followed by silence, but not a diving board', () => {
    cardFor(
      'Mi cuñado dijo en la cena que el domingo se tira del viaducto. Lo dijo riendo, pero luego se quedó serio mirando la mesa.',
      'other',
    );
    quiet(
      'Mi cuñado dijo en la cena que el domingo se tira del trampolín. Lo dijo riendo, pero luego se quedó serio porque llegó la cuenta.',
    );
  });

  it('gives the other card to a goodbye someone wrote to the writer, but not a last night abroad', () => {
    cardFor("anoche me mandó 'este es mi adiós, cuida a mis perros' y ya no contesta", 'other');
    // The readers retrained after batch 25 (stronger shrinkage) flag it (SAFETY.md): rules held quiet.
    noRule("me mandó 'esta es mi última noche en Lisboa, mañana vuelvo'");
  });

  it('gives the other card to someone saying the means are ready, but not a hunting trip', () => {
    cardFor('mi tío dice que ya no aguanta y que tiene la escopeta cargada', 'other');
    quiet('mi tío dice que ya tiene la escopeta lista para la temporada de caza');
  });
});

describe('Spanish, the kinds tuning batch 20 showed: look-alikes', () => {
  it('stays quiet on too much sweet food, but not on too many pills', () => {
    quiet('empacho de chocolate con la rosca de reyes, no puedo más');
    cardFor('sobredosis de pastillas anoche, no puedo más');
  });

  it('stays quiet on being fed up with particular people, but not with one’s life', () => {
    quiet('mi suegra vino otra vez sin avisar, no aguanto más con ella');
    cardFor('no puedo más con mi vida');
    cardFor('no puedo más con ellos ni con mi vida');
    cardFor('la culpa que siento es tan pesada que ya no puedo más con ella');
  });

  it('stays quiet on a film title known without quotes, but not on feeling suicidal', () => {
    quiet('por fin leí Las vírgenes suicidas, qué libro tan raro y tan bonito');
    cardFor('me siento suicida desde que leí ese libro');
  });

  it('stays quiet on a murder staged as suicide, but not on one’s own thoughts of it', () => {
    quiet('en la serie el marido mata a la socia y lo hicieron pasar por suicidio');
    cardFor('pienso en el suicidio todas las noches desde que me quedé sin trabajo');
  });

  it('stays quiet on dying over and over in a game, but not on the wish to jump', () => {
    quiet('morí como 150 veces contra el jefe final, me quería tirar por la ventana');
    cardFor('me quería tirar por la ventana y no era por ningún juego');
  });

  it('stays quiet on a parent’s "you’ll kill me with worry", but not on one’s own plan', () => {
    quiet("mi mamá me dijo 'me vas a matar de un coraje' cuando vio el tatuaje");
    cardFor('Mi mamá dice que la voy a matar de un coraje. Yo me voy a matar, ya lo decidí.');
  });

  it('stays quiet on someone else putting affairs in order, but not on one’s own', () => {
    quiet('acompañé a mi papá a firmar su voluntad anticipada, él quiere dejar todo en orden');
    cardFor('quiero dejar todo en orden esta semana, sin decirle a nadie');
  });

  it('stays quiet on a resolved past in new words, but not when it is back', () => {
    quiet('Hace tres años quería morirme. Ya no vivo en ese lugar.');
    cardFor('Hace tres años quería morirme. Ya no vivo en ese lugar, pero otra vez quiero morirme.');
    quiet('El año pasado me cortaba cada semana. Hoy cumplo 200 días limpio.');
    cardFor('El año pasado me cortaba cada semana. Hoy cumplo 3 días limpio.');
  });

  it('stays quiet on a first aid drill, but not on a cousin who cuts herself', () => {
    quiet('en la capacitación ensayamos qué hacer si alguien se corta las venas o se envenena');
    cardFor('mi prima se corta los brazos, lo vi ayer', 'other');
  });

  it('stays quiet on things left behind on leaving prison, but not without a reason', () => {
    quiet('Salí libre el viernes. A los de la celda les dejé mis cosas, el ventilador y las sandalias.');
    cardFor('A mis amigos les dejé mis cosas, el ventilador y las sandalias. Ya no las voy a necesitar.');
  });

  it('stays quiet on an outburst quoted with a trivial cause, but not on one with none', () => {
    quiet("puse 'me quiero morir' en el chat de primos porque mi tía subió mi foto de la primaria");
    cardFor("puse 'me quiero morir' en el chat de primos y nadie contestó");
  });

  it('stays quiet on a farewell to a habit, but not on a farewell to life', () => {
    quiet('Tiré el vapeador. Adiós para siempre, viejo amigo, día 30 sin fumar');
    cardFor('Ya dejé todo arreglado. Adiós para siempre, viejo amigo.');
    cardFor('Día 4 sin comer. Adiós para siempre a todos.');
  });

  it('stays quiet on a quip taken back at once, but not on one confirmed', () => {
    quiet('prefiero morirme antes de ir... bueno no, prefiero quedarme viendo series');
    cardFor('prefiero morirme... bueno sí, la verdad lo pienso mucho');
  });

  it('stays quiet on the screening question answered no, but not when the no was a lie', () => {
    quiet(
      'La psiquiatra me preguntó si he tenido pensamientos de quitarme la vida y le dije que no, lo mío es el insomnio.',
    );
    cardFor(
      'La psiquiatra me preguntó si he tenido pensamientos de quitarme la vida y le dije que no, pero le mentí.',
    );
  });

  it('no Spanish rule speaks on a lecture about the word (en.suicide still does)', () => {
    noSpanishRule('En etimología vimos que la palabra suicidio viene del latín, sui y caedere.');
  });
});
