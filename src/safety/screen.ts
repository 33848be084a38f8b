import { COMMAND_NAMES, parseCommand } from '../core/command';
import { message, text } from '../core/messages';
import type { Button, InboundEvent, OutgoingMessage, Receipt, Reply } from '../core/model';
import { localeOf, t } from '../i18n';
import type { Services } from '../services';
import { audit } from '../storage/audit';
import { hasConsent } from '../storage/consents';
import { countOne } from '../storage/counters';
import type { MemberRow } from '../storage/schema';
import { holdRiskAlerts, releaseRiskAlerts } from './alerts';
import { detectRisk, type RiskMatch } from './detect';
import { crisisMessage, type Language } from './resources';

/** A message whose free text matched the risk screen: the card to show first, and its receipt. */
export interface Screened {
  readonly match: RiskMatch;
  readonly card: OutgoingMessage;
  /** Hears whether the card reached the member; only then do held alerts say it was shown. */
  readonly receipt: Receipt;
}

/**
 * Every piece of free text an event carries: form fields, a typed message, words after /between.
 * All of it is read by the rules. The second reader, a word model trained on what people write,
 * does not read a command that starts with one of Between's own subcommands ("schedule add daily
 * 10:00" scored just above its threshold: "schedule" and "add" come from risk messages about
 * emails scheduled and things added up); words after /between that are no command are read in full.
 */
function freeText(event: InboundEvent): { text: string; reader: boolean }[] {
  switch (event.kind) {
    case 'form_submit':
      return Object.values(event.fields).map((text) => ({ text, reader: true }));
    case 'message':
      return [{ text: event.text, reader: true }];
    case 'command':
      return [{ text: event.text, reader: !COMMAND_NAMES.has(parseCommand(event.text).name) }];
    default:
      return [];
  }
}

/** The card speaks the language the words were written in when that is not English, else the member's. */
function cardLanguage(member: MemberRow | undefined, match?: RiskMatch): Language {
  return match && match.language !== 'en' ? match.language : localeOf(member);
}

/**
 * Screens an event's free text before anything else happens. On a match: the rule id (never the
 * text) is logged; for a member who opted in to storing, their own record notes that crisis lines
 * were shown, once the card arrived; without that opt-in nothing derived from the text is stored.
 * Alerts to linked therapists (a separate consent) are held until the card's receipt says what
 * happened; a "someone you know" match alerts nobody.
 */
export function screenEvent(
  services: Services,
  member: MemberRow | undefined,
  event: InboundEvent,
): Screened | undefined {
  const match = freeText(event)
    .map(({ text: words, reader }) => detectRisk(words, { reader }))
    .find((m) => m !== undefined);
  if (!match) return undefined;
  services.log.info(
    { rule: match.rule, category: match.category, subject: match.subject, source: event.kind },
    'risk language detected',
  );
  // The card must come whatever else fails: the record and the alerts are tried, never relied on.
  // `what` names the step in the operators' log only (`hold-alerts`, `record`, `release-alerts`).
  const attempt = <T>(what: string, work: () => T, otherwise: T): T => {
    try {
      return work();
    } catch (error) {
      services.log.error(
        { what, errorName: error instanceof Error ? error.name : typeof error },
        'safety bookkeeping failed',
      );
      return otherwise;
    }
  };
  const alerts =
    member && match.subject === 'self'
      ? attempt('hold-alerts', () => holdRiskAlerts(services, member), [])
      : [];
  let settled = false;
  const settle = (shown: boolean) => {
    if (settled || !member) return;
    settled = true;
    const now = services.clock.now();
    attempt(
      'record',
      () => {
        if (shown && hasConsent(services.db, member.id, 'store_answers')) {
          audit(services.db, {
            at: now,
            workspaceId: member.workspaceId,
            memberId: member.id,
            action: 'safety_event',
            detail: { resources: 'shown' },
          });
        }
      },
      undefined,
    );
    const released = attempt(
      'release-alerts',
      () => releaseRiskAlerts(services.db, alerts, shown ? 'shown' : 'not-shown', now),
      0,
    );
    if (released > 0) services.outbox.ring();
  };
  return {
    match,
    card: crisisMessage(member?.region ?? null, cardLanguage(member, match), match.subject),
    receipt: { delivered: () => settle(true), failed: () => settle(false) },
  };
}

/**
 * The card leads whatever else the reply holds, and is never replaced: an error follows it as
 * text, a form becomes a button that opens it, a form's field errors travel beside it.
 */
export function withCard(screened: Screened, reply: Reply): Reply {
  const { card, receipt } = screened;
  switch (reply.kind) {
    case 'message':
    case 'update':
      return { kind: 'message', message: message(...card.elements, ...reply.message.elements), receipt };
    case 'form': {
      const open: Button = { id: reply.form.id, label: reply.form.title, style: 'primary' };
      return {
        kind: 'message',
        message: message(...card.elements, { kind: 'buttons', buttons: [open] }),
        receipt,
      };
    }
    case 'form_errors':
      return { ...reply, notice: card, receipt };
    case 'none':
      return { kind: 'message', message: card, receipt };
  }
}

/** "This wasn't about me / I'm safe": a bare count, never text, never told to anyone. */
export function notAboutMe(services: Services, member: MemberRow): Reply {
  countOne(services.db, 'safety_not_about_me');
  return {
    kind: 'message',
    message: message(text(t(cardLanguage(member), 'safety.notAboutMe.reply'), 'muted')),
  };
}
