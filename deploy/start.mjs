/**
 * `npm start`: the compiled bot (`dist/main.js`) when `npm run build` made it from the source as
 * it is now, else the source itself through tsx, in this same process either way (so a signal
 * reaches the bot, not a wrapper). A build older than the source is never run: Between says so
 * on stderr and runs the source. `node deploy/start.mjs --stamp` (run by `npm run build`) records
 * which source the build was made from, as a hash of its contents (not dates, which a fresh clone
 * or a copy changes).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** What the bundle is made of: the code and the locked dependency versions. */
const SOURCES = ['src', 'adapters', 'package-lock.json'];
const STAMP = join('dist', 'source-stamp.txt');

function files(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(root, join(path, name)));
}

/** A hash of every source file's path and contents. */
export function sourceStamp(root = ROOT) {
  const hash = createHash('sha256');
  for (const path of SOURCES.flatMap((p) => files(root, p))) {
    hash
      .update(path)
      .update('\0')
      .update(readFileSync(join(root, path)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** `build` (made from this source), `stale` (made from another), or `source` (no build). */
export function choose(root = ROOT) {
  if (!existsSync(join(root, 'dist', 'main.js'))) return 'source';
  const stamp = existsSync(join(root, STAMP)) ? readFileSync(join(root, STAMP), 'utf8').trim() : '';
  return stamp === sourceStamp(root) ? 'build' : 'stale';
}

async function start() {
  const how = choose();
  if (how === 'build') {
    process.setSourceMapsEnabled(true);
    await import(pathToFileURL(join(ROOT, 'dist', 'main.js')).href);
    return;
  }
  if (how === 'stale') {
    process.stderr.write(
      'Between: dist/ was built from an older source, so the source runs instead (npm run build updates it).\n',
    );
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(ROOT, 'src', 'main.ts')).href);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === '--stamp') writeFileSync(join(ROOT, STAMP), `${sourceStamp()}\n`);
  else await start();
}
