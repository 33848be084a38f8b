/**
 * English words that Spanish text does not use: function words and Between's own frequent words.
 * A Spanish transcript that holds any of them as a word shows English somewhere (a reply, a
 * button, a form, a file) — unless it is a name, which `allowed` lists.
 */
const ENGLISH_WORDS = new Set(
  (
    'the an and or but of to in on at for with from by about into your you yours my we our ' +
    'this that these those is are was were be been will would can could should not yes it its ' +
    'what when which who how here there now today week weeks day days time times please thank ' +
    'thanks sorry saved save send sent share shared delete deleted export open close cancel done ' +
    'check choose pick entries entry answer answers prompt prompts reflection schedule settings ' +
    'pause skip help home language quiet hours region reminders therapist client stored only'
  ).split(' '),
);

/** The English words in `text`, each with a few words around it (empty when there are none). */
export function englishIn(text: string, allowed: readonly (string | RegExp)[] = []): string[] {
  // Command words stay English in every language: a command (`/between settings quiet off`), or a
  // command word in quotes (“checklist”), is not English prose.
  let rest = text
    .replace(/`[^`]*`|“[^”]{1,40}”/g, ' ')
    .replace(/\/between(?![\w-])(?: (?:\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?|[a-z0-9@<>|_.\\-]+))*/g, ' ');
  for (const name of allowed) {
    rest = typeof name === 'string' ? rest.split(name).join(' ') : rest.replace(new RegExp(name, 'g'), ' ');
  }
  const words = rest.split(/[^\p{L}'’]+/u);
  const found: string[] = [];
  words.forEach((word, i) => {
    if (ENGLISH_WORDS.has(word.toLowerCase())) found.push(words.slice(Math.max(0, i - 3), i + 4).join(' '));
  });
  return found;
}
