import { DateTime } from 'luxon';
import { promptText } from '../checkin/session-prep';
import { PULL_AWAY } from '../checklist/checklist';
import { message, text } from '../core/messages';
import type { Element, OutgoingMessage } from '../core/model';
import type { Services } from '../services';
import type { StoredAnswer } from '../storage/responses';
import type { MemberRow } from '../storage/schema';
import { chartText, renderChartPng, weeklyCounts } from './chart';
import { who } from './links';

/** Above this the entries go in the attached file only (Discord messages hold 2000 characters). */
const INLINE_LIMIT = 1600;

const KIND: Record<StoredAnswer['kind'], string> = {
  reflection: 'Reflection',
  checklist: 'Pull-away checklist',
  checklist_follow_up: 'What it might be protecting',
  rupture_note: 'Something about a session',
};

/**
 * What a therapist receives: exactly the chosen entries (date, prompt, answer), the checklist
 * picture as a PNG with its text equivalent, and the same as a Markdown file. Nothing else.
 */
export function buildDigest(
  services: Services,
  client: MemberRow,
  entries: readonly StoredAnswer[],
): OutgoingMessage {
  const zone = client.timeZone;
  const checklist = services.prompts.checklist(PULL_AWAY);
  const day = (iso: string) => DateTime.fromISO(iso, { zone }).toFormat('ccc d LLL yyyy');
  const sorted = [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const first = sorted[0]?.createdAt;
  const last = sorted.at(-1)?.createdAt;
  const span =
    first && last
      ? day(first) === day(last)
        ? `, ${sorted.length === 1 ? 'an entry' : 'entries'} of ${day(first)}`
        : `, entries from ${day(first)} to ${day(last)}`
      : '';
  const heading = `Shared by ${who(client)}${span}`;
  const blocks = sorted.map((entry) => {
    const prompt =
      entry.kind === 'checklist'
        ? (checklist?.title ?? 'Checklist')
        : entry.kind === 'checklist_follow_up'
          ? (checklist?.followUp?.text ?? '')
          : entry.kind === 'rupture_note'
            ? 'Something in a session didn’t feel right'
            : (promptText(services.prompts, entry.promptId) ?? '');
    const answer =
      entry.kind === 'checklist'
        ? `Noticed: ${
            (entry.selected ?? [])
              .map((id) => checklist?.items.find((i) => i.id === id)?.label ?? id)
              .join('; ') || 'none of them'
          }`
        : (entry.text ?? '');
    return { title: `${day(entry.createdAt)} · ${KIND[entry.kind]}`, prompt, answer };
  });
  const checklistAnswers = sorted
    .filter((e) => e.kind === 'checklist')
    .map((e) => ({ at: e.createdAt, selected: e.selected ?? [] }));
  const counts = checklist ? weeklyCounts(checklist, checklistAnswers, zone) : undefined;
  const picture = counts && checklistAnswers.length > 0 ? chartText(counts) : undefined;

  const markdown = [
    `# ${heading}`,
    '',
    'Only what your client chose to share is here.',
    '',
    ...blocks.flatMap((b) => [`## ${b.title}`, '', `**${b.prompt}**`, '', b.answer, '']),
    ...(picture ? ['## Checklist picture', '', picture, ''] : []),
  ].join('\n');
  const inline = blocks.map((b) => `${b.title}\n${b.prompt}\n${b.answer}`).join('\n\n');
  const entryElements: Element[] =
    inline.length <= INLINE_LIMIT
      ? blocks.flatMap((b): Element[] => [text(b.title, 'heading'), text(b.prompt, 'muted'), text(b.answer)])
      : [
          text(
            `${blocks.length} entries, too long to show here in full: they are in the attached file, word for word.`,
          ),
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
            content: renderChartPng(counts),
          },
        ]
      : []),
  ];
  return message(
    text(heading, 'heading'),
    text(
      'Only what your client chose to share is here; nothing about anything they did not share or answer.',
      'muted',
    ),
    ...entryElements,
    ...(picture ? [text(picture, 'muted')] : []),
    ...files,
  );
}
