import { message, text } from '../core/messages';
import type { Notification } from '../core/messenger';
import type { Services } from '../services';
import { linksOf, who } from '../sharing/links';
import { hasConsent } from '../storage/consents';
import { findMember } from '../storage/members';
import type { MemberRow } from '../storage/schema';

/**
 * When crisis lines were shown, the client's linked therapists are told that it happened (never
 * what was written), and only if the client agreed to exactly that when opting in.
 */
export function riskAlerts(services: Services, client: MemberRow): Notification[] {
  if (!hasConsent(services.db, client.id, 'risk_alert_therapist')) return [];
  return linksOf(services, client, ['active'])
    .filter((link) => link.clientId === client.id)
    .flatMap((link) => {
      const therapist = findMember(services.db, link.therapistId);
      if (!therapist) return [];
      return [
        {
          to: therapist,
          message: message(
            text(
              `Between showed crisis lines to ${who(client)} just now, after something they wrote.`,
              'heading',
            ),
            text(
              'They agreed, when they opted in, that you would be told when this happens. What they wrote is not shared. Between is not monitored and does not replace your own risk procedures.',
            ),
          ),
        },
      ];
    });
}
