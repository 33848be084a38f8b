import { DateTime } from 'luxon';
import { say } from '../core/messages';
import type { Reply } from '../core/model';
import { formatIn, type Locale, localeOf, type MessageKey, t } from '../i18n';
import type { Services } from '../services';
import { auditTrail } from '../storage/audit';
import type { MemberRow } from '../storage/schema';

/** What each recorded action is called in the member's history. */
const WORDS: Readonly<Record<string, MessageKey>> = {
  consent_granted: 'history.action.consent_granted',
  consent_withdrawn: 'history.action.consent_withdrawn',
  export: 'history.action.export',
  safety_event: 'history.action.safety_event',
  settings_changed: 'history.action.settings_changed',
  share: 'history.action.share',
  share_revoked: 'history.action.share_revoked',
  link_changed: 'history.action.link_changed',
};

/** How each language writes when something happened: luxon tokens, not words. */
const WHEN: Readonly<Record<Locale, string>> = {
  en: 'd LLL yyyy, HH:mm', // i18n-exempt: a luxon date pattern (tokens, not words)
  es: "d 'de' LLL 'de' yyyy, HH:mm", // i18n-exempt: a luxon date pattern (tokens, not words)
};

/** `/between history`: the member's own audit trail, in plain words (never any answer text). */
export function history(services: Services, member: MemberRow): Reply {
  const locale = localeOf(member);
  const rows = auditTrail(services.db, member.id).slice(-30);
  if (rows.length === 0) return say(t(locale, 'history.none'));
  const lines = rows.map((row) => {
    const at = formatIn(locale, DateTime.fromISO(row.at, { zone: member.timeZone }), WHEN);
    const detail = row.detail ?? {};
    const extra =
      typeof detail.scope === 'string'
        ? `: ${t(locale, detail.scope === 'store_answers' ? 'history.scope.store_answers' : 'history.scope.risk_alert_therapist')}`
        : typeof detail.entries === 'number'
          ? ` (${detail.entries})`
          : typeof detail.status === 'string'
            ? ` (${t(locale, 'history.linkStatus', { status: detail.status })})`
            : '';
    const what = WORDS[row.action];
    return `• ${at}: ${what ? t(locale, what) : row.action}${extra}`;
  });
  return say(t(locale, 'history.list', { count: rows.length, lines: lines.join('\n') }));
}
