import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { DateTime } from 'luxon';
import { BetweenError } from '../core/errors';
import { INTL_LOCALE, type Locale, t } from '../i18n';
import type { Checklist } from '../prompts/library';
import { addDays } from '../scheduling/time';

/**
 * A weekly bar chart of checklist answers, drawn as an SVG built here and rasterised with resvg.
 * The font is the DejaVu Sans file shipped in the `dejavu-fonts-ttf` package, never a system
 * font, so the same counts give the same PNG bytes on every machine.
 */

export interface WeeklyCounts {
  /** ISO date (YYYY-MM-DD) of each week's Monday, oldest first. */
  readonly weeks: readonly string[];
  /** Per checklist item, in checklist order: how many times it was ticked in each week (same length as weeks). */
  readonly series: readonly {
    readonly itemId: string;
    readonly label: string;
    readonly counts: readonly number[];
  }[];
}

/**
 * Counts per ISO week (Monday start, in `zone`) from checklist answers: each answer is
 * `{ at: ISO instant, selected: item ids }`. Weeks from the first to the last answer's week, with
 * empty weeks included as zeros. An item listed twice in one answer counts once; ids that are not
 * in the checklist are ignored.
 */
export function weeklyCounts(
  checklist: Checklist,
  answers: readonly { at: string; selected: readonly string[] }[],
  zone: string,
): WeeklyCounts {
  if (!DateTime.now().setZone(zone).isValid) {
    throw new BetweenError('bad_argument', `"${zone}" is not a time zone`);
  }
  const position = new Map(checklist.items.map((item, index) => [item.id, index]));
  const perWeek = new Map<string, number[]>();
  for (const answer of answers) {
    const local = DateTime.fromISO(answer.at, { zone });
    const week = local.isValid ? local.startOf('week').toISODate() : null;
    if (!week) throw new BetweenError('bad_argument', `"${answer.at}" is not an ISO instant`);
    let row = perWeek.get(week);
    if (!row) {
      row = checklist.items.map(() => 0);
      perWeek.set(week, row);
    }
    for (const id of new Set(answer.selected)) {
      const index = position.get(id);
      if (index !== undefined) row[index] = (row[index] ?? 0) + 1;
    }
  }

  const seen = [...perWeek.keys()].sort();
  const weeks: string[] = [];
  const first = seen[0];
  const last = seen[seen.length - 1];
  if (first !== undefined && last !== undefined) {
    // Calendar arithmetic on dates: a daylight-saving change inside a week cannot shift a Monday.
    for (let week = first; week <= last; week = addDays(week, 7)) weeks.push(week);
  }
  return {
    weeks,
    series: checklist.items.map((item, index) => ({
      itemId: item.id,
      label: item.label,
      counts: weeks.map((week) => perWeek.get(week)?.[index] ?? 0),
    })),
  };
}

/**
 * The same numbers as plain text for screen readers, in `locale` (the reader's language): a first
 * line naming the chart, then one line per week giving every item's count with its full label.
 */
export function chartText(counts: WeeklyCounts, locale: Locale = 'en'): string {
  checkCounts(counts);
  const { weeks, series } = counts;
  if (weeks.length === 0) return t(locale, 'links.chart.text.empty');
  const lines = [
    t(locale, 'links.chart.text.heading', {
      weeks: weeks.length,
      first: weeks[0] ?? '',
      last: weeks[weeks.length - 1] ?? '',
    }),
  ];
  weeks.forEach((week, w) => {
    const parts = series.map(({ label, counts: perWeek }) => {
      const n = perWeek[w] ?? 0;
      const sentence = /[.!?]$/.test(label) ? label : `${label}.`;
      return t(locale, 'links.chart.text.count', { n, label: sentence });
    });
    lines.push(
      parts.length > 0
        ? t(locale, 'links.chart.text.week', { week, counts: parts.join(' ') })
        : t(locale, 'links.chart.text.weekNoItems', { week }),
    );
  });
  return lines.join('\n');
}

