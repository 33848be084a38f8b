import type { shareEn } from './share.en';

/** Spanish: Sharing entries with a therapist and private notes (src/sharing: share, as, note). Gathered into `../es.ts`. */
export const shareEs: Record<keyof typeof shareEn, string> = {
  // ── El selector para compartir (src/sharing/share.ts) ───────────────────────────────────
  'share.gone': 'Eso que ibas a compartir ya no está disponible. Con /between share puedes empezar de nuevo.',
  'share.notLinked':
    'Todavía no tienes ningún vínculo con terapeutas en Between. Tu terapeuta puede invitarte con /between invite @tu-usuario.',
  'share.nothingToShare':
    'Ya compartiste todo lo que tienes guardado (o todavía no hay nada guardado). Solo se pueden compartir las respuestas que elegiste guardar.',
  'share.entry.label': '{day} · {kind}: {about}',
  'share.entry.noticed': '{count, plural, =0 {no marcaste ninguna} other {marcaste #}}',
  'share.kind.checklist': 'Chequeo',
  'share.kind.checklistFollowUp': 'Lo que protege',
  'share.kind.ruptureNote': 'Nota sobre una sesión',
  'share.kind.reflection': 'Reflexión',
  'share.draft.heading': '¿Qué te gustaría compartir?',
  'share.draft.pick':
    '{recipient, select, chosen {Puedes marcar las entradas que quieras enviarle a {name}.} choose {Puedes marcar las entradas que quieras enviar y elegir a quién.} other {Puedes marcar las entradas que quieras enviar.}} Yo no marco nada por ti, y nada se envía hasta que presiones Enviar.',
  'share.draft.range': 'Entradas {from} a {to}, de la más reciente a la más antigua.',
  'share.draft.rangeFor':
    'Entradas {from} a {to} que {name} todavía no tiene, de la más reciente a la más antigua.',
  'share.draft.elsewhere':
    '{count, plural, one {# entrada marcada} other {# entradas marcadas}} en otras páginas.',
  'share.button.newer': '← Entradas más recientes',
  'share.button.older': 'Entradas anteriores →',
  'share.button.to': 'Para {name}',
  'share.button.preview': 'Vista previa',
  'share.button.send': 'Enviar',
  'share.button.cancel': 'Cancelar',
  'share.bad.empty': 'Falta marcar al menos una entrada; yo no marco nada por ti.',
  'share.bad.noRecipient': 'Falta elegir a quién enviarlo.',
  'share.preview.heading': 'Vista previa: exactamente lo que verá {name}.',
  'share.preview.files': 'Junto con esto, como archivos: {files} (con el mismo contenido que ves arriba).',
  'share.sent': '{count, plural, one {Una entrada ya va} other {# entradas ya van}} en camino a {name}.',
  'share.sent.more':
    'Con /between shared puedes ver cuándo llega, y retirarlo si quieres. Si no se puede entregar, te lo digo aquí.',
  'share.cancelled': 'No se compartió nada.',

  // ── `/between shared` y retirar lo compartido ───────────────────────────────────────────
  'share.list.none': 'Todavía no compartiste nada. Con /between share puedes elegir qué enviar.',
  'share.list.heading': 'Lo que compartiste',
  'share.list.line': '• Envío de {count, plural, one {# entrada} other {# entradas}} a {name}: {state}',
  'share.state.queued': 'en camino, todavía sin entregar',
  'share.state.failed': 'no se entregó: {reason}',
  'share.state.revoked': 'retirado el {when}',
  'share.state.sent': 'entregado el {when}',
  'share.button.takeBack': 'Retirar el envío del {when}',
  'share.withdrawn': 'Tu cliente retiró lo que había compartido aquí, así que su contenido se eliminó.',
  'share.revoke.already': 'Ese envío ya estaba retirado, o nunca le llegó a nadie.',
  'share.revoke.deleted':
    'Listo, retiraste el envío: el resumen y sus archivos se borraron de los mensajes directos de tu terapeuta, y quedó registrado como retirado. Lo que ya haya leído o descargado no se puede deshacer.',
  'share.revoke.replaced':
    'Listo, retiraste el envío: en los mensajes directos de tu terapeuta, el mensaje ahora dice que lo retiraste, y quedó registrado como retirado. Lo que ya haya leído o descargado no se puede deshacer.',
  'share.revoke.kept':
    'El envío quedó registrado como retirado, pero la plataforma no me dejó quitar el mensaje en sí; quizá quieras contárselo a tu terapeuta.',

  // ── `/between as` en la demo local (src/sharing/as.ts) ──────────────────────────────────
  'share.as.notShell':
    'Los roles los asigna quien administra tu consultorio; /between as solo existe en la demo local.',
  'share.as.usage': 'Escribe /between as therapist o /between as client.',
  'share.as.therapist':
    'Ahora tienes el rol de terapeuta en la demo ({id}). Puedes invitar a la cuenta de cliente con /between invite @local; /between as client te devuelve al rol de cliente.',
  'share.as.client': 'Vuelves a tener el rol de cliente ({id}).',

  // ── Una nota sobre una sesión (src/sharing/note.ts) ─────────────────────────────────────
  'share.note.title': 'Una nota sobre una sesión',
  'share.note.intro':
    'A veces un momento de una sesión se queda un poco atravesado: algo que se dijo, algo que se pasó por alto, un ritmo que no se sintió bien. Ponerlo en palabras puede fortalecer el trabajo que hacen en terapia. ¿Qué te gustaría que tu terapeuta entendiera? Esto queda en privado, salvo que elijas compartirlo.',
  'share.note.keep': 'Guardarla',
  'share.note.label': 'Tu nota',
  'share.note.placeholder': 'Con tus palabras, a tu ritmo.',
  'share.note.notStored':
    'Gracias por ponerlo en palabras. Solo puedo guardar una nota (y así dejarte compartirla) si elegiste guardar tus respuestas: /between optin te explica qué significa eso.',
  'share.note.kept':
    'Guardada, solo para ti. Cuando quieras, /between share (o el botón) se la envía a tu terapeuta antes de tu próxima sesión.',
};
