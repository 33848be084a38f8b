import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { type Checklist, loadPromptLibrary } from '../../src/prompts/library';
import { chartText, renderChartPng, type WeeklyCounts, weeklyCounts } from '../../src/sharing/chart';

const library = loadPromptLibrary(resolve(import.meta.dirname, '../../prompts'));
const pullAway = library.checklist('pull-away') as Checklist;
const ids = pullAway.items.map((item) => item.id);
const [testing, hiding, apologising, withdrawing, bracing] = ids as [string, string, string, string, string];

/** Okabe–Ito, in the order the chart gives them to checklist items. */
const COLOURS = ['e69f00', '56b4e9', '009e73', '0072b2', 'd55e00'];

function decode(png: Buffer) {
  const image = PNG.sync.read(png);
  const at = (x: number, y: number) => {
    const i = (y * image.width + x) * 4;
    return [image.data[i], image.data[i + 1], image.data[i + 2]]
      .map((v) => (v ?? 0).toString(16).padStart(2, '0'))
      .join('');
  };
  return { width: image.width, height: image.height, at };
}

interface Block {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Solid rectangles of exactly `colour`: vertical runs per column, merged across neighbouring columns. */
function blocksOf(image: ReturnType<typeof decode>, colour: string): Block[] {
  const blocks: Block[] = [];
  let open: Block[] = [];
  for (let x = 0; x < image.width; x++) {
    const runs: { top: number; bottom: number }[] = [];
    for (let y = 0; y < image.height; y++) {
      if (image.at(x, y) !== colour) continue;
      const last = runs[runs.length - 1];
      if (last && last.bottom === y - 1) last.bottom = y;
      else runs.push({ top: y, bottom: y });
    }
    const next: Block[] = [];
    for (const run of runs) {
      const block = open.find((b) => b.top === run.top && b.bottom === run.bottom && b.right === x - 1);
      if (block) {
        block.right = x;
        next.push(block);
      } else {
        const created = { left: x, right: x, ...run };
        blocks.push(created);
        next.push(created);
      }
    }
    open = next;
  }
  return blocks;
}

/** The bars of one series: its coloured blocks minus the legend swatch, which sits lowest in the image. */
function barsOf(image: ReturnType<typeof decode>, colour: string): Block[] {
  const blocks = blocksOf(image, colour);
  const swatch = blocks.reduce((low, b) => (b.bottom > low.bottom ? b : low));
  return blocks.filter((b) => b !== swatch).sort((a, b) => a.left - b.left);
}

const heightOf = (b: Block) => b.bottom - b.top + 1;

function counts(weeks: string[], perItem: number[][]): WeeklyCounts {
  return {
    weeks,
    series: pullAway.items.map((item, i) => ({
      itemId: item.id,
      label: item.label,
      counts: perItem[i] ?? weeks.map(() => 0),
    })),
  };
}

describe('weeklyCounts', () => {
  it('buckets by Monday in the given zone, so late Sunday in Los Angeles stays in the earlier week', () => {
    const answers = [
      // Sunday 22 November 2026, 23:30 in Los Angeles; already Monday 23 November in UTC.
      { at: '2026-11-23T07:30:00Z', selected: [testing] },
      // Monday 23 November 2026, 00:30 in Los Angeles.
      { at: '2026-11-23T08:30:00Z', selected: [testing, hiding] },
    ];
    const la = weeklyCounts(pullAway, answers, 'America/Los_Angeles');
    expect(la.weeks).toEqual(['2026-11-16', '2026-11-23']);
    expect(la.series[0]?.counts).toEqual([1, 1]);
    expect(la.series[1]?.counts).toEqual([0, 1]);

    const utc = weeklyCounts(pullAway, answers, 'UTC');
    expect(utc.weeks).toEqual(['2026-11-23']);
    expect(utc.series[0]?.counts).toEqual([2]);
  });

  it('includes the empty weeks between answers as zeros, across a daylight-saving change', () => {
    const result = weeklyCounts(
      pullAway,
      [
        { at: '2026-11-12T18:00:00Z', selected: [withdrawing] },
        { at: '2026-10-27T18:00:00Z', selected: [withdrawing, bracing] },
      ],
      'America/Los_Angeles',
    );
    // Clocks go back in Los Angeles on Sunday 1 November 2026.
    expect(result.weeks).toEqual(['2026-10-26', '2026-11-02', '2026-11-09']);
    expect(result.series.map((s) => s.counts)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [1, 0, 1],
      [1, 0, 0],
    ]);
  });

  it('ignores unknown item ids and counts an item listed twice in one answer once', () => {
    const result = weeklyCounts(
      pullAway,
      [{ at: '2026-11-18T12:00:00Z', selected: ['not-an-item', apologising, apologising] }],
      'Europe/London',
    );
    expect(result.series.map((s) => s.itemId)).toEqual(ids);
    expect(result.series.map((s) => s.counts)).toEqual([[0], [0], [1], [0], [0]]);
  });

  it('keeps checklist order and labels whatever order the answers list items in', () => {
    const result = weeklyCounts(
      pullAway,
      [{ at: '2026-11-18T12:00:00Z', selected: [...ids].reverse() }],
      'Europe/London',
    );
    expect(result.series.map((s) => ({ itemId: s.itemId, label: s.label }))).toEqual(
      pullAway.items.map((item) => ({ itemId: item.id, label: item.label })),
    );
    expect(result.series.every((s) => s.counts[0] === 1)).toBe(true);
  });

  it('gives zero weeks for no answers', () => {
    const result = weeklyCounts(pullAway, [], 'UTC');
    expect(result.weeks).toEqual([]);
    expect(result.series.map((s) => s.counts)).toEqual([[], [], [], [], []]);
  });

  it('refuses an unknown zone and a time that is not an ISO instant', () => {
    expect(() => weeklyCounts(pullAway, [], 'Mars/Olympus')).toThrow(/time zone/);
    expect(() => weeklyCounts(pullAway, [{ at: 'last Tuesday', selected: [] }], 'UTC')).toThrow(/ISO/);
  });
});

