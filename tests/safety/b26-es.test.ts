import { describe, expect, it } from 'vitest';
import { cardFor, noRule, noSpanishRule, rule } from './twins';

/**
 * Spanish, the kinds tuning batch 26 showed. Every case is written here, in new words, not taken
 * from the batch: a look-alike that stays quiet and a close twin that still shows the card.
 */

describe('Spanish, the kinds tuning batch 26 showed: risk in new words', () => {
  it('reads going to a height or the water meaning to throw oneself, but not a jump for sport or a nap', () => {
    expect(
      rule(
        'el domingo manejé hasta el acantilado con la intención de lanzarme, me quedé sentado hasta que amaneció',
      ),
    ).toBe('es.intent-at-height-told');
    cardFor('me acerqué a la orilla del barranco para aventarme y me frenó el ladrido de un perro');
    cardFor('me subí al kayak con la idea de tirarme al mar y no volver');
    noRule('me compré el equipo con la idea de tirarme en paracaídas para mi cumpleaños');
    noRule('me asomé al trampolín para tirarme a la pileta y me dio vértigo');
    noRule('llegué del trabajo con la idea de tirarme una siesta larguísima');
  });

  it('reads cutting the fingers or hands with a blade as a habit, but not a slip opening boxes', () => {
    expect(rule('me corto las palmas con una navaja cuando nadie me ve')).toBe('es.cut-self');
    cardFor('me sigo cortando los nudillos con la gillette y me pongo guantes para que no se vea');
    noRule('siempre me corto los dedos con el cúter abriendo cajas en la bodega, soy un torpe');
    noRule('me corto las manos con el cúter cada vez que hago maquetas para la facu');
  });

  it('gives the someone-you-know card to words of dying found written in their things', () => {
    expect(rule('le encontré en la libreta a mi sobrino "ya no puedo más" escrito en rojo')).toBe(
      'es.third-words-found',
    );
    cardFor('le encontré en la libreta a mi sobrino "ya no puedo más" escrito en rojo', 'other');
    cardFor('revisando su mochila le vi en la carpeta "me quiero matar" con letra de ella', 'other');
    noRule('le encontré en el cuaderno "quiero ser astronauta" escrito muchas veces');
  });

  it('gives the someone-you-know card to a goodbye posted with a height, but not a holiday goodbye', () => {
    expect(rule('mi vecino posteó "chao, gracias por todo" con una foto de las vías del tren')).toBe(
      'es.third-goodbye-post',
    );
    cardFor('mi vecino posteó "chao, gracias por todo" con una foto de las vías del tren', 'other');
    cardFor('mi compa publicó "adiós, perdón por todo" con una foto desde la azotea de su edificio', 'other');
    cardFor('mi prima posteó "gracias por todo" en su historia y no contesta desde ayer', 'other');
    noRule(
      'mi prima posteó "chau Lima" con una foto del puente de los suspiros, se fue de vacaciones a Cusco',
    );
  });
});

describe('Spanish, the kinds tuning batch 26 showed: look-alikes', () => {
  it('lets an everyday mishap beside "me quiero matar" pass, but not a loss or "en serio"', () => {
    noRule('uf, me quiero matar, me quedé afuera del departamento y el portero no contesta');
    noRule('olvidé el cargador en la oficina, me quiero matar');
    noRule('me quiero matar, perdí el micro de las siete y hoy tengo parcial');
    cardFor('me quiero matar, perdí el trabajo y a mi familia');
    cardFor('olvidé el celular en casa, me quiero matar en serio');
    cardFor('me quiero matar, perdí el bus y ya no aguanto nada');
  });

  it('lets calls of suicidal risk counted on a shift pass, but not the writer’s own thoughts beside them', () => {
    noRule(
      'ayer en el chat de apoyo entraron tres conversaciones con ideación suicida, después hicimos la supervisión',
    );
    noRule('en la línea 106 esta semana atendimos varias llamadas de riesgo de suicidio y salí cansada');
    cardFor('en el turno de anoche tuve dos llamadas de riesgo suicida y yo también pienso en suicidarme');
  });

  it('lets a relative’s affairs left in order before dying pass, but not the writer’s own', () => {
    noRule(
      'mi abuelo tenía todo arreglado cuando falleció: el testamento, el nicho pagado y hasta las canciones para el funeral',
    );
    cardFor(
      'mi abuela dejó todo ordenado antes de morir. yo ya elegí las canciones para mi funeral y dejé mi testamento hecho',
    );
    cardFor('dejé todo ordenado: el testamento, instrucciones para mi funeral y una carta para cada uno');
  });

  it('lets helping a dying person write their farewell pass, but not a farewell letter of one’s own or a friend’s', () => {
    noRule(
      'acompañé a mi tío a grabar su video de despedida para sus hijos antes de fallecer, estaba en paliativos',
    );
    noRule('como enfermera ayudé a un señor a dictar su carta de despedida para su esposa antes de morir');
    cardFor(
      'mi amigo me pidió ayuda para escribir su carta de despedida y después dejó de contestar',
      'other',
    );
    cardFor('ya escribí mi carta de despedida para mis nietos');
  });

  it('no Spanish rule speaks on a grenade "suicide" in a game (en.suicide still does)', () => {
    noSpanishRule('me suicidé con una granada en la partida de anoche, el equipo me odia jaja');
  });
});
