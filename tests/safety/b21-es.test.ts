import { describe, expect, it } from 'vitest';
import { cardFor, noRule, noSpanishRule, quiet, rule } from './twins';

/**
 * Spanish, the kinds tuning batch 21 showed. Every case is written here, in new words, not taken
 * from the batch: a look-alike that stays quiet and a close twin that still shows the card.
 */

describe('Spanish, the kinds tuning batch 21 showed: risk in new words', () => {
  it('reads "what for, now" said alone, but not about a broken blender', () => {
    expect(rule('y ya para qué')).toBe('es.what-for-now');
    quiet('ya para qué la arreglo, mañana compro otra licuadora');
  });

  it('reads lying dead at home found by the smell, but not spoiled food', () => {
    expect(rule('si me caigo en la regadera nadie se daría cuenta hasta que apeste el pasillo')).toBe(
      'es.found-by-smell',
    );
    quiet('si me quedo sin luz una semana nadie se entera de que la leche se cortó hasta que huela');
  });

  it('reads lying down never to get up, but not a lazy Sunday', () => {
    expect(rule('quisiera echarme en la cama de mi mamá y ya no despertar nunca')).toBe(
      'es.lie-down-not-rise',
    );
    expect(rule('lo único que quiero es quedarme junto a ella en el cementerio')).toBe(
      'es.lie-down-not-rise',
    );
    quiet('el domingo quiero echarme en el sillón y no levantarme hasta tarde');
  });

  it('reads accounts closed and borrowed things returned, but not before a move abroad', () => {
    expect(rule('Di de baja el Face, borré los chats y devolví lo que me prestaron mis compas.')).toBe(
      'es.loose-ends-returned',
    );
    quiet('Por la mudanza di de baja el Face, borré los chats y devolví lo que me prestaron mis compas.');
  });

  it('reads a secret goodbye to each and no return, but not a goodbye before moving away', () => {
    expect(
      rule('En el taller nadie sabe. Sin decirles nada me despedí de cada uno. Ya no voy a volver.'),
    ).toBe('es.secret-farewell-not-back');
    // The reader retrained after batch 22 flags it (SAFETY.md): the rules are held quiet on it.
    noRule('En el taller ya saben que cambio de oficio. Me despedí de cada uno. Ya no voy a volver.');
  });

  it('reads being run over wished as better, even after laughing it off, but not a warning to a child', () => {
    expect(rule('si me arrolla un camión camino al trabajo, mejor 😂 aunque no tan jaja')).toBe(
      'es.wish-run-over-better',
    );
    // The Spanish reader retrained after batch 23 flags it (SAFETY.md): the rules are held quiet on it.
    noRule(
      'si me atropella un carro por cruzar sin mirar, mejor ni salgo, le dije a mi hijo: cuidado al cruzar',
    );
  });

  it('reads a battery no longer recharged, but not a phone really out of charge', () => {
    expect(rule('Me siento como una pila gastada. Ya no busco el cargador.')).toBe('es.stopped-recharging');
    quiet('El celular se me quedó sin batería en el tren. Ya no busco el cargador, lo tiene mi hermano.');
  });

  it('reads treasures handed over for want of a future, but not before surgery', () => {
    expect(
      rule('Mis guitarras se quedan con mi ahijado. Las va a cuidar mejor de lo que yo voy a poder.'),
    ).toBe('es.cared-better-than-i-can');
    quiet('Le dejé mis plantas a la vecina por la operación, las va a cuidar mejor de lo que yo podría.');
  });

  it('reads someone else announcing a last night, but not a last night in a city', () => {
    cardFor('un chico del grupo de juegos publicó que hoy es su último día y ya no responde', 'other');
    quiet('mi prima escribió que hoy es su último día en la oficina y que invita los tacos');
  });

  it('reads someone else hurting themselves when low, but not a ball that hits a friend', () => {
    cardFor('mi compañera me contó que se quema con el encendedor cuando se siente sola', 'other');
    quiet('mi compañera me contó que se pega con la pelota cuando juega al frontón');
  });
});

