import { Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import { KeyLedger } from './duplicate-keys.js';
import { collection, MAP, pair, scalar, SEQ } from './plain-nodes.js';

/**
 * Reads the plain YAML that claims schemas are written in, some ten times
 * faster than the `yaml` library, which took about 3 s for a schema of 50,000
 * one-line actors (4 MB). It knows only block mappings and block sequences, one-line
 * flow collections, and plain or quoted scalars on one line. It builds the same
 * nodes with the same ranges as `parseDocument` (a property test compares the
 * two). Anything else returns undefined, and the caller parses with `yaml`:
 * anchors, tags, block scalars, multi-line scalars, escapes, tabs, carriage
 * returns, directives, several documents, errors, and comments whose place in
 * the tree is not plain.
 *
 * This whole tree is what the property test compares with yaml's; the schema
 * is read with `streamPlainYaml`, the same reader handing its nodes over as it goes.
 */
export function readPlainYaml(text: string): PlainRead | undefined {
  let root: Node | undefined;
  const duplicateKeys = read(text, (reader, first) => {
    root = reader.blockMap(first, 0).node;
  });
  if (!duplicateKeys) return undefined;
  const doc = new Document();
  doc.contents = root as YAMLMap;
  return { doc, duplicateKeys };
}

/**
 * Where `streamPlainYaml` hands the root's entries over, each once read, in
 * document order, so that no tree of the whole schema is ever kept.
 */
export interface PlainYamlSink {
  /**
   * Asked for a root key whose value is a block mapping: where that mapping's
   * entries go, one by one as each is read, instead of into its node; undefined
   * keeps them in the node.
   */
  section(key: Scalar): ((key: Scalar, value: Node) => void) | undefined;
  /** A root entry once read: a section whose entries were handed over has a mapping node without items. */
  root(key: Scalar, value: Node): void;
}

/**
 * Reads the text as `readPlainYaml` does, handing the nodes over as it goes:
 * a schema of 50,000 actors kept a tree of some 90 MB through its whole read,
 * which every young-generation collection copied. Returns the keys written
 * twice, or undefined where `readPlainYaml` declines, possibly after handing
 * over part of the text: what the sink made of it is then to be dropped.
 */
export function streamPlainYaml(text: string, sink: PlainYamlSink): PlainRead['duplicateKeys'] | undefined {
  return read(text, (reader, first) => {
    reader.blockMap(first, 0, (key, value) => sink.root(key, value), (key) => sink.section(key));
  });
}

/** Runs a read of the root mapping, checks nothing follows it; the duplicate keys, or undefined where the text is not plain. */
function read(text: string, readRoot: (reader: LineReader, first: number) => void): PlainRead['duplicateKeys'] | undefined {
  if (unsupported.test(text)) return undefined;
  try {
    const reader = new LineReader(text);
    const first = reader.nextContent(0);
    if (first === undefined || reader.indentOf(first) !== 0) return undefined;
    readRoot(reader, first);
    if (reader.nextContent(reader.line) !== undefined) return undefined;
    return reader.duplicateKeys;
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}

/**
 * The document, and the keys written twice in one of its mappings as
 * duplicate-keys.ts finds them (in another order), noted while reading: a walk
 * of 50,000 actors' nodes afterwards cost 150 ms.
 */
export interface PlainRead {
  doc: Document;
  duplicateKeys: Array<{ span: { start: number; end: number } }>;
}

// Tabs, carriage returns, control and non-printable characters, a byte order
// mark, directives and document markers: all left to the library.
const unsupported = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|^(?:%|---|\.\.\.)/m;

class Declined extends Error {}
const decline = (): never => {
  throw new Declined();
};

/** A node and where it ends with what yaml counts as its own (the end of its last line). */
interface Read {
  node: Node;
  end: number;
}

type EntrySink = (key: Scalar, value: Node) => void;

const keyPattern = /[\p{L}\p{N}_][\p{L}\p{N}_.\/+()-]*/uy;
const maxKeyLength = 1000;

class LineReader {
  /** Start offset of every line. */
  private readonly starts: number[] = [0];
  /** Each line's indent once measured (-1: not yet). */
  private readonly indents: Int32Array;
  /** The line after the last one read. */
  line = 0;
  /** Keys written twice in one mapping: the later one's span. */
  readonly duplicateKeys: Array<{ span: { start: number; end: number } }> = [];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    this.indents = new Int32Array(this.starts.length).fill(-1);
  }

  private lineEnd(line: number): number {
    const next = this.starts[line + 1];
    return next === undefined ? this.text.length : next - 1;
  }

  /** Where a value on this line ends for yaml: after its line break. */
  private afterLine(line: number): number {
    return this.starts[line + 1] ?? this.text.length;
  }

  indentOf(line: number): number {
    if (this.indents[line] >= 0) return this.indents[line];
    const start = this.starts[line];
    let i = start;
    while (this.text.charCodeAt(i) === 32) i++;
    return (this.indents[line] = i - start);
  }

  /**
   * The next line from `line` with content. A comment line is allowed only
   * where it plainly belongs to what follows: indented no deeper than the next
   * content line (yaml attaches deeper ones, and trailing ones, to the node before).
   */
  nextContent(line: number): number | undefined {
    let deepestComment = -1;
    for (let l = line; l < this.starts.length; l++) {
      const indent = this.indentOf(l);
      const at = this.starts[l] + indent;
      if (at >= this.lineEnd(l)) continue;
      if (this.text[at] === '#') {
        deepestComment = Math.max(deepestComment, indent);
        continue;
      }
      if (deepestComment > indent) decline();
      return l;
    }
    if (deepestComment >= 0) decline();
    return undefined;
  }

  /**
   * A block mapping whose first entry is on `line`, every entry at `indent`.
   * With `onEntry`, each entry is handed over once read and not kept in the
   * node; `sectionOf` says where the entries of a block mapping under one of
   * its keys go (see `PlainYamlSink.section`).
   */
  blockMap(line: number, indent: number, onEntry?: EntrySink, sectionOf?: (key: Scalar) => EntrySink | undefined): Read {
    const map = collection(MAP, false);
    const keys = new KeyLedger();
    let end = 0;
    let l: number | undefined = line;
    while (l !== undefined && this.indentOf(l) === indent) {
      const entry = this.mapEntry(l, indent, sectionOf);
      this.noteKey(keys, entry.key);
      if (onEntry) onEntry(entry.key, entry.value.node);
      else map.items.push(pair(entry.key, entry.value.node));
      end = entry.value.end;
      l = this.nextContent(this.line);
    }
    if (l !== undefined && this.indentOf(l) > indent) decline();
    map.range = [this.starts[line] + indent, end, end];
    return { node: map as unknown as Node, end };
  }

  private mapEntry(line: number, indent: number, sectionOf?: (key: Scalar) => EntrySink | undefined): { key: Scalar; value: Read } {
    const start = this.starts[line] + indent;
    const lineEnd = this.lineEnd(line);
    keyPattern.lastIndex = start;
    const keyText = keyPattern.exec(this.text)?.[0];
    if (!keyText || keyText.length > maxKeyLength) return decline();
    const colon = start + keyText.length;
    if (this.text[colon] !== ':') return decline();
    const key = scalar(resolvePlain(keyText), start, colon, colon);
    const afterColon = colon + 1;
    if (afterColon === lineEnd || this.text[afterColon] === ' ') {
      const valueAt = skipSpaces(this.text, afterColon, lineEnd);
      if (valueAt < lineEnd) {
        if (this.text[valueAt] === '#') return decline();
        this.line = line + 1;
        return { key, value: this.inlineValue(line, valueAt, 'block') };
      }
      return { key, value: this.nestedOrNull(line, indent, lineEnd, sectionOf && (() => sectionOf(key))) };
    }
    return decline();
  }

  /** What follows `key:` on later lines: a block mapping (its entries handed to `section`'s sink, if any) or sequence, or nothing (null). */
  private nestedOrNull(line: number, indent: number, lineEnd: number, section?: () => EntrySink | undefined): Read {
    const next = this.nextContent(line + 1);
    const nextIndent = next === undefined ? -1 : this.indentOf(next);
    if (next !== undefined && this.isDash(next, nextIndent) && nextIndent >= indent) return this.blockSeq(next, nextIndent);
    if (next !== undefined && nextIndent > indent) return this.blockMap(next, nextIndent, section?.());
    // yaml stretches an empty value over the comment lines after it.
    if (this.hasComment(line + 1, next ?? this.starts.length)) decline();
    this.line = line + 1;
    return { node: scalar(null, lineEnd, lineEnd, lineEnd), end: lineEnd };
  }

  private hasComment(from: number, to: number): boolean {
    for (let l = from; l < to; l++) if (this.text[this.starts[l] + this.indentOf(l)] === '#') return true;
    return false;
  }

  private isDash(line: number, indent: number): boolean {
    const at = this.starts[line] + indent;
    return this.text[at] === '-' && (this.text[at + 1] === ' ' || at + 1 === this.lineEnd(line));
  }

  private blockSeq(line: number, indent: number): Read {
    const seq = collection(SEQ, false);
    let end = 0;
    let l: number | undefined = line;
    while (l !== undefined && this.indentOf(l) === indent && this.isDash(l, indent)) {
      const dash = this.starts[l] + indent;
      const valueAt = skipSpaces(this.text, dash + 1, this.lineEnd(l));
      if (valueAt >= this.lineEnd(l) || this.text[valueAt] === '#') return decline();
      const item = this.inlineValue(l, valueAt, 'block');
      seq.items.push(item.node);
      end = item.end;
      l = this.nextContent(l + 1);
    }
    if (l !== undefined && this.indentOf(l) > indent) decline();
    this.line = l ?? this.starts.length;
    seq.range = [this.starts[line] + indent, end, end];
    return { node: seq as unknown as Node, end };
  }

  /** A scalar or flow collection starting at `at` that must end its line (a comment may follow). */
  private inlineValue(line: number, at: number, context: 'block'): Read {
    const lineEnd = this.lineEnd(line);
    const { node, end } = this.text[at] === '[' || this.text[at] === '{' ? this.flow(at, lineEnd) : this.scalarAt(at, lineEnd, context);
    const rest = skipSpaces(this.text, end, lineEnd);
    if (rest < lineEnd && !(this.text[rest] === '#' && rest > end)) return decline();
    return { node, end: this.afterLine(line) };
  }

  /** A quoted or plain scalar; in a flow mapping's key, `: ` ends it, anywhere else it is a pair we leave to the library. */
  private scalarAt(at: number, lineEnd: number, context: 'block' | 'flow' | 'flow-key'): { node: Scalar; end: number } {
    const char = this.text[at];
    if (char === '"' || char === "'") {
      const close = char === '"' ? this.text.indexOf('"', at + 1) : closingSingleQuote(this.text, at + 1, lineEnd);
      if (close === -1 || close >= lineEnd) return decline();
      const body = this.text.slice(at + 1, close);
      if (char === '"' && body.includes('\\')) return decline();
      const value = char === '"' ? body : body.replaceAll("''", "'");
      return { node: scalar(value, at, close + 1, close + 1), end: close + 1 };
    }
    if (indicators.includes(char)) return decline();
    const inFlow = context !== 'block';
    const text = this.text;
    let end = at;
    for (; end < lineEnd; end++) {
      const c = text.charCodeAt(end);
      if (c === 0x23 /* # */ && text.charCodeAt(end - 1) === 0x20) break;
      if (c === 0x3a /* : */) {
        const next = end + 1 === lineEnd ? 0x20 : text.charCodeAt(end + 1);
        if (next === 0x20 && context === 'flow-key') break;
        if (next === 0x20 || (inFlow && isFlowIndicator(next))) return decline();
      }
      if (inFlow && isFlowIndicator(c)) break;
    }
    while (this.text[end - 1] === ' ') end--;
    return { node: scalar(resolvePlain(this.text.slice(at, end)), at, end, end), end };
  }

  /** Notes a mapping's key, and its span when the mapping has it already (compared as duplicate-keys.ts does). */
  private noteKey(keys: KeyLedger, key: Scalar): void {
    if (!keys.add(key.value)) this.duplicateKeys.push({ span: { start: key.range![0], end: key.range![1] } });
  }

  /** A flow sequence or mapping closed on the same line: scalars and flow collections inside. */
  private flow(open: number, lineEnd: number): { node: Node; end: number } {
    const isMap = this.text[open] === '{';
    const node = collection(isMap ? MAP : SEQ, true);
    let keys: KeyLedger | undefined;
    const close = isMap ? '}' : ']';
    let i = skipSpaces(this.text, open + 1, lineEnd);
    if (this.text[i] === close) {
      node.range = [open, i + 1, i + 1];
      return { node: node as unknown as Node, end: i + 1 };
    }
    for (;;) {
      if (isMap) {
        const key = this.scalarAt(i, lineEnd, 'flow-key');
        if (key.end === i || this.text[key.end] !== ':' || this.text[key.end + 1] !== ' ') return decline();
        i = skipSpaces(this.text, key.end + 1, lineEnd);
        const value = this.flowItem(i, lineEnd);
        this.noteKey((keys ??= new KeyLedger()), key.node as Scalar);
        node.items.push(pair(key.node, value.node));
        i = value.end;
      } else {
        const item = this.flowItem(i, lineEnd);
        node.items.push(item.node);
        i = item.end;
      }
      i = skipSpaces(this.text, i, lineEnd);
      if (this.text[i] === close) break;
      if (this.text[i] !== ',') return decline();
      i = skipSpaces(this.text, i + 1, lineEnd);
      if (i >= lineEnd || this.text[i] === close || this.text[i] === ',') return decline();
    }
    node.range = [open, i + 1, i + 1];
    return { node: node as unknown as Node, end: i + 1 };
  }

  private flowItem(at: number, lineEnd: number): { node: Node; end: number } {
    if (at >= lineEnd) return decline();
    const char = this.text[at];
    if (char === '[' || char === '{') return this.flow(at, lineEnd);
    const item = this.scalarAt(at, lineEnd, 'flow');
    if (item.end === at) return decline();
    const after = skipSpaces(this.text, item.end, lineEnd);
    if (this.text[after] === ':') return decline();
    return item;
  }
}

/** `,` `[` `]` `{` `}`: they end a plain scalar inside a flow collection. */
function isFlowIndicator(code: number): boolean {
  return code === 0x2c || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d;
}

/** Characters a plain scalar may not start with (some may, followed by more; left to the library). */
const indicators = '-?:,[]{}#&*!|>\'"%@`';

function closingSingleQuote(text: string, from: number, lineEnd: number): number {
  for (let i = from; i < lineEnd; i++) {
    if (text[i] !== "'") continue;
    if (text[i + 1] === "'") i++;
    else return i;
  }
  return -1;
}

function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && text.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * A plain scalar's value under YAML 1.2's core schema, as yaml resolves it:
 * null, booleans and decimal integers; other numbers are left to the library.
 */
function resolvePlain(source: string): unknown {
  // Most values are words: only these first characters can start a null, a boolean or a number.
  if (source.length > 0 && !'~nNtTfF+-.0123456789'.includes(source[0])) return source;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(source)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(source)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(source)) return false;
  if (/^[0-9]{1,15}$/.test(source)) return Number(source);
  if (numberLike.some((pattern) => pattern.test(source))) return decline();
  return source;
}

const numberLike = [
  /^[-+]?[0-9]+$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
