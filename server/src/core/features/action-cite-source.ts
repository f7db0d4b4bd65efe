import type { Sentence } from '../model/types.js';
import type { PassageMatch } from '../sources/types.js';
import type { Span } from '../text/line-index.js';
import { shorten } from './action-fixes.js';
import { gradeWeight } from './source-grades.js';
import type { Analysis, CodeActionEntry, TextEdit } from './types.js';

/** How many passages "cite a source" offers. */
const OFFERED = 3;
/** The least share of the best passage's score another passage needs to be offered. */
const RELATIVE_FLOOR = 0.35;

/**
 * "Cite a source" for the sentence at a span: the passages of the schema's
 * source texts that best support it, each action inserting `[@key, ¶n]`.
 * Offered for an assertion without a source, or for any sentence when asked
 * for by name (a second source is often wanted too); when the sentence is
 * flagged as an unsourced assertion, the actions fix that finding.
 */
export function citeSourceActions(analysis: Analysis, span: Span, anySentence = false): CodeActionEntry[] {
  const sentence = analysis.model.sentences.find((s) => s.span.start <= span.start && span.start <= s.span.end);
  if (!sentence || !analysis.schema || sentence.text.trim().length === 0) return [];
  if (!anySentence && !(sentence.claim === 'assertion' && sentence.citations.length === 0)) return [];
  const finding = analysis.findings.find((f) => f.code === 'unsourced-assertion' && f.span.start === sentence.span.start);
  return bestPassages(analysis, sentence).map((passage, rank) => ({
    title: `Cite ${passage.key}${gradeOf(analysis, passage.key)}, ¶${passage.paragraph}: “${shorten(passage.excerpt.replace(/^…/, ''), 60)}”`,
    kind: 'quickfix.tradecraft.cite',
    edits: [{ path: analysis.path, text: analysis.text, edits: [citationEdit(analysis.text, sentence, `@${passage.key}, ¶${passage.paragraph}`)] }],
    fixes: finding,
    isPreferred: rank === 0 && finding !== undefined,
  }));
}

/** The best passages across every indexed source, skipping those the sentence already cites. */
function bestPassages(analysis: Analysis, sentence: Sentence): Array<PassageMatch & { key: string }> {
  const cited = new Set(sentence.citations.map((c) => `${c.key}¶${c.paragraph}`));
  const query = sentence.text.replace(/\s+/g, ' ').trim();
  const ranked = [...analysis.schema!.sourceIndexes]
    .flatMap(([key, index]) => index.searchPassages(query, OFFERED).map((match) => ({ ...match, key, score: match.score * gradeWeight(analysis.schema!.schema.sources.get(key)) })))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score);
  // A passage far weaker than the best shares a word or two with the sentence, not its claim.
  const floor = (ranked[0]?.score ?? 0) * RELATIVE_FLOOR;
  return ranked.filter((m) => m.score >= floor && !cited.has(`${m.key}¶${m.paragraph}`)).slice(0, OFFERED);
}

/**
 * Where the citation goes: into the sentence's last bracket citation when it
 * ends with one (`[@a, ¶1; @b, ¶2]`), else before the closing punctuation.
 */
function citationEdit(text: string, sentence: Sentence, item: string): TextEdit {
  const last = sentence.citations.at(-1);
  const body = trimmedEnd(text, sentence.span);
  if (last?.form === 'pandoc' && text[last.span.end - 1] === ']' && /^[\s.!?"”')]*$/.test(text.slice(last.span.end, body))) {
    return { span: { start: last.span.end - 1, end: last.span.end - 1 }, newText: `; ${item}` };
  }
  let at = body;
  while (at > sentence.span.start && /[.!?]/.test(text[at - 1])) at--;
  // A closing quotation mark or bracket belongs to the sentence, so the citation follows it.
  return { span: { start: at, end: at }, newText: ` [${item}]` };
}

function trimmedEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** The Admiralty grade in the title (` (E5)`), so a weak source is seen before it is chosen. */
function gradeOf(analysis: Analysis, key: string): string {
  const source = analysis.schema?.schema.sources.get(key);
  const grade = `${source?.reliability ?? ''}${source?.credibility ?? ''}`;
  return grade ? ` (${grade})` : '';
}
