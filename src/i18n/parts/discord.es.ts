import type { discordEn } from './discord.en';

/** Spanish: Discord’s command list: the description of /between, its subcommands and options (adapters/discord/commands.ts). Gathered into `../es.ts`. */
export const discordEs: Record<keyof typeof discordEn, string> = {};
