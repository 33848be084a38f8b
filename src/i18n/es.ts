import type { en } from './en';
import { discordEs } from './parts/discord.es';
import { linksEs } from './parts/links.es';
import { operatorEs } from './parts/operator.es';
import { platformEs } from './parts/platform.es';
import { recordsEs } from './parts/records.es';
import { safetyEs } from './parts/safety.es';
import { scheduleEs } from './parts/schedule.es';
import { shareEs } from './parts/share.es';
import { shellEs } from './parts/shell.es';

/**
 * Spanish: neutral Latin American Spanish, with tú; warm and plain, invitations rather than
 * demands, never guilt. Written, not translated word by word. The same keys and `{arguments}` as
 * `en.ts` (the type holds the keys in step; tests/i18n checks the arguments). Command words
 * (`/between settings quiet off`) stay English for now: that is what Between understands.
 */
export const es: Record<keyof typeof en, string> = {
  // ── Compartido ──────────────────────────────────────────────────────────────────────────
  'common.button.pauseWeek': 'Pausar una semana',

  // ── Ayuda (src/help) ────────────────────────────────────────────────────────────────────
  'help.title': 'Between: pequeñas reflexiones entre sesiones de terapia',
  'help.commandLine': '/between {usage}: {summary}',
  'help.private':
    'Todo es privado desde el principio: nada de lo que escribes se guarda a menos que tú lo elijas, y nadie ve lo guardado a menos que tú lo compartas.',
  'help.usage.checkin': 'checkin [tema]',
  'help.usage.pause': 'pause hasta 2026-12-28 | pause por 2 semanas',
  'help.usage.cap': 'cap @cliente 3',
  'help.usage.invite': 'invite @cliente',
  'help.summary.help': 'esta lista',
  'help.summary.start': 'una bienvenida breve y cómo funciona Between',
  'help.summary.home': 'tu resumen: qué se guarda, qué viene después, atajos',
  'help.summary.checkin': 'una pregunta para reflexionar, ahora mismo',
  'help.summary.checklist': 'el chequeo de las ganas de alejarte',
  'help.summary.schedule': 'cuándo llegan las preguntas: días y horas, o alrededor de tus sesiones',
  'help.summary.pause': 'ninguna pregunta hasta esa fecha',
  'help.summary.resume': 'terminar una pausa antes de tiempo',
  'help.summary.skip': 'saltar la próxima pregunta programada',
  'help.summary.settings':
    'idioma, zona horaria, horas de silencio, temas que prefieres evitar, región, recordatorios',
  'help.summary.group':
    'el ritmo de tu grupo: unirte o salir; quienes facilitan lo ajustan y ven los totales',
  'help.summary.cap': 'para terapeutas: como máximo esta cantidad de avisos por semana para un cliente',
  'help.summary.note': 'una nota privada cuando algo en una sesión no se sintió bien',
  'help.summary.share':
    'elegir entradas para enviar a tu terapeuta vinculado (tú eliges; nada es automático)',
  'help.summary.shared': 'lo que compartiste, con quién y cuándo; retirar algo que compartiste',
  'help.summary.link': 'tus vínculos con terapeutas: aceptar, rechazar o terminar',
  'help.summary.invite': 'para terapeutas: invitar a un cliente a vincularse',
  'help.summary.history': 'tu propio registro de consentimientos, lo que compartiste y tus exportaciones',
  'help.summary.optin': 'elegir que se guarden tus respuestas (primero puedes leer qué significa)',
  'help.summary.optout': 'dejar de guardar, al instante',
  'help.summary.export': 'una copia de todo lo que se guarda sobre ti (JSON)',
  'help.summary.delete': 'borrar todo lo que se guarda sobre ti',
  'help.summary.community': 'si usas Between en varios servidores: para cuál son tus mensajes directos',

  // ── Bienvenida (`start`) ────────────────────────────────────────────────────────────────
  'welcome.title': 'Te damos la bienvenida a Between',
  'welcome.how':
    'De vez en cuando, Between te envía una pequeña pregunta para reflexionar, y un chequeo de cinco puntos sobre las ganas de alejarte. Responde cuando te venga bien y sáltala cuando no: no hay rachas y nadie se entera si no respondes.',
  'welcome.start':
    'Nada de lo que escribes se guarda a menos que lo elijas con /between optin. Cuando quieras, prueba /between checkin, o /between help para todo lo demás.',

  // ── Ajustes (src/settings/settings.ts) ──────────────────────────────────────────────────
  'settings.current': 'Tus ajustes:',
  'settings.toChange': 'Para cambiarlos:\n{lines}',
  'settings.saved': 'Listo. Así quedan tus ajustes:',
  'settings.canChange': 'Esto es lo que puedo cambiar:\n{lines}',
  'settings.languageSaved':
    'Listo: desde ahora te escribo en español. Algunas partes de Between todavía están solo en inglés; las estamos traduciendo.',
  'settings.show.timeZone': 'Zona horaria: {zone}',
  'settings.show.quiet': 'Horas de silencio: de {start} a {end}',
  'settings.show.quietNone': 'Horas de silencio: ninguna',
  'settings.show.offLimits': 'Temas que prefieres evitar: {themes}',
  'settings.show.offLimitsNone': 'Temas que prefieres evitar: ninguno',
  'settings.show.region': 'Números de crisis para: {region}',
  'settings.show.regionNone': 'Números de crisis para: sin elegir (se muestran todos)',
  'settings.show.reminders':
    'Recordatorios: {on, select, yes {activados (como mucho, uno y con suavidad)} other {desactivados}}',
  'settings.show.paused': 'En pausa: hasta el {date}',
  'settings.show.notPaused': 'En pausa: no',
  'settings.show.language': 'Idioma: {locale, select, es {español} other {inglés (English)}}',
  'settings.regions': '{codes}, o other si no está en la lista',
  'settings.how.timeZone': '/between settings timezone America/Mexico_City (tu zona horaria IANA)',
  'settings.how.quiet':
    '/between settings quiet 21:30-08:00 (sin preguntas en ese horario) o /between settings quiet off',
  'settings.how.offLimits':
    '/between settings offlimits rupture-and-repair boundaries (temas que nunca quieres recibir) o offlimits none',
  'settings.how.region': '/between settings region {regions} (qué números de crisis mostrarte)',
  'settings.how.reminders': '/between settings reminders on (activados) o off (desactivados)',
  'settings.how.language': '/between settings language es (español) o en (English)',
  'settings.bad.timeZone':
    '“{value}” no es una zona horaria que yo conozca. Prueba con un nombre como America/Mexico_City o America/Bogota.',
  'settings.bad.quiet':
    'Las horas de silencio se escriben así: 21:30-08:00 (reloj de 24 horas), o “quiet off”.',
  'settings.bad.offLimits': 'Temas que puedes marcar para evitar (o “none” para ninguno): {themes}.',
  'settings.bad.region': 'La región puede ser {regions}.',
  'settings.bad.reminders': 'Los recordatorios pueden estar en “on” (activados) o en “off” (desactivados).',
  'settings.bad.language':
    'Todavía no hablo “{value}”. Puedo escribirte en español o en inglés: /between settings language es, o /between settings language en.',

  // ── Pausa, reanudar, saltar (src/settings/pause.ts) ─────────────────────────────────────
  'pause.usage':
    'Puedes escribir /between pause hasta 2026-12-28, o /between pause por 2 semanas (o por 10 días).',
  'pause.bad.when': '¿Hasta cuándo te gustaría hacer una pausa?',
  'pause.bad.date': '{date} no es una fecha del calendario.',
  'pause.bad.length': 'No entendí cuánto tiempo quieres de pausa.',
  'pause.bad.past': 'El {date} ya empezó o ya pasó; elige una fecha posterior.',
  'pause.bad.tooLong': 'Una pausa puede durar hasta un año; siempre puedes volver a pausar más adelante.',
  'pause.done':
    'En pausa. No llegarán preguntas ni recordatorios hasta el {date}; ese día vuelven a empezar.',
  'pause.doneMore':
    'Igual puedes reflexionar por tu cuenta cuando quieras, y /between resume termina la pausa antes.',
  'resume.notPaused': 'No estás en pausa, así que las preguntas llegan según tu horario.',
  'resume.done': 'Qué bueno tenerte de vuelta. Las preguntas vuelven a llegar según tu horario.',
  'skip.whilePaused':
    'De todos modos estás en pausa hasta el {date}; la primera pregunta después de esa fecha también se saltará.',
  'skip.done': 'Listo, la próxima pregunta programada se saltará. No hace falta que expliques nada.',

  // ── Respuestas del enrutador (src/core/router.ts) ───────────────────────────────────────
  'core.tooLong': 'Ese comando es más largo de lo que puedo leer. /between help muestra lo que entiendo.',
  'core.unknownCommand': 'Todavía no conozco “{name}”. /between help muestra todo lo que puedo hacer.',
  'core.linkUsage':
    'Escribe /between link para ver tus vínculos; luego puedes aceptar, rechazar o terminar uno con los botones.',
  'core.stale': 'Este botón ya venció (era de un mensaje anterior). Aquí tienes un nuevo comienzo:',
  'core.button.reflection': 'Una pregunta para reflexionar',
  'core.button.checklist': 'El chequeo de alejamiento',
  'core.button.help': 'Ayuda',
  'core.button.checkIn': 'Reflexionar ahora',
  'core.button.whatICanDo': 'Lo que puedo hacer',
  'core.notKept':
    'No guardo los mensajes que se escriben aquí, así que este no se guardó. Las reflexiones pasan por un formulario privado, que las mantiene fuera del historial del chat.',
  'core.unsupported':
    'Perdón, no puedo procesar ese tipo de mensaje. /between help muestra lo que puedo hacer.',
  'core.outsider.notMember':
    'Between aquí es para quienes forman parte del servidor de su comunidad, y tú no estás en él, así que no guardé nada de esto. Si acabas de unirte, vuelve a intentarlo en unos minutos.',
  'core.outsider.unconfirmed':
    'Ahora mismo no pude comprobar si estás en el servidor de la comunidad, así que no guardé nada de esto. Vuelve a intentarlo en un minuto, por favor.',
  'core.failed':
    'Perdón, algo falló de mi lado. No se perdió nada de lo que tenías guardado; vuelve a intentarlo en un momento, por favor.',
  'core.unreachable':
    '{since, select, unknown {Hace poco} other {El {since}}} intenté enviarte una pregunta por mensaje directo y no pude llegar a ti, así que no se envió nada. Nunca las publico en ningún espacio público. Si quieres recibirlas, permite los mensajes directos de esta app ({platform, select, discord {en el servidor: Ajustes de privacidad → Mensajes directos} slack {en la pestaña Mensajes de la app} other {en tus ajustes}}).',

  // ── Inicio (src/home/home.ts) ───────────────────────────────────────────────────────────
  'home.storing':
    'Tus respuestas se guardan cifradas, solo para ti. /between optout deja de guardarlas cuando quieras.',
  'home.notStoring':
    'Nada de lo que escribes se guarda. /between optin te explica qué significaría guardarlo.',
  'home.paused': 'En pausa hasta el {date}: no se enviará nada hasta entonces.',
  'home.noSchedule':
    'Todavía no tienes un horario: /between schedule te ayuda a armar uno, o puedes reflexionar cuando quieras.',
  'home.next': 'Próxima pregunta: {when} ({zone}).',
  'home.nextUnset': 'Próxima pregunta: cuando estén definidos los horarios de tus sesiones ({zone}).',
  'home.recent': 'Tus entradas recientes:\n{lines}',
  'home.recentLine': '• {when}: {kind}',
  'home.kind.reflection': 'una reflexión',
  'home.kind.checklist': 'el chequeo de alejamiento',
  'home.kind.checklistFollowUp': 'una nota sobre lo que protege',
  'home.kind.ruptureNote': 'una nota para tu terapeuta',
  'home.noneStored': 'Todavía no hay entradas guardadas.',
  'home.notKept': 'Las entradas no se guardan, así que aquí no aparece ninguna.',
  'home.button.reflectNow': 'Una reflexión ahora',
  'home.button.export': 'Exportar mis datos',
  'home.footer':
    'Between no es un servicio de crisis. /between help muestra las líneas de crisis y todos los comandos.',

  // ── Reflexionar (src/checkin/checkin.ts) ────────────────────────────────────────────────
  'checkin.button.write': 'Escribir una reflexión',
  'checkin.button.notToday': 'Hoy no',
  'checkin.bad.theme': 'No conozco ese tema. Puedes no indicar ninguno, o elegir uno de estos: {themes}.',
  'checkin.offLimits':
    'Marcaste “{theme}” como un tema que prefieres evitar, así que no te enviaré preguntas de ese tema. Esa decisión es tuya y puedes cambiarla cuando quieras: /between settings offlimits.',
  'checkin.allOffLimits':
    'Ahora mismo todos los temas están marcados para evitar, así que no hay nada que pueda enviarte. /between settings offlimits none los vuelve a abrir.',
  'checkin.heading': 'Un momento para reflexionar, si quieres:',
  'prompt.heading.after-session': 'Después de tu sesión, si tienes un momento:',
  'prompt.heading.mid-week': 'Una pequeña pausa a mitad de semana, si te viene bien:',
  'prompt.heading.before-session': 'Antes de tu próxima sesión, si quieres:',
  'prompt.reminder': 'Un recordatorio suave, por si se te pasó. También está bien dejarlo ir.',
  'prompt.sessionPrep':
    'Se acerca tu próxima sesión. ¿Hay algo de estos últimos días que te gustaría llevar?',
  'prompt.chooseShare': 'Elegir qué compartir',
  'checklist.gone': 'Esa lista ya no está en la biblioteca. /between checklist te trae la actual.',
  'checklist.button.protect': 'Pensar en qué protege',
  'checklist.notStored': 'No se guardó: no elegiste guardar tus respuestas.',
  'checklist.noFollowUp': 'Esta lista no tiene una pregunta para después.',
  'checklist.form.title': 'Qué protege',
  'checklist.form.placeholder': 'Con curiosidad, sin juzgarte.',
  'checklist.thanks.notStored':
    'Gracias por mirarlo con tanto cuidado. No se guardó, porque no elegiste guardar tus respuestas.',
  'checklist.saved': 'Guardado, solo para ti.',
  'consent.heading.new': 'Guardar tus respuestas',
  'consent.heading.again': 'Elegiste guardar tus respuestas. Esto es lo que significa:',
  'consent.notice.1': 'Antes de guardar nada, te cuento exactamente qué pasa.',
  'consent.notice.2':
    'Si dices que sí, Between guarda lo que escribes y lo que marcas en la lista, con la fecha y la pregunta a la que corresponde. Todo queda cifrado en la computadora del propio consultorio donde funciona Between, no en esta aplicación de chat.',
  'consent.notice.3':
    'Nadie más lo ve, salvo que tú elijas compartir algo, y lo que compartes lo puedes retirar. Tu terapeuta nunca ve si respondiste o no.',
  'consent.notice.4': '{notCrisis} Si estás en peligro, llama al número de emergencias de tu zona.',
  'consent.notice.5':
    'Puedes cambiar de opinión cuando quieras: /between optout deja de guardar, /between export te da una copia, /between delete lo borra todo.',
  'consent.notice.6':
    'Si dices que no, igual puedes usar todas las preguntas: tus respuestas reciben un agradecimiento y después se descartan.',
  'consent.button.yes': 'Sí, guarda mis respuestas',
  'consent.button.no': 'No, no guardes nada',
  'consent.stored': 'Gracias. Desde ahora tus respuestas se guardan cifradas, solo para ti.',
  'consent.risk.ask':
    'Una elección más, y “no” es una buena respuesta: si algo que escribes hace pensar que podrías estar en peligro, ¿puede Between avisarle a tu terapeuta en Between? Tú siempre vas a ver los números de crisis, elijas lo que elijas.',
  'consent.risk.button.yes': 'Sí, que mi terapeuta sepa',
  'consent.risk.button.no': 'No, que quede entre nosotros',
  'consent.declined':
    'Está perfecto. No se va a guardar nada de lo que escribas; las preguntas y la lista siguen funcionando, y tus respuestas se descartan después de un breve agradecimiento.',
  'consent.declined.later': 'Si cambias de opinión más adelante: /between optin.',
  'consent.risk.yes':
    'Anotado. Si escribes algo que haga pensar que podrías estar en peligro, tu terapeuta en Between sabrá que ocurrió (no lo que escribiste). Puedes cambiarlo con /between optout o volver a elegir con /between optin.',
  'consent.risk.no':
    'Anotado: nadie recibirá avisos. Igual vas a ver los números de crisis si pueden ayudarte.',
  'consent.optout.nothing':
    'No se está guardando nada tuyo, así que no hay nada que detener. /between delete borra cualquier dato anterior.',
  'consent.optout.done': 'Listo: desde este momento no se guarda nada de lo que escribas.',
  'consent.optout.erase': 'Lo que se guardó antes sigue ahí, solo para ti. ¿Quieres borrarlo ahora?',
  'consent.optout.button.erase': 'Borrar todo ahora',
  'consent.optout.button.keep': 'Conservarlo por ahora',
  'checkin.form.title': 'Tu reflexión',
  'checkin.form.save': 'Guardar',
  'checkin.form.label': 'Tu reflexión',
  'checkin.form.placeholder': 'Con unas pocas palabras basta.',
  'checkin.gone':
    'Esa pregunta ya no está disponible (quizá tus datos se borraron desde entonces). /between checkin te trae una nueva cuando quieras.',
  'checkin.retired': 'Esa pregunta ya no forma parte de la biblioteca. /between checkin te trae una nueva.',
  'checkin.empty':
    'Parece que está vacío. Con unas pocas palabras basta, o simplemente cierra esto si hoy no es el día.',
  'checkin.tooLong':
    'Esto tiene {length} caracteres y el límite es {limit}. Todavía no se guardó nada: ¿podrías acortarlo un poco?',
  'checkin.notStored':
    'Gracias por tomarte este momento. Tu respuesta no se guardó, porque no elegiste que se guarden tus respuestas. Si quieres, usa /between optin.',
  'checkin.saved': 'Guardado, solo para ti. /between export te muestra todo lo que tienes guardado.',
  'checkin.quiet.notStored': 'Lo que escribiste no se guardó.',
  'checkin.quiet.kept': 'Lo que escribiste se guarda en privado, solo para ti.',
  'checkin.notToday': 'Hoy no, y está bien. Esta pregunta queda a un lado.',

  // ── El aviso de seguridad para quien acompaña (src/safety/alerts.ts) ────────────────────
  'alert.shown': 'Between acaba de mostrarle líneas de crisis a {name}, después de algo que escribió.',
  'alert.notShown':
    'Algo que {name} acaba de escribir coincidió con el filtro de riesgo de Between, pero no se le pudo entregar la respuesta con las líneas de crisis.',
  'alert.unconfirmed':
    'Algo que escribió {name} coincidió con el filtro de riesgo de Between. Between le respondió con líneas de crisis, pero no pudo confirmar que las viera.',
  'alert.consent':
    'Cuando eligió guardar sus respuestas, aceptó que te avisáramos en estos casos. Lo que escribió no se comparte. Nadie vigila Between en tiempo real, y no reemplaza tus propios protocolos ante el riesgo.',
  ...scheduleEs,
  ...shareEs,
  ...linksEs,
  ...recordsEs,
  ...discordEs,
  ...shellEs,
  ...platformEs,
  ...operatorEs,
  ...safetyEs,
};
