import type { ActorMention, AssessmentModel, Citation } from '../model/types.js';
import type { Span } from '../text/line-index.js';
import { footnoteKeysOf } from './nav-footnotes.js';

/** A citation of a schema key found at an offset: where it names the key, and its `¶n` if any. */
export interface CitationHit {
  form: Citation['form'];
  key: string;
  /** The key itself when the cursor is on it, else the whole citation. */
  span: Span;
  /** Whether the cursor is on the key's own letters (only such a span can be renamed). */
  onKey: boolean;
  paragraph?: number;
}

/**
 * Whether an offset touches a span. The end is included so that a cursor just
 * after a word (where editors leave it after typing) still finds the word.
 */
export function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The citation with a key at an offset: its key, the whole citation, or a key in a footnote definition. */
export function citationAt(model: AssessmentModel, offset: number): CitationHit | undefined {
  const sentence = model.sentences.find((s) => s.citations.some((c) => touches(c.span, offset)));
  const inCitation = sentence ? citationInBracket(sentence.citations, offset) : undefined;
  if (inCitation) return inCitation;
  for (const footnoteKey of footnoteKeysOf(model)) {
    const onKey = touches(footnoteKey.span, offset);
    const bracket = bracketAround(model.text, footnoteKey.span);
    if (onKey || (bracket && touches(bracket, offset))) {
      return { form: 'footnote', key: footnoteKey.key, span: onKey ? footnoteKey.span : bracket!, onKey, paragraph: footnoteKey.paragraph };
    }
  }
  return undefined;
}

/** The `[@key, ¶n]` bracket around a key written in a footnote definition, when it closes on the same line. */
function bracketAround(text: string, key: Span): Span | undefined {
  const start = text.lastIndexOf('[', key.start);
  const end = text.indexOf(']', key.end);
  if (start < 0 || end < 0 || /\n/.test(text.slice(start, end))) return undefined;
  return { start, end: end + 1 };
}

/** The actor mention at an offset. */
export function mentionAt(model: AssessmentModel, offset: number): ActorMention | undefined {
  for (const sentence of model.sentences) {
    if (!touches(sentence.span, offset)) continue;
    const mention = sentence.mentions.find((m) => touches(m.span, offset));
    if (mention) return mention;
  }
  return undefined;
}

/**
 * `[@a, ¶1; @b, ¶2]` yields two citations sharing the bracket's span; the
 * cursor belongs to the part it stands in, i.e. the last key starting before it.
 */
function citationInBracket(citations: Citation[], offset: number): CitationHit | undefined {
  const here = citations.filter((c) => c.key !== undefined && touches(c.span, offset));
  const onKey = here.find((c) => c.keySpan && touches(c.keySpan, offset));
  if (onKey) return hitOf(onKey, onKey.keySpan!, true);
  const before = here.filter((c) => c.keySpan && c.keySpan.start <= offset);
  const chosen = before.at(-1) ?? here[0];
  return chosen && hitOf(chosen, chosen.span, false);
}

function hitOf(citation: Citation, span: Span, onKey: boolean): CitationHit {
  return { form: citation.form, key: citation.key!, span, onKey, paragraph: citation.paragraph };
}
