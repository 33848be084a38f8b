import type { platformEn } from './platform.en';

/**
 * Spanish: what the Slack and Discord adapters say themselves, around the core's answer
 * (adapters/slack, adapters/discord). Gathered into `../es.ts`.
 */
export const platformEs: Record<keyof typeof platformEn, string> = {
  'platform.done': 'Listo.',
  'platform.openForm': 'Abrir el formulario',
  'platform.checkAnswer': 'Revisa tu respuesta, por favor.',
  'platform.useButtonAgain': 'Vuelve a usar el botón, por favor.',
  'platform.discord.selectPlaceholder': 'Elige las que encajen contigo (o ninguna)',
  'platform.slack.cancel': 'Cancelar',
  'platform.slack.formFailed':
    'Slack no abrió el formulario esta vez. No se perdió nada: vuelve a presionar el botón, por favor.',
  'platform.slack.uploadFailed':
    'Slack no aceptó el archivo esta vez, así que no se envió nada y no falta nada: vuelve a intentarlo en un momento.',
};
