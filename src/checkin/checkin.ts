import { encodeAction } from '../core/action-id';
import { BetweenError } from '../core/errors';
import { cleanText, MAX_ANSWER_LENGTH, message, say, text } from '../core/messages';
import type { Form, OutgoingMessage, Reply } from '../core/model';
import { THEMES, type Theme } from '../prompts/library';
import type { Services } from '../services';
import { shareThis } from '../sharing/links';
import { transactionOf } from '../storage/db';
import { closeDelivery, findDelivery, recentPromptIds, recordAdHocDelivery } from '../storage/deliveries';
import type { DeliveryRow, MemberRow, ResponseKind } from '../storage/schema';
import { choosePrompt } from './choose';
import { promptText } from './session-prep';

export const ANSWER_FIELD = 'answer';
const RECENT_WINDOW = 20;

/** The message that carries a reflection prompt, sent by a command or by the schedule. */
export function reflectionMessage(deliveryId: number, promptText: string, heading: string): OutgoingMessage {
  return message(text(heading, 'muted'), text(promptText, 'heading'), {
    kind: 'buttons',
    buttons: [
      { id: encodeAction({ verb: 'reflect', deliveryId }), label: 'Write a reflection', style: 'primary' },
      { id: encodeAction({ verb: 'not-today', deliveryId }), label: 'Not today' },
      { id: encodeAction({ verb: 'pause-week' }), label: 'Pause for a week' },
    ],
  });
}

export function startCheckIn(services: Services, member: MemberRow, args: readonly string[]): Reply {
  const [themeArg, ...extra] = args;
  if (extra.length > 0 || (themeArg !== undefined && !THEMES.includes(themeArg as Theme))) {
    throw new BetweenError('bad_argument', 'unknown theme', {
      userMessage: `I don’t know that theme. You can leave it out, or pick one of: ${THEMES.join(', ')}.`,
    });
  }
  const theme = themeArg as Theme | undefined;
  if (theme && member.offLimitsThemes.includes(theme)) {
    return say(
      `You marked “${theme}” as off-limits, so I won’t send prompts from it. That choice is yours to change any time: /between settings offlimits.`,
    );
  }
  const prompt = choosePrompt(services.prompts.reflections, {
    offLimits: member.offLimitsThemes,
    recent: recentPromptIds(services.db, member.id, RECENT_WINDOW),
    ...(theme ? { theme } : {}),
  });
  if (!prompt) {
    return say(
      'Every theme is marked off-limits right now, so there is nothing I can send. /between settings offlimits none opens them again.',
    );
  }
  const delivery = recordAdHocDelivery(services.db, {
    memberId: member.id,
    kind: 'reflection',
    promptId: prompt.id,
    at: services.clock.now(),
  });
  return {
    kind: 'message',
    message: reflectionMessage(delivery.id, prompt.text, 'A moment to reflect, if you’d like one:'),
  };
}

export function reflectionForm(deliveryId: number, promptText: string): Form {
  return {
    id: encodeAction({ verb: 'reflect', deliveryId }),
    title: 'Your reflection',
    intro: promptText,
    submitLabel: 'Save',
    fields: [
      {
        id: ANSWER_FIELD,
        label: 'Your reflection',
        placeholder: 'A few words is plenty.',
        required: true,
        maxLength: MAX_ANSWER_LENGTH,
        multiline: true,
      },
    ],
  };
}

/** The delivery behind a button or form, or a kind explanation when it no longer exists. */
export function requireDelivery(services: Services, member: MemberRow, deliveryId: number): DeliveryRow {
  const delivery = findDelivery(services.db, member.id, deliveryId);
  if (!delivery) {
    throw new BetweenError('not_found', 'delivery not found for member', {
      userMessage:
        'That prompt is no longer available (perhaps your data was deleted since). /between checkin brings a fresh one whenever you like.',
    });
  }
  return delivery;
}

