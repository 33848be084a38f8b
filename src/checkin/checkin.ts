import { encodeAction } from '../core/action-id';
import { BetweenError } from '../core/errors';
import { cleanText, MAX_ANSWER_LENGTH, message, say, text } from '../core/messages';
import type { Form, OutgoingMessage, Reply } from '../core/model';
import { type Locale, localeOf, t } from '../i18n';
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
export function reflectionMessage(
  deliveryId: number,
  promptText: string,
  heading: string,
  locale: Locale = 'en',
): OutgoingMessage {
  return message(text(heading, 'muted'), text(promptText, 'heading'), {
    kind: 'buttons',
    buttons: [
      {
        id: encodeAction({ verb: 'reflect', deliveryId }),
        label: t(locale, 'checkin.button.write'),
        style: 'primary',
      },
      { id: encodeAction({ verb: 'not-today', deliveryId }), label: t(locale, 'checkin.button.notToday') },
      { id: encodeAction({ verb: 'pause-week' }), label: t(locale, 'common.button.pauseWeek') },
    ],
  });
}

export function startCheckIn(services: Services, member: MemberRow, args: readonly string[]): Reply {
  const locale = localeOf(member);
  const [themeArg, ...extra] = args;
  if (extra.length > 0 || (themeArg !== undefined && !THEMES.includes(themeArg as Theme))) {
    throw new BetweenError('bad_argument', 'unknown theme', {
      userMessage: t(locale, 'checkin.bad.theme', { themes: THEMES.join(', ') }),
    });
  }
  const theme = themeArg as Theme | undefined;
  if (theme && member.offLimitsThemes.includes(theme)) {
    return say(t(locale, 'checkin.offLimits', { theme }));
  }
  const prompt = choosePrompt(services.prompts.reflections, {
    offLimits: member.offLimitsThemes,
    recent: recentPromptIds(services.db, member.id, RECENT_WINDOW),
    ...(theme ? { theme } : {}),
  });
  if (!prompt) {
    return say(t(locale, 'checkin.allOffLimits'));
  }
  const delivery = recordAdHocDelivery(services.db, {
    memberId: member.id,
    kind: 'reflection',
    promptId: prompt.id,
    at: services.clock.now(),
  });
  return {
    kind: 'message',
    message: reflectionMessage(
      delivery.id,
      promptText(services.prompts, prompt.id, locale) ?? prompt.text,
      t(locale, 'checkin.heading'),
      locale,
    ),
  };
}

export function reflectionForm(deliveryId: number, promptText: string, locale: Locale = 'en'): Form {
  return {
    id: encodeAction({ verb: 'reflect', deliveryId }),
    title: t(locale, 'checkin.form.title'),
    intro: promptText,
    submitLabel: t(locale, 'checkin.form.save'),
    fields: [
      {
        id: ANSWER_FIELD,
        label: t(locale, 'checkin.form.label'),
        placeholder: t(locale, 'checkin.form.placeholder'),
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
      userMessage: t(localeOf(member), 'checkin.gone'),
    });
  }
  return delivery;
}

export function openReflection(services: Services, member: MemberRow, deliveryId: number): Reply {
  const delivery = requireDelivery(services, member, deliveryId);
  const text = promptText(services.prompts, delivery.promptId, localeOf(member));
  if (!text) {
    throw new BetweenError('not_found', `prompt ${delivery.promptId} is no longer in the library`, {
      userMessage: t(localeOf(member), 'checkin.retired'),
    });
  }
  return { kind: 'form', form: reflectionForm(delivery.id, text, localeOf(member)) };
}

/** Validates one free-text answer; returns the cleaned text or a kind error for the form. */
export function checkAnswer(
  raw: string | undefined,
  locale: Locale = 'en',
): { ok: true; text: string } | { ok: false; error: string } {
  const value = cleanText(raw ?? '');
  if (value.length === 0) {
    return { ok: false, error: t(locale, 'checkin.empty') };
  }
  if (value.length > MAX_ANSWER_LENGTH) {
    return {
      ok: false,
      error: t(locale, 'checkin.tooLong', { length: value.length, limit: MAX_ANSWER_LENGTH }),
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
  const locale = localeOf(member);
  return id === undefined
    ? say(t(locale, 'checkin.notStored'))
    : saved(services, member, id, t(locale, 'checkin.saved'));
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
  const locale = localeOf(member);
  return responseId === undefined
    ? say(t(locale, 'checkin.quiet.notStored'))
    : saved(services, member, responseId, t(locale, 'checkin.quiet.kept'));
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
    message: message(text(t(localeOf(member), 'checkin.notToday'), 'muted')),
  };
}
