import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { detectRisk, type RiskMatch } from '../../src/safety/detect';

export const LABELS = ['explicit', 'indirect', 'third-party', 'benign', 'neutral'] as const;
export type Label = (typeof LABELS)[number];
export type Part = 'tune' | 'heldout';

export interface CorpusItem {
  readonly text: string;
  readonly label: Label;
  readonly phenomenon: string;
  readonly language: 'en' | 'es';
  readonly part: Part;
  readonly file: string;
}

const DIR = new URL('./corpus/', import.meta.url).pathname;

/**
 * The labelled corpus: `<language>-<part>[-<batch>].yaml` files of `{ text, label, phenomenon }`
 * (`en-tune-b7.yaml` is a tuning batch; `en-heldout.yaml` the held-out part).
 */
export function loadCorpus(): CorpusItem[] {
  return readdirSync(DIR)
    .filter((f) => /^(en|es)-(tune|heldout)(-[a-z0-9]+)?\.yaml$/.test(f))
    .sort()
    .flatMap((file) => {
      const [language, part] = file.replace('.yaml', '').split('-') as ['en' | 'es', Part];
      const items = parse(readFileSync(join(DIR, file), 'utf8')) as Omit<
        CorpusItem,
        'language' | 'part' | 'file'
      >[];
      return items.map((item) => {
        if (!LABELS.includes(item.label)) throw new Error(`${file}: unknown label ${item.label}`);
        return { ...item, language, part, file };
      });
    });
}

/** What each label expects of the screen, and the target the issue sets for it. */
export const TARGETS: Record<Label, { readonly want: 'card' | 'quiet'; readonly min: number }> = {
  explicit: { want: 'card', min: 1 },
  indirect: { want: 'card', min: 0.9 },
  'third-party': { want: 'card', min: 0.9 },
  benign: { want: 'quiet', min: 0.95 },
  neutral: { want: 'quiet', min: 1 },
};

/** A message the screen must show the card for (explicit, indirect, third-party), by its label. */
export const isRisk = (item: Pick<CorpusItem, 'label'>) => TARGETS[item.label].want === 'card';

export interface Outcome {
  readonly item: CorpusItem;
  readonly match: RiskMatch | undefined;
  /** Whether the screen did what the label wants (a card, or nothing). */
  readonly ok: boolean;
  /** For third-party items: whether the "someone you know" card was chosen. */
  readonly rightCard: boolean;
}

export function evaluate(items: readonly CorpusItem[]): Outcome[] {
  return items.map((item) => {
    const match = detectRisk(item.text);
    const ok = TARGETS[item.label].want === 'card' ? match !== undefined : match === undefined;
    const wantSubject = item.label === 'third-party' ? 'other' : 'self';
    return { item, match, ok, rightCard: match?.subject === wantSubject };
  });
}

export interface Row {
  readonly language: 'en' | 'es';
  readonly part: Part;
  readonly label: Label;
  readonly total: number;
  readonly ok: number;
  readonly rate: number;
  readonly meets: boolean;
  readonly rightCard: number;
}

export function summarise(outcomes: readonly Outcome[]): Row[] {
  const rows: Row[] = [];
  for (const language of ['en', 'es'] as const) {
    for (const part of ['tune', 'heldout'] as const) {
      for (const label of LABELS) {
        const group = outcomes.filter(
          (o) => o.item.language === language && o.item.part === part && o.item.label === label,
        );
        if (group.length === 0) continue;
        const ok = group.filter((o) => o.ok).length;
        const rate = ok / group.length;
        rows.push({
          language,
          part,
          label,
          total: group.length,
          ok,
          rate,
          meets: rate >= TARGETS[label].min,
          rightCard: group.filter((o) => o.ok && o.rightCard).length,
        });
      }
    }
  }
  return rows;
}
