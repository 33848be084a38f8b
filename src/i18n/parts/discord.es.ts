import type { discordEn } from './discord.en';

/** Spanish: Discord’s command list: the description of /between, its subcommands and options (adapters/discord/commands.ts). Gathered into `../es.ts`. */
export const discordEs: Record<keyof typeof discordEn, string> = {
  // Discord shows these in its command picker to people whose Discord is in Spanish (es-ES, es-419).
  // 1-100 characters each; command words and arguments stay English (they are what Between understands).
  'discord.command.description': 'Pequeñas reflexiones entre sesiones de terapia (privadas por defecto)',
  'discord.command.client': 'A quién',
  'discord.command.limit': 'Cuántos avisos por semana (de 1 a 21); off quita el límite',
  'discord.command.details.checkin': 'Un tema, si quieres (p. ej., límites)',
  'discord.command.details.schedule': 'p. ej., add mon,thu 19:00 · session tue 17:00 · remove 1',
  'discord.command.details.pause': 'until 2026-12-28 (hasta esa fecha) o for 2 weeks (por 2 semanas)',
  'discord.command.details.settings':
    'p. ej., language es · timezone America/Mexico_City · quiet 21:30-08:00',
  'discord.command.details.group':
    'p. ej., join · leave · session thu 18:00 · schedule add after-session 12:00 · stats',
  'discord.command.details.link': 'accept para aceptar · decline para rechazar · end 1 para terminar',
};