export function openReflection(services: Services, member: MemberRow, deliveryId: number): Reply {
  const delivery = requireDelivery(services, member, deliveryId);
  const text = promptText(services.prompts, delivery.promptId);
  if (!text) {
    throw new BetweenError('not_found', `prompt ${delivery.promptId} is no longer in the library`, {
      userMessage: 'That prompt has been retired from the library. /between checkin brings a fresh one.',
    });
  }
  return { kind: 'form', form: reflectionForm(delivery.id, text) };
}

/** Validates one free-text answer; returns the cleaned text or a kind error for the form. */
export function checkAnswer(
  raw: string | undefined,
): { ok: true; text: string } | { ok: false; error: string } {
  const value = cleanText(raw ?? '');
  if (value.length === 0) {
    return {
      ok: false,
      error: 'This looks empty. A few words is plenty, or simply close this if today isn’t the day.',
    };
  }
  if (value.length > MAX_ANSWER_LENGTH) {
    return {
      ok: false,
      error: `This is ${value.length} characters and the limit is ${MAX_ANSWER_LENGTH}. Nothing was saved yet: could you shorten it a little?`,
    };
  }
  return { ok: true, text: value };
}

/**
 * An answer to a delivered prompt: the prompt is closed (no reminder follows) and the text is
 * stored only with the member's consent. Returns whether it was stored.
 */
export function keepAnswer(
  services: Services,
  member: MemberRow,
  delivery: DeliveryRow,
  entry: { kind: ResponseKind; promptId: string; text: string },
  storing: boolean,
): number | undefined {
  // Closing the prompt and storing the answer happen together or not at all (and in one write).
  let keep = keeping.get(services);
  if (!keep) {
    keep = transactionOf(
      services.db,
      (member: MemberRow, delivery: DeliveryRow, entry: Entry, storing: boolean) => {
        const at = services.clock.now();
        closeDelivery(services.db, delivery.id, at);
        if (!storing) return undefined;
        return services.answers.add({
          memberId: member.id,
          deliveryId: delivery.id,
          kind: entry.kind,
          promptId: entry.promptId,
          answer: { text: entry.text },
          at,
        });
      },
    );
    keeping.set(services, keep);
  }
  return keep(member, delivery, entry, storing);
}

type Entry = { kind: ResponseKind; promptId: string; text: string };
const keeping = new WeakMap<
  Services,
  (member: MemberRow, delivery: DeliveryRow, entry: Entry, storing: boolean) => number | undefined
>();

export function submitReflection(
  services: Services,
  member: MemberRow,
  deliveryId: number,
  answer: string,
  storing: boolean,
  afterCard = false,
): Reply {
  const delivery = requireDelivery(services, member, deliveryId);
  const entry = { kind: 'reflection' as const, promptId: delivery.promptId, text: answer };
  const id = keepAnswer(services, member, delivery, entry, storing);
  if (afterCard) return quietAcknowledgement(services, member, id);
  return id === undefined
    ? say(
        'Thank you for taking this moment. Your answer was not stored, because you haven’t chosen to keep answers. /between optin if you’d like to.',
      )
    : saved(services, member, id, 'Saved, just for you. /between export shows everything you have stored.');
}

/**
 * After crisis lines, a cheerful "Saved!" would jar: the acknowledgement only says, plainly,
 * whether what they wrote was kept.
 */
export function quietAcknowledgement(
  services: Services,
  member: MemberRow,
  responseId: number | undefined,
): Reply {
  return responseId === undefined
    ? say('What you wrote was not stored.')
    : saved(services, member, responseId, 'What you wrote is kept privately, only for you.');
}

/** The acknowledgement of a stored entry: minimal, with "Share this…" when someone is linked. */
export function saved(services: Services, member: MemberRow, responseId: number, words: string): Reply {
  return { kind: 'message', message: message(text(words), ...shareThis(services, member, responseId)) };
}

export function notToday(services: Services, member: MemberRow, deliveryId: number): Reply {
  const delivery = requireDelivery(services, member, deliveryId);
  closeDelivery(services.db, delivery.id, services.clock.now());
  return {
    kind: 'update',
    message: message(text('Not today, and that’s okay. This one is set aside.', 'muted')),
  };
}
