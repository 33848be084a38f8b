import {
  ANSWER_FIELD,
  checkAnswer,
  notToday,
  openReflection,
  startCheckIn,
  submitReflection,
} from '../checkin/checkin';
import { openFollowUp, setSelection, startChecklist, submitFollowUp } from '../checklist/checklist';
import { chooseConsent, isStoring, optInOffer, optOut } from '../consent/consent';
import { deleteEverything, deleteOffer, keepData } from '../data-rights/delete';
import { exportData, exportOffer } from '../data-rights/export';
import { history } from '../data-rights/history';
import { group } from '../groups/groups';
import { help, welcome } from '../help/help';
import { home } from '../home/home';
import { type Locale, localeOf, resolveLocale, supportedLocale, t } from '../i18n';
import { notAboutMe, screenEvent, withCard } from '../safety/screen';
import { cap } from '../scheduling/cap';
import { schedule } from '../scheduling/commands';
import { refreshPlans } from '../scheduling/plans';
import { canonicalZone } from '../scheduling/time';
import type { Services } from '../services';
import { pause, resume, skip } from '../settings/pause';
import { settings } from '../settings/settings';
import { actAs } from '../sharing/as';
import { answerInvite, endLink, invite, linksOf, listLinks } from '../sharing/links';
import { openNote, saveNote } from '../sharing/note';
import {
  cancelShare,
  chooseRecipient,
  listShared,
  pickEntries,
  previewShare,
  revokeShare,
  sendShare,
  startShare,
  turnPage,
} from '../sharing/share';
import { communitiesOf, ensureMember, type MemberPatch, updateMember } from '../storage/members';
import type { MemberRow } from '../storage/schema';
import { type Action, decodeAction, encodeAction } from './action-id';
import { parseCommand } from './command';
import { chooseCommunity, communityCommand, dmCommunity } from './community';
import { BetweenError, isBetweenError } from './errors';
import { cleanText, message, say, text } from './messages';
import type {
  ActionEvent,
  CommandEvent,
  Element,
  FormSubmitEvent,
  InboundEvent,
  Platform,
  Reply,
  UserRef,
} from './model';
import type { EventHandler } from './port';

const MAX_COMMAND_LENGTH = 500;

/** Commands and buttons about the person in every community, which need no choice of one. */
const PERSON_WIDE_COMMANDS: ReadonlySet<string> = new Set(['help', 'start', 'export', 'delete', 'community']);
const PERSON_WIDE_ACTIONS: ReadonlySet<Action['verb']> = new Set([
  'help',
  'export',
  'delete',
  'safety-ok',
  'community',
]);

function staleAction(locale: Locale): Reply {
  return {
    kind: 'message',
    message: message(text(t(locale, 'core.stale')), {
      kind: 'buttons',
      buttons: [
        { id: encodeAction({ verb: 'checkin' }), label: t(locale, 'core.button.reflection') },
        { id: encodeAction({ verb: 'checklist-new' }), label: t(locale, 'core.button.checklist') },
        { id: encodeAction({ verb: 'help' }), label: t(locale, 'core.button.help') },
      ],
    }),
  };
}

const OUTSIDER = {
  'not-a-member': 'core.outsider.notMember',
  unconfirmed: 'core.outsider.unconfirmed',
} as const;

/**
 * The language and time zone a platform reports for a person (Slack, Discord, the shell), each
 * kept on the member the first time it is seen, unless they already have one: a platform never
 * overrides their choice. A new zone moves their schedule's next times with it.
 */
function takePlatformHints(services: Services, member: MemberRow, user: UserRef): MemberRow {
  const patch: MemberPatch = {};
  const locale = supportedLocale(user.locale);
  if (locale && member.localeSource === null) Object.assign(patch, { locale, localeSource: 'platform' });
  // A zone from the platform follows the platform (a member who moves, or changes their Slack
  // profile), until the member sets their own.
  const timeZone = canonicalZone(user.timeZone);
  const follows =
    member.timeZoneSource === null || (member.timeZoneSource === 'platform' && timeZone !== member.timeZone);
  if (timeZone && follows) Object.assign(patch, { timeZone, timeZoneSource: 'platform' });
  if (Object.keys(patch).length === 0) return member;
  const updated = updateMember(services.db, member.id, patch);
  if (updated.timeZone !== member.timeZone) refreshPlans(services.db, member.id, services.clock.now());
  return updated;
}

