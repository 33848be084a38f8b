import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Finds the string and template literals in Between's code that look like words for a person.
 *
 * The heuristic, in order:
 * 1. Literals are read with the TypeScript parser (not a regular expression), so comments,
 *    regular-expression literals and string literal *types* are never mistaken for text.
 * 2. A template literal counts by its text parts only (each `${…}` reads as a space).
 * 3. Literals in places that are not for a member are skipped: module specifiers (`import`,
 *    `export … from`, `import()`), tagged templates (`sql\`…\``), the arguments of a logger call
 *    (`log.info(…)`, `logger.warn(…)`: logs are for operators and never carry member text), of
 *    `new Error(…)`-like constructors and of `new RegExp(…)`, and the code and internal message of
 *    `new BetweenError(code, message, …)` (its `userMessage` option is checked like any other).
 * 4. What is left counts when it holds two words of letters in a row, separated by spaces, at
 *    least one of them two letters or more (`I tried`, `help lists`; not `a b`): identifiers, ids, error codes, paths, URLs, MIME types,
 *    time zones and single words never do. Literals that read as SQL (`select … from`,
 *    `insert into`, `create table`, `pragma`, `begin exclusive`, a foreign key's `set null`) or
 *    as code (`const x = require(…)`, run in a worker) are skipped.
 * 5. A single word counts too when it is capitalised like a button's word (`Cancel`, `Done.`) and
 *    sits where a platform shows text: the value of a `label`, `title`, `placeholder`, `text`,
 *    `submit`, `close`, `content` or `description` property, or the first argument of `plain(…)`,
 *    `text(…)` or `say(…)`.
 * 6. The value of a `checked` or `pending` property (a crisis line's check note, an unverified
 *    line: notes for maintainers beside each number, never shown) is not text for a person.
 * 7. A literal that is text but not for members (an internal reason passed between functions,
 *    say) can be marked on its line or the line before with a comment `i18n-exempt: <why>`.
 *    Use it sparingly: anything a member or a therapist can read belongs in the catalogue.
 */
export interface FoundLiteral {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

const TWO_WORDS = /\p{L}{2,}[’']?\p{L}* +[“"(]?\p{L}|\p{L}[’']?\p{L}* +[“"(]?\p{L}{2,}/u;
const SQL =
  /^\s*(?:select\b[\s\S]*\bfrom\b|insert\s+(?:or\s+\w+\s+)?into\b|update\s+\S+\s+set\b|delete\s+from\b|create\s+(?:unique\s+)?(?:table|index|view|trigger)\b|drop\s+(?:table|index)\b|alter\s+table\b|pragma\b|with\s+\w+\s+as\b)/i;
const SQL_WORDS =
  /^\s*(?:vacuum\b|begin\b|commit\b|rollback\b|savepoint\b|(?:set null|set default|no action|cascade)$)/i;
const CODE = /\b(?:const|let|var|function|require|return)\b[^\n]*[=(;]/;
const LOG_METHODS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);
const ERROR_CONSTRUCTORS = /^(?:Error|TypeError|RangeError|SyntaxError|AggregateError|RegExp)$/;

/** Properties that hold notes for maintainers, never shown: a crisis line's check notes and unverified lines. */
const NOTES = new Set(['checked', 'pending']);
const ONE_WORD = /^\p{Lu}\p{Ll}+[.!?]?$/u;
const TEXT_PROPERTIES = new Set([
  'label',
  'title',
  'placeholder',
  'text',
  'submit',
  'close',
  'content',
  'description',
]);
const TEXT_CALLS = new Set(['plain', 'text', 'say']);

/** Whether a one-word literal sits where a platform shows text (rule 5). */
function inTextPlace(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
    const name = parent.name;
    return (ts.isIdentifier(name) || ts.isStringLiteral(name)) && TEXT_PROPERTIES.has(name.text);
  }
  if (ts.isCallExpression(parent) && parent.arguments[0] === node) {
    const name = calleeName(parent.expression);
    return name !== undefined && TEXT_CALLS.has(name);
  }
  return false;
}

export function looksUserFacing(text: string): boolean {
  return TWO_WORDS.test(text) && !SQL.test(text) && !SQL_WORDS.test(text) && !CODE.test(text);
}

function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

function receiverName(expression: ts.Expression): string | undefined {
  if (!ts.isPropertyAccessExpression(expression)) return undefined;
  const target = expression.expression;
  if (ts.isIdentifier(target)) return target.text;
  if (ts.isPropertyAccessExpression(target)) return target.name.text;
  return undefined;
}

/** Whether a literal sits where no member reads it (see the heuristic above). */
function exempt(node: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent)) {
      return true;
    }
    if (ts.isExternalModuleReference(parent) || ts.isTaggedTemplateExpression(parent)) return true;
    if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name) && NOTES.has(parent.name.text))
      return true;
    if (ts.isCallExpression(parent)) {
      if (parent.expression.kind === ts.SyntaxKind.ImportKeyword) return true;
      const method = calleeName(parent.expression);
      const receiver = receiverName(parent.expression);
      if (method && LOG_METHODS.has(method) && receiver && /log/i.test(receiver)) return true;
    }
    if (ts.isNewExpression(parent)) {
      const name = calleeName(parent.expression);
      if (name && ERROR_CONSTRUCTORS.test(name)) return true;
      if (name === 'BetweenError') {
        const index = parent.arguments?.indexOf(child as ts.Expression) ?? -1;
        return index === 0 || index === 1;
      }
    }
    // Stop at the statement: a literal's use is decided by its nearest enclosing expression.
    if (ts.isStatement(parent) || ts.isSourceFile(parent)) return false;
  }
  return false;
}

function templateText(node: ts.TemplateExpression): string {
  return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
}

export function userFacingLiterals(file: string): FoundLiteral[] {
  const content = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, content, ts.ScriptTarget.Latest, true);
  const lines = content.split('\n');
  const marked = (line: number) => /i18n-exempt:/.test(`${lines[line - 1] ?? ''}\n${lines[line] ?? ''}`);
  const found: FoundLiteral[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = templateText(node);
    const words = text !== undefined && (looksUserFacing(text) || (ONE_WORD.test(text) && inTextPlace(node)));
    if (text !== undefined && words && !exempt(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      if (!marked(line)) found.push({ file: relative(ROOT, file), line: line + 1, text });
    }
    // A template expression's parts are not literals of their own, but its `${…}` may hold some.
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every `.ts` file under `src/` and `adapters/`, except the catalogues themselves (`src/i18n/`). */
export function scannedFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.ts') ? [path] : [];
    });
  return [...walk(join(ROOT, 'src')), ...walk(join(ROOT, 'adapters'))]
    .filter((file) => !relative(ROOT, file).startsWith(join('src', 'i18n')))
    .sort();
}
