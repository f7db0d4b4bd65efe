import type { NumberMention } from '../types.js';

/** A mention found by one of the scanners, with offsets into the scanned text. */
export interface RawMention {
  kind: NumberMention['kind'];
  value: string;
  start: number;
  end: number;
}

/** Month names and abbreviations (case-sensitive, capitalised) to their 1-based number. */
export const MONTHS: Record<string, number> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6,
  July: 7, August: 8, September: 9, October: 10, November: 11, December: 12,
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8,
  Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};

/** Scale words and the power of ten they stand for. */
export const SCALES: Record<string, number> = {
  hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12,
};

/** Two-digit zero padding for canonical dates. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
