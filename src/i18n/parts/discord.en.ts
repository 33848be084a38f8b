/** English: Discord’s command list: the description of /between, its subcommands and options (adapters/discord/commands.ts). Gathered into `../en.ts`. */
export const discordEn = {} as const;
