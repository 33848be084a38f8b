/** Discord platform limits, named so that renderers can check them. */
export const DISCORD_LIMITS = {
  /** Message content. */
  content: 2000,
  /** An embed's description, and all embeds of a message together. */
  embedDescription: 4096,
  embedsTotal: 6000,
  /** custom_id of buttons, selects, modals and text inputs. */
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
  /** String select: options, and each option's label and value. */
  selectOptions: 25,
  optionLabel: 100,
  optionValue: 100,
  selectPlaceholder: 150,
  modalTitle: 45,
  textInputLabel: 45,
  textInputPlaceholder: 100,
  /** A paragraph text input's max_length. */
  textInput: 4000,
  /** Attachments: 10 MiB for bots without boosts; an export is far smaller. */
  attachmentBytes: 10 * 1024 * 1024,
} as const;

/** Discord's JSON error code for "Cannot send messages to this user" (DMs closed or blocked). */
export const CANNOT_DM = 50007;
/** Unknown User / Unknown Member / Unknown Channel: the recipient is gone. */
export const RECIPIENT_GONE = new Set([10013, 10007, 10003]);
