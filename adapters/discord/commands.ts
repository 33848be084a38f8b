import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  Locale as DiscordLocale,
  type LocalizationMap,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { commands } from '../../src/help/help';
import { type MessageKey, t } from '../../src/i18n';

/**
 * Subcommands that take free words after them (e.g. `/between schedule details: add mon,thu
 * 19:00`): the catalogue key of their `details` description; the others take nothing. `cap`
 * names a member with Discord's user picker.
 */
const DETAILS: Readonly<Record<string, MessageKey>> = {
  checkin: 'discord.command.details.checkin',
  schedule: 'discord.command.details.schedule',
  pause: 'discord.command.details.pause',
  settings: 'discord.command.details.settings',
  group: 'discord.command.details.group',
  link: 'discord.command.details.link',
};

/**
 * Discord's Spanish locales (Spain, Latin America): both are given Between's Spanish. Discord
 * picks a description by the locale of each person's own Discord client, so these are the
 * picker's words, not the member's `settings language` (replies follow that).
 */
const SPANISH: readonly DiscordLocale[] = [DiscordLocale.SpanishES, DiscordLocale.SpanishLATAM];

/**
 * The English description and its Spanish localizations, from one pair of texts. Discord takes
 * 1-100 characters for each and refuses the whole registration otherwise: nothing is cut here, a
 * test over the built command checks every one (tests/adapters/discord/commands.test.ts).
 */
function described(
  english: string,
  spanish: string,
): { description: string; description_localizations: LocalizationMap } {
  return {
    description: english,
    description_localizations: Object.fromEntries(SPANISH.map((locale) => [locale, spanish])),
  };
}

/** A catalogue message, in English and localized for Discord's Spanish clients. */
const describedBy = (key: MessageKey) => described(t('en', key), t('es', key));

/**
 * The `/between` command as registered with Discord: one subcommand per core command. Names stay
 * English (they are what Between parses); descriptions carry Spanish `description_localizations`.
 */
export function betweenCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const spanish = new Map(commands('es').map((command) => [command.name, command.summary]));
  const client = {
    type: ApplicationCommandOptionType.User,
    name: 'client',
    ...describedBy('discord.command.client'),
    required: true,
  } as const;
  return {
    name: 'between',
    ...describedBy('discord.command.description'),
    type: ApplicationCommandType.ChatInput,
    options: commands('en').map((command) => {
      const details = DETAILS[command.name];
      return {
        type: ApplicationCommandOptionType.Subcommand,
        name: command.name,
        ...described(command.summary.slice(0, 100), spanish.get(command.name) ?? command.summary),
        options:
          command.name === 'invite'
            ? [client]
            : command.name === 'cap'
              ? [
                  client,
                  {
                    type: ApplicationCommandOptionType.String,
                    name: 'limit',
                    ...describedBy('discord.command.limit'),
                    required: true,
                  },
                ]
              : details
                ? [
                    {
                      type: ApplicationCommandOptionType.String,
                      name: 'details',
                      ...describedBy(details),
                      required: command.name === 'pause',
                      max_length: 200,
                    },
                  ]
                : [],
      };
    }),
  };
}
