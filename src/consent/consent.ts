import { encodeAction } from '../core/action-id';
import { message, say, text } from '../core/messages';
import type { Reply } from '../core/model';
import { NOT_A_CRISIS_SERVICE } from '../safety/resources';
import type { Services } from '../services';
import { audit } from '../storage/audit';
import { hasConsent, recordConsent } from '../storage/consents';
import type { MemberRow } from '../storage/schema';

/** Bump when the wording below changes in substance; each consent row records the version seen. */
export const NOTICE_VERSION = 1;

export const STORAGE_NOTICE = [
  'Before anything is kept, here is exactly what happens.',
  'If you say yes, Between stores your written answers and checklist choices, with the date and which prompt they belong to. They are encrypted on the practice’s own computer that runs Between, not in this chat app.',
  'Nobody else sees them unless you choose to share something, and you can take a share back. Your therapist never sees whether you answered.',
  `${NOT_A_CRISIS_SERVICE} If you are in danger, please contact your local emergency number.`,
  'You can change your mind at any time: /between optout stops storing, /between export gives you a copy, /between delete erases everything.',
  'If you say no, you can still use every prompt: your answers are acknowledged and then discarded.',
];

export function optInOffer(member: MemberRow, services: Services): Reply {
  const already = hasConsent(services.db, member.id, 'store_answers');
  return {
    kind: 'message',
    message: message(
      text(
        already ? 'You have chosen to store your answers. Here is what that means:' : 'Storing your answers',
        'heading',
      ),
      ...STORAGE_NOTICE.map((p) => text(p)),
      {
        kind: 'buttons',
        buttons: [
          {
            id: encodeAction({ verb: 'consent', choice: 'store-yes' }),
            label: 'Yes, store my answers',
            style: 'primary',
          },
          { id: encodeAction({ verb: 'consent', choice: 'store-no' }), label: 'No, don’t store anything' },
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
  const storing = hasConsent(services.db, member.id, 'store_answers');
  const alerting = hasConsent(services.db, member.id, 'risk_alert_therapist');
  switch (choice) {
    case 'store-yes':
      if (!storing) change(services, member, 'store_answers', 'granted');
      return {
        kind: 'message',
        message: message(
          text('Thank you. From now on your answers are stored, encrypted, for you alone.'),
          text(
            'One more choice, and “no” is a fine answer: if something you write suggests you may be in danger, may Between let your linked therapist know? You will always see crisis numbers yourself either way.',
          ),
          {
            kind: 'buttons',
            buttons: [
              {
                id: encodeAction({ verb: 'consent', choice: 'risk-yes' }),
                label: 'Yes, let my therapist know',
              },
              { id: encodeAction({ verb: 'consent', choice: 'risk-no' }), label: 'No, keep it to me' },
            ],
          },
        ),
      };
    case 'store-no':
      if (storing) change(services, member, 'store_answers', 'withdrawn');
      return say(
        'That’s completely fine. Nothing you write will be stored; prompts and the checklist still work, and your answers are discarded after a short thank-you.',
        'If you change your mind later: /between optin.',
      );
    case 'risk-yes':
      if (!alerting) change(services, member, 'risk_alert_therapist', 'granted');
      return say(
        'Noted. If you write something that suggests you may be in danger, your linked therapist will be told that it happened (not what you wrote). You can change this with /between optout or ask again with /between optin.',
      );
    case 'risk-no':
      if (alerting) change(services, member, 'risk_alert_therapist', 'withdrawn');
      return say(
        'Noted: nobody will be alerted. Crisis numbers will still be shown to you if they might help.',
      );
  }
}

export function optOut(services: Services, member: MemberRow): Reply {
  const storing = hasConsent(services.db, member.id, 'store_answers');
  if (hasConsent(services.db, member.id, 'risk_alert_therapist')) {
    change(services, member, 'risk_alert_therapist', 'withdrawn');
  }
  if (!storing) {
    return say(
      'Nothing is being stored for you, so there is nothing to stop. /between delete erases any older data.',
    );
  }
  change(services, member, 'store_answers', 'withdrawn');
  return {
    kind: 'message',
    message: message(
      text('Done: from this moment nothing you write is stored.'),
      text('What was stored before is still there, only for you. Would you like it erased now?'),
      {
        kind: 'buttons',
        buttons: [
          {
            id: encodeAction({ verb: 'delete', choice: 'confirm' }),
            label: 'Erase everything now',
            style: 'danger',
          },
          { id: encodeAction({ verb: 'delete', choice: 'cancel' }), label: 'Keep it for now' },
        ],
      },
    ),
  };
}

export function isStoring(services: Services, member: MemberRow): boolean {
  return hasConsent(services.db, member.id, 'store_answers');
}
