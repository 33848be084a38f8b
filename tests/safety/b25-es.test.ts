import { describe, expect, it } from 'vitest';
import { cardFor, noRule, noSpanishRule, quiet, rule } from './twins';

/**
 * Spanish, the kinds tuning batch 25 showed. Every case is written here, in new words, not taken
 * from the batch: a look-alike that stays quiet and a close twin that still shows the card.
 */

describe('Spanish, the kinds tuning batch 25 showed: risk in new words', () => {
  it('reads drinking or dosing while hoping not to wake, but not hoping not to wake someone', () => {
    expect(rule('bebo hasta caer rendido, con la esperanza de no despertar')).toBe('es.want-die');
    cardFor('me tomé las de dormir con vino, a ver si esta vez no amanezco');
    noRule('con el bebé en brazos entré en puntitas esperando no despertar a nadie');
    noRule('me tomé un té de tila esperando no despertarme a las tres como siempre');
  });

  it('reads letting go after dropping psychiatric treatment, but not letting go of a grudge', () => {
    expect(rule('suspendí los antidepresivos el mes pasado. solo quiero dejarme ir')).toBe(
      'es.let-go-off-meds',
    );
    noRule('dejé los antidepresivos con ayuda de mi psiquiatra. ahora quiero dejar ir el rencor con mi papá');
    noRule('dejé los antidepresivos hace un mes. en la fiesta me voy a dejar ir con la música');
  });

  it('reads someone else thinking of injecting something, with the someone-you-know card', () => {
    expect(
      rule(
        'un compañero del hospital me dijo que quiere inyectarse lo que sobra de la morfina al salir de guardia',
      ),
    ).toBe('es.third-inject');
    cardFor('mi vecina se quiere inyectar todo el frasco de insulina, me lo dijo llorando', 'other');
    noRule('mi compañera del hospital va a inyectarse algo para la migraña antes de la guardia');
  });

  it('reads the writer thinking of injecting something, but not an injection for care', () => {
    expect(rule('he pensado en inyectarme algo cuando termine la guardia')).toBe('es.inject-self');
    noRule('mañana me toca inyectarme algo para la rodilla en el traumatólogo');
    noRule('voy a inyectarme vitamina b12 antes del turno');
  });

  it('reads someone else trying to take a whole supply, but not a course of medicine', () => {
    cardFor('mi cuñada trató de tomarse todas las pastillas de su mamá el sábado', 'other');
    noRule('mi abuela tiene que tomarse todas las pastillas del antibiótico aunque se sienta bien');
  });
});

describe('Spanish, the kinds tuning batch 25 showed: look-alikes', () => {
  it('gives the someone-you-know card to a relative weighing hiding the pills, not the writer’s own', () => {
    cardFor(
      'mi hijo intentó matarse la semana pasada. ya volvió a casa y yo no duermo, ¿debería esconder las pastillas?',
      'other',
    );
    cardFor('no sé si esconder las pastillas que junté');
    cardFor('tengo que esconder las pastillas que junté para que no me las quiten');
  });

  it('lets weather and seasons pass, but not a life that cannot be borne', () => {
    quiet('qué bochorno, ya no aguanto más el verano, me voy a la piscina');
    noRule('me tiene podrida la garúa, no aguanto más la neblina de Lima');
    cardFor('ya no aguanto más esta vida, ni con sol ni con lluvia');
  });

  it('lets dying of how good something was pass, but not dying of how bad one feels', () => {
    noRule('me quiero morir de lo sabroso que estaba el asado de mi tío');
    noRule('me quiero morir de lo tierno que está mi sobrino con el disfraz');
    cardFor('me quiero morir de lo mal que estoy');
    cardFor('me quiero morir de lo buena que es la vida sin mí para todos');
  });

  it('lets a past mishap in front of others pass, but not a wish still there', () => {
    noRule('me quise morir cuando se me cayó la bandeja delante de todo el restaurante');
    noRule('me hubiese querido morir cuando me resbalé en la pasarela del desfile');
    cardFor('me quise morir cuando se me cayó la bandeja, y todavía quiero morirme');
    cardFor('me hubiera querido morir cuando me dejó, y todavía lo pienso');
  });

  it('lets a retreat to a cabin pass, but not disappearing for good', () => {
    noRule('cuando me jubile quiero desaparecer en una cabaña en la sierra, con mis libros y mis perros');
    cardFor('quiero desaparecer en el mar y que nadie me busque');
    cardFor('quiero desaparecer en una cabaña en la sierra para siempre y que nadie me encuentre');
  });

  it('no Spanish rule speaks on a social or academic "suicide" joke (en.suicide still does)', () => {
    noSpanishRule('me suicidé socialmente en la cena de empresa jaja, pero sobreviví');
  });
});
