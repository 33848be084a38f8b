import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';

const cwd = mkdtempSync(join(tmpdir(), 'between-config-'));
const load = (env: Record<string, string>) => loadConfig(env, { cwd, dotenv: false });

describe('configuration', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = load({});
    expect(config.databasePath).toBe(join(cwd, 'data/between.db'));
    expect(config.keyFile).toBe(join(cwd, 'keys/between.key'));
    expect(config.encryptionKey).toBeUndefined();
    expect(config.logLevel).toBe('info');
    expect(config.logLevelSet).toBe(false);
    expect(config.port).toBe(3000);
    expect(config.promptsDir).toBe(resolve(import.meta.dirname, '../prompts'));
    expect(config.slack.botToken).toBeUndefined();
    expect(config.discord.token).toBeUndefined();
    expect(config.health).toBeUndefined();
  });

  it('opens the health endpoint only when BETWEEN_HEALTH_PORT is set, on loopback unless told', () => {
    expect(load({ BETWEEN_HEALTH_PORT: '' }).health).toBeUndefined();
    expect(load({ BETWEEN_HEALTH_PORT: '9090' }).health).toEqual({ port: 9090, host: '127.0.0.1' });
    expect(load({ BETWEEN_HEALTH_PORT: '9090', BETWEEN_HEALTH_HOST: '0.0.0.0' }).health).toEqual({
      port: 9090,
      host: '0.0.0.0',
    });
  });

  it('accepts DATABASE_URL with or without the file: prefix', () => {
    expect(load({ DATABASE_URL: 'file:/var/lib/between/b.db' }).databasePath).toBe('/var/lib/between/b.db');
    expect(load({ DATABASE_URL: 'other.db' }).databasePath).toBe(join(cwd, 'other.db'));
  });

  it.each([
    ['LOG_LEVEL', 'loud', /LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent/],
    ['PORT', 'eighty', /PORT: must be a port number/],
    ['PORT', '70000', /PORT: must be between 1 and 65535/],
    ['BETWEEN_HEALTH_PORT', 'health', /BETWEEN_HEALTH_PORT: must be a port number/],
    ['BETWEEN_HEALTH_PORT', '0', /BETWEEN_HEALTH_PORT: must be between 1 and 65535/],
    ['BETWEEN_ENCRYPTION_KEY', 'short', /BETWEEN_ENCRYPTION_KEY: must be 32 random bytes/],
    [
      'SLACK_BOT_TOKEN',
      'xoxp-user-token',
      /SLACK_BOT_TOKEN: must be the Bot User OAuth Token, which starts with xoxb-/,
    ],
    ['SLACK_APP_TOKEN', 'xoxb-wrong', /SLACK_APP_TOKEN: must be an app-level token .* xapp-/],
    ['SLACK_API_URL', 'not a url', /SLACK_API_URL: must be a full URL/],
    ['DISCORD_API_URL', 'discord', /DISCORD_API_URL: must be a full URL/],
    ['DISCORD_GUILD_ID', 'my-server', /DISCORD_GUILD_ID: must be a server \(guild\) id/],
  ])('rejects a bad %s with a message naming it and what to set', (name, value, pattern) => {
    expect(() => load({ [name]: value })).toThrow(pattern);
    expect(() => load({ [name]: value })).toThrow(/Between cannot start/);
  });

  it('lists every bad variable at once', () => {
    expect(() => load({ LOG_LEVEL: 'loud', PORT: 'x' })).toThrow(/LOG_LEVEL[\s\S]*PORT|PORT[\s\S]*LOG_LEVEL/);
  });

  it('accepts a 32-byte key as hex or base64', () => {
    const hex = 'ab'.repeat(32);
    expect(load({ BETWEEN_ENCRYPTION_KEY: hex }).encryptionKey).toEqual(Buffer.from(hex, 'hex'));
    const b64 = Buffer.alloc(32, 1).toString('base64');
    expect(load({ BETWEEN_ENCRYPTION_KEY: b64 }).encryptionKey).toEqual(Buffer.alloc(32, 1));
  });

  it('refuses a key file in the same folder as the database', () => {
    expect(() => load({ DATABASE_URL: 'file:./data/b.db', BETWEEN_KEY_FILE: './data/key' })).toThrow(
      /BETWEEN_KEY_FILE .* same folder as the database/,
    );
  });

  it('reads .env when present, and the real environment wins over it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-dotenv-'));
    writeFileSync(join(dir, '.env'), 'LOG_LEVEL=debug\nPORT=4000\n');
    const config = loadConfig({ PORT: '5000' }, { cwd: dir });
    expect(config.logLevel).toBe('debug');
    expect(config.logLevelSet).toBe(true);
    expect(config.port).toBe(5000);
  });

  it('treats empty values as unset', () => {
    expect(load({ SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '  ' }).slack.botToken).toBeUndefined();
  });
});
