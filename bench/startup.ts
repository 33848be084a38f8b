import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { summary } from './fixtures';

/**
 * `npm run bench:startup` (after `npm run build`): how long Between takes from launch to its first
 * prompt in the terminal, and its peak memory by then, run from source through tsx (`npm start`)
 * and from the build (`npm run start:prod`). Each mode runs BENCH_RUNS times (default 5) on a fresh
 * data folder with no platform tokens, so the shell adapter starts, as in the README's quick start.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = new URL('../', import.meta.url).pathname;
const MODES = {
  // The source through tsx (what `npm start` runs when there is no current build), without npm's wrapper.
  'source (tsx)': [
    '--import',
    pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href,
    join(ROOT, 'src/main.ts'),
  ],
  'build (dist/main.js)': [join(ROOT, 'dist/main.js')],
} as const;

function once(args: readonly string[]): Promise<{ ms: number; peakMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'between-startup-'));
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: dir },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += String(chunk);
      if (!out.includes('Between is running here')) return;
      const ms = performance.now() - started;
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      child.stdin.end('/quit\n');
      child.once('exit', () => {
        rmSync(dir, { recursive: true, force: true });
        resolve({ ms, peakMb: peakKb / 1024 });
      });
    });
    child.once('exit', (code) => {
      if (!out.includes('Between is running here')) reject(new Error(`exited ${code} before starting`));
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

console.log(`# Start-up, launch to the first terminal prompt (${RUNS} runs each, median)\n`);
console.log('| how it runs | start-up | peak memory (RSS) |');
console.log('| --- | ---: | ---: |');
const figures: Record<string, number> = {};
for (const [name, args] of Object.entries(MODES)) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(args));
  const ms = median(runs.map((r) => r.ms));
  const mb = median(runs.map((r) => r.peakMb));
  console.log(`| ${name} | ${(ms / 1000).toFixed(2)} s | ${mb.toFixed(0)} MB |`);
  figures[name] = ms;
}
summary(figures);
