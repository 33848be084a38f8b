import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found = [
    ...source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((m) => m[1] ?? m[2] ?? '');
}

const FORBIDDEN = [/^discord\.js$/, /^@discordjs\//, /^@slack\//, /(^|\/)adapters\//];

describe('architecture', () => {
  it('keeps the core free of platform libraries and adapters (main.ts, the composition root, excepted)', () => {
    const offenders = sourceFiles(join(ROOT, 'src'))
      .filter((file) => relative(ROOT, file) !== 'src/main.ts')
      .flatMap((file) =>
        importsOf(file)
          .filter((spec) => FORBIDDEN.some((pattern) => pattern.test(spec)))
          .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it('reads process.env in src/config.ts only', () => {
    const readers = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'adapters'))]
      .filter((file) => /process\.env\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(readers).toEqual(['src/config.ts']);
  });

  it('never writes to the console from the core (logs go through the structured logger)', () => {
    const writers = sourceFiles(join(ROOT, 'src'))
      .filter((file) => !file.endsWith('check-cli.ts'))
      .filter((file) => /console\.(log|error|warn|info|debug)\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(writers).toEqual([]);
  });

  it('finds imports at all (the scan itself works)', () => {
    expect(importsOf(join(ROOT, 'src/main.ts'))).toContain('../adapters/shell/index');
  });
});
