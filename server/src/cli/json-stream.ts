// A JSON document whose one big array is written an element at a time, in
// exactly the bytes JSON.stringify(document, null, 2) would give: the output
// stays one valid document while no more than one file's part is in memory.

const placeholder = '\u0001tradecraft-streamed-array\u0001';

/** The document's text around one array, and a writer for that array's elements. */
export interface StreamedDocument {
  /** Everything before the array's `[`, given first. */
  head(): string;
  /** One element, with the comma and line break before it that JSON.stringify would put. */
  element(value: unknown): string;
  /** The array's end and the rest of the document (built now, e.g. with totals known only at the end). */
  tail(make?: (array: unknown) => unknown): string;
}

/**
 * `build(array)` makes the document with the streamed array in it; it is
 * called with a placeholder to find where the array goes and how deep. The
 * tail may use another builder, for parts known only at the end (totals).
 */
export function streamedDocument(build: (array: unknown) => unknown): StreamedDocument {
  const split = (make: (array: unknown) => unknown): [string, string] => {
    const text = JSON.stringify(make(placeholder), null, 2);
    const marker = JSON.stringify(placeholder);
    const at = text.indexOf(marker);
    return [text.slice(0, at), text.slice(at + marker.length)];
  };
  const [before] = split(build);
  // The indentation of the line the array opens on; its elements go one level deeper.
  const indent = /^ */.exec(before.slice(before.lastIndexOf('\n') + 1))![0];
  let count = 0;
  return {
    head: () => before,
    element(value) {
      const inner = JSON.stringify(value, null, 2).split('\n').join(`\n${indent}  `);
      return `${count++ === 0 ? '[' : ','}\n${indent}  ${inner}`;
    },
    tail(make = build) {
      return (count === 0 ? '[]' : `\n${indent}]`) + split(make)[1];
    },
  };
}