describe('renderChartPng', () => {
  const sample = counts(
    ['2026-11-16', '2026-11-23', '2026-11-30'],
    [
      [2, 0, 4],
      [1, 1, 1],
      [3, 0, 0],
      [0, 0, 1],
      [1, 2, 3],
    ],
  );

  it('makes a PNG that decodes at the default size of 800 × 420', () => {
    const image = decode(renderChartPng(sample));
    expect([image.width, image.height]).toEqual([800, 420]);
  });

  it('makes exactly the requested width and height', () => {
    for (const [width, height] of [
      [640, 360],
      [1200, 630],
      [401, 299],
    ] as const) {
      const image = decode(renderChartPng(sample, { width, height, title: 'Noticing pulling away' }));
      expect([image.width, image.height]).toEqual([width, height]);
    }
  });

  it('is not blank: every series colour and several other colours are drawn', () => {
    const image = decode(renderChartPng(sample));
    const seen = new Set<string>();
    for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) seen.add(image.at(x, y));
    for (const colour of COLOURS) expect(seen).toContain(colour);
    expect(seen.size).toBeGreaterThan(10);
  });

  it('is deterministic: the same counts give the same bytes', () => {
    const a = renderChartPng(sample, { title: 'Noticing pulling away' });
    const b = renderChartPng(
      counts(
        [...sample.weeks],
        sample.series.map((s) => [...s.counts]),
      ),
      {
        title: 'Noticing pulling away',
      },
    );
    expect(a.equals(b)).toBe(true);
  });

  it('draws bars whose heights are proportional to the counts, and no bar for a count of 0', () => {
    const image = decode(renderChartPng(sample));
    const first = barsOf(image, COLOURS[0] as string); // counts 2, 0, 4
    const second = barsOf(image, COLOURS[1] as string); // counts 1, 1, 1
    expect(first).toHaveLength(2);
    expect(second).toHaveLength(3);

    const baseline = second[0]?.bottom;
    for (const bar of [...first, ...second]) expect(bar.bottom).toBe(baseline);
    const unit = heightOf(second[0] as Block);
    expect(unit).toBeGreaterThan(20);
    for (const bar of second) expect(Math.abs(heightOf(bar) - unit)).toBeLessThanOrEqual(1);
    expect(Math.abs(heightOf(first[0] as Block) - 2 * unit)).toBeLessThanOrEqual(1);
    expect(Math.abs(heightOf(first[1] as Block) - 4 * unit)).toBeLessThanOrEqual(1);

    // The first item's bars sit just left of the second item's in weeks 1 and 3; week 2 has none.
    expect(first[0]?.right).toBe((second[0]?.left ?? 0) - 1);
    expect(first[1]?.right).toBe((second[2]?.left ?? 0) - 1);
    const week2 = second[1] as Block;
    for (let x = week2.left - 60; x < week2.left; x++) {
      for (let y = 0; y <= (baseline ?? 0); y++) expect(image.at(x, y)).not.toBe(COLOURS[0]);
    }

    // The fourth item (counts 0, 0, 1) has a single bar, in the last week, right of everything else there.
    const fourth = barsOf(image, COLOURS[3] as string);
    expect(fourth).toHaveLength(1);
    expect(fourth[0]?.left).toBeGreaterThan(second[2]?.right ?? Number.POSITIVE_INFINITY);
    expect(Math.abs(heightOf(fourth[0] as Block) - unit)).toBeLessThanOrEqual(1);
  });

  it('draws a "no checklist answers" chart for zero weeks, at the requested size', () => {
    const empty = weeklyCounts(pullAway, [], 'UTC');
    const png = renderChartPng(empty, { width: 500, height: 260 });
    const image = decode(png);
    expect([image.width, image.height]).toEqual([500, 260]);
    const seen = new Set<string>();
    for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) seen.add(image.at(x, y));
    expect(seen.size).toBeGreaterThan(3);
    for (const colour of COLOURS) expect(seen).not.toContain(colour);
    expect(renderChartPng(empty, { width: 500, height: 260 }).equals(png)).toBe(true);
  });

  it('refuses counts that do not line up with the weeks, and sizes it cannot draw', () => {
    expect(() => renderChartPng(counts(['2026-11-16'], [[1, 2]]))).toThrow(/counts for 1 weeks/);
    expect(() => renderChartPng(sample, { width: 0 })).toThrow(/width/);
    expect(() => renderChartPng(sample, { height: 10.5 })).toThrow(/height/);
    expect(() => renderChartPng(sample, { width: 800, height: 120 })).toThrow(/too small/);
  });
});

