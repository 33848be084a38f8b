import { ANSWER_FIELD, keepAnswer, quietAcknowledgement, requireDelivery, saved } from '../checkin/checkin';
import { encodeAction } from '../core/action-id';
import { BetweenError } from '../core/errors';
import { MAX_ANSWER_LENGTH, message, say, text } from '../core/messages';
import type { OutgoingMessage, Reply } from '../core/model';
import { type Locale, localeOf, t } from '../i18n';
import type { Checklist } from '../prompts/library';
import type { Services } from '../services';
import { closeDelivery, recordAdHocDelivery } from '../storage/deliveries';
import type { MemberRow } from '../storage/schema';

export const PULL_AWAY = 'pull-away';

/** The checklist `id` in the member's language, or a kind explanation when it has left the library. */
export function requireChecklist(services: Services, id: string, locale: Locale = 'en'): Checklist {
  const checklist = services.prompts.in(locale).checklist(id);
  if (!checklist) {
    throw new BetweenError('not_found', `checklist ${id} is not in the library`, {
      userMessage: t(locale, 'checklist.gone'),
    });
  }
  return checklist;
}

/**
 * Keeps only ids the checklist knows, once each, in the checklist's order. Platforms send the
 * whole selected set, so this set replaces the previous one: nothing is toggled.
 */
export function normaliseSelection(checklist: Checklist, values: readonly string[]): string[] {
  return checklist.items.filter((item) => values.includes(item.id)).map((item) => item.id);
}

export function checklistMessage(
  checklist: Checklist,
  deliveryId: number,
  selected: readonly string[],
  note?: string,
  locale: Locale = 'en',
): OutgoingMessage {
  return message(
    text(checklist.title, 'heading'),
    text(checklist.intro),
    {
      kind: 'checklist',
      id: encodeAction({ verb: 'checklist', deliveryId }),
      items: checklist.items,
      selected,
    },
    text(checklist.note, 'muted'),
    ...(note ? [text(note, 'muted')] : []),
    ...(checklist.followUp
      ? [
          {
            kind: 'buttons' as const,
            buttons: [
              {
                id: encodeAction({ verb: 'protect', deliveryId }),
                label: t(locale, 'checklist.button.protect'),
              },
            ],
          },
        ]
      : []),
  );
}

export function startChecklist(services: Services, member: MemberRow): Reply {
  const locale = localeOf(member);
  const checklist = requireChecklist(services, PULL_AWAY, locale);
  const delivery = recordAdHocDelivery(services.db, {
    memberId: member.id,
    kind: 'checklist',
    promptId: checklist.id,
    at: services.clock.now(),
  });
  return { kind: 'message', message: checklistMessage(checklist, delivery.id, [], undefined, locale) };
}

/** Sets the stored selection to exactly `values` and re-renders from what is stored. */
export function setSelection(
  services: Services,
  member: MemberRow,
  deliveryId: number,
  values: readonly string[],
  storing: boolean,
): Reply {
  const locale = localeOf(member);
  const delivery = requireDelivery(services, member, deliveryId);
  const checklist = requireChecklist(services, delivery.promptId, locale);
  const selected = normaliseSelection(checklist, values);
  closeDelivery(services.db, delivery.id, services.clock.now());
  if (!storing) {
    return {
      kind: 'update',
      message: checklistMessage(checklist, delivery.id, selected, t(locale, 'checklist.notStored'), locale),
    };
  }
  services.answers.setForDelivery({
    memberId: member.id,
    deliveryId: delivery.id,
    kind: 'checklist',
    promptId: checklist.id,
    answer: { selected },
    at: services.clock.now(),
  });
  const stored = services.answers.forDelivery(member.id, delivery.id, 'checklist');
  return {
    kind: 'update',
    message: checklistMessage(checklist, delivery.id, stored?.selected ?? [], undefined, locale),
  };
}

export function openFollowUp(services: Services, member: MemberRow, deliveryId: number): Reply {
  const locale = localeOf(member);
  const delivery = requireDelivery(services, member, deliveryId);
  const checklist = requireChecklist(services, delivery.promptId, locale);
  if (!checklist.followUp) return say(t(locale, 'checklist.noFollowUp'));
  return {
    kind: 'form',
    form: {
      id: encodeAction({ verb: 'protect', deliveryId: delivery.id }),
      title: t(locale, 'checklist.form.title'),
      intro: checklist.followUp.text,
      submitLabel: t(locale, 'checkin.form.save'),
      fields: [
        {
          id: ANSWER_FIELD,
          label: t(locale, 'checkin.form.label'),
          placeholder: t(locale, 'checklist.form.placeholder'),
          required: true,
          maxLength: MAX_ANSWER_LENGTH,
          multiline: true,
        },
      ],
    },
  };
}

export function submitFollowUp(
  services: Services,
  member: MemberRow,
  deliveryId: number,
  answer: string,
  storing: boolean,
  afterCard = false,
): Reply {
  const locale = localeOf(member);
  const delivery = requireDelivery(services, member, deliveryId);
  const checklist = requireChecklist(services, delivery.promptId, locale);
  const entry = {
    kind: 'checklist_follow_up' as const,
    promptId: checklist.followUp?.id ?? checklist.id,
    text: answer,
  };
  const id = keepAnswer(services, member, delivery, entry, storing);
  if (afterCard) return quietAcknowledgement(services, member, id);
  return id === undefined
    ? say(t(locale, 'checklist.thanks.notStored'))
    : saved(services, member, id, t(locale, 'checklist.saved'));
}
