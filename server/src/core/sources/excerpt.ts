/**
 * An excerpt of `text` of at most `max` characters that keeps [start, end)
 * in view (centred when it is shorter than `max`), cut at word boundaries,
 * with `…` where it was cut and whitespace collapsed.
 */
export function excerptAround(text: string, start: number, end: number, max: number): string {
  const budget = max - 2; // room for the two `…`
  let from = start;
  let to = end;
  if (to - from > budget) to = from + budget;
  else {
    const spare = budget - (to - from);
    from = Math.max(0, from - Math.floor(spare / 2));
    to = Math.min(text.length, from + budget);
    from = Math.max(0, to - budget);
  }
  if (from > 0) from = wordStartAfter(text, from);
  if (to < text.length) to = wordEndBefore(text, to);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** The first word start at or after `i` (so an excerpt never opens mid-word). */
function wordStartAfter(text: string, i: number): number {
  if (/\s/.test(text[i - 1] ?? ' ')) return i;
  const next = text.slice(i).search(/\s\S/);
  return next < 0 ? i : i + next + 1;
}

/** The last word end at or before `i` (so an excerpt never closes mid-word). */
function wordEndBefore(text: string, i: number): number {
  if (/\s/.test(text[i] ?? ' ')) return i;
  const head = text.slice(0, i);
  const last = head.search(/\S\s\S*$/);
  return last < 0 ? i : last + 1;
}
