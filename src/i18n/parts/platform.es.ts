import type { platformEn } from './platform.en';

/** Spanish: What the Slack and Discord adapters say themselves, around the core’s answer (adapters/slack, adapters/discord). Gathered into `../es.ts`. */
export const platformEs: Record<keyof typeof platformEn, string> = {};
