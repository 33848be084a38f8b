/**
 * English: what the Slack and Discord adapters say themselves, around the core's answer
 * (adapters/slack, adapters/discord), in the language of the reply they go with. Gathered into `../en.ts`.
 */
export const platformEn = {
  'platform.done': 'Done.',
  'platform.openForm': 'Open the form',
  'platform.checkAnswer': 'Please check your answer.',
  'platform.useButtonAgain': 'Please use the button again.',
  /** The placeholder of a checklist's select menu on Discord (a checklist may be left empty). */
  'platform.discord.selectPlaceholder': 'Choose any that fit (or none)',
  /** The close button of a Slack modal (at most 24 characters). */
  'platform.slack.cancel': 'Cancel',
  'platform.slack.formFailed':
    'Slack did not open the form just now. Nothing was lost: please press the button again.',
  'platform.slack.uploadFailed':
    'Slack did not accept the file just now, so nothing was sent and nothing is missing: please try again in a moment.',
} as const;
