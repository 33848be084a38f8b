import { describe, expect, it } from 'vitest';
import { cardFor, noRule, quiet, rule, rules } from './twins';

/**
 * Spanish, the kinds tuning batch 24 showed. Every case is written here, in new words, not taken
 * from the batch: a look-alike that stays quiet and a close twin that still shows the card.
 */

describe('Spanish, the kinds tuning batch 24 showed: risk in new words', () => {
  it('reads people seen a last time in secret, but not a visit before a move', () => {
    expect(
      rule(
        'pasé por la casa de cada una de mis tías para abrazarlas por última vez sin que sospecharan nada',
      ),
    ).toBe('es.last-look-unknown');
    cardFor('fui a verlos al trabajo una ultima vez sin q se dieran cuenta de nada');
    quiet(
      'pasé por la casa de mis tías para abrazarlas por última vez antes de la mudanza, sin que supieran que era sorpresa',
    );
  });

  it('reads things given out with "total, no me hacen falta", but not clothes that no longer fit', () => {
    expect(
      rule('le di mis zapatillas a mi vecino y la guitarra a mi primo. total, ya no me hacen falta'),
    ).toBe('es.given-no-need-anyway');
    cardFor('regalé mis libros y la consola a los pibes del barrio. ya no los necesito, total');
    // The readers retrained after batch 25 (stronger shrinkage) flag it (SAFETY.md): rules held quiet.
    noRule('le di mis zapatillas a mi vecino porque me quedan chicas. total, ya no me hacen falta');
  });

  it('reads a mother foreseeing her own suicide, with the someone-you-know card', () => {
    cardFor(
      'mi viejo me dejó anotado el número del banco "para el día que se mate", vive solo en el campo',
      'other',
    );
    cardFor('tengo miedo de que mi hermana se mate si la dejan sola esta semana', 'other');
    quiet('mi hermano va a ver cuando se mate estudiando para el final, no sale del cuarto');
  });

  it('reads the question of suicide in a case as a topic, but not one’s own ideas of suicide', () => {
    noRule(
      'en el grupo de true crime discutimos: ¿el cantante se suicidó o lo mataron? yo creo que lo mataron',
    );
    noRule('¿accidente o suicidio? los peritos todavía no se ponen de acuerdo con lo del guardia del museo');
    expect(rules('desde el martes tengo ideas de suicidio y no se lo conté a nadie')).toContain(
      'es.suicide-word',
    );
  });

  it('takes a plain denial after telling a bad day, but not a denial put off till tomorrow', () => {
    quiet(
      'Hoy fue un día horrible en el laburo. Aclaro: no me voy a lastimar ni nada, solo quería descargarme.',
    );
    cardFor('Hoy no me voy a lastimar, mañana no sé.');
  });

  it('reads risk told as long past against a lived present, but not when it is back', () => {
    quiet(
      'Hace cuatro años quise matarme. Hoy fui al casamiento de mi mejor amiga y bailamos hasta que cerraron.',
    );
    quiet(
      'Hace cinco años traté de quitarme la vida. Esta semana di mi primera clase de yoga y me sentí orgullosa.',
    );
    cardFor(
      'Hace cuatro años quise matarme. Hoy fui al casamiento de mi amiga y bailamos, pero anoche volví a pensarlo.',
    );
  });

  it('keeps a pet rehomed for an allergy quiet, but not a pet given away for good', () => {
    quiet('le dejé mi perro a mi tío porque mi hijo es asmático, ya me mandó un video jugando en el patio');
    expect(rule('le dejé mi perro a mi tío. él lo va a cuidar mejor que yo, después de esta semana')).toBe(
      'es.affairs',
    );
  });

  it('keeps disappearing off the map for a holiday quiet, but not for good', () => {
    quiet('me voy a desaparecer del mapa todo el fin de semana, sin celu ni correos, puro campo');
    quiet('quiero desaparecer del mapa un rato, me voy a la playa con las pibas');
    cardFor('quiero desaparecer del mapa y que nadie me busque nunca');
  });
});
