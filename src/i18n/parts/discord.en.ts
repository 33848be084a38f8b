/** English: Discord’s command list: the description of /between, its subcommands and options (adapters/discord/commands.ts). Gathered into `../en.ts`. */
export const discordEn = {
  // ── /between in Discord’s command picker (adapters/discord/commands.ts); 1-100 characters each ──
  'discord.command.description': 'Small reflections between therapy sessions (private by default)',
  // The `client` option of /between invite and /between cap (Discord’s user picker).
  'discord.command.client': 'Who',
  // The `limit` option of /between cap.
  'discord.command.limit': 'Nudges a week (1-21), or off',
  // The `details` option: the free words after a subcommand. Command words and arguments stay English.
  'discord.command.details.checkin': 'A theme, if you like (e.g. boundaries)',
  'discord.command.details.schedule': 'e.g. add mon,thu 19:00 · session tue 17:00 · remove 1',
  'discord.command.details.pause': 'until 2026-12-28, or for 2 weeks',
  'discord.command.details.settings': 'e.g. timezone Europe/London · quiet 21:30-08:00',
  'discord.command.details.group':
    'join · leave · session thu 18:00 · schedule add after-session 12:00 · stats',
  'discord.command.details.link': 'accept · decline · end 1',
} as const;
