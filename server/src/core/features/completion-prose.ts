// Completions in running prose: actor names and aliases, the vocabulary's
// standard likelihood terms and the three confidence levels, offered for the
// word (or words, for `North K` or `high conf`) typed before the cursor.
import { confidenceMeanings, likelihoodTerms, vocabularyName } from '../model/estimative-vocabulary.js';
import type { Sentence } from '../model/types.js';
import type { ActorEntry, Vocabulary } from '../schema/types.js';
import type { Span } from '../text/line-index.js';
import { escapeMarkdown } from './hover-markdown.js';
import type { Analysis, CompletionEntry, CompletionKind } from './types.js';

/** Only the last few words can start a phrase being typed; no candidate is longer. */
const MAX_PHRASE_WORDS = 6;

/** Actors, likelihood terms and confidence levels for the word being typed, or nothing outside prose. */
export function proseCompletions(analysis: Analysis, offset: number): CompletionEntry[] {
  const sentence = analysis.model.sentences.find((s) => s.span.start <= offset && offset <= s.span.end);
  if (!sentence) return [];
  const before = analysis.text.slice(sentence.span.start, offset);
  if (!/[\p{L}\p{N}'’.-]$/u.test(before) || !isProse(sentence, before)) return [];
  const starts = wordStarts(before);
  const entries: CompletionEntry[] = [];
  for (const candidate of candidatesOf(analysis)) {
    const entry = matchCandidate(candidate, before, starts, sentence.span.start);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** Something that can be offered, with what a user may type to find it. */
interface Candidate {
  label: string;
  kind: CompletionKind;
  detail: string;
  documentation?: string;
  /** Another phrase that finds this one (an actor's name finds its aliases). */
  alsoFoundBy?: string;
}

function candidatesOf(analysis: Analysis): Candidate[] {
  const actors = [...(analysis.schema?.schema.actors.values() ?? [])].flatMap(actorCandidates);
  return [...actors, ...termCandidates(analysis.schema?.modelContext.vocabulary ?? 'icd-203'), ...confidenceCandidates()];
}

function actorCandidates(actor: ActorEntry): Candidate[] {
  const detail = `${actor.name} · ${actor.kind}`;
  const documentation = actor.note ? escapeMarkdown(actor.note) : undefined;
  const aliases = actor.aliases.map((alias) => ({ label: alias, kind: 'actor' as const, detail, documentation, alsoFoundBy: actor.name }));
  return [{ label: actor.name, kind: 'actor', detail, documentation }, ...aliases];
}

function termCandidates(vocabulary: Vocabulary): Candidate[] {
  return likelihoodTerms(vocabulary).flatMap((t) =>
    [t.term, ...t.variants].map((spelling) => ({
      label: spelling,
      kind: 'term' as const,
      detail: `${t.band} · ${vocabularyName(vocabulary)}`,
      documentation: `Standard likelihood term: **${t.term}** means ${t.band}.`,
    })),
  );
}

function confidenceCandidates(): Candidate[] {
  return Object.entries(confidenceMeanings).map(([level, meaning]) => ({
    label: `${level} confidence`,
    kind: 'confidence' as const,
    detail: 'confidence level — how solid the basis is, not a likelihood',
    documentation: `**${level} confidence**: ${meaning}.`,
  }));
}

/** The entry for a candidate when the text before the cursor ends with the start of it (or of its actor's name). */
function matchCandidate(candidate: Candidate, before: string, starts: number[], base: number): CompletionEntry | undefined {
  const own = typedPrefix(candidate.label, before, starts);
  const byName = own === undefined && candidate.alsoFoundBy ? typedPrefix(candidate.alsoFoundBy, before, starts) : undefined;
  const start = own ?? byName;
  if (start === undefined) return undefined;
  const span: Span = { start: base + start, end: base + before.length };
  return {
    label: candidate.label,
    kind: candidate.kind,
    detail: candidate.detail,
    documentation: candidate.documentation,
    insertText: candidate.label,
    span,
    // Direct matches first; aliases found through the actor's name after them.
    sortText: `${own !== undefined ? 0 : 1}-${candidate.label.toLowerCase()}`,
    // The client filters on what was typed, so an alias found by name must carry the name first.
    filterText: own !== undefined ? candidate.label : `${candidate.alsoFoundBy} ${candidate.label}`,
  };
}

/** Where in `before` the longest typed start of `phrase` begins (case-insensitive, whole words), if any. */
function typedPrefix(phrase: string, before: string, starts: number[]): number | undefined {
  const wanted = phrase.toLowerCase();
  for (const start of starts) {
    const typed = before.slice(start).replace(/\s+/g, ' ').toLowerCase();
    if (wanted.startsWith(typed)) return start;
  }
  return undefined;
}

/** Word starts among the last few words of `before`, furthest first so the longest phrase wins. */
function wordStarts(before: string): number[] {
  const starts: number[] = [];
  for (const match of before.matchAll(/(?<![\p{L}\p{N}'’.-])[\p{L}\p{N}]/gu)) starts.push(match.index ?? 0);
  return starts.slice(-MAX_PHRASE_WORDS);
}

/**
 * Whether the word being typed is prose: the model blanks code, URLs and
 * citations to spaces, so they differ from the raw text there.
 */
function isProse(sentence: Sentence, before: string): boolean {
  const word = /[\p{L}\p{N}'’.-]+$/u.exec(before)?.[0] ?? '';
  const prose = sentence.text.slice(before.length - word.length, before.length);
  return prose === word;
}