describe('chartText', () => {
  const answers = [
    { at: '2026-11-16T09:00:00Z', selected: [testing, hiding] },
    { at: '2026-11-17T09:00:00Z', selected: [testing] },
    { at: '2026-11-19T21:00:00Z', selected: [bracing, 'retired-item'] },
    { at: '2026-12-01T09:00:00Z', selected: [hiding, apologising, withdrawing] },
  ];
  const result = weeklyCounts(pullAway, answers, 'Europe/London');

  it('names the chart on the first line, then gives one line per week', () => {
    const lines = chartText(result).split('\n');
    expect(lines[0]).toMatch(/^Bar chart of how many times each checklist item was ticked per week/);
    expect(lines[0]).toContain('3 weeks');
    expect(lines.slice(1).map((line) => line.slice(0, 'Week of 2026-11-16:'.length))).toEqual([
      'Week of 2026-11-16:',
      'Week of 2026-11-23:',
      'Week of 2026-11-30:',
    ]);
  });

  it('lists every count with the full label, matching weeklyCounts exactly', () => {
    const lines = chartText(result).split('\n').slice(1);
    const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const parsed = result.series.map((s) =>
      lines.map((line) => {
        const match = line.match(new RegExp(`(\\d+) times?: ${escapeRegExp(s.label)}`));
        expect(match, `${s.label} in "${line}"`).not.toBeNull();
        return Number(match?.[1]);
      }),
    );
    expect(parsed).toEqual(result.series.map((s) => [...s.counts]));
    expect(parsed).toEqual([
      [2, 0, 0],
      [1, 0, 1],
      [0, 0, 1],
      [0, 0, 1],
      [1, 0, 0],
    ]);
    expect(lines[0]).toContain("1 time: I've played down what I need so I'd seem easy to be around.");
    expect(lines[0]).toContain("2 times: I've found myself testing whether people would stick around.");
  });

  it('says so when there are no answers', () => {
    expect(chartText(weeklyCounts(pullAway, [], 'UTC'))).toBe(
      'Bar chart of how many times each checklist item was ticked per week: no checklist answers in this period.',
    );
  });
});
