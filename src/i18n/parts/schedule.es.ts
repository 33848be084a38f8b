import type { scheduleEn } from './schedule.en';

/** Spanish: Schedules, the weekly cap and messages between people (src/scheduling, src/outbox). Gathered into `../es.ts`. */
export const scheduleEs: Record<keyof typeof scheduleEn, string> = {
  // ── Horario (src/scheduling/commands.ts) ────────────────────────────────────────────────
  'schedule.help.weekly':
    '/between schedule add mon,thu 19:00 (una pregunta para reflexionar esos días; los días pueden ir en inglés o en español, como lun,jue; también daily (todos los días), weekdays (entre semana) o weekends (fines de semana))',
  'schedule.help.afterSession': '/between schedule add after-session 18:00 (el día después de cada sesión)',
  'schedule.help.beforeSession':
    '/between schedule add before-session 19:00 digest (la tarde anterior: qué llevar a tu sesión)',
  'schedule.help.content': '  al final, qué enviar: “reflection” (si no pones nada), “checklist” o “digest”',
  'schedule.help.session':
    '/between schedule session tue 17:00 (tu sesión semanal), o session dates 2026-12-01 2026-12-15, o session off',
  'schedule.help.remove':
    '/between schedule remove 2 (quita el número 2), /between schedule clear (quita todo)',
  'schedule.content.reflection': 'una pregunta para reflexionar',
  'schedule.content.checklist': 'el chequeo de alejamiento',
  'schedule.content.digest': 'una pregunta sobre “qué llevar a tu sesión”',
  'schedule.days.everyDay': 'todos los días',
  'schedule.days.some': 'cada {days}',
  'schedule.rule.weekly': '{what}, {days} a las {time}',
  'schedule.rule.afterSession': '{what}, el día después de cada sesión a las {time}',
  'schedule.rule.beforeSession': '{what}, el día antes de cada sesión a las {time}',
  'schedule.show.line': '{n}. {rule} (próxima vez: {when})',
  'schedule.show.nextUnset': 'cuando tengas una sesión definida',
  'schedule.show.weeklySession': 'Tu sesión semanal: cada {day} a las {time}',
  'schedule.show.sessionDates': 'Las fechas de tus sesiones: {dates}',
  'schedule.show.noSession': 'Todavía no hay horarios de sesión.',
  'schedule.show.rules': 'Tu horario (en la zona horaria {zone}):\n{lines}',
  'schedule.show.none': 'Todavía no tienes un horario.',
  'schedule.show.paused': 'En pausa hasta el {date}.',
  'schedule.show.cap':
    'Como máximo {n, plural, one {# aviso} other {# avisos}} por semana, según lo acordado con tu terapeuta.',
  'schedule.show.toChange': 'Para cambiarlo:\n{lines}',
  'schedule.added': 'Agregado.',
  'schedule.addedWaiting':
    'Agregado. Empieza en cuanto sepa cuándo son tus sesiones: /between schedule session tue 17:00.',
  'schedule.zoneUnknown':
    'Estas horas están en {zone}, porque todavía no sé tu zona horaria: elige la tuya aquí abajo, o escribe /between settings timezone America/Mexico_City (con el nombre de tu zona), y tu horario se mueve con ella.',
  'schedule.zone.newYork': 'Nueva York (hora del este)',
  'schedule.zone.chicago': 'Chicago (hora del centro)',
  'schedule.zone.denver': 'Denver (hora de la montaña)',
  'schedule.zone.losAngeles': 'Los Ángeles (hora del Pacífico)',
  'schedule.zone.toronto': 'Toronto',
  'schedule.zone.london': 'Londres',
  'schedule.zone.dublin': 'Dublín',
  'schedule.zone.sydney': 'Sídney',
  'schedule.zone.perth': 'Perth',
  'schedule.zone.auckland': 'Auckland',
  'schedule.zone.mexicoCity': 'Ciudad de México',
  'schedule.zone.bogota': 'Bogotá',
  'schedule.zone.lima': 'Lima',
  'schedule.zone.caracas': 'Caracas',
  'schedule.zone.santiago': 'Santiago de Chile',
  'schedule.zone.buenosAires': 'Buenos Aires',
  'schedule.zone.guatemala': 'Guatemala (Centroamérica)',
  'schedule.zone.madrid': 'Madrid',
  'schedule.saved': 'Guardado.',
  'schedule.removed': 'Listo, lo quité.',
  'schedule.cleared': 'Listo, tu horario quedó vacío. No se enviará nada programado hasta que agregues algo.',
  'schedule.bad.time': 'Las horas van en formato de 24 horas, como 07:30 o 19:00.',
  'schedule.bad.days': 'Los días se escriben así: mon,thu o lun,jue (o daily, weekdays, weekends).',
  'schedule.bad.content': 'Lo que se envía puede ser “reflection”, “checklist” o “digest”.',
  'schedule.bad.example': 'Por ejemplo:\n{lines}',
  'schedule.bad.tooMany':
    'Ya tienes {max} envíos programados; si quieres agregar otro, primero quita uno (/between schedule remove 1).',
  'schedule.bad.weeklySession': 'Una sesión semanal se escribe así: tue 17:00 (o off).',
  'schedule.bad.sessionDates':
    'Las fechas de sesión se escriben así: /between schedule session dates 2026-12-01 2026-12-15 at 17:00',
  'schedule.bad.nothingToRemove': 'No hay nada programado que quitar.',
  'schedule.bad.whichOne': 'Dime cuál, del 1 al {count}.',
  'schedule.bad.unknown': 'Esto es lo que puedo hacer:\n{lines}',

  // ── El límite semanal (src/scheduling/cap.ts) ───────────────────────────────────────────
  'cap.bad.notStaff':
    'Solo un terapeuta o quien facilita un grupo puede decidir cada cuánto Between le escribe a un cliente.',
  'cap.bad.args':
    'Dime a quién y cuántos avisos por semana, del 1 al {max}: /between cap @client 3 (o /between cap @client off).',
  'cap.bad.unknownPerson':
    'Todavía no conozco a esa persona en este espacio de trabajo; primero tiene que haber usado Between aquí.',
  'cap.off': 'Listo: ya no tiene un límite semanal (su propio horario sigue vigente).',
  'cap.set':
    'Listo: Between le enviará como máximo {n, plural, one {# aviso} other {# avisos}} en cualquier período de 7 días, recordatorios incluidos.',

  // ── Mensajes entre personas (src/outbox), en el idioma de quien los recibe ───────────────
  'outbox.failed.share':
    'Lo que compartiste con {name} no llegó: {why}. No cuenta como compartido; /between shared lo muestra (y te deja retirar lo que sí le haya llegado), y con /between share puedes volver a enviar las entradas.',
  'outbox.failed.invitation':
    'Tu invitación a {name} no llegó: {why}. No cambió nada; puedes enviarle otra invitación más adelante.',
  'outbox.failed.link':
    'No pude avisarle a {name} del cambio en el vínculo entre ustedes: {why}. El cambio sigue en pie.',
  'outbox.failed.export':
    'Tu exportación no te llegó: {why}. Puedes intentarlo de nuevo con /between export.',
  'outbox.capped':
    '{name} ajustó Between para que te envíe como máximo {n, plural, one {# aviso} other {# avisos}} en cualquier período de 7 días, recordatorios incluidos. Tu propio horario sigue vigente; si esto no te acomoda, puedes decírselo.',
  'outbox.uncapped':
    '{name} quitó el límite semanal de avisos que Between te envía. Tu propio horario sigue igual que antes.',
  'outbox.why.dmBlocked': 'sus mensajes directos están cerrados para esta app',
  'outbox.why.recipientGone': 'ya no está en este espacio de trabajo',
  'outbox.why.gaveUp': 'la plataforma siguió fallando',
  'outbox.why.uncertain': 'la plataforma no respondió, así que puede que haya llegado o no',
  'outbox.why.interrupted': 'Between se detuvo mientras lo enviaba, así que puede que haya llegado o no',
  'outbox.why.filesFailed': 'el texto llegó, pero sus archivos no',
  'outbox.why.unknown': 'no se pudo entregar',

  // ── El envío (src/scheduling/worker.ts) ─────────────────────────────────────────────────
  'delivery.erased': 'Se quitó este mensaje: tus datos en Between se borraron.',
};