describe('Spanish, the kinds tuning batch 21 showed: look-alikes that stay quiet', () => {
  it('does not read driving called suicidal, but reads feeling suicidal on the road', () => {
    quiet('El chofer del bus hizo unos rebases suicidas en la carretera, llegamos con el alma en un hilo.');
    quiet('Le dije a mi sobrino que su manera de conducir es suicida y se rió.');
    cardFor('Manejé a casa llorando con ideas suicidas todo el camino.');
  });

  it('does not read exasperation at a song heard again, but reads a window over a loss', () => {
    quiet(
      "Me aviento por la ventana si vuelvo a escuchar 'Baby Shark' en el coche, mi hijo la pide sin parar todo el santo día 😩",
    );
    cardFor('Me tiro por la ventana si vuelvo a perder a alguien que quiero.');
  });

  it('does not read a stage poison, but reads a poison after the rehearsal', () => {
    quiet('En la obra del colegio hago de Julieta: en la escena final me tomo el veneno y caigo despacio.');
    cardFor('Después del ensayo me tomé el raticida que había en el garaje.');
  });

  it('does not read a barrier against jumping, but reads not jumping only by chance', () => {
    // The readers retrained after batch 25 (stronger shrinkage) flag it (SAFETY.md): rules held quiet.
    noRule('En el viaducto pusieron rejas altas para que nadie se tire, me pareció buena idea.');
    cardFor('Anoche no salté del puente porque pasó una patrulla.');
  });

  it('does not read cuts from pruning, but reads cuts made on purpose', () => {
    quiet('tengo cortes en las manos de podar los rosales del patio');
    cardFor('tengo cortes en las piernas, me los hice a propósito');
  });

  it('does not read a plain denial that it even crosses one’s mind, but reads a hedged one', () => {
    quiet('Ni se me pasa por la cabeza matarme, solo estoy harto del tráfico de esta ciudad.');
    cardFor('Ni se me pasa por la cabeza matarme, creo, aunque a veces lo pienso.');
  });

  it('reads "le dije que no, y es verdad" as the answer, but not when it was a lie', () => {
    quiet('En consulta la doctora me preguntó si había pensado en el suicidio. Le dije que no, y es cierto.');
    cardFor(
      'En consulta la doctora me preguntó si había pensado en el suicidio. Le dije que no, y era mentira.',
    );
  });

  it('does not read a wish to die left behind after a divorce, but reads it back again', () => {
    quiet(
      'Cuando me separé pensé en tirarme del puente del río, ya pasó y lo trabajé en terapia. Hoy estoy bien con mis hijos.',
    );
    cardFor('Cuando me separé pensé en tirarme del puente del río, y otra vez ando pensando en eso.');
  });

  it('does not read a past wish to die when one remembers where one comes from, but reads it recurring', () => {
    quiet('Hace tres años quería morirme todos los días. No se me olvida de dónde vengo.');
    cardFor(
      'Hace tres años quería morirme todos los días. No se me olvida de dónde vengo y últimamente vuelve.',
    );
  });

  it('does not read a goodbye to the group for a new shift, but reads one with no more strength', () => {
    quiet('Me despido del grupo: me cambiaron el horario y ya no puedo conectarme por la noche.');
    cardFor('Me despido del grupo: ya no puedo más con nada.');
  });

  it('does not read a last message at the end of a programme, but reads a bare last message', () => {
    quiet('Esta es la última vez que escribo aquí porque me dieron de alta. Gracias a todos.');
    cardFor('Esta es la última vez que escribo aquí. Cuiden a mis gatos.');
  });

  it('leaves "unalive" in an English sentence to the English rules, which still read it', () => {
    noSpanishRule('this spreadsheet is making me want to unalive 💀 jk just tired of formulas');
    cardFor('this spreadsheet is making me want to unalive myself, not joking');
    cardFor('my cousin keeps telling me she wants to unalive herself', 'other');
  });

  it('does not read a wish to die marked as a joke in brackets, but reads one said in earnest', () => {
    quiet('Tres reuniones seguidas. Me quiero morir (chiste, solo quiero una siesta)');
    cardFor('Tres reuniones seguidas y me quiero morir, y no es chiste.');
    noSpanishRule('Me quiero morir (broma) de tanto trámite');
  });
});
