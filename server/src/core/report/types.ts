import type { Credibility, Reliability } from '../schema/types.js';
import type { Span } from '../text/line-index.js';

/** A sentence quoted as evidence: where it stands and what it says. */
export interface Evidence {
  /** 0-based line of the sentence's start, as every other range in the core. */
  line: number;
  character: number;
  span: Span;
  /** The sentence as written (markup kept), whitespace folded to single spaces. */
  text: string;
}

/** How often one source (or one kind of unkeyed citation) is cited in an assessment. */
export interface SourceCitations {
  /** The schema key; for unkeyed citations a label such as `footnote in words`. */
  label: string;
  /** `known`: in the schema; `unknown`: a key the schema lacks; `unkeyed`: a footnote in words or an unlisted link. */
  kind: 'known' | 'unknown' | 'unkeyed';
  title?: string;
  reliability?: Reliability;
  credibility?: Credibility;
  /** Whether the source's full text could be read: quotes and figures cited to it can be checked. */
  hasText: boolean;
  citations: number;
}

/** An actor and how many times its names occur in one assessment. */
export interface ActorMentions {
  key: string;
  name: string;
  mentions: number;
}

/** A citation whose claim cannot be checked against a text, with the sentence it stands in. */
export interface UnverifiableCitation {
  label: string;
  reason: string;
  sentence: Evidence;
}

/** A row of the ICD 203 scorecard: a standard, what was found, and the sentences that show it. */
export interface ScorecardRow {
  /** Short name of the standard, e.g. `Uncertainty expressed`. */
  standard: string;
  /** Which ICD 203 analytic standard the row reads (`2`, `4` …). */
  icd203: string;
  /** `met`, `partly`, `not met`, or `not found` for wording that need not be there (alternatives, change). */
  verdict: 'met' | 'partly' | 'not met' | 'not found';
  /** One line saying why, in figures. */
  finding: string;
  /** Labelled groups of sentences that back the finding; `count` is how many there are, `sentences` the first few. */
  evidence: { label: string; count: number; sentences: Evidence[] }[];
}

/** Everything the sourcing report shows about one assessment, computed from its one analysis. */
export interface AssessmentFigures {
  assertions: number;
  sourcedAssertions: number;
  judgments: number;
  judgmentsWithConfidence: number;
  unsourcedAssertions: Evidence[];
  judgmentsWithoutConfidence: Evidence[];
  /** Judgments whose paragraph cites exactly one distinct source. */
  singleSourceJudgments: Evidence[];
  citations: SourceCitations[];
  unverifiableCitations: UnverifiableCitation[];
  actors: ActorMentions[];
  scorecard: ScorecardRow[];
}
