import type { shellEn } from './shell.en';

/** Spanish: The shell adapter’s own words: its banner, form hints and errors (adapters/shell). Gathered into `../es.ts`. */
export const shellEs: Record<keyof typeof shellEn, string> = {
  'shell.banner':
    'Between está funcionando aquí, en tu terminal. Escribe /between help para empezar y /quit para salir.',
  'shell.heading.scheduled': 'Between (programado)',
  'shell.heading.updated': 'Between (actualizado)',
  'shell.heading.dmTo': 'Between (un mensaje directo para {who})',
  'shell.withdrawn': '(se retiró un mensaje para {who})',
  'shell.saved': 'Guardado en {path} (solo tú puedes leerlo).',
  'shell.failed': 'Perdona, no pude procesar esa línea. ¿La intentas de nuevo?',
  'shell.choose.letter': '(escribe una letra para elegir)',
  'shell.choose.numbers':
    '(escribe los números de todo lo que aplique, por ejemplo "1 3", o "{none}"; cada respuesta reemplaza la anterior)',
  'shell.choose.none': 'ninguno',
  'shell.choose.outOfRange': 'Usa números del 1 al {max}, por favor.',
  'shell.choose.noSuchLetter': 'Aquí no hay ninguna opción “{letter}”.',
  'shell.form.field': '{label} (hasta {max} caracteres en una sola línea; /cancel para cerrar sin guardar):',
  'shell.form.again': 'Escríbelo de nuevo, o usa /cancel para cerrar.',
  'shell.form.closed': 'Cerrado sin guardar.',
};
