import { SCALES, type RawMention } from './raw.js';

/*
 * Numbers written with digits: `10,000`, `10 000`, `1.5`, with a scale word
 * (`1.5 million`, `10 thousand`) or suffix (`10k`, `2bn`), as a percentage
 * (`12%`, `12 percent`, `12 per cent`), or a bare year 1900–2099.
 */
const DIGITS =
  /(?<![\p{L}\p{N}_.,])(\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,])|\d+)(?:\.(\d+))?/gu;
const ORDINAL = /^(?:st|nd|rd|th)(?![\p{L}\p{N}])/u;
/** What follows a number to make it a percentage; shared with number words. */
export const PERCENT = /^(?:\s?%|[\s\u00a0]+(?:per[\s-]?cent|pct)\b)/i;
const SCALE_WORD = /^[\s\u00a0-]+(hundred|thousand|million|billion|trillion)\b/i;
const SUFFIX = /^(k|K|bn|mn|M|B)(?![\p{L}\p{N}])/u;
const SUFFIX_POWER: Record<string, number> = { k: 3, K: 3, M: 6, mn: 6, B: 9, bn: 9 };
/**
 * After a currency sign, newsroom suffixes and other languages' scale words:
 * `US$120m`, `£3bn`, `$2tn`, `R$100 mil` (Portuguese and Spanish `mil` is a
 * thousand), `R$2 milhões`, `€1 mil millones`.
 */
const CURRENCY_SCALE = /^(?:(m|mn|bn|b|tn|k)(?![\p{L}\p{N}])|[\s\u00a0]+(mil millones|mil|milh(?:ão|ões)|millones|bilh(?:ão|ões))\b)/u;
const CURRENCY_POWER: Record<string, number> = { m: 6, mn: 6, bn: 9, b: 9, tn: 12, k: 3, mil: 3, 'mil millones': 9, milhão: 6, milhões: 6, millones: 6, bilhão: 9, bilhões: 9 };
/** Currency signs, with a country prefix (`US$`, `R$`, `A$`, `HK$`). */
const CURRENCY_BEFORE = /(?:[A-Z]{1,3})?[$€£¥₹]\s?$/;
/** `3.6–4%`, `3.6 to 4 percent`: the first figure of a range takes the second's percent sign. */
const RANGE_PERCENT = /^\s?(?:[–—-]|to)\s?\d+(?:\.\d+)?(?:\s?%|[\s\u00a0]+(?:per[\s-]?cent|pct)\b)/i;
/** `$1.5–2 billion`: and its scale word. */
const RANGE_SCALE = /^\s?(?:[–—-]|to)\s?\d+(?:\.\d+)?[\s\u00a0]+(hundred|thousand|million|billion|trillion)\b/i;

/** Words that may precede a hyphenated year or number (`mid-2024`, `pre-2022`). */
const HYPHEN_PREFIXES = new Set(['mid', 'early', 'late', 'pre', 'post', 'end', 'start', 'circa', 'around', 'over', 'under']);

/**
 * Exact decimal value of `int.frac × 10^power` as a canonical string
 * (no separators, no leading zeros, no trailing fractional zeros).
 * Done on digit strings so `1.1 billion` never picks up float noise.
 */
export function decimalValue(int: string, frac: string, power: number): string {
  let digits = int + frac;
  const point = int.length + power;
  if (point > digits.length) digits = digits.padEnd(point, '0');
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const fraction = digits.slice(point).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** True when digits at `start` belong to an identifier such as `F-16` or `KN-23`. */
function hyphenIdentifier(text: string, start: number): boolean {
  if (text[start - 1] !== '-') return false;
  const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, start - 20), start - 1));
  return word !== null && !HYPHEN_PREFIXES.has(word[1].toLowerCase());
}

/** Reads one digit match and what follows it into a mention, or undefined to skip it. */
function readNumber(text: string, m: RegExpMatchArray): RawMention | undefined {
  const start = m.index!;
  let end = start + m[0].length;
  const rest = text.slice(end, end + 24);
  if (ORDINAL.test(rest) || hyphenIdentifier(text, start)) return undefined;
  const int = m[1].replace(/[^\d]/g, '');
  const frac = m[2] ?? '';
  const percent = PERCENT.exec(rest);
  if (percent) return { kind: 'percent', value: `${decimalValue(int, frac, 0)}%`, start, end: end + percent[0].length };
  if (RANGE_PERCENT.test(rest)) return { kind: 'percent', value: `${decimalValue(int, frac, 0)}%`, start, end };
  let power = 0;
  const currency = CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 4), start)) ? CURRENCY_SCALE.exec(rest) : null;
  const scale = SCALE_WORD.exec(rest) ?? SUFFIX.exec(rest);
  const rangeScale = RANGE_SCALE.exec(rest);
  if (currency) {
    power = CURRENCY_POWER[(currency[1] ?? currency[2]).toLowerCase()];
    end += currency[0].length;
  } else if (scale) {
    power = SCALES[scale[1].toLowerCase()] ?? SUFFIX_POWER[scale[1]];
    end += scale[0].length;
  } else if (rangeScale) {
    power = SCALES[rangeScale[1].toLowerCase()];
  } else if (/^\p{L}/u.test(rest)) {
    return undefined; // `1990s`, `5G`, `10km`: units and codes are not compared
  }
  const value = decimalValue(int, frac, power);
  const isYear = power === 0 && !frac && /^(19|20)\d\d$/.test(m[1]) && !/[$£€¥]$/.test(text.slice(0, start));
  return { kind: isYear ? 'year' : 'number', value, start, end };
}

/** Every number written with digits, in text order. */
export function findDigitNumbers(text: string): RawMention[] {
  const out: RawMention[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const mention = readNumber(text, m);
    if (mention) out.push(mention);
  }
  return out;
}
