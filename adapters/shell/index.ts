import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { decodeAddress, encodeAddress } from '../../src/core/address';
import type { Form, InboundEvent, OutgoingMessage, Reply, SentRef, UserRef } from '../../src/core/model';
import { type ChatAdapter, type EventHandler, settle } from '../../src/core/port';
import { type Locale, resolveLocale, t } from '../../src/i18n';
import { parseLine } from './parse';
import {
  type Choices,
  type RenderedMessage,
  renderFieldQuestion,
  renderFormStart,
  renderMessage,
} from './render';

export interface ShellAdapterConfig {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Where exported files are written (owner-only). */
  readonly exportDir: string;
  readonly userId?: string;
  /** Print each input line back (for piped, scripted sessions, so the transcript reads as a conversation). */
  readonly echo?: boolean;
  /** The terminal's language (`--lang es`, LANG=es_MX.UTF-8): a new local member's language. */
  readonly locale?: string;
  /** The machine's IANA time zone (TZ, or the system's): a new local member's time zone. */
  readonly timeZone?: string;
}

export interface ShellAdapter extends ChatAdapter {
  /** The local member this terminal speaks for (the client, unless switched with `/between as`). */
  readonly user: UserRef;
  /** Resolves when the input has ended and every line has been handled. */
  readonly finished: Promise<void>;
}

interface OpenForm {
  readonly form: Form;
  /** The language the form opened in: its hints and errors stay in it. */
  readonly locale: Locale;
  index: number;
  readonly values: Record<string, string>;
}

/**
 * The embedded local adapter: one member, talking to Between in a terminal or through piped
 * input. Lines are handled strictly in order.
 */
