import confusablePrototypes from "unhomoglyph/data.json";

/**
 * Text people type that others read as a name: a room, a subprocessor, an organisation. Two
 * things can go wrong with it. Invisible characters change what a line means (a CR/LF reaching an
 * email header, a bidi override reordering what a reader sees), and different code points draw the
 * same glyphs ("Аtlas" with a Cyrillic А, "Café" composed or not), so two entries of one list look
 * identical. docs/decisions/006-names.md says what we refuse, what we strip, and why.
 */

/**
 * Unicode's confusables.txt (UTS #39), as the unhomoglyph package ships it: each source code point
 * → its prototype. The version is the package's (data 13.0.0, see its CHANGELOG).
 */
const prototypes: Readonly<Record<string, string>> = confusablePrototypes;

/** Why a text is refused; the app phrases each in the reader's language. */
export type TextProblem = "line_break" | "control_character" | "direction_control";

// U+0085 (NEL), U+2028 and U+2029 end a line as surely as CR and LF do.
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL_BUT_LINE_BREAK = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Marks and embeddings that reorder or re-direct what follows: what "Trojan source" names use.
const DIRECTION_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Zero-width space, non-joiner, joiner, word joiner, and the BOM pasted in from other programs.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/** What is wrong with a one-line text (a name, a purpose, a place), or null when nothing is. */
export function singleLineProblem(text: string): TextProblem | null {
  if (LINE_BREAK.test(text)) return "line_break";
  if (CONTROL.test(text)) return "control_character";
  if (DIRECTION_CONTROL.test(text)) return "direction_control";
  return null;
}

/** What is wrong with a text that may run over several lines (grounds, a reason): line breaks are fine. */
export function multiLineProblem(text: string): TextProblem | null {
  return CONTROL_BUT_LINE_BREAK.test(text) ? "control_character" : null;
}

/**
 * A one-line text as we store it: zero-width characters removed (nobody means to type them, and
 * they only make look-alikes), then composed to NFC so "Café" is one string however it was typed.
 */
export function normaliseLine(text: string): string {
  return text.replace(ZERO_WIDTH, "").normalize("NFC");
}

/**
 * The confusable skeleton of UTS #39 (section 4): NFD, default-ignorable code points removed,
 * each code point replaced by its prototype from confusables.txt, NFD again. Two names with equal
 * skeletons are drawn the same; the skeleton itself is not meant to be shown.
 */
export function skeleton(text: string): string {
  let mapped = "";
  for (const codePoint of text.normalize("NFD").replace(DEFAULT_IGNORABLE, "")) mapped += prototypes[codePoint] ?? codePoint;
  return mapped.normalize("NFD");
}

/**
 * The first of `existing` that a reader could not tell from `name` (equal skeletons), if any.
 * Callers leave out the entry being renamed, so a name never clashes with itself.
 */
export function lookAlike<T extends { name: string }>(name: string, existing: Iterable<T>): T | undefined {
  const wanted = skeleton(name);
  for (const entry of existing) if (skeleton(entry.name) === wanted) return entry;
  return undefined;
}
