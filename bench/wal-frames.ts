import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manualClock } from '../src/core/clock';
import { planDue } from '../src/scheduling/planner';
import { benchApp, PLANNER } from './fixtures';

/**
 * `npx tsx bench/wal-frames.ts <populated.db>`: how many pages an everyone-due minute writes to the
 * write-ahead log, per member planned (issue #15: where the planner's cost beyond the raw insert
 * goes). The file is one `bench/scheduling.ts child populate N all <file>` made; a copy is planned
 * with checkpoints held off, so that every page each slice's commit wrote is still in the log when
 * it is counted. Each frame is one 4 KB page written once more.
 */
const source = process.argv[2];
if (!source || !existsSync(source)) throw new Error('usage: npx tsx bench/wal-frames.ts <populated.db>');
const dir = mkdtempSync(join(tmpdir(), 'between-frames-'));
const path = join(dir, 'between.db');
copyFileSync(source, path);
const app = benchApp(path, manualClock(new Date('2026-11-23T10:00:00.000Z')), false);
app.sqlite.pragma('wal_autocheckpoint = 0');
app.sqlite.pragma('wal_checkpoint(TRUNCATE)');
const began = performance.now();
const { planned } = await planDue(app.services, PLANNER);
const ms = performance.now() - began;
const [log] = app.sqlite.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
const frames = log?.log ?? 0;
console.log(
  `${planned} planned in ${ms.toFixed(0)} ms: ${frames} WAL frames, ${(frames / Math.max(planned, 1)).toFixed(2)} per member`,
);
app.close();
rmSync(dir, { recursive: true, force: true });
