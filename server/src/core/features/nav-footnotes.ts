import type { AssessmentModel } from '../model/types.js';
import type { Span } from '../text/line-index.js';

/** A source key written inside a footnote definition, e.g. `[^1]: See [@key, ¶8].` */
export interface FootnoteKey {
  key: string;
  /** Span of the key (after `@`) in the assessment text. */
  span: Span;
  paragraph?: number;
}

/**
 * The source keys written inside the footnote definitions of one model
 * version, once each however many `[^n]` marks point at the definition.
 * A footnote whose source came from a URL spells no key.
 */
export function footnoteKeysOf(model: AssessmentModel): FootnoteKey[] {
  const keys = new Map<number, FootnoteKey>();
  for (const citation of model.sentences.flatMap((s) => s.citations)) {
    if (citation.form !== 'footnote' || !citation.key || !citation.keySpan) continue;
    keys.set(citation.keySpan.start, { key: citation.key, span: citation.keySpan, paragraph: citation.paragraph });
  }
  return [...keys.values()].sort((a, b) => a.span.start - b.span.start);
}
