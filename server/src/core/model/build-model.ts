import type { Vocabulary } from '../schema/types.js';
import type { Span } from '../text/line-index.js';
import type { ActorMatcher } from './actor-mentions.js';
import { BlockCache } from './block-cache.js';
import { findCitations, type SourceUrlLookup } from './citations.js';
import { classifyClaim, readParagraph, type ClaimContext, type ClaimVerdict } from './claims.js';
import { RecentCache } from '../recent-cache.js';
import { findEstimative } from './estimative.js';
import { schemaFromFrontMatter } from './front-matter.js';
import { extractNumbers } from './numbers.js';
import { deadlineOf, limitText, unfinishedFrom, type CheckLimits } from './limits.js';
import type { DocumentParser } from './incremental-parse.js';
import { markdownPartsOf } from './partly-plain.js';
import { ProseBlockMemo } from './prose-block-memo.js';
import { collectMarkdownParts, type MarkdownParts, type ProseBlock } from './prose-blocks.js';
import { findQuotations } from './quotes.js';
import { segmentSentences } from '../text/segment-sentences.js';
import { resolveSuppressions } from './suppressions.js';
import type { AssessmentModel, Citation, NumberMention, Sentence, SentenceBlock } from './types.js';

/** What the model needs from the schema: actor names, the vocabulary and source URLs. */
export interface ModelContext {
  actors: ActorMatcher;
  vocabulary: Vocabulary;
  lookupUrl: SourceUrlLookup;
}

export interface BuildOptions {
  /** False: no block of an earlier build is reused (benchmarks of a full build, reference checks). */
  reuseBlocks?: boolean;
  limits?: CheckLimits;
  /** The document's parser across versions: only the blocks around a change are parsed again. */
  parser?: DocumentParser;
}

/**
 * Builds the one model of one document version: parse once, then everything
 * rules and features need. Blocks unchanged since an earlier build with the
 * same context are reused unless `reuseBlocks` is false (benchmarks of a full build).
 */
export function buildAssessmentModel(text: string, context: ModelContext, options: BuildOptions = {}): AssessmentModel {
  // The parse and every rule read `parsed`: the text with too-deep parts blanked, offsets unchanged.
  const { text: parsed, unchecked } = limitText(text, options.limits);
  const parser = options.reuseBlocks === false ? undefined : options.parser;
  const parts = parser ? collectMarkdownParts(parser.parse(parsed), parsed, proseBlockMemo) : markdownPartsOf(parsed);
  const cache = options.reuseBlocks === false ? undefined : blockCacheOf(context);
  const memo = options.reuseBlocks === false ? undefined : sentenceMemo;
  const build = (block: ProseBlock, index: number) => buildSentences(parsed, block, index, parts, context, memo);
  const overBudget = deadlineOf(options.limits);
  const sentences: Sentence[] = [];
  const blocks: SentenceBlock[] = [];
  for (const [index, block] of parts.blocks.entries()) {
    if (overBudget()) {
      unchecked.push(unfinishedFrom(text, block.start, options.limits ?? {}));
      break;
    }
    const built = cache ? cache.blockOf(block, index, () => build(block, index)) : { sentences: build(block, index), shift: 0 };
    blocks.push({ first: sentences.length, count: built.sentences.length, origin: built.origin, shift: built.shift });
    for (const sentence of built.sentences) sentences.push(sentence);
  }
  return {
    text,
    frontMatter: readFrontMatter(parts),
    sentences,
    blocks,
    headings: parts.headings,
    suppressions: resolveSuppressions(parsed, parts.htmlComments),
    unchecked,
  };
}

/** Prose blocks by mdast node: nodes are the incremental parse's, one set per document, so one memo serves them all. */
const proseBlockMemo = new ProseBlockMemo();

/** One block cache per schema version: a block's sentences depend on its actors, vocabulary and source URLs. */
const blockCaches = new WeakMap<ModelContext, BlockCache>();

function blockCacheOf(context: ModelContext): BlockCache {
  let cache = blockCaches.get(context);
  if (!cache) blockCaches.set(context, (cache = new BlockCache()));
  return cache;
}

