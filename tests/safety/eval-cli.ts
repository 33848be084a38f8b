import { evaluate, loadCorpus, summarise, TARGETS } from './corpus';

/**
 * `npm run safety:eval`: the screen against the labelled corpus, per language, part and label,
 * then every miss of the tuning part (with its rule, for false alarms). The held-out part's misses
 * are not listed: whoever works on the rules must not see them, or the part stops measuring how the
 * screen generalises. `--misses=heldout` lists them; once anyone has read them, retire the part
 * into the tuning files (as `*-tune-heldout1.yaml` was) and have a fresh one written blind.
 * `--batch=en-tune-b10` reads only that file: a new tuning batch's figures before anything was
 * tuned on it are a further blind measure (SAFETY.md records them).
 */
const batch = process.argv.find((a) => a.startsWith('--batch='))?.split('=')[1];
const outcomes = evaluate(loadCorpus().filter((i) => !batch || i.file === `${batch}.yaml`));
const rows = summarise(outcomes);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
console.log('language  part     label        items  result                       target   met');
for (const row of rows) {
  const target = TARGETS[row.label];
  const what =
    target.want === 'card'
      ? `shown ${pct(row.rate)}${row.label === 'third-party' ? ` (right card ${row.rightCard})` : ''}`
      : `false alarms ${pct(1 - row.rate)}`;
  const goal = target.want === 'card' ? `≥ ${pct(target.min)}` : `≤ ${pct(1 - target.min)}`;
  console.log(
    `${row.language.padEnd(9)} ${row.part.padEnd(8)} ${row.label.padEnd(12)} ${String(row.total).padStart(5)}  ${what.padEnd(28)} ${goal.padEnd(8)} ${row.meets ? 'yes' : 'NO'}`,
  );
}
const only = process.argv.find((a) => a.startsWith('--misses='))?.split('=')[1] ?? 'tune';
const misses = outcomes.filter((o) => !o.ok && o.item.part === only);
console.log(`\n${misses.length} misses in ${only}:`);
for (const m of misses) {
  const why = m.match ? `false alarm by ${m.match.rule}` : 'not shown';
  console.log(`  [${m.item.file} ${m.item.label}/${m.item.phenomenon}] ${why}: ${m.item.text}`);
}
const wrongCard = outcomes.filter(
  (o) => o.ok && o.item.label === 'third-party' && !o.rightCard && o.item.part === only,
);
if (wrongCard.length > 0) {
  console.log(`\n${wrongCard.length} third-party items got the first-person card:`);
  for (const m of wrongCard) console.log(`  [${m.item.file}] ${m.match?.rule}: ${m.item.text}`);
}
process.exitCode = rows.every((r) => r.meets) ? 0 : 1;
