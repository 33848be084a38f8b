/** Slack platform limits (Block Kit and Web API), named so that renderers can check them. */
export const SLACK_LIMITS = {
  /** A message's `text` (the fallback for notifications); Slack cuts anything longer. */
  messageText: 40_000,
  /** Section / context mrkdwn text. */
  sectionText: 3000,
  /** Button text (plain_text). */
  buttonText: 75,
  /** Elements in one actions block. */
  actionsElements: 25,
  /** A button's value (the action id again, for Between). */
  buttonValue: 2000,
  /** Options in a checkboxes element. */
  checkboxOptions: 10,
  /** Option text and option value in checkboxes. */
  optionText: 75,
  optionValue: 150,
  /** action_id / block_id / callback_id. */
  actionId: 255,
  /** Modal title and submit / close button text. */
  modalTitle: 24,
  /** A plain_text_input's max_length. Longer answers need Discord or the shell. */
  plainTextInput: 3000,
  /** Input block label. */
  inputLabel: 2000,
  /** Blocks in a message; in a modal or the Home tab. */
  messageBlocks: 50,
  viewBlocks: 100,
  /** private_metadata of a view. */
  privateMetadata: 3000,
} as const;
