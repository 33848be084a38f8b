/** English: What the Slack and Discord adapters say themselves, around the core’s answer (adapters/slack, adapters/discord). Gathered into `../en.ts`. */
export const platformEn = {} as const;
