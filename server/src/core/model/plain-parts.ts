// The parts of a document written in plain Markdown only (prose blocks,
// headings, front matter), found line by line without the Markdown parser, for
// the workspace index (index-model.ts) and for a check with no document parser
// to keep (build-model.ts: the CLI, the server's workspace check): 0.02 ms for
// a 60-line assessment, where remark takes about 3 ms.
//
// "Plain" is a subset on which the parse is known in advance: front matter
// (`---` lines around `key: value` lines), ATX headings, paragraphs of lines
// that start with a letter, and one-line `- ` list items, holding text with
// pandoc citations and no other inline syntax. Anything else (a character
// that could start emphasis, code, HTML, an entity, an escape, a link, an
// autolink, a footnote, a table; an indented or blank-looking line; a line
// that could be a thematic break, a setext underline, a definition or an
// ordered list) and the answer is undefined: the caller parses. A property
// test (test/core/plain-parts.test.ts) holds the parts equal to what
// collectMarkdownParts gives from the parse, field for field.
import type { MarkdownParts, ProseBlock } from './prose-blocks.js';

/**
 * Anything that could be parsed as more than text: inline syntax, HTML and
 * entities, escapes, GFM autolink literals (`www.`, `://`, an e-mail's `x@`),
 * links and footnotes (`](`, `][`, `[^`, `![`), tables, tabs, carriage
 * returns, NUL, a byte order mark, lone surrogates, and whitespace at the end
 * of a line (a hard break, or trimmed from the text).
 */
const notPlain = /[\0\r\t\\`*_~<>&|\uFEFF]|\[\^|\]\(|\]\[|!\[|:\/\/|www\.|[A-Za-z0-9._+-]@|[ \u00A0\u2000-\u200A\u3000](?:\n|$)|\p{Cs}/iu;
/** A heading: one to six `#`, one space, then text holding no `#` (no closing sequence). */
const headingLine = /^(#{1,6}) ([^#\s][^#]*)$/;
/** A front matter line: `key: value` or `key:`. */
const frontMatterLine = /^[A-Za-z][\w-]*:(?: .*)?$/;

/**
 * The document's parts if it is plain Markdown (see above), else undefined: no
 * footnote definitions and no HTML comments, by definition. With `from` and
 * `to`, the same for that stretch of lines alone, read as if it were a whole
 * document (offsets stay the document's; front matter only at the start).
 */
export function plainMarkdownParts(text: string, from = 0, to = text.length): MarkdownParts | undefined {
  if (notPlain.test(from === 0 && to === text.length ? text : text.slice(from, to))) return undefined;
  const blocks: ProseBlock[] = [];
  const parts: MarkdownParts = { blocks, footnoteDefinitions: new Map(), htmlComments: [], headings: [] };
  let section: string | undefined;
  // The paragraph being read: the start of its first line and the end of its last.
  let paragraph: { start: number; end: number } | undefined;
  let previous: 'blank' | 'heading' | 'item' | 'text' = 'blank';
  const endParagraph = () => {
    if (!paragraph) return;
    const { start, end } = paragraph;
    blocks.push({ kind: 'paragraph', start, prose: text.slice(start, end).replace(/\n/g, ' '), section, footnotes: [], links: [], textSpans: [{ start, end }] });
    paragraph = undefined;
  };
  const lineEnd = (at: number) => {
    const newline = text.indexOf('\n', at);
    return newline < 0 || newline > to ? to : newline;
  };
  let start = from;
  if (from === 0 && text.startsWith('---\n')) {
    // Front matter: up to the closing `---`, every line `key: value`.
    start = 4;
    for (;;) {
      const end = lineEnd(start);
      const line = text.slice(start, end);
      if (line === '---') break;
      if (end === to || !frontMatterLine.test(line)) return undefined;
      start = end + 1;
    }
    const closingEnd = lineEnd(start);
    parts.frontMatter = { value: text.slice(4, Math.max(4, start - 1)), span: { start: 0, end: closingEnd } };
    start = closingEnd + 1;
  }
  while (start <= to) {
    const end = lineEnd(start);
    const first = text.charCodeAt(start);
    if (end === start) {
      endParagraph();
      previous = 'blank';
    } else if (first === 0x23 /* # */) {
      const heading = headingLine.exec(text.slice(start, end));
      if (!heading) return undefined;
      endParagraph();
      const textStart = start + heading[1].length + 1;
      const prose = ' '.repeat(textStart - start) + heading[2];
      section = prose.trim().replace(/\s+/g, ' ');
      blocks.push({ kind: 'heading', start, prose, section, footnotes: [], links: [], textSpans: [{ start: textStart, end }] });
      parts.headings.push({ depth: heading[1].length, text: section, span: { start, end } });
      previous = 'heading';
    } else if (first === 0x2d /* - */) {
      // A one-line item: `- ` and text that starts as a paragraph may; a line after it is another item or blank.
      if (text.charCodeAt(start + 1) !== 0x20 || !startsText(text, start + 2, end)) return undefined;
      endParagraph();
      blocks.push({ kind: 'list-item', start: start + 2, prose: text.slice(start + 2, end), section, footnotes: [], links: [], textSpans: [{ start: start + 2, end }] });
      previous = 'item';
    } else if (startsText(text, start, end)) {
      // A line right after an item would continue it (lazily): not plain.
      if (previous === 'item') return undefined;
      if (paragraph) paragraph.end = end;
      else paragraph = { start, end };
      previous = 'text';
    } else return undefined;
    start = end + 1;
  }
  endParagraph();
  return parts;
}

/** Whether a line's text (from `from`) starts as nothing but a paragraph would: a letter, an opening quote or bracket, or digits that are not an ordered list's marker. */
function startsText(text: string, from: number, end: number): boolean {
  if (from >= end) return false;
  const c = text[from];
  if (c >= '0' && c <= '9') {
    let i = from;
    while (i < end && text[i] >= '0' && text[i] <= '9') i++;
    return i === end || (text[i] !== '.' && text[i] !== ')');
  }
  return /[\p{L}“"‘(]/u.test(c);
}
