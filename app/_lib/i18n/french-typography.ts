/**
 * The French typography every French page and email keeps, as a check the tests run over them:
 * a no-break space (U+00A0; we do not use the narrow U+202F, which older mail clients drop)
 * before « : ; ? ! » and inside guillemets, « d’ » before a name that starts with a vowel, « 1er »
 * for the first of a month, the singular for 0 and 1, and no identifier left untranslated.
 * Returns each problem with a little context, or nothing.
 */
export function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  const report = (pattern: RegExp, rule: string) => {
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      problems.push(`${rule}: “${text.slice(Math.max(0, at - 30), at + match[0].length + 30).replace(/\s+/g, " ")}”`);
    }
  };
  // A « ; » right after a word is left alone: English content on a French page ("Ireland; United States") writes it so.
  report(/(?:(?<=\S) [:;?!]|(?<=[\p{L}\p{N}»)’"])[:?!])(?=\s|$)/gu, "a no-break space before : ; ? !");
  report(/« |(?<=\S) »|«(?=[^\u00a0\s])|(?<=[^\u00a0\s])»/gu, "no-break spaces inside « »");
  // A name after « de » that starts with a vowel takes « d’ » (we treat a leading h as aspirated, as brand names usually are).
  report(/\b[Dd]e (?=[AEIOUÉÈÊÀÂÎÔŒ])/gu, "elision (d’Intercom)");
  report(/(?<![\p{N}\p{L}])1 (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/gu, "1er for the first of the month");
  report(/(?<![\p{N}.,\u202f\u00a0])\b[01] (?:[\p{L}-]+ )?(?!(?:fois|mois|cas|temps|pas|prix|choix|dans|sans|sous|plus|moins|depuis|après|très)(?!\p{L}))[\p{L}-]*\p{L}(?<![sS])s(?!\p{L})/gu, "the singular after 0 or 1");
  report(/(?<![\p{N}.,])\p{N}{1,3} \p{N}{3}(?!\p{N})/gu, "a no-break space between thousands (2\u202f000)");
  report(/\b[a-z]+(?:_[a-z]+)+\b|\b(?:notice|objection|subscribe|admin|termination|calendar)-[a-z-]+\b/g, "an untranslated identifier");
  return problems;
}
