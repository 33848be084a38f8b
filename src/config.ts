import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import cron from 'node-cron';
import { z } from 'zod';
import { BetweenError } from './core/errors';
import { type Locale, resolveLocale, translator } from './i18n';
import { ROOT } from './paths';

/** Validated configuration. This file is the only reader of `process.env`. */
export interface Config {
  readonly databasePath: string;
  /** 32-byte key given directly, or undefined to use `keyFile`. */
  readonly encryptionKey: Buffer | undefined;
  readonly keyFile: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Whether LOG_LEVEL was given (the shell then keeps it; otherwise it shows warnings only). */
  readonly logLevelSet: boolean;
  readonly promptsDir: string;
  readonly slack: {
    readonly botToken?: string;
    readonly signingSecret?: string;
    readonly appToken?: string;
    readonly apiUrl?: string;
  };
  readonly port: number;
  /** Where `GET /healthz` answers (database reachable, platforms connected); unset, no endpoint. */
  readonly health?: { readonly port: number; readonly host: string };
  /** A file whose time Between refreshes every 30 s while its event loop runs (for health checks). */
  readonly heartbeatFile?: string;
  readonly scheduling: {
    /** A slot missed (downtime) by less than this is still sent once; older ones are skipped and recorded. */
    readonly graceMs: number;
    readonly reminderAfterHours: number;
    readonly expiryMs: number;
    /** node-cron expression that wakes the scheduler. */
    readonly tick: string;
    /** On SIGTERM/SIGINT, how long sends already in flight may take before Between exits anyway. */
    readonly stopMs: number;
  };
  readonly discord: { readonly token?: string; readonly apiUrl?: string; readonly guildId?: string };
  /**
   * The terminal's locale (LC_ALL, else LC_MESSAGES, else LANG, as POSIX reads them), which the
   * shell gives a new local member as their language: `es_MX.UTF-8` means Spanish.
   */
  readonly terminalLocale?: string;
}

/** The prompt library that ships with Between, wherever it is started from. */
const BUNDLED_PROMPTS = join(ROOT, 'prompts');

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const url = (say: Say, example: string) =>
  optionalText.refine((v) => v === undefined || URL.canParse(v), {
    message: say('operator.config.url', { example }),
  });

type Say = ReturnType<typeof translator>;

const portNumber = (say: Say) =>
  z.coerce
    .number({ message: say('operator.config.notNumber', { unit: 'port' }) })
    .int(say('operator.config.notWhole', { unit: 'none' }))
    .min(1, say('operator.config.between', { min: 1, max: 65535 }))
    .max(65535, say('operator.config.between', { min: 1, max: 65535 }));

/** The environment's schema, its messages in the admin's language. */
const schemaIn = (say: Say) =>
  z.object({
    DATABASE_URL: z
      .string()
      .trim()
      .default('file:./data/between.db')
      .refine((v) => v.replace(/^file:/, '').length > 0, {
        message: say('operator.config.databaseUrl'),
      }),
    BETWEEN_ENCRYPTION_KEY: optionalText.refine((v) => v === undefined || decodeKey(v) !== undefined, {
      message: say('operator.config.encryptionKey'),
    }),
    BETWEEN_KEY_FILE: z.string().trim().min(1, say('operator.config.keyFile')).default('./keys/between.key'),
    LOG_LEVEL: z
      .enum(LOG_LEVELS, { message: say('operator.config.logLevel', { levels: LOG_LEVELS.join(', ') }) })
      .default('info'),
    BETWEEN_PROMPTS_DIR: optionalText,
    SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), {
      message: say('operator.config.slackBotToken'),
    }),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), {
      message: say('operator.config.slackAppToken'),
    }),
    SLACK_API_URL: url(say, 'https://slack.com/api/'),
    PORT: portNumber(say).default(3000),
    // Unset or empty: no health endpoint.
    BETWEEN_HEALTH_PORT: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      portNumber(say).optional(),
    ),
    BETWEEN_HEALTH_HOST: z.string().trim().min(1).default('127.0.0.1'),
    BETWEEN_CATCH_UP_GRACE_MINUTES: z.coerce
      .number({ message: say('operator.config.notNumber', { unit: 'minutes' }) })
      .int(say('operator.config.notWhole', { unit: 'minutes' }))
      .min(0, say('operator.config.zeroOrMore'))
      .max(7 * 24 * 60, say('operator.config.atMostWeek', { max: 7 * 24 * 60 }))
      .default(180),
    BETWEEN_HEARTBEAT_FILE: optionalText,
    BETWEEN_STOP_SECONDS: z.coerce
      .number({ message: say('operator.config.notNumber', { unit: 'seconds' }) })
      .min(1, say('operator.config.atLeast', { min: 1 }))
      .max(60, say('operator.config.atMost', { max: 60 }))
      .default(8),
    BETWEEN_REMINDER_AFTER_HOURS: z.coerce
      .number({ message: say('operator.config.notNumber', { unit: 'hours' }) })
      .int(say('operator.config.notWhole', { unit: 'hours' }))
      .min(1, say('operator.config.atLeast', { min: 1 }))
      .max(24 * 14, say('operator.config.atMost', { max: 24 * 14 }))
      .default(24),
    BETWEEN_PROMPT_EXPIRY_DAYS: z.coerce
      .number({ message: say('operator.config.notNumber', { unit: 'days' }) })
      .int(say('operator.config.notWhole', { unit: 'days' }))
      .min(1, say('operator.config.atLeast', { min: 1 }))
      .max(30, say('operator.config.atMost', { max: 30 }))
      .default(4),
    BETWEEN_TICK_CRON: z
      .string()
      .trim()
      .default('* * * * *')
      .refine((v) => cron.validate(v), { message: say('operator.config.cron') }),
    DISCORD_TOKEN: optionalText,
    DISCORD_API_URL: url(say, 'https://discord.com/api'),
    DISCORD_GUILD_ID: optionalText.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
      message: say('operator.config.guildId'),
    }),
  });

