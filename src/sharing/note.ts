import { quietAcknowledgement, saved } from '../checkin/checkin';
import { encodeAction } from '../core/action-id';
import { MAX_ANSWER_LENGTH, say } from '../core/messages';
import type { Form, Reply } from '../core/model';
import type { Services } from '../services';
import type { MemberRow } from '../storage/schema';

export const NOTE_INTRO =
  'Sometimes a moment in a session sits a little wrong: something said, something missed, a pace that felt off. Naming it can make the work stronger. What would you like your therapist to understand? This stays private unless you choose to share it.';

/** The rupture-and-repair note: written any time, kept private, shareable before the next session. */
export function noteForm(): Form {
  return {
    id: encodeAction({ verb: 'note' }),
    title: 'A note about a session',
    intro: NOTE_INTRO,
    submitLabel: 'Keep it',
    fields: [
      {
        id: 'answer',
        label: 'Your note',
        placeholder: 'In your own words, at your own pace.',
        required: true,
        maxLength: MAX_ANSWER_LENGTH,
        multiline: true,
      },
    ],
  };
}

export function openNote(): Reply {
  return { kind: 'form', form: noteForm() };
}

export function saveNote(
  services: Services,
  member: MemberRow,
  text: string,
  storing: boolean,
  afterCard = false,
): Reply {
  if (!storing && afterCard) return quietAcknowledgement(services, member, undefined);
  if (!storing) {
    return say(
      'Thank you for putting this into words. I can only keep a note (and so let you share it) if you have chosen to store answers: /between optin explains what that means.',
    );
  }
  const id = services.answers.add({
    memberId: member.id,
    deliveryId: null,
    kind: 'rupture_note',
    promptId: 'rupture-note',
    answer: { text },
    at: services.clock.now(),
  });
  if (afterCard) return quietAcknowledgement(services, member, id);
  return saved(
    services,
    member,
    id,
    'Kept, just for you. When you are ready, /between share (or the button) sends it to your therapist before your next session.',
  );
}
