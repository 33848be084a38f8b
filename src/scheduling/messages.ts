import { reflectionMessage } from '../checkin/checkin';
import { promptText } from '../checkin/session-prep';
import { checklistMessage } from '../checklist/checklist';
import { encodeAction } from '../core/action-id';
import type { OutgoingMessage } from '../core/model';
import type { PromptLibrary } from '../prompts/library';
import type { DeliveryRow } from '../storage/schema';

const HEADINGS: Record<string, string> = {
  'after-session': 'After your session, if you have a moment:',
  'mid-week': 'A small pause in the middle of the week, if it suits you:',
  'before-session': 'Before your next session, if you’d like:',
};

/**
 * The message for a scheduled delivery. A reminder carries its original prompt's buttons, so
 * answering it answers the original. Undefined when the prompt has left the library.
 */
export function scheduledMessage(
  prompts: PromptLibrary,
  delivery: Pick<DeliveryRow, 'id' | 'kind' | 'promptId' | 'parentId'>,
  parentKind?: DeliveryRow['kind'],
): OutgoingMessage | undefined {
  const reminding = delivery.kind === 'reminder';
  const targetId = reminding ? (delivery.parentId ?? delivery.id) : delivery.id;
  const kind = reminding ? parentKind : delivery.kind;
  const gentle = 'A gentle nudge, in case this slipped past. It is also fine to let it go.';
  if (kind === 'checklist') {
    const checklist = prompts.checklist(delivery.promptId);
    return checklist ? checklistMessage(checklist, targetId, [], reminding ? gentle : undefined) : undefined;
  }
  const text = promptText(prompts, delivery.promptId);
  if (!text) return undefined;
  const timing = prompts.reflection(delivery.promptId)?.timing;
  const heading = reminding ? gentle : (HEADINGS[timing ?? 'before-session'] ?? '');
  const prompt = reflectionMessage(targetId, text, heading);
  if (kind !== 'digest') return prompt;
  // Session prep: an invitation to choose what to bring; nothing is ever shared automatically.
  return {
    fallback: prompt.fallback,
    elements: [
      ...prompt.elements,
      {
        kind: 'buttons',
        buttons: [{ id: encodeAction({ verb: 'share-new' }), label: 'Choose what to share' }],
      },
    ],
  };
}
