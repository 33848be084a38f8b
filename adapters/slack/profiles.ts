import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../src/log';
import { toBetweenError } from './errors';

/** How long a lookup may hold up an answer that is already acknowledged; after that, none. */
const LOOKUP_TIMEOUT_MS = 1_500;
/** A failed lookup is not tried again for this long (Slack may be rate limiting us). */
const RETRY_AFTER_FAILURE_MS = 10 * 60_000;
/** People remembered per process; the map starts over when it is full. */
const KEPT = 10_000;
/** Lookups at once: a burst of new people waits for nobody; the rest get theirs next time. */
const MOST_IN_FLIGHT = 4;
/** A Slack user id as Slack writes them; nothing else is ever sent to users.info. */
const USER_ID = /^[UW][A-Z0-9]{2,20}$/;

/** What a person's Slack profile says about them that Between uses: language and time zone. */
type Profile = { readonly locale?: string; readonly timeZone?: string };
type Known = { readonly profile: Profile; readonly until: number };
const NONE: Profile = {};

/**
 * The language and time zone each person's Slack is set to (`users.info` with `include_locale`),
 * looked up once per person and process. Only hints: the core keeps them on the member until they
 * choose their own. Without the `users:read` scope (an app installed before it was asked for)
 * there are no lookups at all.
 */
export function createProfiles(client: WebClient, log: Logger, enabled: boolean) {
  const known = new Map<string, Known>();
  const pending = new Map<string, Promise<Profile>>();

  async function lookUp(key: string, userId: string): Promise<Profile> {
    let profile = NONE;
    let until = Number.POSITIVE_INFINITY;
    try {
      const { user } = await client.users.info({ user: userId, include_locale: true });
      profile = {
        ...(typeof user?.locale === 'string' ? { locale: user.locale } : {}),
        ...(typeof user?.tz === 'string' ? { timeZone: user.tz } : {}),
      };
    } catch (error) {
      log.info(
        { code: toBetweenError(error).code },
        'slack users.info failed: no language or time zone hint',
      );
      until = Date.now() + RETRY_AFTER_FAILURE_MS;
    }
    if (known.size >= KEPT) known.clear();
    known.set(key, { profile, until });
    return profile;
  }

  /** The person's profile: looked up now if not known (at most LOOKUP_TIMEOUT_MS), else nothing. */
  function of(teamId: string, userId: string, wait: boolean): Promise<Profile> {
    if (!enabled || !USER_ID.test(userId)) return Promise.resolve(NONE);
    const key = `${teamId}:${userId}`;
    const remembered = known.get(key);
    if (remembered && remembered.until > Date.now()) return Promise.resolve(remembered.profile);
    let lookup = pending.get(key);
    if (!lookup) {
      if (pending.size >= MOST_IN_FLIGHT) return Promise.resolve(NONE);
      lookup = lookUp(key, userId).finally(() => pending.delete(key));
      pending.set(key, lookup);
    }
    if (!wait) return Promise.resolve(NONE);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Profile>((resolve) => {
      timer = setTimeout(resolve, LOOKUP_TIMEOUT_MS, NONE);
    });
    return Promise.race([lookup, late]).finally(() => clearTimeout(timer));
  }

  return {
    /** Forgets what is known of a person, so that the next event looks their profile up again. */
    forget(teamId: string, userId: string): void {
      known.delete(`${teamId}:${userId}`);
    },
    /**
     * `event` with the person's Slack language and time zone on its user. `wait: false` (a request
     * Slack is still waiting to have acknowledged) uses only what is already known and starts the
     * lookup for next time.
     */
    async hint<E extends { readonly user?: { readonly workspaceId: string; readonly userId: string } }>(
      event: E,
      wait: boolean,
    ): Promise<E> {
      if (!event.user) return event;
      const profile = await of(event.user.workspaceId, event.user.userId, wait);
      return profile === NONE ? event : { ...event, user: { ...event.user, ...profile } };
    },
  };
}
