import { describe, expect, it } from 'vitest';
import { screenAll } from '../../src/safety/detect';
import { cardFor, noRule, noSpanishRule, quiet, rule } from './twins';

/**
 * Spanish, the kinds tuning batch 17 showed. Every case is written here, in new words, not taken
 * from the batch: a look-alike that stays quiet and a close twin that still shows the card.
 */

describe('Spanish, the kinds tuning batch 17 showed: risk in new words', () => {
  it('reads being already over the railing, but not climbing over for a photo', () => {
    expect(rule('anoche me pasé al otro lado de la barandilla del puente y un taxista me bajó')).toBe(
      'es.past-the-railing',
    );
    quiet('me pasé al otro lado de la baranda para sacar una foto del río');
  });

  it('reads what one needs brought home with the exact amount known, but not a recipe', () => {
    expect(rule('me llevé del hospital lo que necesito y sé exactamente cuánto tomar')).toBe(
      'es.means-exact-amount',
    );
    quiet('ya tengo lo que necesito para la torta y sé exactamente cuánto azúcar lleva');
  });

  it('reads a gun at hand and going off without coming back, but not a hunting trip', () => {
    expect(rule('tengo la escopeta en la camioneta. el domingo me voy al cerro y ya no vuelvo')).toBe(
      'es.weapon-no-return',
    );
    quiet('llevo la escopeta en la camioneta, el domingo me voy al cerro a cazar y no vuelvo hasta la noche');
  });

  it('reads one’s own funeral paid and the date set, but not a wedding chapel booked', () => {
    expect(rule('ya pagué mi nicho y mi cremación. la fecha la elijo yo.')).toBe('es.own-date-set');
    quiet('ya reservé la capilla para la boda, la fecha la elijo yo');
  });

  it('reads hoarded means in Andalusian speech and in fentanyl or morphine patches', () => {
    cardFor('tengo apartás las pastillas de mi madre');
    quiet('tengo apartás las pastillas de la gripe por si acaso');
    cardFor('tengo guardados los parches de morfina de mi abuelo');
    quiet('tengo guardados los parches de nicotina por si vuelvo a fumar');
  });

  it('reads a relapse after months clean, but not clean time celebrated', () => {
    expect(rule('llevo tres años sin cortarme pero anoche volví a hacerlo')).toBe('es.relapse-after-clean');
    quiet('llevo tres años sin cortarme y hoy lo celebré con mi terapeuta');
  });

  it('reads things given away that one will not "ocupar", but not old shoes replaced', () => {
    cardFor('le di mi bici y mis tenis a mi vecino, ya no los voy a ocupar');
    // The readers retrained after batch 25 (stronger shrinkage) flag it (SAFETY.md): rules held quiet.
    noRule('le di mis tenis viejos a mi vecino, ya no los voy a ocupar porque me compré unos nuevos');
  });

  it('reads not caring whether one comes out alive, or driving to die, but not a simulator', () => {
    expect(rule('en el rescate de la mina me daba igual salir vivo o no')).toBe('es.not-caring-more');
    quiet('en la patrulla de hoy me daba igual salir o no salir a cenar después');
    cardFor('manejo de noche a 180 sin cinturón');
    quiet('en el simulador manejo a 180 sin cinturón jaja');
  });

  it('reads the family better off with the pension than with oneself, or resting from one for good', () => {
    expect(rule('mi esposa estaría mejor con la pensión que con un marido como yo')).toBe(
      'es.better-with-money',
    );
    quiet('mi hijo estaría mejor con la beca que con el préstamo');
    expect(rule('mis hijos podrían descansar de mí de una vez')).toBe('es.rest-from-me');
    quiet('mis hijos necesitan descansar de mí unos días, se van de campamento');
  });

  it('reads not expecting to reach the end of the year, but not a parcel that will be late', () => {
    expect(rule('no me anoten para el viaje de fin de año, no creo que llegue hasta ahí')).toBe(
      'es.no-future-year',
    );
    quiet('el pedido de navidad no creo que llegue para entonces, el envío está atrasado');
  });

  it('reads a departure passed off as a trip or a retirement, but not a surprise kept', () => {
    expect(
      rule('mi hermana me preguntó si me iba de viaje y le dije que algo así. ya regalé casi todo.'),
    ).toBe('es.cover-leaving');
    quiet(
      'mi jefa me preguntó si me iba de vacaciones y le dije que algo así, es una sorpresa para mi esposa',
    );
    expect(rule('mis hijos creen que me voy a jubilar. no les he dicho nada.')).toBe('es.cover-leaving-next');
    quiet('mis hijos creen que me voy a jubilar y no les he dicho nada de la fiesta sorpresa');
  });

  it('reads a letter for each one after emptying one’s place, but not before a transfer', () => {
    expect(rule('vacié mi locker y a cada compañero le dejé una carta')).toBe('es.letters-each');
    quiet('vacié mi locker y a cada compañero le dejé una carta porque me trasladan a otra sucursal');
  });

  it('reads savings handed over without a word, but not a birthday surprise', () => {
    expect(rule('le transferí mis ahorros a mi hermana sin decirle nada')).toBe('es.money-given-unexplained');
    quiet('le transferí mis ahorros a mi hermana sin decirle nada, es para su cumpleaños y es sorpresa');
  });
});

