import { describe, expect, it } from 'vitest';
import { cardFor, quiet, rule } from './twins';

/**
 * Spanish, the kinds tuning batch 19 showed. Every case is written here, in new words, not taken
 * from the batch: a look-alike that stays quiet and a close twin that still shows the card.
 */

describe('Spanish, the kinds tuning batch 19 showed: risk in new words', () => {
  it('reads the intention at a height told afterwards, but not a zip line with an instructor', () => {
    expect(rule('subí al mirador de noche y la idea era tirarme desde la orilla')).toBe(
      'es.intent-at-height-told',
    );
    quiet('en el parque de aventura la idea era lanzarme por la tirolesa con el instructor');
    quiet('el domingo la idea era tirarme en la cama a ver series');
    cardFor('me puse el arnés para disimular, la idea era soltarme arriba');
  });

  it('reads planning one’s death, but not planning a party', () => {
    cardFor('estoy planeando morirme y nadie en la facultad se lo imagina');
    quiet('estoy planeando la fiesta sorpresa de mi hermana para el sábado');
  });

  it('reads the wish to die with the Caribbean final r dropped, but not laughter', () => {
    expect(rule('en serio me quiero mori, to el día con eso en la cabeza')).toBe('es.want-die-dropped-r');
    quiet('me voy a mori de la risa con el video que mandaste');
  });

  it('reads death wished in gamer words of real life, but not a game setting', () => {
    expect(rule('en la vida real quiero game over, sin vidas extra')).toBe('es.game-over-irl');
    quiet('quiero permadeath en mis partidas de minecraft, que se sienta como la vida real');
  });

  it('reads a fall or a crash wished on oneself, but not the idiom of finally understanding', () => {
    expect(rule('me solté del andamio un rato y ojalá me hubiera resbalado')).toBe('es.wish-fall-or-crash');
    cardFor('ojalá en la curva de la sierra se me fueran los frenos');
    quiet('ojalá me hubiera caído del burro antes, me habría ahorrado años con ese tipo');
  });

  it('reads soon lying beside someone who died, but not a memorial mass', () => {
    expect(rule('mi esposa murió en marzo. pronto voy a estar con ella, ya lo decidí')).toBe(
      'es.join-the-dead-soon',
    );
    quiet('mi papá murió hace un año. pronto voy a estar con él en la misa del aniversario');
    cardFor('mi papá murió hace un año. pronto voy a estar con él, el sábado lo hago');
  });

  it('reads no next round for oneself, but not a season lost to an injury', () => {
    expect(rule('cerré el canal y regalé la cuenta. ya no hay próxima temporada para mí')).toBe(
      'es.no-next-season-for-me',
    );
    quiet('me lesioné la rodilla, ya no hay próxima temporada para mí en el equipo');
  });

  it('reads a will made young and well with no reason, but not one made for a newborn', () => {
    expect(rule('Hice testamento en la notaría. Tengo 26 años y estoy sana.')).toBe('es.will-young-healthy');
    quiet('Hice testamento en la notaría porque nació mi hijo. Tengo 26 años y estoy sana.');
  });

  it('reads saying goodbye to everything bit by bit, but not before a move', () => {
    expect(rule('me voy despidiendo de a poco de todo, sin decirle a nadie')).toBe(
      'es.farewell-little-by-little',
    );
    quiet('me voy despidiendo de a poco de todo porque me mudo a Rosario en marzo');
    cardFor('me voy despidiendo de a poco de todo, del trabajo, de la casa, de ustedes');
  });

  it('reads not being there after asking why book the next date, but not a shift', () => {
    expect(rule('¿Para qué reservamos la cita del jueves? No voy a estar.')).toBe(
      'es.not-there-for-the-date',
    );
    quiet('¿Para qué reservamos la cita del jueves? No voy a estar, me toca turno doble.');
  });
});

