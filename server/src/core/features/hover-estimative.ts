// Cards for estimative language: a likelihood term with its band on the
// schema's scale, a non-standard hedge with the term to use instead, or a
// confidence level with what it means.
import { confidenceMeanings, likelihoodTerms, vocabularyName, type LikelihoodTerm } from '../model/estimative-vocabulary.js';
import type { EstimativeMention } from '../model/types.js';
import type { Vocabulary } from '../schema/types.js';
import { escapeMarkdown, joinSections } from './hover-markdown.js';

/** The Markdown card of an estimative mention in the given vocabulary. */
export function estimativeCard(mention: EstimativeMention, vocabulary: Vocabulary): string {
  if (mention.kind === 'confidence') return confidenceCard(mention);
  if (mention.kind === 'nonstandard') return nonstandardCard(mention, vocabulary);
  return likelihoodCard(mention, vocabulary);
}

/** The band of a standard term in a vocabulary, e.g. `55–80 %`. */
export function bandOf(term: string, vocabulary: Vocabulary): string | undefined {
  return likelihoodTerms(vocabulary).find((t) => t.term === term.toLowerCase())?.band;
}

function likelihoodCard(mention: EstimativeMention, vocabulary: Vocabulary): string {
  const band = bandOf(mention.term, vocabulary);
  const written = mention.text.replace(/\s+/g, ' ').toLowerCase();
  const name = written === mention.term ? `**${escapeMarkdown(written)}**` : `**${escapeMarkdown(written)}** (*${mention.term}*)`;
  const heading = band ? `${name} — ${band} on the ${vocabularyName(vocabulary)}` : `${name} — a likelihood term`;
  return joinSections([heading, scaleTable(vocabulary, band), scaleAdvice(vocabulary)]);
}

function nonstandardCard(mention: EstimativeMention, vocabulary: Vocabulary): string {
  const written = escapeMarkdown(mention.text.replace(/\s+/g, ' '));
  const band = bandOf(mention.term, vocabulary);
  const replacement = `**${mention.term}**${band ? ` (${band})` : ''}`;
  const heading = `**${written}** is not a standard term of the ${vocabularyName(vocabulary)}.\n\nUse ${replacement} instead, so readers know the probability meant.`;
  return joinSections([heading, scaleTable(vocabulary, band)]);
}

function confidenceCard(mention: EstimativeMention): string {
  const level = mention.term as keyof typeof confidenceMeanings;
  const meaning = confidenceMeanings[level] ?? '';
  const title = `${level.charAt(0).toUpperCase()}${level.slice(1)} confidence`;
  return joinSections([
    `**${title}** — ${meaning}.`,
    'Confidence is not likelihood: it rates the basis of the judgment (sources, reasoning, gaps), not the probability of the event. ICD 203 forbids a likelihood term and a confidence level in the same sentence.',
  ]);
}

/** The whole scale as a compact table, one row per band, the current band in bold. */
function scaleTable(vocabulary: Vocabulary, currentBand: string | undefined): string {
  const rows = groupByBand(likelihoodTerms(vocabulary)).map(([band, terms]) => {
    const cells = [band, terms.join(', ')];
    return `| ${(band === currentBand ? cells.map((c) => `**${c}**`) : cells).join(' | ')} |`;
  });
  return [`**${vocabularyName(vocabulary)}**`, '', '| probability | terms |', '| --- | --- |', ...rows].join('\n');
}

function groupByBand(terms: LikelihoodTerm[]): Array<[string, string[]]> {
  const bands = new Map<string, string[]>();
  for (const t of terms) bands.set(t.band, [...(bands.get(t.band) ?? []), t.term]);
  return [...bands];
}

function scaleAdvice(vocabulary: Vocabulary): string {
  return vocabulary === 'phia'
    ? 'The gaps between bands are deliberate. Keep a confidence level out of the same sentence.'
    : 'ICD 203: use one row of terms throughout a product, and keep a confidence level out of the same sentence.';
}