describe('Spanish, the kinds tuning batch 17 showed: someone else', () => {
  it('reads a threat laughed off that the writer does not find funny as someone else’s', () => {
    cardFor(
      'mi cuñado siempre dice que un día se pega un tiro. se ríe al decirlo, pero a mí no me hace ninguna gracia',
      'other',
    );
    expect(
      screenAll('mi cuñado dice que se va a matar. lo dice riéndose, pero yo no le veo la gracia').map(
        (m) => m.rule,
      ),
    ).toContain('es.third-not-funny');
    quiet('mi cuñado cuenta chistes malos todo el día y a mí no me hace ninguna gracia');
  });

  it('reads someone’s note saying they will not be there next time, but not a trip', () => {
    cardFor(
      'mi sobrina dejó una notita en la mesa que decía que no iba a estar para la próxima navidad',
      'other',
    );
    quiet(
      'mi sobrina dejó una nota que decía que no iba a estar para el próximo ensayo porque se va de viaje',
    );
  });

  it('reads keys or tools handed over "por si acaso", but not before a holiday or a retirement', () => {
    cardFor('mi vecino me dio las llaves de su casa por si acaso y desde ayer no abre', 'other');
    quiet('mi vecino me dio las llaves de su casa por si acaso, se va de vacaciones a Cancún');
    cardFor('mi compañero de la obra regaló todas sus herramientas esta semana y ya no contesta', 'other');
    quiet('mi compañero regaló todas sus herramientas porque se jubila en marzo');
    quiet('mi abuelo le dio las llaves de su camioneta a mi tía porque ya no ve de noche');
  });

  it('reads an attempt as someone else’s, but not a near miss on a bike', () => {
    cardFor('mi primo casi se mata anoche, se tomó un frasco entero de pastillas', 'other');
    quiet('mi primo casi se mata en la bici por ir sin frenos');
  });
});

