import type { SourceParagraph } from './types.js';

/** A block of text with its trimmed span in the whole text. */
interface Block {
  start: number;
  end: number;
}

/** Blocks separated by blank lines, or one block per non-empty line when there are none. */
function blocks(text: string): Block[] {
  // Only a blank line between two blocks counts; a trailing one says nothing.
  const hasBlankLine = /\n[ \t]*\r?\n/.test(text.trim());
  const separator = hasBlankLine ? /\r?\n(?:[ \t]*\r?\n)+/g : /\r?\n/g;
  const out: Block[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    if (raw.trim()) out.push({ start: start + lead, end: end - trail });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index!);
    from = m.index! + m[0].length;
  }
  push(from, text.length);
  return out;
}

/**
 * The numbered paragraphs (`¶1`…) of a source text. Every block counts,
 * headings included, because readers count what they see. A leading Markdown
 * heading marker is stripped from the text but kept in the span.
 */
export function splitParagraphs(text: string): SourceParagraph[] {
  return blocks(text).map((block, i) => {
    const raw = text.slice(block.start, block.end);
    return {
      number: i + 1,
      text: raw.replace(/^#{1,6}[ \t]+/, '').replace(/[ \t]+#+$/, ''),
      span: { start: block.start, end: block.end },
      heading: /^#{1,6}[ \t]/.test(raw),
    };
  });
}
