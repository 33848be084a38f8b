import type { recordsEn } from './records.en';

/** Spanish: A member’s own record, export, erasure, groups and community access (src/data-rights, src/groups, src/core). Gathered into `../es.ts`. */
export const recordsEs: Record<keyof typeof recordsEn, string> = {
  // ── Borrar todo (src/data-rights/delete.ts) ─────────────────────────────────────────────
  'delete.offer.heading': '¿Borrar todo?',
  'delete.offer.what':
    'Esto borra de Between tus respuestas, lo que marcaste en las listas, el historial de preguntas, tu horario, tus ajustes, tus vínculos y tu historial de consentimientos, al instante y para siempre. No se puede deshacer. Si quieres una copia, usa primero /between export.',
  'delete.offer.communities':
    'Usaste Between en {count} comunidades de esta plataforma; esto borra lo que tiene guardado en todas.',
  'delete.offer.shared':
    '{count, plural, one {Un envío tuyo sigue} other {# envíos tuyos siguen}} en los mensajes directos de tu terapeuta. {count, plural, one {Puedo retirarlo} other {Puedo retirarlos}} primero (borrando los resúmenes y sus archivos donde la plataforma lo permita), o dejar lo que ya recibió.',
  'delete.button.withdraw': 'Retirar lo compartido y luego borrar',
  'delete.button.eraseLeave': 'Borrar y dejar lo que ya recibió',
  'delete.button.erase': 'Borrar todo',
  'delete.button.keep': 'Conservar mis datos',
  'delete.done': 'Listo. Se borró todo lo que Between tenía sobre ti.',
  'delete.done.withdrawn':
    '{withdrawn, plural, one {Antes se retiró # envío} other {Antes se retiraron # envíos}} de los mensajes de tu terapeuta.',
  'delete.done.withdrawnSome':
    '{withdrawn, plural, one {Se retiró # envío} other {Se retiraron # envíos}}, pero {kept, plural, one {# no se pudo quitar} other {# no se pudieron quitar}} de la plataforma; quizá quieras contárselo a tu terapeuta.',
  'delete.done.fresh': 'Si vuelves a usar Between, empieza de cero y no guarda nada hasta que tú lo digas.',
  'delete.kept': 'Todo queda como estaba. No se borró nada.',
  'delete.shareWithdrawn': 'Tu cliente retiró lo que había compartido aquí.',

  // ── Exportar (src/data-rights/export.ts) ────────────────────────────────────────────────
  'export.offer.heading': 'Tu exportación',
  'export.offer.body':
    'Es un solo archivo con todo lo que Between guarda sobre ti, incluido lo que escribiste. {where} No se envía nada hasta que presiones el botón.',
  'export.offer.where.slack':
    'Para llegar a ti, se sube a Slack, a tus mensajes directos con Between, y pasa por los servidores de Slack. Between lo borra de Slack {hours} horas después de que llegue, así que guárdalo antes.',
  'export.offer.where.discord':
    'Para llegar a ti, se sube a Discord como una respuesta que solo tú puedes ver, y pasa por los servidores de Discord. Discord deja de mostrarlo cuando cierras esa respuesta o recargas, así que guárdalo enseguida.',
  'export.offer.button': 'Enviarme el archivo',
  'export.summary':
    'Aquí tienes todo lo que Between guarda sobre ti: {answers, plural, one {# respuesta} other {# respuestas}}, {prompts, plural, one {# pregunta enviada} other {# preguntas enviadas}}, tus ajustes y tu historial de consentimientos{communities, plural, =1 {} other {, de las # comunidades en las que lo usaste (un archivo por cada una)}}.',
  'export.summary.slack':
    'Between borra este mensaje y el archivo de Slack en {hours} horas: guarda el archivo antes.',
  'export.onItsWay':
    'Tu exportación va en camino a tus mensajes directos con Between. Between la borra de Slack {hours} horas después de que llegue, así que guárdala antes.',
  'export.removed': 'Esta exportación se quitó. /between export te envía una nueva.',

  // ── Historial (src/data-rights/history.ts) ──────────────────────────────────────────────
  'history.none': 'Todavía no hay nada registrado sobre ti.',
  'history.list':
    'Tu historial ({count, plural, one {el último registro} other {los últimos # registros}}; lo que pasó, nunca lo que escribiste):\n{lines}',
  'history.action.consent_granted': 'elegiste permitir',
  'history.action.consent_withdrawn': 'retiraste tu permiso',
  'history.action.export': 'exportaste tus datos',
  'history.action.safety_event': 'se te mostraron líneas de crisis',
  'history.action.settings_changed': 'se cambiaron tus ajustes',
  'history.action.share': 'compartiste entradas',
  'history.action.share_revoked': 'retiraste algo que habías compartido',
  'history.action.link_changed': 'cambió uno de tus vínculos con terapeutas',
  'history.scope.store_answers': 'guardar tus respuestas',
  'history.scope.risk_alert_therapist': 'avisar a tu terapeuta',
  'history.linkStatus':
    '{status, select, invited {invitación enviada} active {activo} declined {rechazado} ended {terminado} other {{status}}}',

  // ── Grupos (src/groups/groups.ts) ───────────────────────────────────────────────────────
  'group.help.members': '/between group (lo que envía tu grupo), group join (unirte), group leave (salir)',
  'group.help.facilitators':
    'Para quienes facilitan: group session thu 18:00 · group schedule add after-session 12:00 · group schedule add before-session 19:00 checklist · group schedule remove 1 · group stats',
  'group.in': 'Estás en el grupo: sus preguntas te llegan según tu propia hora local.',
  'group.notIn':
    'No estás siguiendo el ritmo del grupo. Con /between group join te llegan sus preguntas; puedes salir cuando quieras.',
  'group.session':
    'Sesión del grupo: {day, select, 1 {los lunes} 2 {los martes} 3 {los miércoles} 4 {los jueves} 5 {los viernes} 6 {los sábados} 7 {los domingos} other {{day}}} a las {time}',
  'group.noSession': 'El grupo todavía no tiene una sesión definida.',
  'group.schedule': 'El horario del grupo:\n{lines}',
  'group.noSchedule': 'El grupo todavía no tiene horario.',
  'group.joined': 'Listo, te uniste.',
  'group.left': 'Saliste del ritmo del grupo. Tu propio horario sigue igual.',
  'group.saved': 'Listo, guardado.',
  'group.bad.remove': 'Dime cuál quieres quitar, con su número en /between group.',
  'group.week': 'la semana del {from} al {to}',
  'group.stats.tooFew':
    'Menos de {min} personas respondieron las preguntas del grupo en {week}, así que no muestro totales: en un grupo pequeño, un total podría señalar a alguien. Los totales cubren solo semanas cerradas, nunca la semana en curso.',
  'group.stats.answered': 'En {week}, {count} personas respondieron las preguntas del grupo.',
  'group.stats.checklist':
    'Chequeo de alejamiento (cuántas personas notaron cada punto, entre quienes lo usaron):\n{lines}',
  'group.stats.item': '• {label} {count} de {total}',
  'group.stats.checklistTooFew':
    'Para mostrar los totales del chequeo hacen falta al menos {min} personas que lo hayan usado.',
  'group.stats.countsOnly': 'Solo totales: sin nombres, sin respuestas y nada sobre quienes no respondieron.',

  // ── Comunidades en mensajes directos (src/core/community.ts) ────────────────────────────
  'community.dmOnly': 'Solo mensajes directos',
  'community.server': 'Servidor {id}',
  'community.which': 'Usas Between en más de una comunidad. ¿Para cuál es este mensaje?',
  'community.whichForDms': '¿Para qué comunidad son tus mensajes directos conmigo?',
  'community.remember':
    'Voy a recordar tu elección para los mensajes directos; /between community la cambia. /between help, export y delete siempre abarcan todas tus comunidades.',
  'community.now': 'Ahora: {name}.',
  'community.onlyOne':
    'Aquí usas Between en una sola comunidad, así que los mensajes directos siempre son para esa.',
  'community.notYours': 'Esa comunidad ya no es una de las tuyas. /between community te las muestra.',
  'community.chosen':
    'Listo: ahora tus mensajes directos conmigo son para {name}. Vuelve a enviar tu comando, por favor. /between community lo cambia.',

  // ── Quién puede hacer qué (src/core/access.ts) ──────────────────────────────────────────
  'access.refused.invite':
    'Solo quien tiene el rol de terapeuta puede invitar a un cliente a vincularse, y nunca a su propia cuenta. Si crees que deberías tenerlo, pregúntale a quien administra tu consultorio.',
  'access.refused.cap':
    'Puedes decidir con qué frecuencia Between le escribe a alguien solo si es un cliente vinculado contigo (terapeutas) o alguien de un grupo en el que estás (quienes facilitan).',
  'access.refused.group': 'Solo quien facilita el grupo puede cambiar su ritmo o ver sus totales.',
};
