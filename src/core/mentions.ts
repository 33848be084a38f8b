/** A user named as a Slack or Discord mention (`<@U123>`, `<@!123>`, `<@U1|name>`) or a bare id. */
export function mentionedUserId(word: string): string | undefined {
  const match = /^<@!?([A-Za-z0-9]+)(\|[^>]*)?>$/.exec(word) ?? /^@?([A-Za-z0-9_.-]+)$/.exec(word);
  return match?.[1];
}
