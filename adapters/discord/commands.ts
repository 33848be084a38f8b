import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { commands } from '../../src/help/help';

/**
 * Subcommands that take free words after them (e.g. `/between schedule details: add mon,thu
 * 19:00`); the others take nothing. `cap` names a member with Discord's user picker.
 */
const DETAILS: Record<string, string> = {
  checkin: 'A theme, if you like (e.g. boundaries)',
  schedule: 'e.g. add mon,thu 19:00 · session tue 17:00 · remove 1',
  pause: 'until 2026-12-28, or for 2 weeks',
  settings: 'e.g. timezone Europe/London · quiet 21:30-08:00',
  group: 'join · leave · session thu 18:00 · schedule add after-session 12:00 · stats',
  link: 'accept · decline · end 1',
};

/** The `/between` command as registered with Discord: one subcommand per core command. */
export function betweenCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    name: 'between',
    description: 'Small reflections between therapy sessions (private by default)',
    type: ApplicationCommandType.ChatInput,
    // English until phase 2 of #11 registers Spanish with Discord's description_localizations.
    options: commands('en').map((command) => ({
      type: ApplicationCommandOptionType.Subcommand,
      name: command.name,
      description: command.summary.slice(0, 100),
      options:
        command.name === 'invite'
          ? [{ type: ApplicationCommandOptionType.User, name: 'client', description: 'Who', required: true }]
          : command.name === 'cap'
            ? [
                {
                  type: ApplicationCommandOptionType.User,
                  name: 'client',
                  description: 'Who',
                  required: true,
                },
                {
                  type: ApplicationCommandOptionType.String,
                  name: 'limit',
                  description: 'Nudges a week (1-21), or off',
                  required: true,
                },
              ]
            : DETAILS[command.name]
              ? [
                  {
                    type: ApplicationCommandOptionType.String,
                    name: 'details',
                    description: DETAILS[command.name] ?? '',
                    required: command.name === 'pause',
                    max_length: 200,
                  },
                ]
              : [],
    })),
  };
}