function buildSentences(text: string, block: ProseBlock, blockIndex: number, parts: MarkdownParts, context: ModelContext, memo: SentenceMemo | undefined): Sentence[] {
  const citations = findCitations(text, block, parts.footnoteDefinitions, context.lookupUrl);
  const prose = blankCitations(block, citations);
  const spans = segmentSentences(prose);
  // The paragraph reading and the classifier get the same strings: the sentence views made for one serve the other.
  const spaced = spans.map((span) => prose.slice(span.start, span.end).replace(/\s+/g, ' '));
  const paragraph = readParagraph(spaced);
  return spans.map((span, i) => {
    const start = block.start + span.start;
    const text = prose.slice(span.start, span.end);
    const owned = citationsOf(citations, block.start, spans, i);
    const place = { block: block.kind, section: block.section, ...paragraph[i] };
    const claim = claimOf(spaced[i], place, memo);
    return {
      text,
      span: { start, end: start + text.length },
      block: block.kind,
      blockIndex,
      section: block.section,
      citations: owned,
      quotes: findQuotations(text, start),
      numbers: numbersOf(text, start, memo),
      estimative: findEstimative(text, start, context.vocabulary),
      mentions: context.actors.find(text, start),
      claim: claim.claim,
      claimReasons: claim.reasons,
      isJudgment: claim.isJudgment,
    };
  });
}

// A keystroke changes one sentence of a block, but the block's every sentence is
// built again: what depends only on a sentence's words (and its place in the
// paragraph) is remembered across builds. Not in a run that builds each
// document once (the command line, the workspace check): it would hit only on
// repeated sentences, and the entries it keeps outlive a young-generation
// collection, so the garbage collector copies and then promotes each of them
// (2,000 assessments, two workers: 12% less CPU without it).
interface SentenceMemo {
  verdicts: RecentCache<string, ClaimVerdict>;
  numbers: RecentCache<string, NumberMention[]>;
}
const sentenceMemo: SentenceMemo = { verdicts: new RecentCache(4096), numbers: new RecentCache(4096) };

function claimOf(sentence: string, place: ClaimContext, memo: SentenceMemo | undefined): ClaimVerdict {
  if (!memo) return classifyClaim(sentence, place);
  const key = `${JSON.stringify(place)}\u0000${sentence}`;
  let verdict = memo.verdicts.get(key);
  if (!verdict) memo.verdicts.set(key, (verdict = classifyClaim(sentence, place)));
  return verdict;
}

function numbersOf(sentence: string, start: number, memo: SentenceMemo | undefined): NumberMention[] {
  if (!memo) return extractNumbers(sentence, start, { small: true });
  let found = memo.numbers.get(sentence);
  if (!found) memo.numbers.set(sentence, (found = extractNumbers(sentence, 0, { small: true })));
  return start === 0 ? found : found.map((n) => ({ ...n, span: { start: n.span.start + start, end: n.span.end + start } }));
}

/** Pandoc citations are syntax, not prose: blank them so no rule reads `¶3` as a number. */
export function blankCitations(block: ProseBlock, citations: Citation[]): string {
  // Slices between the brackets, not an array of characters: most blocks hold one citation or none.
  const spans = citations.filter((citation) => citation.form === 'pandoc').map((citation) => citation.span);
  if (spans.length === 0) return block.prose;
  spans.sort((a, b) => a.start - b.start);
  let blanked = '';
  let cursor = 0;
  for (const span of spans) {
    const from = Math.max(cursor, span.start - block.start);
    const to = span.end - block.start;
    if (to <= from) continue;
    blanked += block.prose.slice(cursor, from) + ' '.repeat(to - from);
    cursor = to;
  }
  return blanked + block.prose.slice(cursor);
}

/**
 * A citation belongs to the sentence it stands in, or, when it follows the
 * full stop (`… in Russia.[^1]`), to the sentence before it.
 */
function citationsOf(citations: Citation[], blockStart: number, spans: Span[], index: number): Citation[] {
  const from = index === 0 ? -Infinity : blockStart + spans[index].start;
  const to = index === spans.length - 1 ? Infinity : blockStart + spans[index + 1].start;
  // Citations are sorted by start: a binary search, not a scan per sentence (quadratic in a long paragraph).
  let low = 0;
  let high = citations.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (citations[middle].span.start < from) low = middle + 1;
    else high = middle;
  }
  const owned: Citation[] = [];
  for (let i = low; i < citations.length && citations[i].span.start < to; i++) owned.push(citations[i]);
  return owned;
}

function readFrontMatter(parts: MarkdownParts): AssessmentModel['frontMatter'] {
  if (!parts.frontMatter) return {};
  return { schema: schemaFromFrontMatter(parts.frontMatter.value), span: parts.frontMatter.span };
}
