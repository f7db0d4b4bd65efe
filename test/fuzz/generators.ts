// What fuzzed documents are made of, shared by the core and server fuzz tests.
import fc from 'fast-check';

/** Pieces of Markdown, citations and prose that half-typed documents are made of. */
export const markdownPiece = fc.oneof(
  fc.constantFrom('>', '> ', '- ', '* ', '1. ', '#', '## ', '[', ']', '(', ')', '*', '_', '**', '`', '```', '~~~', '|', '---', '\n', '\n\n', '\r\n', '\t', '    '),
  fc.constantFrom('[@', '[@brief', '[@brief, ¶', '[@brief, ¶2]', '[@nope]', '; @', '[^1]', '[^1]: ', '<https://', '[x](https://example.org)', '<!--', '-->', '<!-- tradecraft-disable-next-line -->', '¶', '“', '”', '"', '…'),
  fc.constantFrom('The ministry said', ' on May 3', ' that 400 troops', ' had crossed.', ' We assess', ' with high confidence', ' perhaps', ' will', ' “a grave step”', ' Pyongyang', ' (a+)+$'),
  fc.constantFrom('\u0000', '\uFEFF', '\u202E', '\uD800', '\uDFFF', '\uFFFD', '\u200B', '😀'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
export const markdownText = fc.array(markdownPiece, { maxLength: 80 }).map((parts) => parts.join(''));


/** An edit at a relative place in a text: delete `remove` characters there and insert `insert`. */
export interface RelativeEdit {
  at: number;
  remove: number;
  insert: string;
}

/** Applies an edit whose place is a fraction (0–1) of the text's length, as the typing property tests generate them. */
export function applyEdit(text: string, edit: RelativeEdit): string {
  const at = Math.floor(edit.at * text.length);
  return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
}