describe('Spanish, the kinds tuning batch 17 showed: look-alikes', () => {
  it('lets a pharmacy’s limit and wounds seen at work pass, but not one’s own', () => {
    quiet('en la farmacia solo le puedo vender una caja de ibuprofeno por el tema de las sobredosis');
    cardFor('junté cajas de ibuprofeno de varias farmacias para una sobredosis');
    quiet('en urgencias entró otro con cicatrices en las muñecas por un vidrio');
    cardFor('tengo cortes nuevos en los brazos y nadie lo sabe');
  });

  it('lets a workout that "me mató" pass, but not "me mato" as a threat', () => {
    quiet('la clase de spinning de ayer me mató, no siento las piernas');
    cardFor('si me vuelven a despedir me mato');
  });

  it('lets a rescue drill and a stranger in the news pass, but not the same words as one’s own', () => {
    quiet('en el simulacro me tocó hacer de víctima que se quiere tirar del puente');
    cardFor('mi compañero se quiere tirar del puente, lo dijo en serio', 'other');
    quiet('salió en las noticias que una mujer se tiró del puente, qué tristeza');
    cardFor('me quiero tirar del puente que salió en las noticias');
  });

  it('lets an attempt long past pass when "en la mañana" is only a time of day', () => {
    quiet('hace diez años intenté quitarme la vida. hoy me acordé en la mañana y estoy muy bien, en paz');
    cardFor('hace diez años intenté quitarme la vida y esta semana volví a pensarlo');
  });

  it('lets insurance, law, the idiom "es un suicidio" and a police call pass, but not the wish', () => {
    quiet('la póliza tiene una cláusula de suicidio de dos años');
    quiet('mañana rindo penal: inducción al suicidio y homicidio');
    quiet('es un suicidio salir a la ruta con esta niebla');
    quiet('nos llamaron por un posible suicida en la azotea y era un señor arreglando la antena');
    quiet('estoy leyendo una novela negra donde el asesino finge un suicidio');
    cardFor('pienso en el suicidio todos los días');
  });

  it('lets a family’s past attempts met on a home visit pass, but not one’s own', () => {
    quiet('en la visita domiciliaria el abuelo tiene intentos previos, armamos el plan de seguridad');
    cardFor('tengo intentos previos y anoche lo volví a pensar');
  });

  it('lets a cut opening a tin and a rope for cattle pass, but not a cut on purpose or a rope hidden', () => {
    quiet('me corté abriendo una lata de atún, nada grave');
    cardFor('me corté a propósito abriendo la caja, para sentir algo');
    quiet('compré un mecate nuevo para amarrar las vacas');
    cardFor('compré una soga y la tengo guardada en el ropero');
  });

  it('lets prayer for all who think of it pass, but not a relative who does', () => {
    quiet('en misa rezamos por los que piensan en quitarse la vida');
    cardFor('mi tío dice que piensa en quitarse la vida', 'other');
  });

  it('reads "le dije que no, que…" as an answer to the doctor, but not "le dije que no, pero…"', () => {
    quiet(
      'la doctora me preguntó si he pensado en matarme. le dije que no, que quiero ver a mis nietos casarse.',
    );
    cardFor('la doctora me preguntó si he pensado en matarme. le dije que no, pero sí lo he pensado.');
  });

  it('lets a client’s will made at 88 with a notary pass, but not a relative giving things away', () => {
    quiet('la señora que cuido hizo su testamento con el notario porque tiene 88 años');
    cardFor('mi mamá hizo su testamento la semana pasada y regaló sus joyas sin explicar nada', 'other');
  });

  it('lets a phone wiped to be sold and old harm that stopped pass', () => {
    quiet('borré todo del celular porque lo vendo el sábado, si no contesto es por eso');
    quiet('hace tres años dejé de cortarme y hoy me hice un tatuaje que me encanta');
  });

  it('lets a game’s grenade and algospeak explained in class pass in the Spanish rules', () => {
    noSpanishRule('en la última partida me suicidé con mi propia granada 💀 fue sin querer');
    noSpanishRule('la profe nos explicó que en tiktok dicen desvivir para que no les borren los videos');
  });
});

