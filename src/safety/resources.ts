import type { OutgoingMessage } from '../core/model';

export const NOT_A_CRISIS_SERVICE =
  'Between is not a crisis service and nobody reads your answers as you write them.';

/** Crisis lines by region. Deterministic text: no generated advice, ever. */
export function crisisLines(region: string | null): string[] {
  switch (region) {
    case 'US':
      return [
        'In the US: call or text 988 (Suicide & Crisis Lifeline), any time.',
        'In an emergency: call 911.',
      ];
    case 'GB':
    case 'IE':
      return [
        'In the UK and Ireland: call Samaritans free on 116 123, any time.',
        `In an emergency: call ${region === 'GB' ? '999' : '112 or 999'}.`,
      ];
    default:
      return [
        'In the US: call or text 988. In the UK and Ireland: call Samaritans on 116 123.',
        'Elsewhere, or in an emergency: call your local emergency number.',
      ];
  }
}

/** The immediate reply to free text that contains risk language. */
export function crisisMessage(region: string | null): OutgoingMessage {
  const lines = crisisLines(region);
  const intro =
    'Thank you for writing this down. What you wrote sounds like you might be going through something very hard, and you deserve support right now.';
  return {
    fallback: `${intro} ${lines.join(' ')}`,
    elements: [
      { kind: 'text', text: intro, tone: 'heading' },
      { kind: 'text', text: lines.join('\n') },
      {
        kind: 'text',
        text: `${NOT_A_CRISIS_SERVICE} If you can, reach out to someone you trust, or your therapist, today.`,
        tone: 'muted',
      },
    ],
  };
}
