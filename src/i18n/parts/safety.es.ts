import type { safetyEn } from './safety.en';

/**
 * Spanish: the crisis card, the someone-you-know card, the crisis lines' wording and the "this wasn't about me" reply. Gathered into `../es.ts`.
 * The numbers stay in `src/safety/crisis-lines.ts`, beside their sources: keep every placeholder.
 */
export const safetyEs: Record<keyof typeof safetyEn, string> = {
  // ── La tarjeta ────────────────────────────────────────────────────────────────────────────────
  'safety.notCrisis': 'Between no es un servicio de crisis y nadie lee tus respuestas mientras escribes.',
  'safety.setRegion': 'Consejo: /between settings region elige qué números te muestro primero.',
  'safety.self.heading':
    'Gracias por ponerlo en palabras. Parece que estás pasando por algo muy difícil, y mereces apoyo ahora mismo.',
  'safety.self.after': 'Si puedes, habla hoy con alguien de confianza o con tu terapeuta.',
  'safety.other.heading':
    'Parece que alguien que te importa podría estar en peligro. No tienes que enfrentarlo sola ni solo.',
  'safety.other.steps':
    'Si podría hacerse daño ahora, llama a emergencias y quédate a su lado si es seguro para ti. Si no: pregúntale con calma y directamente si está pensando en el suicidio, escúchale sin juzgar y ayúdale a llamar a una línea de crisis, o llamen juntos.',
  'safety.other.after':
    'Estas líneas también apoyan a amigos y familiares preocupados: puedes llamar por ti.',
  'safety.notAboutMe.button': 'No era sobre mí / Estoy bien',

  // ── «No era sobre mí / Estoy bien» ──────────────────────────────────────────────────────────────
  'safety.notAboutMe.reply':
    'Gracias por decírmelo. No pasa nada más: nadie recibe aviso y solo se guarda un conteo sin nombre, que muestra cuántas veces el aviso aparece sin hacer falta. Los números siempre están en /between help.',

  // ── Cómo se arman las frases con las líneas de una región ───────────────────────────────────────
  'safety.lines.here': '{lines}.',
  'safety.lines.in': 'En {place}: {lines}.',
  'safety.lines.join': '{lines}; {line}',
  'safety.lines.emergency': 'En una emergencia: {emergency}.',
  'safety.lines.elsewhere':
    'En otro lugar, o en una emergencia: llama al número de emergencias de donde estés.',

  // ── Nombres de las regiones, tal como siguen a «En …» ───────────────────────────────────────────
  'safety.region.us': 'Estados Unidos',
  'safety.region.gb': 'el Reino Unido',
  'safety.region.ie': 'Irlanda',
  'safety.region.es': 'España',
  'safety.region.mx': 'México',
  'safety.region.ar': 'Argentina',
  'safety.region.co': 'Colombia',
  'safety.region.cl': 'Chile',
  'safety.region.ca': 'Canadá',
  'safety.region.au': 'Australia',
  'safety.region.nz': 'Nueva Zelanda',

  // ── Líneas de crisis: los nombres de las organizaciones no se traducen ─────────────────────────
  'safety.line.us988':
    'llama o escribe al {number} (988 Suicide & Crisis Lifeline), a cualquier hora; en español, marca 2 al llamar o envía AYUDA al {number}',
  'safety.line.samaritans': 'llama gratis a Samaritans al {number}, a cualquier hora (en inglés)',
  'safety.line.shout': 'o envía SHOUT al {number} (en inglés)',
  'safety.line.bogota106':
    'en Bogotá, llama al {number} (Línea {number}, a cualquier hora) o escribe por WhatsApp al {whatsapp}',
  'safety.line.ca988':
    'llama o escribe al {number} (Suicide Crisis Helpline), a cualquier hora, en inglés o francés',
  'safety.line.auLifeline': 'llama a Lifeline al {number} o escribe al {text}, a cualquier hora (en inglés)',
  'safety.line.nz1737':
    'llama o escribe al {number} (Need to talk?), a cualquier hora, con intérprete si lo pides',
  'safety.line.nzLifeline': 'o Lifeline Aotearoa al {number} (en inglés)',

  // ── Números de emergencia ───────────────────────────────────────────────────────────────────────
  'safety.emergency.call': 'llama al {number}',
  'safety.emergency.callEither': 'llama al {number} o al {also}',
};