describe('Spanish, the kinds tuning batch 17 showed: plans said plainly, read by rules', () => {
  it('reads an end fixed to a day, but not the end of a dispute or a tournament', () => {
    expect(rule('el viernes cierro la tienda solo y ya decidí que ahí se acaba todo')).toBe('es.ends-on-day');
    quiet('el viernes cierro la tienda y ya decidí que ahí se acaba todo el lío con el proveedor');
    quiet('el domingo se termina todo el torneo, por fin');
  });

  it('reads "la próxima no me bajo" after a stay at the edge, but not a penalty kick', () => {
    expect(
      rule(
        'ayer me senté en la cornisa de la azotea. bajé porque me llamó mi hermana. la próxima no me bajo',
      ),
    ).toBeDefined();
    expect(rule('bajé porque me llamó mi hermana. la próxima no me bajo')).toBe('es.next-time-through');
    quiet('la próxima no fallo el penal, lo juro');
  });

  it('reads a time at a cliff edge deciding, but not a sunset watched there', () => {
    cardFor('fui hasta el acantilado y estuve una hora mirando abajo, decidiéndome');
    quiet('fui hasta los acantilados a ver el atardecer y estuve una hora mirando abajo, qué vista');
  });

  it('reads "lo hago" once the others are out, but not a surprise being prepared', () => {
    expect(rule('el sábado cuando mis papás se vayan al pueblo lo hago')).toBe('es.when-alone-do-it');
    quiet('el sábado cuando mis papás se vayan al pueblo lo hago, ya tengo listo el pastel sorpresa');
  });

  it('reads a blade drawn over the body, but not shaving', () => {
    expect(rule('volví a pasarme el vidrio por los muslos')).toBe('es.blade-drawn-over');
    quiet('me paso la navaja por las piernas para depilarme');
  });

  it('reads a check-in question answered with the means and the place, but not a no', () => {
    expect(rule('¿te hiciste daño esta semana? sí. con el cúter, en el muslo')).toBe('es.harm-answer-yes');
    // The readers retrained after batch 25 (stronger shrinkage) flag it (SAFETY.md): rules held quiet.
    noRule('¿te hiciste daño esta semana? no. con el cúter solo abro cajas');
  });

  it('reads means kept "para cuando me decida", but not hair dye', () => {
    expect(rule('la escopeta la tengo en el ropero, para cuando me decida')).toBe('es.means-until-decided');
    quiet('tengo el tinte para el pelo guardado, para cuando me decida');
  });

  it('reads a letter left and a height named with "no me esperen", but not a fishing trip', () => {
    expect(rule('dejé una carta en la mesa. me voy a la azotea del edificio, ya no me esperen')).toBe(
      'es.letter-then-place',
    );
    // The readers retrained after batch 25 (stronger shrinkage) flag it (SAFETY.md): rules held quiet.
    noRule('me voy al río a pescar con mi tío, ya no me esperen para comer');
  });

  it('reads a farm poison named to be drunk, but not a field sprayed', () => {
    expect(rule('el domingo me tomo el paraquat del galpón')).toBe('es.poison-self');
    quiet('hoy fumigamos la milpa con paraquat, bien protegidos');
  });

  it('reads "autoborrarse" said of a person, but not of messages', () => {
    cardFor('un pana del discord dijo que esta noche se iba a autoborrar y se salió', 'other');
    cardFor('me voy a autoborrar esta noche');
    // The Spanish reader retrained after batch 23 flags it (SAFETY.md): the rules are held quiet on it.
    noRule('en telegram los mensajes se van a autoborrar a las 24 horas');
  });

  it('reads someone else’s note that clears the family or hands over a pet, but not a move or a hospital stay', () => {
    expect(rule('mi prima dejó una carta que dice que no es culpa nuestra')).toBe('es.third-note-more');
    quiet('mi prima dejó una carta que dice que no es culpa nuestra que se mude a Lima, que lo decidió sola');
    cardFor('mi vecino me dejó una nota diciendo que cuide a su gato', 'other');
    quiet('mi vecino me dejó una nota diciendo que cuide a su gato mientras está en el hospital');
  });

  it('reads marks seen on someone’s arms, even with a cover story, but not marker drawings', () => {
    expect(rule('mi hermano tiene rayas nuevas en los brazos y dice que fue el gato')).toBe(
      'es.third-marks-seen',
    );
    quiet('mi hermano tiene rayas en los brazos de marcador, estuvo jugando al tatuador');
  });

  it('reads someone’s last meeting with everything arranged, but not a move', () => {
    cardFor(
      'en el taller una señora dijo que esta era su última reunión y que ya dejó todo arreglado',
      'other',
    );
    quiet('en el taller una señora dijo que esta era su última reunión porque se muda a Mendoza');
  });
});

describe('Spanish, the kinds tuning batch 17 showed: indirect signs read by rules', () => {
  it('reads not getting up one day as no loss, and a bullet "que me toque"', () => {
    expect(rule('si un día no me levanto, pues mejor, menos gastos para todos')).toBe('es.signs-in-passing');
    expect(rule('en el operativo me meto primero; si me toca un balazo, que me toque')).toBe(
      'es.signs-in-passing',
    );
  });

  it('reads no more appointments "ni a ninguna", but not a change of therapist', () => {
    expect(rule('le dije a la psicóloga que no voy a ir a la cita del jueves ni a ninguna')).toBe(
      'es.signs-in-passing',
    );
    quiet(
      'le dije a la psicóloga que no voy a ir a la cita del jueves ni a ninguna más, me cambio a otra terapeuta por el horario',
    );
  });

  it('reads one’s part in life done and no reason to stay, but not leaving a party', () => {
    expect(rule('ya hice lo que me tocaba hacer en esta vida')).toBe('es.signs-in-passing');
    cardFor('cuando se vaya mi abuela ya no tengo para qué quedarme');
    quiet('ya no tengo para qué quedarme en la fiesta, me voy');
  });

  it('reads being "de sobra" and not eating without caring, but not a stomach bug', () => {
    expect(rule('con mis años uno ya está de sobra en todos lados')).toBe('es.signs-in-passing');
    expect(rule('no debería ni estar aquí, perdón por molestar')).toBe('es.signs-in-passing');
    expect(rule('no he comido desde el lunes y me da igual')).toBe('es.signs-in-passing');
    quiet('con la gastroenteritis no he comido desde el lunes y me da igual');
  });

  it('reads a pet rehomed because one "will not be able" to care for it, but not before a move', () => {
    expect(rule('le encontré casa a mi gato con la vecina. ya no lo voy a poder cuidar.')).toBe(
      'es.pet-rehomed-cant-care',
    );
    quiet('mi gato se queda con la vecina. me mudo a un depto chico y ya no lo voy a poder cuidar.');
  });
});
