import type { ReflectionPrompt, Theme, Timing } from '../prompts/library';

/**
 * Picks the next reflection prompt: never from an off-limits theme, preferring the given timing,
 * and never one of the recently sent (the least recently used when everything was sent lately).
 * Deterministic, so schedules and tests are predictable.
 */
export function choosePrompt(
  prompts: readonly ReflectionPrompt[],
  options: {
    offLimits: readonly string[];
    recent: readonly string[];
    theme?: Theme;
    timing?: Timing;
  },
): ReflectionPrompt | undefined {
  const allowed = prompts.filter(
    (p) => !options.offLimits.includes(p.theme) && (options.theme === undefined || p.theme === options.theme),
  );
  const timed = options.timing ? allowed.filter((p) => p.timing === options.timing) : [];
  const pool = timed.length > 0 ? timed : allowed;
  const fresh = pool.find((p) => !options.recent.includes(p.id));
  if (fresh) return fresh;
  // Everything was sent recently: the one sent longest ago (furthest back in `recent`, newest first).
  return [...pool].sort((a, b) => options.recent.indexOf(b.id) - options.recent.indexOf(a.id))[0];
}
