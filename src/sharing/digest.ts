import { DateTime } from 'luxon';
import { promptText } from '../checkin/session-prep';
import { PULL_AWAY } from '../checklist/checklist';
import { message, text } from '../core/messages';
import type { Element, OutgoingMessage } from '../core/model';
import { INTL_LOCALE, localeOf, type MessageKey, t } from '../i18n';
import type { Services } from '../services';
import type { StoredAnswer } from '../storage/responses';
import type { MemberRow } from '../storage/schema';
import { chartText, renderChartPng, weeklyCounts } from './chart';
import { who } from './links';

/** Above this the entries go in the attached file only (Discord messages hold 2000 characters). */
const INLINE_LIMIT = 1600;

const KIND: Record<StoredAnswer['kind'], MessageKey> = {
  reflection: 'links.digest.kind.reflection',
  checklist: 'links.digest.kind.checklist',
  checklist_follow_up: 'links.digest.kind.checklistFollowUp',
  rupture_note: 'links.digest.kind.ruptureNote',
};

/**
 * What a therapist receives: exactly the chosen entries (date, prompt, answer), the checklist
 * picture as a PNG with its text equivalent, and the same as a Markdown file. Nothing else.
 * Its words, prompts and checklist labels are in the language of `reader` (the therapist it goes
 * to, whose member row gives it); the client's own answers stay word for word as written.
 * Without a reader it is in English.
 */
export function buildDigest(
  services: Services,
  client: MemberRow,
  entries: readonly StoredAnswer[],
  reader?: { readonly locale: string | null },
): OutgoingMessage {
  const locale = localeOf(reader);
  const zone = client.timeZone;
  const checklist = services.prompts.in(locale).checklist(PULL_AWAY);
  const day = (iso: string) => {
    const at = DateTime.fromISO(iso, { zone }).setLocale(INTL_LOCALE[locale]);
    return t(locale, 'links.digest.day', {
      weekday: at.toFormat('ccc'),
      day: at.day,
      month: at.toFormat('LLL'),
      year: at.year,
    });
  };
  const sorted = [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const first = sorted[0]?.createdAt;
  const last = sorted.at(-1)?.createdAt;
  const name = who(client);
  const heading =
    first && last
      ? day(first) === day(last)
        ? t(locale, 'links.digest.heading.oneDay', { name, count: sorted.length, day: day(first) })
        : t(locale, 'links.digest.heading.days', { name, first: day(first), last: day(last) })
      : t(locale, 'links.digest.heading', { name });
  const blocks = sorted.map((entry) => {
    const prompt =
      entry.kind === 'checklist'
        ? (checklist?.title ?? t(locale, 'links.digest.checklist'))
        : entry.kind === 'checklist_follow_up'
          ? (checklist?.followUp?.text ?? '')
          : entry.kind === 'rupture_note'
            ? t(locale, 'links.digest.rupturePrompt')
            : (promptText(services.prompts, entry.promptId, locale) ?? '');
    const noticed = (entry.selected ?? [])
      .map((id) => checklist?.items.find((i) => i.id === id)?.label ?? id)
      .join('; ');
    const answer =
      entry.kind === 'checklist'
        ? noticed
          ? t(locale, 'links.digest.noticed', { items: noticed })
          : t(locale, 'links.digest.noticedNone')
        : (entry.text ?? '');
    return { title: `${day(entry.createdAt)} · ${t(locale, KIND[entry.kind])}`, prompt, answer };
  });
  const checklistAnswers = sorted
    .filter((e) => e.kind === 'checklist')
    .map((e) => ({ at: e.createdAt, selected: e.selected ?? [] }));
  const counts = checklist ? weeklyCounts(checklist, checklistAnswers, zone) : undefined;
  const picture = counts && checklistAnswers.length > 0 ? chartText(counts, locale) : undefined;

  const markdown = [
    `# ${heading}`,
    '',
    t(locale, 'links.digest.onlyChosen'),
    '',
    ...blocks.flatMap((b) => [`## ${b.title}`, '', `**${b.prompt}**`, '', b.answer, '']),
    ...(picture ? [`## ${t(locale, 'links.digest.picture')}`, '', picture, ''] : []),
  ].join('\n');
  const inline = blocks.map((b) => `${b.title}\n${b.prompt}\n${b.answer}`).join('\n\n');
  const entryElements: Element[] =
    inline.length <= INLINE_LIMIT
      ? blocks.flatMap((b): Element[] => [text(b.title, 'heading'), text(b.prompt, 'muted'), text(b.answer)])
      : [
          text(t(locale, 'links.digest.tooLong', { count: blocks.length })),
          text(blocks.map((b) => `• ${b.title}`).join('\n')),
        ];
  const files: Element[] = [
    { kind: 'file', filename: 'between-share.md', mimeType: 'text/markdown', content: markdown },
    ...(counts && picture
      ? [
          {
            kind: 'file' as const,
            filename: 'checklist-by-week.png',
            mimeType: 'image/png',
            content: renderChartPng(counts, { locale }),
          },
        ]
      : []),
  ];
  return message(
    text(heading, 'heading'),
    text(t(locale, 'links.digest.onlyChosenNothingElse'), 'muted'),
    ...entryElements,
    ...(picture ? [text(picture, 'muted')] : []),
    ...files,
  );
}