/** Okabe–Ito: distinguishable with the common forms of colour blindness. Yellow and black come last. */
const PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#0072B2', '#D55E00', '#CC79A7', '#F0E442', '#000000'];
const INK = '#222222';
const MUTED = '#555555';
const GRID = '#DDDDDD';

const FONT_FILE = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
// i18n-exempt: a font's name, never shown
const FONT_FAMILY = 'DejaVu Sans';

const MARGIN = 16;
const LEGEND_ROW = 18;
const SWATCH = 12;
const MIN_PLOT = 40;
const MAX_SIDE = 4096;

/** The chart as PNG bytes, its words in `locale` (default English); `width` × `height` pixels exactly (default 800 × 420). */
export function renderChartPng(
  counts: WeeklyCounts,
  options: { width?: number; height?: number; title?: string; locale?: Locale } = {},
): Buffer {
  checkCounts(counts);
  const width = options.width ?? 800;
  const height = options.height ?? 420;
  for (const [name, value] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > MAX_SIDE) {
      throw new BetweenError('bad_argument', `chart ${name} must be a whole number from 1 to ${MAX_SIDE}`);
    }
  }
  const locale = options.locale ?? 'en';
  const svg = chartSvg(counts, width, height, options.title ?? t(locale, 'links.chart.title'), locale);
  const image = new Resvg(svg, {
    fitTo: { mode: 'original' },
    background: '#FFFFFF',
    font: { fontFiles: [FONT_FILE], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    logLevel: 'off',
  }).render();
  if (image.width !== width || image.height !== height) {
    throw new BetweenError(
      'internal',
      `chart rendered at ${image.width}×${image.height}, not ${width}×${height}`,
    );
  }
  return image.asPng();
}

function checkCounts({ weeks, series }: WeeklyCounts): void {
  for (const s of series) {
    if (s.counts.length !== weeks.length) {
      throw new BetweenError(
        'bad_argument',
        `series ${s.itemId} has ${s.counts.length} counts for ${weeks.length} weeks`,
      );
    }
    if (!s.counts.every((n) => Number.isInteger(n) && n >= 0)) {
      throw new BetweenError('bad_argument', `series ${s.itemId} has a count that is not a whole number ≥ 0`);
    }
  }
}

