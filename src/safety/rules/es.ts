import type { RiskRule, RuleSet } from '../rule';

/** Spanish risk rules (written in Spanish, not translated). */
const RULES: readonly RiskRule[] = [];

export const SPANISH: RuleSet = {
  language: 'es',
  rules: RULES,
  negation: /\b(?:no|nunca|jamas|ni)\b(?: [a-z']+){0,3} ?$/,
  hedge:
    /\b(?:creo|no se|no prometo|todavia|por ahora|hoy|esta noche|quizas|tal vez|capaz|igual|supongo)\b|\?/,
  thirdPerson:
    /\b(?:ella|ellos|ellas|mi (?:mejor )?(?:amig[oa]|herman[oa]|mama|papa|madre|padre|vieja|viejo|novi[oa]|pareja|espos[oa]|marido|mujer|hij[oa]|prim[oa]|ti[oa]|abuel[oa]|compa|companer[oa]|roomie|sobrin[oa]|cunad[oa]|suegr[oa])s?)\b/g,
  firstPerson: /\b(?:yo|me|mi|conmigo)\b/g,
};
