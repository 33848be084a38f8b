import type { operatorEn } from './operator.en';

/**
 * Spanish: what Between says to the admin who runs it (configuration, CLIs, prompt-library checks, start-up lines). Gathered into `../es.ts`.
 * Variable names, commands, file names and the words of the prompt-library YAML stay in English, as the admin types them.
 */
export const operatorEs: Record<keyof typeof operatorEn, string> = {
  // ── Configuración (src/config.ts) ───────────────────────────────────────────────────────
  'operator.config.invalid':
    'Between no puede arrancar: {count, plural, one {hay un problema} other {hay problemas}} en la configuración.\n{problems}\nDefine estos valores en el entorno o en .env (guíate por .env.example).',
  'operator.config.keyBesideData':
    'Between no puede arrancar: BETWEEN_KEY_FILE ({keyFile}) está en la misma carpeta que la base de datos. Guarda la clave lejos de los datos que protege, por ejemplo BETWEEN_KEY_FILE=./keys/between.key',
  'operator.config.url': 'tiene que ser una URL completa, por ejemplo {example}',
  'operator.config.databaseUrl': 'tiene que ser la ruta de un archivo SQLite, como file:./data/between.db',
  'operator.config.encryptionKey':
    'tiene que ser una clave de 32 bytes aleatorios, en 64 caracteres hexadecimales o 44 caracteres base64 (puedes generarla con: openssl rand -base64 32)',
  'operator.config.keyFile': 'tiene que ser la ruta de un archivo, por ejemplo ./keys/between.key',
  'operator.config.logLevel': 'tiene que ser uno de estos: {levels}',
  'operator.config.slackBotToken': 'tiene que ser el Bot User OAuth Token, que empieza con xoxb-',
  'operator.config.slackAppToken':
    'tiene que ser un token a nivel de app para Socket Mode, que empieza con xapp-',
  'operator.config.notNumber':
    'tiene que ser {unit, select, port {un número de puerto} minutes {un número de minutos} seconds {un número de segundos} hours {un número de horas} days {un número de días} other {un número}}',
  'operator.config.notWhole':
    'tiene que ser un número entero{unit, select, minutes { de minutos} hours { de horas} days { de días} other {}}',
  'operator.config.between': 'tiene que estar entre {min} y {max}',
  'operator.config.atLeast': 'tiene que ser {min} o más',
  'operator.config.atMost': 'tiene que ser {max} como máximo',
  'operator.config.zeroOrMore': 'tiene que ser 0 o más',
  'operator.config.atMostWeek': 'tiene que ser una semana como máximo ({max})',
  'operator.config.cron': 'tiene que ser una expresión cron, por ejemplo "* * * * *" (cada minuto)',
  'operator.config.guildId':
    'tiene que ser el id de un servidor (guild), solo con dígitos (en Discord: clic derecho en el servidor → Copiar ID del servidor)',

  // ── Arranque (src/main.ts) ──────────────────────────────────────────────────────────────
  'operator.main.fastClock': '(Reloj rápido: el tiempo corre {factor}× más rápido; ahora es {now}.)',
  'operator.main.fastClockUsage':
    '--fast-clock lleva un factor de aceleración entre 1 y 100000, por ejemplo --fast-clock 600',
  'operator.main.langUsage': '--lang lleva un idioma, por ejemplo --lang es',

  // ── npm run admin (src/admin-cli.ts) ────────────────────────────────────────────────────
  'operator.admin.usage':
    'Uso:\n  npm run admin -- role <slack|discord|shell> <id del espacio> <id de la persona> <client|therapist|facilitator|admin>\n  npm run admin -- roles <slack|discord|shell> <id del espacio>\n  npm run admin -- facilitator-role discord <id del servidor> <id del rol | off>   (quienes tengan ese rol del servidor actúan como facilitadores)\nEl id del espacio es el id del equipo de Slack (T…) o el id del servidor de Discord; para el shell es "local".',
  'operator.admin.roleSet': '{user} en el espacio {workspace} de {platform} ahora tiene el rol: {role}',
  'operator.admin.facilitatorRoleOff':
    'Ya ningún rol del servidor da el papel de facilitador en {workspace}.',
  'operator.admin.facilitatorRoleSet':
    'Quienes tengan el rol {role} actúan como facilitadores en el espacio {workspace} de {platform}.',
  'operator.admin.noStaff': 'No hay roles de equipo asignados.',

  // ── npm run backup / restore (src/storage/backup-cli.ts) ────────────────────────────────
  'operator.backup.usage':
    'Uso: npm run backup -- ARCHIVO, o npm run restore -- ARCHIVO (con Between detenido).',
  'operator.backup.done':
    'Copia de {database} guardada en {file} ({summary}). Las respuestas van cifradas: guarda también una copia de la clave ({key}), en otro lugar.',
  'operator.backup.noKey': 'No hay clave en {keyFile}: primero restaura la clave y después la base de datos.',
  'operator.backup.restored': '{file} quedó restaurado en {database} ({summary}).',
  'operator.backup.summary':
    '{members, plural, one {{members} persona} other {{members} personas}}, {answers, plural, one {{answers} respuesta} other {{answers} respuestas}}, {deliveries, plural, one {{deliveries} envío} other {{deliveries} envíos}}',

  // ── npm run key:rotate (src/storage/rotate-key-cli.ts) ──────────────────────────────────
  'operator.rotate.toNeedsFile': '--to necesita la ruta de un archivo con la clave nueva',
  'operator.rotate.noKey': 'No hay clave que rotar: {keyFile} no existe.',
  'operator.rotate.notAKey':
    '{file} no contiene una clave de 32 bytes (puedes generarla con: openssl rand -base64 32)',
  'operator.rotate.keyInEnvironment':
    'BETWEEN_ENCRYPTION_KEY está definida: crea un archivo con la clave nueva y pásalo con --to ARCHIVO.',
  'operator.rotate.resealed':
    '{count, plural, one {{count} respuesta volvió a cifrarse} other {{count} respuestas volvieron a cifrarse}} con la clave nueva.',
  'operator.rotate.swapped':
    'La clave nueva está en {keyFile}; la anterior quedó guardada como {retired} para las copias de la base de datos más antiguas. Haz ya una copia de la clave nueva.',
  'operator.rotate.pointAtNewKey':
    'Ahora apunta BETWEEN_KEY_FILE (o BETWEEN_ENCRYPTION_KEY) a la clave nueva antes de arrancar Between.',

  // ── npm run prompts:check (src/prompts/check-cli.ts) ────────────────────────────────────
  'operator.promptsCheck.ok':
    'biblioteca válida ({language}): {reflections, plural, one {{reflections} pregunta de reflexión} other {{reflections} preguntas de reflexión}} en {themes, plural, one {{themes} tema} other {{themes} temas}} ({perTheme}); {checklists, plural, one {{checklists} lista de verificación} other {{checklists} listas de verificación}}',

  // ── Revisión de la biblioteca de preguntas (src/prompts/library.ts) ─────────────────────
  'operator.prompts.problems': 'La biblioteca de preguntas tiene problemas:\n{problems}',
  'operator.prompts.required': 'es obligatorio',
  'operator.prompts.notText': 'tiene que ser texto',
  'operator.prompts.id': 'solo puede llevar minúsculas, dígitos y guiones sueltos',
  'operator.prompts.atLeastChars': 'tiene que tener al menos {min} caracteres',
  'operator.prompts.atMostChars': 'tiene que tener {max} caracteres como máximo',
  'operator.prompts.singleLine': 'tiene que ocupar una sola línea',
  'operator.prompts.oneOf': 'tiene que ser uno de estos: {values}',
  'operator.prompts.atLeastOnePrompt': 'tiene que incluir al menos una pregunta',
  'operator.prompts.atLeastTwoItems': 'tiene que incluir al menos dos elementos',
  'operator.prompts.atMostItems':
    'puede incluir {max} elementos como máximo (las casillas de Slack admiten 10)',
  'operator.prompts.unknownKey':
    '{count, plural, one {clave desconocida} other {claves desconocidas}}: {keys}',
  'operator.prompts.wrongType':
    'valor no válido: se esperaba {expected, select, array {una lista} object {un mapa de campos (clave: valor)} string {texto} number {un número} boolean {true o false} other {{expected}}}, pero {received, select, array {llegó una lista} object {llegó un mapa de campos} string {llegó texto} number {llegó un número} boolean {llegó true o false} null {está vacío} other {llegó {received}}}',
  'operator.prompts.idTaken': 'el id "{id}" ya se usa en {file}',
  'operator.prompts.noReflections': 'no se encontraron archivos de preguntas de reflexión (*.yaml)',
  'operator.prompts.themeFile': 'el tema "{theme}" va en {theme}.yaml',
  'operator.prompts.themeTwice': 'el tema "{theme}" está definido dos veces',
  'operator.prompts.itemRepeated': 'el id de elemento "{id}" está repetido',
  'operator.prompts.folderMissing': 'falta la carpeta',
  'operator.prompts.notYaml': 'no es YAML válido: {reason}',
  'operator.prompts.reflectionMissing': '{language}: falta la pregunta de reflexión "{id}"',
  'operator.prompts.reflectionMoved':
    '{language}: la pregunta de reflexión "{id}" es {theme}/{timing}, y en inglés es {englishTheme}/{englishTiming}',
  'operator.prompts.reflectionExtra': '{language}: la pregunta de reflexión "{id}" no existe en inglés',
  'operator.prompts.checklistShape':
    '{language}: la lista "{id}" tiene como elementos y seguimiento {shape}, y en inglés {englishShape}',
  'operator.prompts.checklistAbsent': 'nada (no existe)',
};
