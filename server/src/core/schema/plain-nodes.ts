import type { Pair, Scalar } from 'yaml';
import type { Span } from '../text/line-index.js';

// The nodes plain-yaml.ts makes: nodes as yaml's type tests know them (the registered symbols of yaml's own
// classes) but made as plain objects: yaml's constructors define the type
// with defineProperty, which cost more than reading the text (50,000 actors).
// The schema reader only tests types and reads values, items and ranges.
const NODE_TYPE = Symbol.for('yaml.node.type');
const SCALAR = Symbol.for('yaml.scalar');
export const MAP = Symbol.for('yaml.map');
export const SEQ = Symbol.for('yaml.seq');
const PAIR = Symbol.for('yaml.pair');

export interface PlainCollection {
  items: unknown[];
  range?: [number, number, number];
  flow: boolean;
}

export function collection(type: symbol, flow: boolean): PlainCollection {
  return { [NODE_TYPE]: type, items: [], range: undefined, flow } as PlainCollection;
}

class PlainPair {
  constructor(
    readonly key: unknown,
    readonly value: unknown,
  ) {}
}
Object.defineProperty(PlainPair.prototype, NODE_TYPE, { value: PAIR });

export function pair(key: unknown, value: unknown): Pair {
  return new PlainPair(key, value) as unknown as Pair;
}

/** A scalar: its type on the prototype and its range made when read, so a node is one small object. */
class PlainScalar {
  constructor(
    readonly value: unknown,
    private readonly start: number,
    private readonly valueEnd: number,
    private readonly nodeEnd: number,
  ) {}

  get range(): [number, number, number] {
    return [this.start, this.valueEnd, this.nodeEnd];
  }

  /** Its span, without making the range. */
  span(): Span {
    return { start: this.start, end: this.valueEnd };
  }
}

Object.defineProperty(PlainScalar.prototype, NODE_TYPE, { value: SCALAR });

/** The span of a scalar made by the plain reader, or undefined for any other node. */
export function plainScalarSpan(node: unknown): Span | undefined {
  return node instanceof PlainScalar ? node.span() : undefined;
}

export function scalar(value: unknown, start: number, valueEnd: number, nodeEnd: number): Scalar {
  return new PlainScalar(value, start, valueEnd, nodeEnd) as unknown as Scalar;
}
