import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The service files run the same command the production-build test runs (`node dist/main.js`, see
 * tests/e2e/shell.test.ts), with the state and the key apart, owner-only, and a stop deadline the
 * bot keeps (BETWEEN_STOP_SECONDS under the supervisor's kill timeout).
 */
const ROOT = new URL('../', import.meta.url).pathname;
const unit = readFileSync(`${ROOT}deploy/between.service`, 'utf8');
const dockerfile = readFileSync(`${ROOT}Dockerfile`, 'utf8');
const setting = (name: string) =>
  [...unit.matchAll(new RegExp(`^${name}=(.*)$`, 'gm'))].map((m) => m[1]?.trim() ?? '');

describe('the systemd unit', () => {
  it('runs the built bot directly, as a dedicated user, with its state and key owner-only and apart', () => {
    expect(setting('ExecStart')).toEqual(['/usr/bin/node dist/main.js']);
    expect(setting('User')).toEqual(['between']);
    expect(setting('StateDirectory')).toEqual(['between between-keys']);
    expect(setting('StateDirectoryMode')).toEqual(['0700']);
    expect(setting('Environment')).toEqual(
      expect.arrayContaining([
        'DATABASE_URL=file:/var/lib/between/between.db',
        'BETWEEN_KEY_FILE=/var/lib/between-keys/between.key',
      ]),
    );
    for (const [name, value] of [
      ['ProtectSystem', 'strict'],
      ['PrivateTmp', 'true'],
      ['NoNewPrivileges', 'true'],
      ['Restart', 'on-failure'],
      ['UMask', '0077'],
    ])
      expect(setting(name ?? '')).toEqual([value]);
  });

  it('gives the bot less time to stop than systemd gives before it kills', () => {
    const stop = Number(
      setting('Environment')
        .find((e) => e.startsWith('BETWEEN_STOP_SECONDS='))
        ?.split('=')[1],
    );
    expect(stop).toBeLessThan(Number(setting('TimeoutStopSec')[0]));
  });

  it('passes systemd-analyze verify, where systemd is installed', () => {
    const verify = spawnSync('systemd-analyze', ['verify', `${ROOT}deploy/between.service`], {
      encoding: 'utf8',
    });
    if (verify.error) return; // no systemd on this machine: the structural checks above still ran
    // User "between" and /opt/between need not exist here; anything else systemd finds is a fault.
    const problems = verify.stderr
      .split('\n')
      .filter(
        (l) =>
          l.trim() &&
          !/Failed to resolve user|WorkingDirectory|\/opt\/between|Unit .* not found|Cannot add dependency/.test(
            l,
          ),
      );
    expect(problems).toEqual([]);
  });
});

describe('the Dockerfile', () => {
  it('runs the built bot as a non-root user, with the database and the key on separate volumes and a health check', () => {
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/main\.js"\]$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^VOLUME \["\/data", "\/keys"\]$/m);
    expect(dockerfile).toMatch(/DATABASE_URL=file:\/data\/between\.db/);
    expect(dockerfile).toMatch(/BETWEEN_KEY_FILE=\/keys\/between\.key/);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
    expect(dockerfile).toMatch(/^STOPSIGNAL SIGTERM$/m);
  });
});

describe('npm start', () => {
  it('runs the build only when it was made from the source as it is now, else the source', async () => {
    const { choose, sourceStamp } = await import('../deploy/start.mjs');
    const root = mkdtempSync(join(tmpdir(), 'between-start-'));
    try {
      for (const dir of ['src', 'adapters/slack', 'dist']) mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, 'src/main.ts'), 'export {};\n');
      writeFileSync(join(root, 'adapters/slack/index.ts'), 'export const a = 1;\n');
      writeFileSync(join(root, 'package-lock.json'), '{}\n');
      expect(choose(root)).toBe('source');
      writeFileSync(join(root, 'dist/main.js'), '');
      expect(choose(root)).toBe('stale');
      writeFileSync(join(root, 'dist/source-stamp.txt'), `${sourceStamp(root)}\n`);
      expect(choose(root)).toBe('build');
      // A changed file, a new one, or new dependency versions: the build is older than the source.
      writeFileSync(join(root, 'adapters/slack/index.ts'), 'export const a = 2;\n');
      expect(choose(root)).toBe('stale');
      writeFileSync(join(root, 'dist/source-stamp.txt'), sourceStamp(root));
      writeFileSync(join(root, 'src/extra.ts'), 'export {};\n');
      expect(choose(root)).toBe('stale');
      writeFileSync(join(root, 'dist/source-stamp.txt'), sourceStamp(root));
      writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
      expect(choose(root)).toBe('stale');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