describe('Spanish, the kinds tuning batch 19 showed: someone else', () => {
  it('reads someone posting a goodbye and deleting the account, but not a change of number', () => {
    cardFor("una chica del grupo escribió 'me despido de todos, no me busquen' y borró su perfil", 'other');
    quiet(
      "un chico del grupo escribió 'ya no voy a estar en este server, me cambio a otro' y borró su cuenta",
    );
  });

  it('reads someone keeping drugs in case they cannot take it, but not a vaccination drive', () => {
    cardFor(
      'mi compañera lleva semanas juntando ampollas en su locker, por si algún día no aguanta',
      'other',
    );
    quiet('mi compañera lleva semanas juntando ampollas para la campaña de vacunación del barrio');
  });

  it('gives a goodbye reported after a colon to whoever said it, and a new purchase stays quiet', () => {
    cardFor('Mi hermano vendió su moto. Me dijo: ya no la voy a necesitar, cuídate mucho.', 'other');
    quiet('Mi tío vendió el tractor. Me dijo: ya no lo voy a usar, ahora renta uno nuevo.');
  });

  it('reads "era de los que…" as a description, not as what quoted words meant', () => {
    cardFor(
      "mi amigo puso 'ya no quiero vivir' en su estado. era de los que siempre animaban a todos",
      'other',
    );
    quiet("mi amiga puso 'me quiero morir' en el chat. era por el examen de física");
  });
});

describe('Spanish, the kinds tuning batch 19 showed: look-alikes', () => {
  it('reads a character jumping in a plot as fiction, but not the writer', () => {
    quiet('en el capítulo de anoche la villana se lanzó del balcón para escapar de la policía');
    cardFor('después del capítulo me quiero tirar del balcón yo también');
    cardFor('la protagonista se tira del puente y yo me quiero tirar igual que ella');
  });

  it('reads portraying suicide in a script as work, but not thinking of it', () => {
    quiet('en el taller de guion discutimos cómo retratar el suicidio sin mostrar el método');
    cardFor('pienso en el suicidio cada vez que termino de escribir');
  });

  it('reads a scene that moved the writer, but not hitting oneself', () => {
    quiet('la escena del reencuentro me pegó, pero me hizo bien verla');
    quiet('la canción del final me pegó bonito');
    cardFor('cuando me enojo me pego, pero nadie lo sabe');
  });

  it('reads a training on how to ask as a topic, but not a pupil who said it', () => {
    quiet('nos dijeron que preguntar directamente si alguien piensa en suicidarse no le mete la idea');
    cardFor('mi alumno me dijo que piensa en suicidarse', 'other');
  });

  it('reads things given away as not worth shipping, but not as no longer needed', () => {
    quiet('estoy regalando casi todo lo que tengo porque no vale la pena mandarlo en barco');
    cardFor('estoy regalando todo lo que tengo, ya no lo voy a necesitar');
  });

  it('takes "para que no se preocupen" as no hedge, but "no sé" still is one', () => {
    quiet('no voy a hacerme daño, se los digo para que no se preocupen');
    cardFor('no voy a hacerme daño, no sé, creo que no');
  });

  it('reads a wish to die long ago, seen from far away now, as past, but not when it is back', () => {
    quiet('Hace tres años quería morirme. Hoy pienso en lo lejos que estoy de esa persona.');
    cardFor('Hace tres años quería morirme y otra vez estoy ahí.');
  });

  it('reads old scars covered as a chapter closed, but not cutting again', () => {
    quiet('tengo marcas en el brazo de cuando me cortaba a los 15. hoy me tatué unas flores encima.');
    cardFor('me cortaba a los 15 y anoche volví a cortarme. me tatué unas flores encima.');
    cardFor('hace dos años me quería morir. ya es hora de cerrar ciclos.');
  });

  it('reads fed up with everything for today as venting, but not fed up with living', () => {
    quiet('estoy harto de todo hoy.');
    cardFor('estoy harto de todo, de vivir así');
  });

  it('reads no more of a project or a semester as venting, but not no more of this life', () => {
    quiet('no puedo más con esta tesis, que termine el cuatrimestre ya');
    cardFor('no puedo más con esta vida');
  });

  it('reads a patient who came in with suicidal thoughts as work, but not the writer', () => {
    quiet('hoy una paciente vino con ideación suicida y la acompañamos hasta que llegó su mamá');
    cardFor('hoy fui a consulta con ideación suicida y no lo dije');
  });

  it('reads cartridges for a hunting season as a hobby, but not ones hidden for oneself', () => {
    quiet('compré dos cajas de cartuchos para la temporada de venado');
    cardFor('compré cajas de cartuchos y las escondí en el ropero, son para mí');
  });
});
