import { sourceIdentity } from '../rules/cited-sources.js';
import type { Analysis } from '../features/types.js';
import type { Citation, Sentence } from '../model/types.js';
import { isSourced } from '../sourcing.js';
import { LineIndex } from '../text/line-index.js';
import { scorecardOf } from './scorecard.js';
import type { ActorMentions, AssessmentFigures, Evidence, SourceCitations, UnverifiableCitation } from './types.js';

/** A sentence as evidence: its place and its text as written. */
export type ToEvidence = (sentence: Sentence) => Evidence;

/**
 * The sourcing report's figures for one analysed assessment. Everything is
 * read off the analysis the check already built (one parse per version): the
 * model's sentences, the schema's sources and the findings.
 */
export function assessmentFiguresOf(analysis: Analysis): AssessmentFigures {
  const { model } = analysis;
  const schema = analysis.schema?.schema;
  const evidence = evidenceMaker(analysis.text);
  const judgments = model.sentences.filter((s) => s.isJudgment);
  const withConfidence = blocksWithConfidence(model.sentences);
  const sourcesPerBlock = distinctSourcesPerBlock(model.sentences);
  const assertions = model.sentences.filter((s) => s.claim === 'assertion');
  const figures: Omit<AssessmentFigures, 'scorecard'> = {
    assertions: assertions.length,
    sourcedAssertions: assertions.filter((s) => isSourced(s, schema)).length,
    judgments: judgments.length,
    judgmentsWithConfidence: judgments.filter((s) => withConfidence.has(s.blockIndex)).length,
    unsourcedAssertions: assertions.filter((s) => !isSourced(s, schema)).map(evidence),
    judgmentsWithoutConfidence: judgments.filter((s) => !withConfidence.has(s.blockIndex)).map(evidence),
    singleSourceJudgments: judgments.filter((s) => sourcesPerBlock.get(s.blockIndex) === 1).map(evidence),
    citations: citationsPerSource(analysis),
    unverifiableCitations: unverifiableCitationsOf(analysis, evidence),
    actors: actorMentionsOf(analysis),
  };
  return { ...figures, scorecard: scorecardOf(analysis, figures, evidence) };
}

/** Turns sentences into evidence over one text (one line index for all of them). */
export function evidenceMaker(text: string): ToEvidence {
  const lines = new LineIndex(text);
  return (sentence) => {
    let end = sentence.span.end;
    while (end > sentence.span.start && /\s/.test(text[end - 1])) end--;
    const span = { start: sentence.span.start, end };
    const start = lines.positionAt(span.start);
    return { line: start.line, character: start.character, span, text: text.slice(span.start, span.end).replace(/\s+/g, ' ') };
  };
}

/** Paragraphs (blocks) that state a confidence level somewhere: a judgment's confidence may follow it. */
function blocksWithConfidence(sentences: readonly Sentence[]): Set<number> {
  return new Set(sentences.filter((s) => s.estimative.some((e) => e.kind === 'confidence')).map((s) => s.blockIndex));
}

function distinctSourcesPerBlock(sentences: readonly Sentence[]): Map<number, number> {
  const sources = new Map<number, Set<string>>();
  for (const sentence of sentences) {
    const set = sources.get(sentence.blockIndex) ?? new Set<string>();
    sentence.citations.forEach((citation) => set.add(sourceIdentity(citation)));
    sources.set(sentence.blockIndex, set);
  }
  return new Map([...sources].map(([block, set]) => [block, set.size]));
}

function citationsPerSource(analysis: Analysis): SourceCitations[] {
  const loaded = analysis.schema;
  const counts = new Map<string, SourceCitations>();
  for (const citation of analysis.model.sentences.flatMap((s) => s.citations)) {
    const entry = citation.key === undefined ? undefined : loaded?.schema.sources.get(citation.key);
    const label = citation.key ?? unkeyedLabel(citation);
    const row = counts.get(label) ?? {
      label,
      kind: entry ? 'known' : citation.key === undefined ? 'unkeyed' : 'unknown',
      title: entry?.title,
      reliability: entry?.reliability,
      credibility: entry?.credibility,
      hasText: entry !== undefined && loaded!.sourceFiles.has(entry.key),
      citations: 0,
    };
    row.citations++;
    counts.set(label, row);
  }
  return [...counts.values()].sort((a, b) => b.citations - a.citations || a.label.localeCompare(b.label));
}

function unkeyedLabel(citation: Citation): string {
  if (citation.url !== undefined) return citation.url;
  return 'footnote in words';
}

function unverifiableCitationsOf(analysis: Analysis, evidence: ToEvidence): UnverifiableCitation[] {
  return analysis.model.sentences.flatMap((sentence) =>
    sentence.citations.flatMap((citation) => {
      const reason = whyUnverifiable(citation, analysis);
      return reason === undefined ? [] : [{ label: citation.key ?? unkeyedLabel(citation), reason, sentence: evidence(sentence) }];
    }),
  );
}

function whyUnverifiable(citation: Citation, analysis: Analysis): string | undefined {
  const loaded = analysis.schema;
  if (loaded === undefined) return 'no claims schema was found, so no source text can be read';
  if (citation.key === undefined) return citation.url === undefined ? 'a footnote in plain words' : 'a link to a URL the schema does not list';
  if (!loaded?.schema.sources.has(citation.key)) return 'a key the schema does not define';
  if (!loaded.sourceFiles.has(citation.key)) return 'the schema holds no readable text for this source';
  return undefined;
}

function actorMentionsOf(analysis: Analysis): ActorMentions[] {
  const actors = analysis.schema?.schema.actors;
  const counts = new Map<string, number>();
  for (const mention of analysis.model.sentences.flatMap((s) => s.mentions)) counts.set(mention.actorKey, (counts.get(mention.actorKey) ?? 0) + 1);
  return [...counts]
    .map(([key, mentions]) => ({ key, name: actors?.get(key)?.name ?? key, mentions }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
