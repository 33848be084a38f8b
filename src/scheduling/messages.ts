import { reflectionMessage } from '../checkin/checkin';
import { promptText } from '../checkin/session-prep';
import { checklistMessage } from '../checklist/checklist';
import { encodeAction } from '../core/action-id';
import type { OutgoingMessage } from '../core/model';
import { type Locale, t } from '../i18n';
import type { PromptLibrary } from '../prompts/library';
import type { DeliveryRow } from '../storage/schema';

/**
 * The message for a scheduled delivery, in the member's language (its prompt from that language's
 * library). A reminder carries its original prompt's buttons, so answering it answers the original.
 * Undefined when the prompt has left the library.
 */
export function scheduledMessage(
  prompts: PromptLibrary,
  delivery: Pick<DeliveryRow, 'id' | 'kind' | 'promptId' | 'parentId'>,
  parentKind?: DeliveryRow['kind'],
  locale: Locale = 'en',
): OutgoingMessage | undefined {
  const reminding = delivery.kind === 'reminder';
  const targetId = reminding ? (delivery.parentId ?? delivery.id) : delivery.id;
  const kind = reminding ? parentKind : delivery.kind;
  const gentle = t(locale, 'prompt.reminder');
  if (kind === 'checklist') {
    const checklist = prompts.in(locale).checklist(delivery.promptId);
    return checklist
      ? checklistMessage(checklist, targetId, [], reminding ? gentle : undefined, locale)
      : undefined;
  }
  const text = promptText(prompts, delivery.promptId, locale);
  if (!text) return undefined;
  const timing = prompts.reflection(delivery.promptId)?.timing ?? 'before-session';
  const heading = reminding ? gentle : t(locale, `prompt.heading.${timing}`);
  const prompt = reflectionMessage(targetId, text, heading, locale);
  if (kind !== 'digest') return prompt;
  // Session prep: an invitation to choose what to bring; nothing is ever shared automatically.
  return {
    fallback: prompt.fallback,
    elements: [
      ...prompt.elements,
      {
        kind: 'buttons',
        buttons: [{ id: encodeAction({ verb: 'share-new' }), label: t(locale, 'prompt.chooseShare') }],
      },
    ],
  };
}