function chartSvg(
  counts: WeeklyCounts,
  width: number,
  height: number,
  title: string,
  locale: Locale,
): string {
  const out: string[] = [];
  const titleSize = 17;
  out.push(text(MARGIN, MARGIN + 14, shorten(title, titleSize, width - 2 * MARGIN), titleSize, INK));

  const { weeks, series } = counts;
  if (weeks.length === 0) {
    const empty = t(locale, 'links.chart.empty');
    const size = Math.max(8, Math.min(16, Math.floor((width - 2 * MARGIN) / (empty.length * 0.62))));
    const cy = Math.round((height + MARGIN + 20) / 2);
    out.push(
      element('rect', {
        x: MARGIN + 0.5,
        y: MARGIN + 24.5,
        width: Math.max(0, width - 2 * MARGIN - 1),
        height: Math.max(0, height - 2 * MARGIN - 25),
        fill: '#F6F6F6',
        stroke: GRID,
      }),
      text(width / 2, cy + size / 3, empty, size, MUTED, { anchor: 'middle' }),
    );
    return wrapSvg(width, height, out, []);
  }

  const tickSize = 11;
  const legendSize = 12;
  const legendTop = height - MARGIN - series.length * LEGEND_ROW;
  const captionBaseline = legendTop - 10;
  const tickBaseline = captionBaseline - 18;
  const plotBottom = tickBaseline - 15;
  const axisTitleBaseline = MARGIN + 14 + 20;
  const plotTop = axisTitleBaseline + 16;

  const max = Math.max(0, ...series.flatMap((s) => s.counts));
  const step = niceStep(max);
  const yMax = Math.max(step, Math.ceil(max / step) * step);
  const plotLeft = MARGIN + Math.ceil(textWidth(String(yMax), tickSize)) + 8;
  const plotRight = width - MARGIN;
  const plotHeight = plotBottom - plotTop;
  if (plotHeight < MIN_PLOT || plotRight - plotLeft < MIN_PLOT) {
    throw new BetweenError(
      'bad_argument',
      `a ${width}×${height} chart is too small for ${series.length} items over ${weeks.length} weeks`,
    );
  }
  const yOf = (value: number) => Math.round(plotBottom - (value / yMax) * plotHeight);

  out.push(text(MARGIN, axisTitleBaseline, t(locale, 'links.chart.axis'), tickSize, MUTED));
  for (let value = 0; value <= yMax; value += step) {
    const y = yOf(value);
    out.push(
      element('rect', {
        x: plotLeft,
        y,
        width: plotRight - plotLeft,
        height: 1,
        fill: value === 0 ? MUTED : GRID,
        'shape-rendering': 'crispEdges',
      }),
      text(plotLeft - 6, y + 4, String(value), tickSize, MUTED, { anchor: 'end' }),
    );
  }

  const groupWidth = (plotRight - plotLeft) / weeks.length;
  const gap = Math.min(groupWidth * 0.25, 24);
  const barWidth = (groupWidth - gap) / Math.max(1, series.length);
  const labelEvery = Math.max(1, Math.ceil((textWidth('30 Sep', tickSize) + 10) / groupWidth));
  const defs: string[] = [];
  series.forEach((_, s) => {
    if (s >= PALETTE.length) defs.push(hatch(s));
  });

  weeks.forEach((week, w) => {
    const groupLeft = plotLeft + w * groupWidth + gap / 2;
    series.forEach((s, index) => {
      const n = s.counts[w] ?? 0;
      if (n === 0) return;
      const x0 = Math.round(groupLeft + index * barWidth);
      const x1 = Math.max(x0 + 1, Math.round(groupLeft + (index + 1) * barWidth));
      const top = Math.min(yOf(n), plotBottom - 1);
      out.push(
        element('rect', {
          x: x0,
          y: top,
          width: x1 - x0,
          height: plotBottom - top,
          fill: fillOf(index),
          'shape-rendering': 'crispEdges',
        }),
      );
      if (barWidth >= 14) out.push(text((x0 + x1) / 2, top - 3, String(n), 10, INK, { anchor: 'middle' }));
    });
    if (w % labelEvery === 0) {
      out.push(
        text(plotLeft + (w + 0.5) * groupWidth, tickBaseline, shortDate(locale, week), tickSize, MUTED, {
          anchor: 'middle',
        }),
      );
    }
  });

  const first = weeks[0] ?? '';
  const last = weeks[weeks.length - 1] ?? '';
  const caption =
    weeks.length === 1
      ? t(locale, 'links.chart.caption.oneWeek', { date: longDate(locale, first) })
      : t(locale, 'links.chart.caption.weeks', {
          first: longDate(locale, first),
          last: longDate(locale, last),
        });
  out.push(
    text(plotLeft, captionBaseline, shorten(caption, tickSize, plotRight - plotLeft), tickSize, MUTED),
  );

  series.forEach((s, index) => {
    const rowTop = legendTop + index * LEGEND_ROW;
    const labelLeft = MARGIN + SWATCH + 8;
    out.push(
      element('rect', {
        x: MARGIN,
        y: rowTop + 2,
        width: SWATCH,
        height: SWATCH,
        fill: fillOf(index),
        'shape-rendering': 'crispEdges',
      }),
      text(labelLeft, rowTop + 13, shorten(s.label, legendSize, width - MARGIN - labelLeft), legendSize, INK),
    );
  });
  return wrapSvg(width, height, out, defs);
}

