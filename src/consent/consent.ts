import { encodeAction } from '../core/action-id';
import { message, say, text } from '../core/messages';
import type { Reply } from '../core/model';
import { type Locale, localeOf, t } from '../i18n';
import { notACrisisService } from '../safety/resources';
import type { Services } from '../services';
import { audit } from '../storage/audit';
import { hasConsent, recordConsent } from '../storage/consents';
import type { MemberRow } from '../storage/schema';

/**
 * Bump when the notice's wording (the catalogue's `consent.*`, in any language) changes in substance;
 * each consent row records the version seen.
 */
export const NOTICE_VERSION = 1;

/** The notice's paragraphs, in the member's language (the catalogue's `consent.notice.*`). */
function storageNotice(locale: Locale): string[] {
  const notCrisis = notACrisisService(locale);
  return NOTICE_PARAGRAPHS.map((key) => t(locale, key, { notCrisis }));
}
const NOTICE_PARAGRAPHS = [
  'consent.notice.1',
  'consent.notice.2',
  'consent.notice.3',
  'consent.notice.4',
  'consent.notice.5',
  'consent.notice.6',
] as const;

export function optInOffer(member: MemberRow, services: Services): Reply {
  const locale = localeOf(member);
  const already = hasConsent(services.db, member.id, 'store_answers');
  return {
    kind: 'message',
    message: message(
      text(t(locale, already ? 'consent.heading.again' : 'consent.heading.new'), 'heading'),
      ...storageNotice(locale).map((p) => text(p)),
      {
        kind: 'buttons',
        buttons: [
          {
            id: encodeAction({ verb: 'consent', choice: 'store-yes' }),
            label: t(locale, 'consent.button.yes'),
            style: 'primary',
          },
          {
            id: encodeAction({ verb: 'consent', choice: 'store-no' }),
            label: t(locale, 'consent.button.no'),
          },
        ],
      },
    ),
  };
}

function change(
  services: Services,
  member: MemberRow,
  scope: 'store_answers' | 'risk_alert_therapist',
  action: 'granted' | 'withdrawn',
): void {
  const at = services.clock.now();
  services.db.transaction((tx) => {
    recordConsent(tx, { memberId: member.id, scope, action, noticeVersion: NOTICE_VERSION, at });
    audit(tx, {
      at,
      workspaceId: member.workspaceId,
      memberId: member.id,
      action: action === 'granted' ? 'consent_granted' : 'consent_withdrawn',
      detail: { scope, noticeVersion: NOTICE_VERSION },
    });
  });
}

export function chooseConsent(
  services: Services,
  member: MemberRow,
  choice: 'store-yes' | 'store-no' | 'risk-yes' | 'risk-no',
): Reply {
  const locale = localeOf(member);
  const storing = hasConsent(services.db, member.id, 'store_answers');
  const alerting = hasConsent(services.db, member.id, 'risk_alert_therapist');
  switch (choice) {
    case 'store-yes':
      if (!storing) change(services, member, 'store_answers', 'granted');
      return {
        kind: 'message',
        message: message(text(t(locale, 'consent.stored')), text(t(locale, 'consent.risk.ask')), {
          kind: 'buttons',
          buttons: [
            {
              id: encodeAction({ verb: 'consent', choice: 'risk-yes' }),
              label: t(locale, 'consent.risk.button.yes'),
            },
            {
              id: encodeAction({ verb: 'consent', choice: 'risk-no' }),
              label: t(locale, 'consent.risk.button.no'),
            },
          ],
        }),
      };
    case 'store-no':
      if (storing) change(services, member, 'store_answers', 'withdrawn');
      return say(t(locale, 'consent.declined'), t(locale, 'consent.declined.later'));
    case 'risk-yes':
      if (!alerting) change(services, member, 'risk_alert_therapist', 'granted');
      return say(t(locale, 'consent.risk.yes'));
    case 'risk-no':
      if (alerting) change(services, member, 'risk_alert_therapist', 'withdrawn');
      return say(t(locale, 'consent.risk.no'));
  }
}

export function optOut(services: Services, member: MemberRow): Reply {
  const locale = localeOf(member);
  const storing = hasConsent(services.db, member.id, 'store_answers');
  if (hasConsent(services.db, member.id, 'risk_alert_therapist')) {
    change(services, member, 'risk_alert_therapist', 'withdrawn');
  }
  if (!storing) {
    return say(t(locale, 'consent.optout.nothing'));
  }
  change(services, member, 'store_answers', 'withdrawn');
  return {
    kind: 'message',
    message: message(text(t(locale, 'consent.optout.done')), text(t(locale, 'consent.optout.erase')), {
      kind: 'buttons',
      buttons: [
        {
          id: encodeAction({ verb: 'delete', choice: 'confirm' }),
          label: t(locale, 'consent.optout.button.erase'),
          style: 'danger',
        },
        {
          id: encodeAction({ verb: 'delete', choice: 'cancel' }),
          label: t(locale, 'consent.optout.button.keep'),
        },
      ],
    }),
  };
}

export function isStoring(services: Services, member: MemberRow): boolean {
  return hasConsent(services.db, member.id, 'store_answers');
}
