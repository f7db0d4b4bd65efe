/** A mask, and a string that every match of it holds (most sentences hold none, and skip the scan). */
type Mask = [pattern: RegExp, needed?: string];

/**
 * Blanks out the parts of a text whose digits are not claims about the world:
 * citations, locators, URLs, clock times and document identifiers. Blanking
 * (rather than deleting) keeps every offset valid for the scanners.
 *
 * Decisions: `¶3`, `p. 4`, `pp. 4-5`, `para 3`, `section 2`, `No. 5`, `#5`,
 * `[@key, ¶3]`, `[^1]` and URLs are locators, never numbers. Identifier codes
 * named by an upper-case prefix (`ICD 203`, `UNSCR 2270`, `Unit 8200`) are
 * skipped too: they are names of documents or units, and an assessment that
 * mentions ICD 203 should not be told the source lacks the number 203.
 * Vulnerability and advisory identifiers (`CVE-2024-3400`) are names too.
 */
const WORD_MASKS: Mask[] = [
  [/\[[^[\]]*@[^[\]]*\]/g, '@'],
  [/\[\^[^\]]*\]/g, '[^'],
  [/\bhttps?:\/\/[^\s)>\]]+/g, '://'],
  [/\bwww\.[^\s)>\]]+/g, 'www.'],
];
/** These match only where there is a digit (as does ACRONYM_CODE). */
const DIGIT_MASKS: Mask[] = [
  [/[¶§]+\s*\d+(?:\.\d+)*(?:\s*[-–—]\s*\d+)?/g],
  [/\bpp?\.\s*\d+(?:\s*[-–—]\s*\d+)?/g, '.'],
  [/\b(?:paras?|paragraphs?|pages?|pgs?|fn|footnotes?|notes?|sections?|secs?|chapters?|ch|articles?|annex|resolution|directive|unit|flight|docket)\.?\s*\d+(?:\s*[-–—]\s*\d+)?/gi],
  [/\bNo\.\s*\d+/g, 'No.'],
  [/#\d+/g, '#'],
  [/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, ':'],
  // Vulnerability, weakness and advisory identifiers (`CVE-2024-3400`, `MS17-010`, `KB5034441`); ATT&CK's `T1566` is glued already.
  [/\b(?:CVE|CAN)-\d{4}-\d{4,}\b/gi, '-'],
  [/\b(?:CWE|CAPEC|GHSA|RHSA|DSA|USN|ZDI|ICSA)-[\w-]*\d[\w-]*/g, '-'],
  [/\bMS\d{2}-\d{3}\b/g, 'MS'],
  [/\bKB\d{6,8}\b/g, 'KB'],
];

const ALL_MASKS = [...WORD_MASKS, ...DIGIT_MASKS];

/** An upper-case code followed by digits, e.g. `ICD 203`; group 2 is the digits. */
const ACRONYM_CODE = /(\b[A-Z]{2,6})[ \u00a0](\d+(?:\.\d+)?)\b/g;

/** Capitalised ordinary words (`IN 2024`, `SINCE 1995` in a shouted heading), never code prefixes. */
const CAPS_WORDS = new Set(
  'IN ON AT BY OF TO FOR FROM SINCE UNTIL BEFORE AFTER DURING AND OR THE THAN ABOUT OVER UNDER SOME ONLY AS NEARLY ALMOST'.split(' '),
);

/** Replaces every character in [start, end) with a space. */
function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) chars[i] = ' ';
}

/** True when the word before `index` is written in capitals (a shouted heading, not a code). */
function previousWordIsCaps(text: string, index: number): boolean {
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, index - 40), index));
  return before !== null && /\p{Lu}/u.test(before[1]) && !/\p{Ll}/u.test(before[1]);
}

/** The text with non-claim digits blanked; same length (in UTF-16 units) as the input. `hasDigit`: whether it holds a digit. */
export function maskNonProse(text: string, hasDigit = /\d/.test(text)): string {
  // split('') yields UTF-16 code units, so indices stay aligned with the input;
  // most sentences have nothing to blank, and are returned without the copy.
  let chars: string[] | undefined;
  for (const [re, needed] of hasDigit ? ALL_MASKS : WORD_MASKS) {
    if (needed !== undefined && !text.includes(needed)) continue;
    for (const m of text.matchAll(re)) blank((chars ??= text.split('')), m.index, m.index + m[0].length);
  }
  if (!hasDigit) return chars ? chars.join('') : text;
  for (const m of text.matchAll(ACRONYM_CODE)) {
    if (CAPS_WORDS.has(m[1]) || previousWordIsCaps(text, m.index)) continue;
    const digitsAt = m.index + m[0].length - m[2].length;
    blank((chars ??= text.split('')), digitsAt, digitsAt + m[2].length);
  }
  return chars ? chars.join('') : text;
}
