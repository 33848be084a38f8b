import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { SUMMARY_MARK } from './fixtures';

/**
 * `npm run bench`: every benchmark of issue #15 in one run (the build first, for the start-up
 * figures), each in its own process so that none warms or loads another, their own tables as they
 * come, then the headline figures side by side against the targets. It prints; it asserts nothing.
 */
const HERE = import.meta.dirname;
const BENCHES = ['scheduling', 'history', 'reads', 'startup'] as const;
type Bench = (typeof BENCHES)[number];

function run(bench: Bench): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, join(HERE, `${bench}.ts`)], {
      env: { ...process.env, BENCH_SUMMARY: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let figures: Record<string, number> = {};
    let rest = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (rest + String(chunk)).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(SUMMARY_MARK)) figures = JSON.parse(line.slice(SUMMARY_MARK.length));
        else console.log(line);
      }
    });
    child.once('exit', (code) =>
      code === 0 ? resolve(figures) : reject(new Error(`bench/${bench}.ts exited ${code}`)),
    );
  });
}

const built = spawnSync('npm', ['run', 'build'], { cwd: join(HERE, '..'), stdio: 'ignore' });
if (built.status !== 0) throw new Error('npm run build failed');
const started = performance.now();
const figures = {} as Record<Bench, Record<string, number>>;
for (const bench of BENCHES) {
  console.log(`\n<!-- bench/${bench}.ts -->\n`);
  figures[bench] = await run(bench);
}

const x = (n: number | undefined) => `${(n ?? Number.NaN).toFixed(2)}×`;
const { scheduling: s, history: h, reads: r, startup: u } = figures;
const rows: [string, string, string, boolean | undefined][] = [
  [
    'planning per member, 2,000 past deliveries ÷ none',
    `${x((h['2000'] ?? 0) / (h['0'] ?? 1))} (${h['0']?.toFixed(0)} → ${h['2000']?.toFixed(0)} µs)`,
    'flat (≤ 1.2×)',
    (h['2000'] ?? 0) / (h['0'] ?? 1) <= 1.2,
  ],
  [
    'everyone-due planning ÷ raw insert of the same rows (100,000 members)',
    x(s.everyoneDueRatio),
    '≤ 3×',
    (s.everyoneDueRatio ?? 99) <= 3,
  ],
  [
    'ack while 100,000 members are planned: p50 / p99 / max',
    `${s.ackP50?.toFixed(0)} / ${s.ackP99?.toFixed(0)} / ${s.ackMax?.toFixed(0)} ms`,
    'p99 < 100 ms',
    (s.ackP99 ?? 999) < 100,
  ],
  ['home, 5,000 entries ÷ 100', x(r.home), '≤ 1.2×', (r.home ?? 99) <= 1.2],
  ['share picker, 5,000 entries ÷ 100', x(r.share), '≤ 1.2×', (r.share ?? 99) <= 1.2],
  [
    'submit (find, close, seal, store) ÷ the same statements raw',
    `${x((r.submitUs ?? 0) / (r.rawSubmitUs ?? 1))} (${r.submitUs?.toFixed(0)} against ${r.rawSubmitUs?.toFixed(0)} µs)`,
    '≤ 2×',
    (r.submitUs ?? 0) / (r.rawSubmitUs ?? 1) <= 2,
  ],
  [
    'submit ÷ one raw insert',
    `${x((r.submitUs ?? 0) / (r.rawInsertUs ?? 1))} (against ${r.rawInsertUs?.toFixed(0)} µs)`,
    '≤ 2× (read strictly)',
    (r.submitUs ?? 0) / (r.rawInsertUs ?? 1) <= 2,
  ],
  [
    'start-up, source (tsx) / build',
    `${((u['source (tsx)'] ?? 0) / 1000).toFixed(2)} / ${((u['build (dist/main.js)'] ?? 0) / 1000).toFixed(2)} s`,
    'platform libraries only when configured',
    undefined,
  ],
];
console.log('\n## Issue #15 side by side\n');
console.log('| measure | figure | target | met |');
console.log('| --- | ---: | --- | --- |');
for (const [measure, figure, target, met] of rows)
  console.log(`| ${measure} | ${figure} | ${target} | ${met === undefined ? '—' : met ? 'yes' : 'no'} |`);
console.log(`\ntotal: ${((performance.now() - started) / 1000).toFixed(0)} s`);
