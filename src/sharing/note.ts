import { quietAcknowledgement, saved } from '../checkin/checkin';
import { encodeAction } from '../core/action-id';
import { MAX_ANSWER_LENGTH, say } from '../core/messages';
import type { Form, Reply } from '../core/model';
import { type Locale, localeOf, t } from '../i18n';
import type { Services } from '../services';
import type { MemberRow } from '../storage/schema';

/** The rupture-and-repair note: written any time, kept private, shareable before the next session. */
export function noteForm(locale: Locale): Form {
  return {
    id: encodeAction({ verb: 'note' }),
    title: t(locale, 'share.note.title'),
    intro: t(locale, 'share.note.intro'),
    submitLabel: t(locale, 'share.note.keep'),
    fields: [
      {
        id: 'answer',
        label: t(locale, 'share.note.label'),
        placeholder: t(locale, 'share.note.placeholder'),
        required: true,
        maxLength: MAX_ANSWER_LENGTH,
        multiline: true,
      },
    ],
  };
}

/** The note's form, in the member's language. */
export function openNote(member: MemberRow): Reply {
  return { kind: 'form', form: noteForm(localeOf(member)) };
}

export function saveNote(
  services: Services,
  member: MemberRow,
  text: string,
  storing: boolean,
  afterCard = false,
): Reply {
  if (!storing && afterCard) return quietAcknowledgement(services, member, undefined);
  const locale = localeOf(member);
  if (!storing) return say(t(locale, 'share.note.notStored'));
  const id = services.answers.add({
    memberId: member.id,
    deliveryId: null,
    kind: 'rupture_note',
    promptId: 'rupture-note',
    answer: { text },
    at: services.clock.now(),
  });
  if (afterCard) return quietAcknowledgement(services, member, id);
  return saved(services, member, id, t(locale, 'share.note.kept'));
}