/**
 * The locale tag an environment asks messages in, as POSIX reads it: LC_ALL, else LC_MESSAGES,
 * else LANG (an empty one counts as unset). The one place these variables are read.
 */
function localeTag(env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const tag = env[name]?.trim();
    if (tag) return tag;
  }
  return undefined;
}

/**
 * The language Between speaks to the admin who runs it (configuration errors, the CLIs, start-up
 * lines): the machine's, the way the shell follows it. `es_MX.UTF-8` is Spanish; anything not
 * Spanish (C, POSIX, unset) is English. Reads the process's own environment, not `.env`.
 */
export function operatorLocale(env: Readonly<Record<string, string | undefined>> = process.env): Locale {
  return resolveLocale(localeTag(env));
}

export function decodeKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/]{43}=$/.test(trimmed)) {
    const key = Buffer.from(trimmed, 'base64');
    return key.length === 32 ? key : undefined;
  }
  return undefined;
}

/** Reads `.env` from `cwd` if present. Values already in the environment win. */
function readDotEnv(cwd: string): Record<string, string> {
  const path = resolve(cwd, '.env');
  if (!existsSync(path)) return {};
  return parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
}

export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  options: { cwd?: string; dotenv?: boolean } = {},
): Config {
  const cwd = options.cwd ?? process.cwd();
  const merged = { ...(options.dotenv === false ? {} : readDotEnv(cwd)), ...definedOnly(env) };
  const say = translator(operatorLocale(env));
  const parsed = schemaIn(say).safeParse(merged);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new BetweenError(
      'config_invalid',
      say('operator.config.invalid', { count: lines.length, problems: lines.join('\n') }),
    );
  }
  const e = parsed.data;
  const databasePath = resolve(cwd, e.DATABASE_URL.replace(/^file:/, ''));
  const keyFile = resolve(cwd, e.BETWEEN_KEY_FILE);
  if (e.BETWEEN_ENCRYPTION_KEY === undefined && dirname(keyFile) === dirname(databasePath)) {
    throw new BetweenError('config_invalid', say('operator.config.keyBesideData', { keyFile }));
  }
  const terminalLocale = localeTag(merged);
  return {
    databasePath,
    encryptionKey: e.BETWEEN_ENCRYPTION_KEY === undefined ? undefined : decodeKey(e.BETWEEN_ENCRYPTION_KEY),
    keyFile,
    logLevel: e.LOG_LEVEL,
    logLevelSet: merged.LOG_LEVEL !== undefined,
    promptsDir: e.BETWEEN_PROMPTS_DIR ? resolve(cwd, e.BETWEEN_PROMPTS_DIR) : BUNDLED_PROMPTS,
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
    },
    port: e.PORT,
    ...(e.BETWEEN_HEALTH_PORT
      ? { health: { port: e.BETWEEN_HEALTH_PORT, host: e.BETWEEN_HEALTH_HOST } }
      : {}),
    ...(e.BETWEEN_HEARTBEAT_FILE ? { heartbeatFile: resolve(cwd, e.BETWEEN_HEARTBEAT_FILE) } : {}),
    scheduling: {
      graceMs: e.BETWEEN_CATCH_UP_GRACE_MINUTES * 60_000,
      reminderAfterHours: e.BETWEEN_REMINDER_AFTER_HOURS,
      expiryMs: e.BETWEEN_PROMPT_EXPIRY_DAYS * 86_400_000,
      tick: e.BETWEEN_TICK_CRON,
      stopMs: e.BETWEEN_STOP_SECONDS * 1000,
    },
    discord: { token: e.DISCORD_TOKEN, apiUrl: e.DISCORD_API_URL, guildId: e.DISCORD_GUILD_ID },
    ...(terminalLocale ? { terminalLocale } : {}),
  };
}

function definedOnly(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
