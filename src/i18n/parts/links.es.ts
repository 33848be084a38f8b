import type { linksEn } from './links.en';

/** Spanish: Care links, the therapist digest and its chart (src/sharing: links, digest, chart). Gathered into `../es.ts`. */
export const linksEs: Record<keyof typeof linksEn, string> = {
  // ── Vínculos de acompañamiento (src/sharing/links.ts) ───────────────────────────────────
  'links.bad.notTherapist':
    'Solo quien tiene el rol de terapeuta puede invitar a alguien a vincularse. Si crees que deberías tenerlo, pregúntale a quien administra tu consultorio.',
  'links.bad.inviteWho': 'Dime a quién invitar: /between invite @cliente',
  'links.bad.unknownPerson':
    'Todavía no conozco a esa persona en este espacio de trabajo; primero tiene que haber usado Between aquí.',
  'links.bad.self': 'No puedes vincularte contigo.',
  'links.bad.notInvited': 'Solo quien recibió la invitación puede responderla.',
  'links.gone': 'Ese vínculo ya no existe. /between link te muestra tus vínculos.',
  'links.invite.already': 'Ya tienes un vínculo con {name}.',
  'links.invite.sent':
    'La invitación va en camino a {name}; si no le llega, te aviso. No se comparte nada hasta que elija compartir algo.',
  'links.invitation.heading': '{name} quisiera vincularse contigo en Between.',
  'links.invitation.body':
    'Vincularse no comparte nada por sí solo. Solo significa que, cuando tú lo elijas, podrás enviarle una reflexión o un resumen del chequeo. Puedes terminar el vínculo cuando quieras.',
  'links.button.accept': 'Aceptar',
  'links.button.decline': 'Rechazar',
  'links.button.end': 'Terminar el vínculo',
  'links.button.acceptNumbered': 'Aceptar ({n})',
  'links.button.declineNumbered': 'Rechazar ({n})',
  'links.button.endNumbered': 'Terminar el vínculo ({n})',
  'links.button.shareThis': 'Compartir esto…',
  'links.news.accepted': '{name} aceptó tu invitación para vincularse.',
  'links.news.declined': '{name} no aceptó tu invitación para vincularse.',
  'links.news.ended': '{name} terminó el vínculo que tenían en Between.',
  'links.news.erased': 'Una persona con quien tenías un vínculo en Between lo terminó y borró sus datos.',
  'links.list.none': 'No tienes vínculos. Tu terapeuta puede invitarte con /between invite @tú.',
  'links.list.invited': '{name} te invitó a vincularte.',
  'links.list.linked': 'Vínculo con {name}.',
  'links.list.waiting': 'Esperando la respuesta de {name}.',
  'links.answer.already': 'Esa invitación ya tiene respuesta. /between link te muestra tus vínculos.',
  'links.answer.accepted':
    'Listo, el vínculo quedó activo. Todavía no se comparte nada: con /between share eliges qué enviar, cuando quieras.',
  'links.answer.declined': 'Invitación rechazada. Para ti no cambia nada.',
  'links.end.already': 'Ese vínculo ya terminó.',
  'links.end.done': 'El vínculo con {name} terminó. Ya no se puede compartir nada a través de él.',

  // ── Lo que recibe quien acompaña en terapia (src/sharing/digest.ts) ─────────────────────
  'links.digest.day': '{weekday} {day} de {month} de {year}',
  'links.digest.heading': 'Compartido por {name}',
  'links.digest.heading.oneDay':
    'Compartido por {name}, {count, plural, one {una entrada} other {entradas}} del {day}',
  'links.digest.heading.days': 'Compartido por {name}, entradas del {first} al {last}',
  'links.digest.kind.reflection': 'Reflexión',
  'links.digest.kind.checklist': 'Chequeo de alejamiento',
  'links.digest.kind.checklistFollowUp': 'Lo que podría estar protegiendo',
  'links.digest.kind.ruptureNote': 'Algo sobre una sesión',
  'links.digest.checklist': 'Chequeo',
  'links.digest.rupturePrompt': 'Algo en una sesión no se sintió bien',
  'links.digest.noticed': 'Lo que notó: {items}',
  'links.digest.noticedNone': 'Lo que notó: ninguno de los puntos',
  'links.digest.onlyChosen': 'Aquí está solo lo que tu cliente eligió compartir.',
  'links.digest.onlyChosenNothingElse':
    'Aquí está solo lo que tu cliente eligió compartir; nada de lo que no compartió ni respondió.',
  'links.digest.picture': 'El chequeo, semana a semana',
  'links.digest.tooLong':
    '{count, plural, one {{count} entrada, demasiado larga para mostrarla aquí completa: está en el archivo adjunto, palabra por palabra.} other {{count} entradas, demasiado largas para mostrarlas aquí completas: están en el archivo adjunto, palabra por palabra.}}',

  // ── El gráfico (src/sharing/chart.ts) ───────────────────────────────────────────────────
  'links.chart.title': 'Puntos del chequeo marcados por semana',
  'links.chart.axis': 'Veces que se marcó',
  'links.chart.empty': 'No hay respuestas al chequeo en este período',
  'links.chart.date': '{day} {month}',
  'links.chart.dateWithYear': '{day} de {month} de {year}',
  'links.chart.caption.oneWeek': 'Semana que empieza el lunes {date}',
  'links.chart.caption.weeks': 'Semanas que empiezan en lunes, del {first} al {last}',
  'links.chart.text.empty':
    'Gráfico de barras de cuántas veces se marcó cada punto del chequeo por semana: no hay respuestas al chequeo en este período.',
  'links.chart.text.heading':
    'Gráfico de barras de cuántas veces se marcó cada punto del chequeo por semana: {weeks, plural, one {{weeks} semana, que empieza el lunes {first}} other {{weeks} semanas, desde la semana del lunes {first} hasta la semana del lunes {last}}}.',
  'links.chart.text.week': 'Semana del {week}: {counts}',
  'links.chart.text.weekNoItems': 'Semana del {week}: ningún punto del chequeo.',
  'links.chart.text.count': '{n, plural, one {{n} vez} other {{n} veces}}: {label}',
};
