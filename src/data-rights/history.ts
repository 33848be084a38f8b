import { DateTime } from 'luxon';
import { say } from '../core/messages';
import type { Reply } from '../core/model';
import type { Services } from '../services';
import { auditTrail } from '../storage/audit';
import type { MemberRow } from '../storage/schema';

const WORDS: Record<string, string> = {
  consent_granted: 'you chose to allow',
  consent_withdrawn: 'you withdrew',
  export: 'you exported your data',
  safety_event: 'crisis lines were shown to you',
  settings_changed: 'settings changed',
  share: 'you shared entries',
  share_revoked: 'you took a share back',
  link_changed: 'a link with a therapist changed',
};

/** `/between history`: the member's own audit trail, in plain words (never any answer text). */
export function history(services: Services, member: MemberRow): Reply {
  const rows = auditTrail(services.db, member.id).slice(-30);
  if (rows.length === 0) return say('Nothing has been recorded about you yet.');
  const lines = rows.map((row) => {
    const at = DateTime.fromISO(row.at, { zone: member.timeZone }).toFormat('d LLL yyyy, HH:mm');
    const detail = row.detail ?? {};
    const extra =
      typeof detail.scope === 'string'
        ? `: ${detail.scope === 'store_answers' ? 'storing your answers' : 'alerting your therapist'}`
        : typeof detail.entries === 'number'
          ? ` (${detail.entries})`
          : typeof detail.status === 'string'
            ? ` (${detail.status})`
            : '';
    return `• ${at}: ${WORDS[row.action] ?? row.action}${extra}`;
  });
  return say(
    `Your history (the last ${rows.length} records; what happened, never what you wrote):\n${lines.join('\n')}`,
  );
}
