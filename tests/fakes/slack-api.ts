import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A recorded Web API call: the method and its arguments (JSON fields such as `blocks` parsed). */
export interface SlackCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
}

type Canned = { status: number; headers?: Record<string, string>; body: unknown };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json'))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

/**
 * A local fake of Slack's Web API on 127.0.0.1, enough for Bolt and @slack/web-api: auth.test,
 * conversations.open, users.info, chat.postMessage / update, views.open / publish, the file upload flow, and
 * response_url endpoints. Failures can be queued per method (429 with Retry-After, 5xx, ok:false).
 */
export async function startFakeSlack(options: { scopes?: readonly string[]; socketUrl?: string } = {}) {
  const calls: SlackCall[] = [];
  const responses: { path: string; body: Record<string, unknown> }[] = [];
  const uploads: { path: string; body: string }[] = [];
  const queued = new Map<string, Canned[]>();
  const blocked = new Set<string>();
  const posted: Record<string, unknown>[] = [];
  const drops: { method: string; when: (args: Record<string, unknown>) => boolean }[] = [];
  const gates: { method: string; when: (args: Record<string, unknown>) => boolean; open: Promise<void> }[] =
    [];
  let ts = 0;
  const scopes = options.scopes ?? [
    'commands',
    'chat:write',
    'im:write',
    'im:history',
    'files:write',
    'users:read',
  ];
  /** What users.info reports of each person: their Slack's language (`en-US`) and time zone (`UTC`). */
  const profiles = new Map<string, { locale?: string; tz?: string }>();
  let base = '';

  const answer = (method: string, args: Record<string, unknown>): Canned => {
    const canned = queued.get(method)?.shift();
    if (canned) return canned;
    const ok = (body: Record<string, unknown>): Canned => ({ status: 200, body: { ok: true, ...body } });
    switch (method) {
      case 'auth.test':
        return {
          status: 200,
          headers: { 'x-oauth-scopes': scopes.join(',') },
          body: { ok: true, user_id: 'UBOTUSER', bot_id: 'BBOT', team_id: 'T0TEAM', user: 'between' },
        };
      case 'conversations.open': {
        const user = String(args.users ?? '');
        if (blocked.has(user)) return { status: 200, body: { ok: false, error: 'cannot_dm_bot' } };
        return ok({ channel: { id: `D${user}` } });
      }
      case 'chat.postMessage': {
        ts += 1;
        const message = { ts: `1700000000.${String(ts).padStart(6, '0')}`, ...args };
        posted.push(message);
        return ok({ ts: message.ts, channel: args.channel });
      }
      case 'users.info': {
        const user = String(args.user ?? '');
        const profile = profiles.get(user) ?? {};
        return ok({
          user: {
            id: user,
            name: user.toLowerCase(),
            tz: profile.tz ?? 'UTC',
            ...(args.include_locale === true || args.include_locale === 'true'
              ? { locale: profile.locale ?? 'en-US' }
              : {}),
          },
        });
      }
      case 'conversations.history':
        return ok({
          messages: posted
            .filter((m) => m.channel === args.channel)
            .reverse()
            .map((m) => ({
              ts: m.ts,
              text: m.text,
              ...(args.include_all_metadata ? { metadata: m.metadata } : {}),
            })),
        });
      case 'chat.update':
      case 'chat.delete':
      case 'files.delete':
      case 'views.publish':
        return ok({});
      case 'views.open':
        return ok({ view: { id: 'V0VIEW' } });
      case 'apps.connections.open':
        return options.socketUrl
          ? ok({ url: options.socketUrl })
          : { status: 200, body: { ok: false, error: 'not_allowed' } };
      case 'files.getUploadURLExternal':
        return ok({ upload_url: `${base}/upload/F0FILE`, file_id: 'F0FILE' });
      case 'files.completeUploadExternal':
        return ok({ files: [{ id: 'F0FILE' }] });
      default:
        return { status: 200, body: { ok: false, error: 'unknown_method' } };
    }
  };

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    if (path.startsWith('/response/')) {
      responses.push({ path, body: JSON.parse(raw) as Record<string, unknown> });
      res.writeHead(200).end('ok');
      return;
    }
    if (path.startsWith('/upload/')) {
      uploads.push({ path, body: raw });
      res.writeHead(200).end('OK');
      return;
    }
    const method = path.replace(/^\/api\//, '');
    const args = parseArgs(raw, req.headers['content-type']);
    calls.push({ method, args });
    // A held call is answered only when the test opens its gate: a platform that is slow to answer.
    const gate = gates.find((g) => g.method === method && g.when(args));
    if (gate) await gate.open;
    const canned = answer(method, args);
    // The work is done, but the answer is lost on the way back.
    const drop = drops.findIndex((d) => d.method === method && d.when(args));
    if (drop !== -1) {
      drops.splice(drop, 1);
      req.socket.destroy();
      return;
    }
    res.writeHead(canned.status, { 'content-type': 'application/json', ...canned.headers });
    res.end(JSON.stringify(canned.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (name: string) => `${base}/response/${name}`,
    calls,
    responses,
    uploads,
    callsTo: (method: string) => calls.filter((c) => c.method === method),
    /** The next calls of `method` get these answers, in order. */
    queue(method: string, ...answers: Canned[]) {
      queued.set(method, [...(queued.get(method) ?? []), ...answers]);
    },
    /** Holds every call of `method` whose arguments match until `release()` (a slow platform). */
    hold(method: string, when: (args: Record<string, unknown>) => boolean) {
      let release: () => void = () => {};
      const open = new Promise<void>((resolve) => {
        release = resolve;
      });
      gates.push({ method, when, open });
      return { release };
    },
    /** The next call of `method` matching `when` is carried out, but its answer is lost. */
    loseAnswer(method: string, when: (args: Record<string, unknown>) => boolean = () => true) {
      drops.push({ method, when });
    },
    /** Every message posted, with its arguments (channel, text, blocks, metadata). */
    posted,
    /** users.info reports this language and time zone for the person (their Slack profile). */
    setProfile(userId: string, profile: { locale?: string; tz?: string }) {
      profiles.set(userId, { ...profiles.get(userId), ...profile });
    },
    /** conversations.open with this user fails as a blocked DM. */
    blockDm(userId: string) {
      blocked.add(userId);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;

/** Sends a request to Bolt's /slack/events the way Slack does: timestamped and HMAC-signed. */
export async function postToBolt(
  port: number,
  secret: string,
  body: string,
  contentType: string,
  tamper: { timestamp?: number; signature?: string } = {},
  options: { signal?: AbortSignal } = {},
) {
  const timestamp = tamper.timestamp ?? Math.floor(Date.now() / 1000);
  const signature =
    tamper.signature ?? `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
    body,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { status: response.status, text: await response.text() };
}

export const slashCommandBody = (fields: Record<string, string>) =>
  new URLSearchParams({ command: '/between', ...fields }).toString();

/** A signed `/between <text>` from U0ANA in T0TEAM over HTTP, its answer going to `responseUrl`. */
export const postCommand = (port: number, secret: string, text: string, responseUrl: string) =>
  postToBolt(
    port,
    secret,
    slashCommandBody({
      team_id: 'T0TEAM',
      user_id: 'U0ANA',
      channel_id: 'C0GENERAL',
      text,
      trigger_id: 't',
      response_url: responseUrl,
    }),
    'application/x-www-form-urlencoded',
  );

export const interactionBody = (payload: unknown) => `payload=${encodeURIComponent(JSON.stringify(payload))}`;

/** Waits (bounded, 15 s unless told) until `check` holds: Bolt acknowledges first and replies after. */
export async function eventually<T>(check: () => T | undefined, what: string, boundMs = 15_000): Promise<T> {
  // A generous bound (the machine may be busy running other tests); not a speed assertion.
  for (let i = 0; i < boundMs / 10; i++) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
