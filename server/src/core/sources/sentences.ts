/** A sentence of a paragraph, with its span in the paragraph's text. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations that never end a sentence: titles, months, `No.`, `e.g.`. */
const NEVER_FINAL =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Sen|Rep|Gov|Amb|Pres|St|Jr|Sr|No|Nos|vs|cf|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|etc)\.\s*$/;
/** Initialisms such as `U.S.` or `U.N.`, which end a sentence only before a typical sentence opener. */
const INITIALISM = /(?:^|[\s(])(?:\p{Lu}\.){2,}\s*$/u;
/** Words that usually open a new sentence, so an initialism before them ends one. */
const OPENERS = new Set(
  'A An The This That These Those It Its He She They We I In On At But And Yet So However Meanwhile Moreover Still Then There'.split(' '),
);

let segmenter: Intl.Segmenter | undefined;

/** Whether the segmenter's split between `before` and `after` is wrong (an abbreviation, not an ending). */
function wrongSplit(before: string, after: string): boolean {
  if (NEVER_FINAL.test(before)) return true;
  if (!INITIALISM.test(before)) return false;
  const firstWord = /^\s*([\p{L}]+)/u.exec(after)?.[1] ?? '';
  return !OPENERS.has(firstWord);
}

/**
 * The sentences of a paragraph, by Intl.Segmenter with its wrong splits after
 * abbreviations (`U.S.`, `Mr.`, `Nov.`) merged back.
 */
export function splitSentences(text: string): SentenceSpan[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const pieces: { start: number; end: number }[] = [];
  for (const seg of segmenter.segment(text)) {
    const end = seg.index + seg.segment.length;
    const last = pieces[pieces.length - 1];
    if (last && wrongSplit(text.slice(last.start, last.end), seg.segment)) last.end = end;
    else pieces.push({ start: seg.index, end });
  }
  const out: SentenceSpan[] = [];
  for (const { start, end } of pieces) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
  }
  return out;
}