/**
 * The core's single entry point: every adapter hands it neutral events. Free text is checked
 * for risk language before anything else happens; errors are handled here, in one place.
 */
export function createRouter(services: Services): EventHandler {
  const { log } = services;

  function command(event: CommandEvent, member: MemberRow): Reply {
    const locale = localeOf(member);
    if (event.text.length > MAX_COMMAND_LENGTH) return say(t(locale, 'core.tooLong'));
    const { name, args } = parseCommand(cleanText(event.text));
    switch (name) {
      case 'help':
        return help(member);
      case 'start':
        return welcome(member);
      case 'home':
        return home(services, member);
      case 'checkin':
        return startCheckIn(services, member, args);
      case 'checklist':
        return startChecklist(services, member);
      case 'pause':
        return pause(services, member, args);
      case 'resume':
        return resume(services, member);
      case 'skip':
        return skip(services, member);
      case 'settings':
        return settings(services, member, args);
      case 'schedule':
        return schedule(services, member, args);
      case 'cap':
        return cap(services, member, args);
      case 'group':
        return group(services, member, event.user, args);
      case 'optin':
        return optInOffer(member, services);
      case 'optout':
        return optOut(services, member);
      case 'export':
        // In a terminal the file stays on this machine; on a platform, say first where it goes.
        return event.user.platform === 'shell'
          ? exportData(services, member, 'shell')
          : exportOffer(event.user.platform, member);
      case 'delete':
        return deleteOffer(services, member);
      case 'invite':
        return invite(services, member, args);
      case 'link':
        return linkCommand(member, args);
      case 'share':
        return startShare(services, member);
      case 'shared':
        return listShared(services, member);
      case 'note':
        return openNote(member);
      case 'history':
        return history(services, member);
      case 'as':
        return actAs(services, member, event.user, args);
      case 'community':
        return communityCommand(services, event.user);
      default:
        throw new BetweenError('unknown_command', 'unknown command', {
          userMessage: t(locale, 'core.unknownCommand', { name: name.slice(0, 40) }),
        });
    }
  }

  function linkCommand(member: MemberRow, args: readonly string[]): Reply {
    const [verb] = args;
    if (verb === undefined) return listLinks(services, member);
    const pending = linksOf(services, member, verb === 'end' ? ['active', 'invited'] : ['invited']);
    const link =
      verb === 'end' ? pending[Number(args[1] ?? '1') - 1] : pending.find((l) => l.clientId === member.id);
    if (!link || !['accept', 'decline', 'end'].includes(verb)) {
      return say(t(localeOf(member), 'core.linkUsage'));
    }
    return verb === 'end'
      ? endLink(services, member, link.id)
      : answerInvite(services, member, link.id, verb === 'accept');
  }

  function action(event: ActionEvent, member: MemberRow, parsed: Action): Reply | Promise<Reply> {
    switch (parsed.verb) {
      case 'reflect':
        return openReflection(services, member, parsed.deliveryId);
      case 'not-today':
        return notToday(services, member, parsed.deliveryId);
      case 'checklist':
        return setSelection(services, member, parsed.deliveryId, event.values, isStoring(services, member));
      case 'protect':
        return openFollowUp(services, member, parsed.deliveryId);
      case 'consent':
        return chooseConsent(services, member, parsed.choice);
      case 'delete':
        return parsed.choice === 'cancel'
          ? keepData(member)
          : deleteEverything(services, member, parsed.choice === 'withdraw');
      case 'checkin':
        return startCheckIn(services, member, []);
      case 'checklist-new':
        return startChecklist(services, member);
      case 'help':
        return help(member);
      case 'pause-week':
        return pause(services, member, ['for', '1', 'week']);
      case 'export':
        return exportData(services, member, event.user.platform);
      case 'link-accept':
      case 'link-decline':
        return answerInvite(services, member, parsed.id, parsed.verb === 'link-accept');
      case 'link-end':
        return endLink(services, member, parsed.id);
      case 'share-pick':
        return pickEntries(services, member, parsed.id, event.values);
      case 'share-older':
      case 'share-newer':
        return turnPage(services, member, parsed.id, parsed.verb === 'share-older' ? 1 : -1);
      case 'share-to':
        return chooseRecipient(services, member, parsed.id);
      case 'share-preview':
        return previewShare(services, member, parsed.id);
      case 'share-send':
        return sendShare(services, member, parsed.id);
      case 'share-cancel':
        return cancelShare(services, member, parsed.id);
      case 'share-revoke':
        return revokeShare(services, member, parsed.id);
      case 'note':
        return openNote(member);
      case 'share-new':
        return startShare(services, member);
      case 'share-one':
        return startShare(services, member, parsed.id);
      case 'safety-ok':
        return notAboutMe(services, member);
      case 'zone':
        return settings(services, member, ['timezone', parsed.zone]);
      case 'community':
        return chooseCommunity(services, event.user, parsed.id, services.clock.now());
    }
  }

  function submit(event: FormSubmitEvent, member: MemberRow, parsed: Action, afterCard: boolean): Reply {
    if (parsed.verb !== 'reflect' && parsed.verb !== 'protect' && parsed.verb !== 'note')
      return staleAction(localeOf(member));
    const checked = checkAnswer(event.fields[ANSWER_FIELD], localeOf(member));
    if (!checked.ok) return { kind: 'form_errors', errors: { [ANSWER_FIELD]: checked.error } };
    const storing = isStoring(services, member);
    if (parsed.verb === 'note') return saveNote(services, member, checked.text, storing, afterCard);
    return parsed.verb === 'reflect'
      ? submitReflection(services, member, parsed.deliveryId, checked.text, storing, afterCard)
      : submitFollowUp(services, member, parsed.deliveryId, checked.text, storing, afterCard);
  }

  /**
   * Typed text is not kept. The way on is offered as buttons, not commands: in a Discord DM, when
   * the commands are registered in the community's server only, `/between` does not exist. After
   * crisis lines nothing invites a check-in: the card's own choices are enough.
   */
  function freeText(afterCard: boolean, locale: Locale): Reply {
    const notKept = text(t(locale, 'core.notKept'));
    if (afterCard) return { kind: 'message', message: message(notKept) };
    return {
      kind: 'message',
      message: message(notKept, {
        kind: 'buttons',
        buttons: [
          {
            id: encodeAction({ verb: 'checkin' }),
            label: t(locale, 'core.button.checkIn'),
            style: 'primary',
          },
          { id: encodeAction({ verb: 'help' }), label: t(locale, 'core.button.whatICanDo') },
        ],
      }),
    };
  }

  function route(
    event: Exclude<InboundEvent, { kind: 'unsupported' }>,
    member: MemberRow,
    afterCard: boolean,
  ): Reply | Promise<Reply> {
    switch (event.kind) {
      case 'command':
        return command(event, member);
      case 'action': {
        const parsed = decodeAction(event.actionId);
        return parsed ? action(event, member, parsed) : staleAction(localeOf(member));
      }
      case 'form_submit': {
        const parsed = decodeAction(event.formId);
        return parsed ? submit(event, member, parsed, afterCard) : staleAction(localeOf(member));
      }
      case 'message':
        return freeText(afterCard, localeOf(member));
    }
  }

  return async (event) => {
    if (event.kind === 'profile') {
      // The same person in each community they are a member of; nobody new.
      const { platform, userId } = event.user;
      for (const { member } of communitiesOf(services.db, platform, userId)) {
        takePlatformHints(services, member, event.user);
      }
      return { kind: 'none' };
    }
    if (event.kind === 'unsupported' || !event.user) {
      log.debug({ reason: event.kind === 'unsupported' ? event.reason : 'no user' }, 'unsupported event');
      const locale = resolveLocale(event.user?.locale);
      return { ...say(t(locale, 'core.unsupported')), locale };
    }
    if (event.outsider) {
      // Someone from outside the community: what they wrote is screened (the card comes), nothing is kept.
      const screened = screenEvent(services, undefined, event);
      const locale = resolveLocale(event.user.locale);
      const reply = say(t(locale, OUTSIDER[event.outsider]));
      return { ...(screened ? withCard(screened, reply) : reply), locale };
    }
    let member: MemberRow | undefined;
    let ask: Reply | undefined;
    let failure: unknown;
    try {
      const place = dmCommunity(services, event.user, actionOf(event), personWide(event));
      if (place && 'ask' in place) ask = place.ask;
      else
        member = takePlatformHints(
          services,
          place?.member ?? ensureMember(services.db, event.user),
          event.user,
        );
    } catch (error) {
      failure = error;
    }
    // Free text is screened before anything else, once, and even when the member could not be
    // found (the database, say), so that nothing that follows can hide the card.
    const screened = screenEvent(services, member, event);
    let reply: Reply;
    try {
      if (ask) reply = ask;
      else if (failure !== undefined || !member) throw failure;
      else reply = await route(event, member, screened !== undefined);
    } catch (error) {
      reply = onError(error, event, member);
    }
    const locale = member ? localeOf(member) : resolveLocale(event.user.locale);
    if (screened) return { ...withCard(screened, reply), locale };
    if (member && member.unreachableSince !== null) {
      const told = lead(unreachableNotice(member, event.user.platform, locale), reply);
      if (told) {
        updateMember(services.db, member.id, { unreachableSince: null, dmAddress: null });
        return { ...told, locale };
      }
    }
    return { ...reply, locale };
  };

  function onError(error: unknown, event: InboundEvent, member: MemberRow | undefined): Reply {
    if (isBetweenError(error) && error.userMessage) {
      log.info({ code: error.code, kind: event.kind, memberId: member?.id }, 'request declined');
      return say(error.userMessage);
    }
    log.error(
      {
        code: isBetweenError(error) ? error.code : 'internal',
        errorName: error instanceof Error ? error.name : typeof error,
        // Only our own messages are known to be free of answer text; for others, where it failed.
        errorMessage: isBetweenError(error) ? error.message : undefined,
        at: error instanceof Error ? error.stack?.split('\n').slice(1, 4).join(' | ') : undefined,
        kind: event.kind,
        memberId: member?.id,
      },
      'event failed',
    );
    return say(t(member ? localeOf(member) : resolveLocale(event.user?.locale), 'core.failed'));
  }
}

/** The button or form an event carries, read. */
function actionOf(event: InboundEvent): Action | undefined {
  if (event.kind === 'action') return decodeAction(event.actionId);
  if (event.kind === 'form_submit') return decodeAction(event.formId);
  return undefined;
}

/** Whether an event concerns the person in every community (so a DM needs no choice of one). */
function personWide(event: InboundEvent): boolean {
  if (event.kind === 'message') return true;
  if (event.kind === 'command') return PERSON_WIDE_COMMANDS.has(parseCommand(cleanText(event.text)).name);
  const action = actionOf(event);
  return action !== undefined && PERSON_WIDE_ACTIONS.has(action.verb);
}

/** Puts `elements` before a message reply; undefined when the reply is not a message (a form, say). */
function lead(elements: readonly Element[], reply: Reply): Reply | undefined {
  if (reply.kind !== 'message' && reply.kind !== 'update') return undefined;
  const merged = message(...elements, ...reply.message.elements);
  return { kind: 'message', message: merged };
}

function unreachableNotice(member: MemberRow, platform: Platform, locale: Locale): Element[] {
  const since = member.unreachableSince?.slice(0, 10) ?? 'unknown';
  return [text(t(locale, 'core.unreachable', { since, platform }), 'muted')];
}
