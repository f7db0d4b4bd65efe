import type { Span } from '../text/line-index.js';

/** Where a sentence stands in the Markdown structure. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'blockquote';

/** A citation in one of the contract's three forms. */
export interface Citation {
  form: 'pandoc' | 'footnote' | 'link';
  /** The schema key it names, when it names one (`[@key]`, a footnote holding `[@key]`, a source URL). */
  key?: string;
  /** The raw locator, e.g. `¶3` or `p. 4`. */
  locator?: string;
  /** The paragraph number when the locator is `¶n` / `para n`. */
  paragraph?: number;
  /** A URL cited directly (links) or inside a footnote definition. */
  url?: string;
  /** Span of the whole citation in the document. */
  span: Span;
  /** Span of just the key, for `unknown-source` and rename. */
  keySpan?: Span;
}

/** A quotation inside a sentence, between straight or curly double quotes. */
export interface Quotation {
  text: string;
  /** Span of the quoted words (without the quote marks). */
  span: Span;
  wordCount: number;
}

/** A number, quantity or date in its canonical form. */
export interface NumberMention {
  kind: 'number' | 'date' | 'year' | 'percent';
  /** Canonical value: `10000`, `11-12`, `2024-11-12`, `2024`, `12%`. */
  value: string;
  /** The text as written. */
  text: string;
  span: Span;
}

/** An expression of likelihood (`likely`) or of confidence (`high confidence`). */
export interface EstimativeMention {
  kind: 'likelihood' | 'confidence' | 'nonstandard';
  /** The phrase as written. */
  text: string;
  /** The normalised term, e.g. `very likely`, `high`. */
  term: string;
  span: Span;
}

/** A name or alias of a schema actor found in the text. */
export interface ActorMention {
  actorKey: string;
  text: string;
  span: Span;
}

/** What a sentence claims, as the assertion detector sees it. */
export type SentenceClaim = 'assertion' | 'judgment' | 'other';

/** One sentence of prose, with everything the rules need. */
export interface Sentence {
  /** The prose text: code, URLs and citations blanked to spaces, same length as the span. */
  text: string;
  span: Span;
  block: BlockKind;
  /** Index of the block (paragraph, heading, cell …) the sentence stands in. */
  blockIndex: number;
  /** The nearest heading above, if any. */
  section?: string;
  citations: Citation[];
  quotes: Quotation[];
  numbers: NumberMention[];
  estimative: EstimativeMention[];
  mentions: ActorMention[];
  claim: SentenceClaim;
  /** The detector's reasons for `claim`, for messages and hovers. */
  claimReasons: string[];
  /** Whether the sentence is an analytic judgment (`we assess`, a key judgment). */
  isJudgment: boolean;
}

/**
 * The sentences of one prose block (`sentences.slice(first, first + count)`),
 * with what lets work on them be reused across document versions.
 */
export interface SentenceBlock {
  first: number;
  count: number;
  /**
   * The same object in every version in which the block's sentences are the
   * same up to a move, so what was worked out from them can be kept with it;
   * absent for a block rebuilt every time (one holding footnote marks).
   */
  origin?: object;
  /** How far the block has moved since `origin` was first built: add it to a kept span. */
  shift: number;
}

/** A Markdown heading, for outline and key judgments. */
export interface Heading {
  depth: number;
  text: string;
  span: Span;
}

/** One `tradecraft-disable…` comment (an `enable` ends a region and is not one). */
export interface SuppressionDirective {
  kind: 'disable-line' | 'disable-next-line' | 'disable' | 'disable-file';
  /** The codes it names, or every code when it names none. */
  codes: string[] | 'all';
  /** The whole comment, `<!--` to `-->`. */
  span: Span;
}

/** Suppression comments, resolved to what they silence. */
export interface Suppressions {
  /** Whether a code is silenced at an offset. */
  isSuppressed(code: string, offset: number): boolean;
  /** Every suppression comment, in document order. */
  directives: SuppressionDirective[];
  /** The comments that silence a finding of a code at a span (none when it is not silenced). */
  silencersOf(code: string, span: Span): SuppressionDirective[];
}

/** The one model of one document version, shared by every rule and feature. */
export interface AssessmentModel {
  text: string;
  /** Front matter fields (only `schema` is used today). */
  frontMatter: { schema?: string; span?: Span };
  sentences: Sentence[];
  /** The sentences grouped by prose block, in order: every sentence is in exactly one. */
  blocks: SentenceBlock[];
  headings: Heading[];
  suppressions: Suppressions;
  /** Parts of the document left unchecked by a limit (nesting depth, size, time), each said once. */
  unchecked: UncheckedPart[];
}

/** A part of a document no rule looked at, and which limit left it out. */
export interface UncheckedPart {
  span: Span;
  limit: 'nesting' | 'size' | 'time';
  /** The limit's value: levels, characters or milliseconds. */
  value: number;
}
