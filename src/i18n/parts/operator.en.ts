/**
 * English: what Between says to the admin who runs it: configuration errors, the CLIs (admin, backup, rotate-key, prompts:check), prompt-library checks and start-up lines, in the language of the machine (LC_ALL, LC_MESSAGES, LANG). Gathered into `../en.ts`.
 * Environment variable names, commands, file names and the words of the prompt-library YAML stay as they are in every language.
 */
export const operatorEn = {
  // ── Configuration (src/config.ts) ───────────────────────────────────────────────────────
  'operator.config.invalid':
    'Between cannot start: the configuration has {count, plural, one {a problem} other {problems}}.\n{problems}\nSet these in the environment or in .env (see .env.example).',
  'operator.config.keyBesideData':
    'Between cannot start: BETWEEN_KEY_FILE ({keyFile}) is in the same folder as the database. Keep the key apart from the data it protects, e.g. BETWEEN_KEY_FILE=./keys/between.key',
  'operator.config.url': 'must be a full URL, e.g. {example}',
  'operator.config.databaseUrl': 'must be a SQLite file path such as file:./data/between.db',
  'operator.config.encryptionKey':
    'must be 32 random bytes as 64 hex characters or 44 base64 characters (make one with: openssl rand -base64 32)',
  'operator.config.keyFile': 'must be a file path, e.g. ./keys/between.key',
  'operator.config.logLevel': 'must be one of {levels}',
  'operator.config.slackBotToken': 'must be the Bot User OAuth Token, which starts with xoxb-',
  'operator.config.slackAppToken': 'must be an app-level token for Socket Mode, which starts with xapp-',
  'operator.config.notNumber':
    'must be a {unit, select, port {port number} minutes {number of minutes} seconds {number of seconds} hours {number of hours} days {number of days} other {number}}',
  'operator.config.notWhole':
    'must be a whole number{unit, select, minutes { of minutes} hours { of hours} days { of days} other {}}',
  'operator.config.between': 'must be between {min} and {max}',
  'operator.config.atLeast': 'must be at least {min}',
  'operator.config.atMost': 'must be at most {max}',
  'operator.config.zeroOrMore': 'must be 0 or more',
  'operator.config.atMostWeek': 'must be at most a week ({max})',
  'operator.config.cron': 'must be a cron expression, e.g. "* * * * *" (every minute)',
  'operator.config.guildId':
    'must be a server (guild) id: digits only (Discord: right-click the server → Copy Server ID)',

  // ── Start-up (src/main.ts) ──────────────────────────────────────────────────────────────
  'operator.main.fastClock': '(Fast clock: time runs {factor}× faster; it is now {now}.)',
  'operator.main.fastClockUsage':
    '--fast-clock takes a speed-up factor from 1 to 100000, e.g. --fast-clock 600',
  'operator.main.langUsage': '--lang takes a language, e.g. --lang es',

  // ── npm run admin (src/admin-cli.ts) ────────────────────────────────────────────────────
  'operator.admin.usage':
    'Usage:\n  npm run admin -- role <slack|discord|shell> <workspace id> <user id> <client|therapist|facilitator|admin>\n  npm run admin -- roles <slack|discord|shell> <workspace id>\n  npm run admin -- facilitator-role discord <server id> <role id | off>   (holders of that server role act as facilitators)\nThe workspace id is the Slack team id (T…) or the Discord server id; for the shell it is "local".',
  'operator.admin.roleSet': '{user} in {platform} workspace {workspace} is now: {role}',
  'operator.admin.facilitatorRoleOff': 'No server role makes facilitators in {workspace} now.',
  'operator.admin.facilitatorRoleSet':
    'Holders of role {role} act as facilitators in {platform} workspace {workspace}.',
  'operator.admin.noStaff': 'No staff roles set.',

  // ── npm run backup / restore (src/storage/backup-cli.ts) ────────────────────────────────
  'operator.backup.usage':
    'Usage: npm run backup -- FILE, or npm run restore -- FILE (with Between stopped).',
  'operator.backup.done':
    'Backed up {database} to {file} ({summary}). Answers in it are encrypted: keep the key ({key}) backed up apart from it.',
  'operator.backup.noKey': 'No key at {keyFile}: restore the key first, then the database.',
  'operator.backup.restored': 'Restored {file} to {database} ({summary}).',
  'operator.backup.summary':
    '{members, plural, other {{members} members}}, {answers, plural, other {{answers} answers}}, {deliveries, plural, other {{deliveries} deliveries}}',

  // ── npm run key:rotate (src/storage/rotate-key-cli.ts) ──────────────────────────────────
  'operator.rotate.toNeedsFile': '--to needs the path of a file holding the new key',
  'operator.rotate.noKey': 'No key to rotate from: {keyFile} does not exist.',
  'operator.rotate.notAKey': '{file} does not hold a 32-byte key (make one with: openssl rand -base64 32)',
  'operator.rotate.keyInEnvironment':
    'BETWEEN_ENCRYPTION_KEY is set: make a new key file and pass it with --to FILE.',
  'operator.rotate.resealed': 'Re-sealed {count, plural, other {{count} answer(s)}} with the new key.',
  'operator.rotate.swapped':
    'New key in {keyFile}; old key kept as {retired} for older database backups. Back up the new key now.',
  'operator.rotate.pointAtNewKey':
    'Now point BETWEEN_KEY_FILE (or BETWEEN_ENCRYPTION_KEY) at the new key before starting Between.',

  // ── npm run prompts:check (src/prompts/check-cli.ts) ────────────────────────────────────
  'operator.promptsCheck.ok':
    'prompts ok ({language}): {reflections, plural, other {{reflections} reflection prompts}} in {themes, plural, other {{themes} themes}} ({perTheme}); {checklists, plural, other {{checklists} checklist(s)}}',

  // ── The prompt library's checks (src/prompts/library.ts) ────────────────────────────────
  'operator.prompts.problems': 'The prompt library has problems:\n{problems}',
  'operator.prompts.required': 'is required',
  'operator.prompts.notText': 'must be text',
  'operator.prompts.id': 'must be lowercase letters, digits and single hyphens',
  'operator.prompts.atLeastChars': 'must be at least {min} characters',
  'operator.prompts.atMostChars': 'must be at most {max} characters',
  'operator.prompts.singleLine': 'must be a single line',
  'operator.prompts.oneOf': 'must be one of: {values}',
  'operator.prompts.atLeastOnePrompt': 'must list at least one prompt',
  'operator.prompts.atLeastTwoItems': 'must list at least two items',
  'operator.prompts.atMostItems': 'must list at most {max} items (Slack checkboxes allow 10)',
  'operator.prompts.unknownKey': 'Unrecognized {count, plural, one {key} other {keys}}: {keys}',
  'operator.prompts.wrongType':
    'Invalid input: expected {expected, select, array {array} object {object} string {string} number {number} boolean {boolean} other {{expected}}}, received {received, select, array {array} object {object} string {string} number {number} boolean {boolean} null {null} other {{received}}}',
  'operator.prompts.idTaken': 'id "{id}" is already used in {file}',
  'operator.prompts.noReflections': 'no reflection prompt files (*.yaml) found',
  'operator.prompts.themeFile': 'theme "{theme}" belongs in {theme}.yaml',
  'operator.prompts.themeTwice': 'theme "{theme}" is defined twice',
  'operator.prompts.itemRepeated': 'item id "{id}" is repeated',
  'operator.prompts.folderMissing': 'folder is missing',
  'operator.prompts.notYaml': 'not valid YAML: {reason}',
  'operator.prompts.reflectionMissing': '{language}: reflection "{id}" is missing',
  'operator.prompts.reflectionMoved':
    '{language}: reflection "{id}" is {theme}/{timing}, in English {englishTheme}/{englishTiming}',
  'operator.prompts.reflectionExtra': '{language}: reflection "{id}" is not in English',
  'operator.prompts.checklistShape':
    '{language}: checklist "{id}" has items and follow-up {shape}, in English {englishShape}',
  'operator.prompts.checklistAbsent': 'missing',
} as const;
