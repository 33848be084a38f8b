import { Locale as DiscordLocale } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { betweenCommand } from '../../../adapters/discord/commands';
import { COMMAND_NAMES, commands } from '../../../src/help/help';
import { t } from '../../../src/i18n';

/** A command or option as registered: what this test reads of it. */
interface Described {
  readonly name: string;
  readonly description: string;
  readonly description_localizations?: Readonly<Record<string, string | null>> | null;
  readonly name_localizations?: unknown;
  readonly options?: readonly Described[];
}

const SPANISH = [DiscordLocale.SpanishES, DiscordLocale.SpanishLATAM] as const;

/** Every command and option in the tree, with its path (`between/cap/limit`). */
function everyNode(node: Described, path = node.name): { path: string; node: Described }[] {
  return [{ path, node }, ...(node.options ?? []).flatMap((o) => everyNode(o, `${path}/${o.name}`))];
}

/** What Discord would refuse: any description (English or localized) outside 1-100 characters. */
function outOfBounds(command: Described): string[] {
  return everyNode(command).flatMap(({ path, node }) =>
    [
      ['en', node.description] as const,
      ...Object.entries(node.description_localizations ?? {}).map(([l, text]) => [l, text ?? ''] as const),
    ]
      .filter(([, text]) => [...text].length < 1 || [...text].length > 100)
      .map(([locale, text]) => `${path} (${locale}): ${[...text].length} characters`),
  );
}

const registered = (): Described => betweenCommand() as Described;

describe('/between as registered with Discord, in Spanish too', () => {
  it('keeps every description, English and Spanish, within Discord’s 1-100 characters', () => {
    expect(outOfBounds(registered())).toEqual([]);
  });

  it('would catch a description that is too long or empty', () => {
    const long = { ...registered(), description_localizations: { 'es-ES': 'a'.repeat(101), 'es-419': '' } };
    expect(outOfBounds(long)).toEqual(['between (es-ES): 101 characters', 'between (es-419): 0 characters']);
  });

  it('localizes every description for es-ES and es-419, the same Spanish for both, and never the names', () => {
    const nodes = everyNode(registered());
    expect(nodes.length).toBeGreaterThan(COMMAND_NAMES.length);
    for (const { path, node } of nodes) {
      const localized = node.description_localizations ?? {};
      expect(Object.keys(localized).sort(), path).toEqual([...SPANISH].sort());
      expect(localized['es-419'], path).toBe(localized['es-ES']);
      expect(node.name_localizations, path).toBeUndefined();
      // Spanish text from the catalogue, never a key that fell through.
      expect(localized['es-ES'], path).not.toMatch(/^(discord|help)\.[a-z.]+$/i);
    }
  });

  it('takes the Spanish from the catalogue and writes it in Spanish', () => {
    const command = registered();
    expect(command.description).toBe('Small reflections between therapy sessions (private by default)');
    expect(command.description_localizations?.['es-ES']).toBe(t('es', 'discord.command.description'));
    expect(command.description_localizations?.['es-ES']).toMatch(/reflexiones entre sesiones de terapia/);
    const spanishSummaries = new Map(commands('es').map((c) => [c.name, c.summary]));
    for (const sub of command.options ?? []) {
      expect(sub.description_localizations?.['es-419'], sub.name).toBe(
        spanishSummaries.get(sub.name as never),
      );
      expect(sub.description_localizations?.['es-419'], sub.name).not.toBe(sub.description);
    }
    const cap = command.options?.find((o) => o.name === 'cap');
    expect(cap?.options?.map((o) => [o.name, o.description_localizations?.['es-ES']])).toEqual([
      ['client', t('es', 'discord.command.client')],
      ['limit', t('es', 'discord.command.limit')],
    ]);
    const pause = command.options?.find((o) => o.name === 'pause')?.options?.[0];
    expect(pause?.name).toBe('details');
    expect(pause?.description).toBe('until 2026-12-28, or for 2 weeks');
    expect(pause?.description_localizations?.['es-ES']).toMatch(/hasta esa fecha/);
  });

  it('keeps the command and option names English: they are what Between parses', () => {
    const command = registered();
    expect(command.name).toBe('between');
    expect(command.options?.map((o) => o.name)).toEqual([...COMMAND_NAMES]);
    const optionNames = new Set(command.options?.flatMap((o) => (o.options ?? []).map((x) => x.name)));
    expect([...optionNames].sort()).toEqual(['client', 'details', 'limit']);
  });
});
