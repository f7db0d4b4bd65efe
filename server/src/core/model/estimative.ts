import type { Vocabulary } from '../schema/types.js';
import { likelihoodTerms, nonstandardExpressions } from './estimative-vocabulary.js';
import type { EstimativeMention } from './types.js';

interface Phrase {
  pattern: string;
  kind: EstimativeMention['kind'];
  /** The normalised term: the standard term, the suggested replacement, or the confidence level. */
  term: (match: string) => string;
}

const confidencePhrases: Phrase[] = [
  { pattern: '(?:high|moderate|medium|low)(?:[- ]|\\s+levels? of\\s+)confidence', kind: 'confidence', term: levelOf },
  { pattern: '(?:highly|moderately) confident', kind: 'confidence', term: levelOf },
  { pattern: 'confidence (?:is|remains|was) (?:high|moderate|low)', kind: 'confidence', term: levelOf },
];

// "remote" is a likelihood only where it describes a chance: "remote chance", "is remote".
const remotePattern = 'remote(?=\\s+(?:chance|possibility|prospect|likelihood))|(?<=\\b(?:is|are|remains?|seems?|was)\\s+)remote\\b';

/**
 * Parts of words that every phrase holds, one at least: a sentence with none
 * of them holds no phrase, and the one large expression is not run on it (most
 * sentences; it cost a fifth of a sentence's analysis). Where some phrase
 * holds none, nothing is skipped.
 */
const KEYWORDS = ['confiden', 'remote', 'chance', 'odds', 'likel', 'probab', 'certain', 'surely', 'perhaps', 'maybe', 'possib', 'conceivabl', 'presumabl', 'well'];

interface CompiledPhrases {
  regex: RegExp;
  phrases: Phrase[];
  mayHoldPhrase?: RegExp;
}

const patternCache = new Map<Vocabulary, CompiledPhrases>();

/** Likelihood terms, non-standard hedges and confidence levels in one run of prose. */
export function findEstimative(text: string, offset: number, vocabulary: Vocabulary): EstimativeMention[] {
  const { regex, phrases, mayHoldPhrase } = compile(vocabulary);
  if (mayHoldPhrase && !mayHoldPhrase.test(text)) return [];
  const mentions: EstimativeMention[] = [];
  // exec on the one compiled expression: matchAll would copy it for every sentence.
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    // No phrase matches the empty string; were one to, this steps past it as matchAll would.
    if (match[0] === '') regex.lastIndex++;
    let group = 1;
    while (match[group] === undefined) group++;
    const phrase = phrases[group - 1];
    const start = offset + (match.index ?? 0);
    mentions.push({ kind: phrase.kind, text: match[0], term: phrase.term(match[0]), span: { start, end: start + match[0].length } });
  }
  return mentions;
}

function compile(vocabulary: Vocabulary): CompiledPhrases {
  const cached = patternCache.get(vocabulary);
  if (cached) return cached;
  const phrases = [...confidencePhrases, ...nonstandardPhrases(vocabulary), ...standardPhrases(vocabulary)];
  // Longest patterns first, so "very unlikely" wins over "unlikely" and "most likely" over "likely".
  phrases.sort((a, b) => b.pattern.length - a.pattern.length);
  // One word boundary before the alternatives, tried once per position rather than once per phrase.
  const regex = new RegExp(`\\b(?:${phrases.map((p) => `(${p.pattern})`).join('|')})\\b`, 'gi');
  const everyHoldsOne = phrases.every((p) => KEYWORDS.some((keyword) => p.pattern.toLowerCase().includes(keyword)));
  const compiled = { regex, phrases, mayHoldPhrase: everyHoldsOne ? new RegExp(KEYWORDS.join('|'), 'i') : undefined };
  patternCache.set(vocabulary, compiled);
  return compiled;
}

function standardPhrases(vocabulary: Vocabulary): Phrase[] {
  return likelihoodTerms(vocabulary).flatMap((t) =>
    [t.term, ...t.variants].map((spelling) => ({
      pattern: spelling === 'remote' ? remotePattern : spelling.replace(/ /g, '\\s+'),
      kind: 'likelihood' as const,
      term: () => t.term,
    })),
  );
}

function nonstandardPhrases(vocabulary: Vocabulary): Phrase[] {
  return nonstandardExpressions(vocabulary).map((h) => ({
    pattern: h.pattern.replace(/ /g, '\\s+'),
    kind: 'nonstandard' as const,
    term: () => h.replacement,
  }));
}

function levelOf(match: string): string {
  const lower = match.toLowerCase();
  if (lower.includes('high')) return 'high';
  if (lower.includes('low')) return 'low';
  return 'moderate';
}