export function createShellAdapter(config: ShellAdapterConfig): ShellAdapter {
  const client: UserRef = {
    platform: 'shell',
    workspaceId: 'local',
    userId: config.userId ?? 'local',
    ...(config.locale ? { locale: config.locale } : {}),
    ...(config.timeZone ? { timeZone: config.timeZone } : {}),
  };
  const therapist: UserRef = { ...client, userId: 'therapist' };
  /** Whose terminal this is: the client, or (after `/between as therapist`) the demo therapist. */
  let user = client;
  /**
   * The language of the shell's own words not tied to a reply (the banner, a scheduled message's
   * heading, a line that does not fit): the terminal's, until a reply says whose language it is.
   */
  let locale: Locale = resolveLocale(config.locale);
  let choices: Choices | undefined;
  let openForm: OpenForm | undefined;
  let sent = 0;
  let queue: Promise<void> = Promise.resolve();
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  let readline: ReturnType<typeof createInterface> | undefined;

  const print = (...lines: string[]) => {
    config.output.write(`${lines.join('\n')}\n`);
  };

  function show(message: OutgoingMessage, heading?: string): void {
    const rendered: RenderedMessage = renderMessage(message, heading, locale);
    print(...rendered.lines);
    for (const file of rendered.files)
      print(`  ${t(locale, 'shell.saved', { path: saveFile(file.filename, file.content) })}`);
    if (rendered.choices.buttons.size > 0 || rendered.choices.checklist) choices = rendered.choices;
  }

  function saveFile(filename: string, content: string | Uint8Array): string {
    mkdirSync(config.exportDir, { recursive: true, mode: 0o700 });
    const dot = filename.lastIndexOf('.');
    let path = join(config.exportDir, filename);
    for (let n = 2; existsSync(path); n++) {
      path = join(config.exportDir, `${filename.slice(0, dot)}-${n}${filename.slice(dot)}`);
    }
    writeFileSync(path, content, { mode: 0o600 });
    chmodSync(path, 0o600);
    return relative(process.cwd(), path) || path;
  }

  function askField(): void {
    if (openForm) print(renderFieldQuestion(openForm.form, openForm.index, openForm.locale));
  }

  function present(reply: Reply): void {
    // The reply is in the language of the member answered: the words around it follow.
    if (reply.locale) locale = reply.locale;
    switch (reply.kind) {
      case 'message':
        show(reply.message);
        break;
      case 'update':
        show(reply.message, t(locale, 'shell.heading.updated'));
        break;
      case 'form':
        openForm = { form: reply.form, locale, index: 0, values: {} };
        print(...renderFormStart(reply.form));
        askField();
        break;
      case 'form_errors': {
        if (reply.notice) show(reply.notice);
        print(...Object.values(reply.errors).map((e) => `  ${e}`));
        if (openForm) {
          const fieldIndex = openForm.form.fields.findIndex((f) => f.id in reply.errors);
          openForm.index = Math.max(0, fieldIndex);
          print(`  ${t(reply.locale ?? openForm.locale, 'shell.form.again')}`);
          askField();
        }
        break;
      }
      case 'none':
        break;
    }
  }

  async function handle(line: string, onEvent: EventHandler): Promise<void> {
    if (config.echo) print(`> ${line}`);
    const base = { user, visibility: 'dm' as const, raw: line };
    let event: InboundEvent | undefined;
    if (openForm) {
      if (line.trim().toLowerCase() === '/cancel') {
        print(`  ${t(openForm.locale, 'shell.form.closed')}`);
        openForm = undefined;
        return;
      }
      const field = openForm.form.fields[openForm.index];
      if (field) openForm.values[field.id] = line.replace(/\\n/g, '\n');
      openForm.index += 1;
      if (openForm.index < openForm.form.fields.length) {
        askField();
        return;
      }
      event = { ...base, kind: 'form_submit', formId: openForm.form.id, fields: { ...openForm.values } };
      openForm = { ...openForm, index: openForm.form.fields.length };
    } else {
      const input = parseLine(line, choices, locale);
      switch (input.kind) {
        case 'empty':
          return;
        case 'quit':
          readline?.close();
          return;
        case 'invalid':
          print(`  ${input.reason}`);
          return;
        case 'command': {
          const as = /^as\s+(therapist|client)$/i.exec(input.text)?.[1]?.toLowerCase();
          if (as) user = as === 'therapist' ? therapist : client;
          event = { ...base, user, kind: 'command', text: input.text };
          break;
        }
        case 'action':
          event = { ...base, kind: 'action', actionId: input.actionId, values: input.values };
          break;
        case 'message':
          event = { ...base, kind: 'message', text: input.text };
          break;
      }
    }
    const submitted = event.kind === 'form_submit';
    const reply = await onEvent(event);
    if (submitted && reply.kind !== 'form_errors') openForm = undefined;
    await settle(reply, async () => present(reply));
  }

  return {
    platform: 'shell',
    get user() {
      return user;
    },
    finished,
    async start(onEvent) {
      readline = createInterface({ input: config.input, terminal: false });
      readline.on('line', (line) => {
        queue = queue.then(() => handle(line, onEvent).catch(() => print(`  ${t(locale, 'shell.failed')}`)));
      });
      readline.on('close', () => {
        queue.then(finish, finish);
      });
      print(t(locale, 'shell.banner'));
    },
    async stop() {
      readline?.close();
      await queue;
    },
    async openDm(to) {
      return encodeAddress({ platform: 'shell', userId: to.userId });
    },
    async send(to, message): Promise<SentRef> {
      const parts = decodeAddress(to);
      // In the demo a message may be for the other role (an invitation, a digest): say whose DM it is.
      const other = parts.platform === 'shell' && parts.userId !== user.userId ? parts.userId : undefined;
      show(
        message,
        other ? t(locale, 'shell.heading.dmTo', { who: other }) : t(locale, 'shell.heading.scheduled'),
      );
      sent += 1;
      return { address: to, messageId: `shell-${sent}` };
    },
    async update(_ref, message) {
      show(message, t(locale, 'shell.heading.updated'));
    },
    async remove(ref) {
      const parts = decodeAddress(ref.address);
      const who = parts.platform === 'shell' ? parts.userId : ref.address;
      print('── Between ──', `  ${t(locale, 'shell.withdrawn', { who })}`);
    },
  };
}
