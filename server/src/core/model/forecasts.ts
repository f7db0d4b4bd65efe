import type { Span } from '../text/line-index.js';

/**
 * A forecast in the writer's own words: `will`, `shall`, `won't`, `'ll`,
 * `is going to`, `is set to` outside quotation marks, in a sentence that is
 * neither conditional nor a scheduled or operational event. Returns the
 * marker's span within the sentence, or undefined.
 */
export function findOwnForecast(sentence: string): Span | undefined {
  const text = blankQuotations(sentence);
  if (CONDITIONAL.test(text) || SCHEDULED.test(text)) return undefined;
  for (const match of text.matchAll(FORECAST)) {
    if (isNounWill(text, match.index)) continue;
    return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

const FORECAST = /\b(?:will|shall|won't|wo n't)\b|(?<=\w)'ll\b|\b(?:is|are|am)\s+(?:going|set|poised)\s+to\b|(?<=\w)'(?:s|re)\s+(?:going|set)\s+to\b/gi;

/** `If …`, `unless …`, `…, if …`, `should the talks fail`: the writer states a condition, not a forecast. */
const CONDITIONAL = /(?:^|[,;:—–(]\s*|\b(?:and|but|then)\s+)(?:if|unless|once|provided that|assuming|in the event that|as long as|so long as)\b|^\W*(?:should|were|had) \w+\b(?: \w+)? (?:fail|succeed|collapse|decide|choose|agree|refuse|win|lose)\b|\bonly if\b|\bwhen(?:ever)? \w+(?: \w+)? (?:is|are|does|do|has|have)\b/i;

/**
 * Operational and scheduled events, which are announced rather than forecast:
 * `the patch will be released on 12 May`, `the summit will be held in Geneva`,
 * `the vote is set to take place next week`, `the law will enter into force`.
 */
const SCHEDULED = new RegExp(
  [
    String.raw`\b(?:will|shall|is set to|are set to|is due to|are due to)\s+(?:be\s+)?(?:held|hosted|released|published|launched|issued|opened|inaugurated|sworn in|presented|signed|broadcast|convened|available|closed|updated|patched|retired|decommissioned|discontinued|deprecated|shipped)\b`,
    String.raw`\b(?:will|shall|is set to|are set to)\s+(?:take place|take effect|come into (?:force|effect)|enter into force|expire|convene|meet|open|close|begin|start|end|run|resume|reopen)\b(?=[^.]*\b(?:on|in|at|from|until|by|next|this|between)\b)`,
    String.raw`\b(?:is|are|was|were) scheduled\b`,
  ].join('|'),
  'i',
);

/** Whether the sentence announces a scheduled or operational event (`the summit will be held in Geneva`). */
export function isScheduledEvent(sentence: string): boolean {
  return SCHEDULED.test(blankQuotations(sentence));
}

/** `political will`, `the will of the people`, `free will`, `Will Smith`. */
function isNounWill(text: string, at: number): boolean {
  const word = text.slice(at, at + 4);
  if (word === 'Will' && at > 0 && !/[.!?]\s*$/.test(text.slice(0, at))) return true;
  if (!/^will$/i.test(word)) return false;
  const before = text.slice(Math.max(0, at - 14), at).toLowerCase();
  return /\b(?:political|the|free|good|ill|his|her|their|its|popular|people's|a|of)\s$/.test(before) || /^will\s+of\b/i.test(text.slice(at));
}

/** Quoted words are the speaker's: blanked (same length) so their `will` is not the writer's. */
function blankQuotations(sentence: string): string {
  return sentence.replace(/[“"][^”"]*[”"]|‘[^’]*’(?!\w)/g, (quoted) => ' '.repeat(quoted.length));
}