function wrapSvg(width: number, height: number, body: readonly string[], defs: readonly string[]): string {
  return [
    `<svg${attributes({
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: [0, 0, width, height].join(' '),
      'font-family': FONT_FAMILY,
    })}>`,
    defs.length > 0 ? element('defs', {}, defs.join('')) : '',
    element('rect', { x: 0, y: 0, width, height, fill: '#FFFFFF' }),
    ...body,
    '</svg>',
  ].join('\n');
}

/** Colours 1–8 are plain; items 9 and 10 (the library allows ten) reuse a colour with white stripes. */
function fillOf(index: number): string {
  return index < PALETTE.length ? (PALETTE[index] ?? INK) : `url(#hatch-${index})`;
}

function hatch(index: number): string {
  const colour = PALETTE[index % PALETTE.length] ?? INK;
  return element(
    'pattern',
    {
      id: `hatch-${index}`,
      width: 6,
      height: 6,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    },
    element('rect', { width: 6, height: 6, fill: colour }) +
      element('rect', { width: 2, height: 6, fill: '#FFFFFF' }),
  );
}

function text(
  x: number,
  y: number,
  content: string,
  size: number,
  fill: string,
  options: { anchor?: 'middle' | 'end' } = {},
): string {
  const anchor: Record<string, string> = options.anchor ? { 'text-anchor': options.anchor } : {};
  return element(
    'text',
    { x: round(x), y: round(y), 'font-size': size, fill, ...anchor },
    escapeXml(content),
  );
}

/** SVG attributes, in the order given: ` name="value"` each (values are numbers or markup-safe words). */
function attributes(values: Readonly<Record<string, string | number>>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
}

/** An SVG element with its attributes: empty (`<rect …/>`), or around `inner`, which is markup already. */
function element(name: string, values: Readonly<Record<string, string | number>>, inner?: string): string {
  const open = `<${name}${attributes(values)}`;
  return inner === undefined ? `${open}/>` : `${open}>${inner}</${name}>`;
}

const round = (n: number) => Math.round(n * 100) / 100;

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** 1, 2, 5, 10, 20, 50, … : the smallest step that needs at most five gridlines above zero. */
function niceStep(max: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const base of [1, 2, 5]) {
      if (max / (base * magnitude) <= 5) return base * magnitude;
    }
  }
}

/**
 * Width of a line of DejaVu Sans, estimated from character classes (slightly generous), so long
 * labels can be shortened with an ellipsis before they run off the image.
 */
function textWidth(value: string, size: number): number {
  let em = 0;
  for (const c of value) {
    if (/[ilj.,:;'!|I\s]/.test(c)) em += 0.33;
    else if (/[ftr()[\]-]/.test(c)) em += 0.42;
    else if (/[mwMW]/.test(c)) em += 0.9;
    else if (/[A-Z]/.test(c)) em += 0.72;
    else em += 0.64;
  }
  return em * size;
}

function shorten(value: string, size: number, maxWidth: number): string {
  if (textWidth(value, size) <= maxWidth) return value;
  let cut = value;
  while (cut.length > 0 && textWidth(`${cut}…`, size) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s.,;:]+$/, '')}…`;
}

/** A week's Monday (`YYYY-MM-DD`) as a tick label, day and short month: "16 Nov", "16 nov". */
function shortDate(locale: Locale, date: string): string {
  const day = DateTime.fromISO(date, { zone: 'utc' }).setLocale(INTL_LOCALE[locale]);
  return t(locale, 'links.chart.date', { day: day.day, month: day.toFormat('LLL') });
}

/** The same with the year, for the caption: "16 Nov 2026", "16 de nov de 2026". */
function longDate(locale: Locale, date: string): string {
  const day = DateTime.fromISO(date, { zone: 'utc' }).setLocale(INTL_LOCALE[locale]);
  return t(locale, 'links.chart.dateWithYear', { day: day.day, month: day.toFormat('LLL'), year: day.year });
}
