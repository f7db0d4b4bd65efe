// The source card: what a source is, how far to trust it (Admiralty grades)
// and, on a citation, the passage it points at, so an analyst can check a
// claim against its source without leaving the sentence.
import type { Citation } from '../model/types.js';
import type { SourceEntry } from '../schema/types.js';
import type { LoadedSchema } from '../service-types.js';
import type { SourceIndex } from '../sources/types.js';
import { nearestWord } from '../text/nearest.js';
import { describeCredibility, describeReliability } from './hover-grades.js';
import { autolink, code, escapeMarkdown, joinLines, joinSections, quote, shorten } from './hover-markdown.js';

/** Long paragraphs are cut so the card stays readable; the definition shows the rest. */
const MAX_PASSAGE_CHARS = 900;

/** The Markdown card of a source entry: title, publisher, date, grades and whether its text is available. */
export function sourceCard(source: SourceEntry, loaded: LoadedSchema): string {
  const available = loaded.sourceIndexes.has(source.key);
  return [identitySection(source, available), gradesSection(source), available ? undefined : unavailableNote(source)]
    .filter((part): part is string => part !== undefined)
    .join('\n\n');
}

/** The Markdown card of a citation: its source's card and the cited (or best-matching) passage. */
export function citationCard(citation: Citation, sentenceText: string, loaded: LoadedSchema | undefined): string {
  if (citation.key === undefined) return unlinkedCitationCard(citation);
  if (!loaded) return `${code(citation.key)}\n\nNo \`claims-schema.yaml\` was found for this assessment, so the source cannot be looked up.`;
  const source = loaded.schema.sources.get(citation.key);
  if (!source) return unknownSourceCard(citation.key, loaded);
  const index = loaded.sourceIndexes.get(source.key);
  const passage = index ? passageSection(citation, sentenceText, index) : undefined;
  return joinSections([sourceCard(source, loaded), passage]);
}

function identitySection(source: SourceEntry, available: boolean): string {
  const byline = [source.publisher, source.date].filter((part): part is string => Boolean(part)).map(escapeMarkdown).join(' · ');
  // An unavailable source's URL is given in the note that explains why.
  const url = source.url && available ? autolink(source.url) : undefined;
  return joinLines([
    source.title ? `**${escapeMarkdown(source.title)}**` : `**${code(source.key)}**`,
    byline || undefined,
    [source.title ? code(source.key) : undefined, url].filter(Boolean).join(' · ') || undefined,
  ]);
}

function gradesSection(source: SourceEntry): string {
  if (source.reliability === undefined && source.credibility === undefined) return '*No Admiralty grades given for this source.*';
  return joinLines([
    source.reliability !== undefined ? `**Reliability** ${describeReliability(source.reliability)}` : undefined,
    source.credibility !== undefined ? `**Credibility** ${describeCredibility(source.credibility)}` : undefined,
  ]);
}

/** Why the text of a source cannot be checked. */
function unavailableNote(source: SourceEntry): string {
  const url = source.url ? autolink(source.url) : undefined;
  if (source.file) return joinLines([`*The text of ${code(source.file)} is not available: the file cannot be read.*`, url]);
  if (url) return `*The full text is not available: this source is known only by its URL.*  \n${url}`;
  return '*The full text is not available: the schema gives neither a `file:` nor a `url:`.*';
}

/** The cited `¶n`, or the paragraph that best supports the sentence when no `¶n` is given. */
function passageSection(citation: Citation, sentenceText: string, index: SourceIndex): string {
  if (citation.paragraph !== undefined) return citedParagraph(citation.paragraph, index);
  const best = index.searchPassages(sentenceText.replace(/\s+/g, ' ').trim(), 1)[0];
  const why = citation.locator ? `Cited at ${escapeMarkdown(citation.locator)}, which is not a \`¶n\` paragraph` : 'No `¶n` locator given';
  if (!best) return `${why}, and no passage of the source matches this sentence.`;
  return `**Best passage for this sentence**, ¶${best.paragraph}  \n*${why}.*\n\n${quote(best.excerpt)}`;
}

function citedParagraph(number: number, index: SourceIndex): string {
  const paragraph = index.paragraphs.find((p) => p.number === number);
  if (!paragraph) return `The source has no ¶${number}: it has ${index.paragraphs.length} paragraphs.`;
  return `**Cited passage**, ¶${number}\n\n${quote(shorten(paragraph.text, MAX_PASSAGE_CHARS))}`;
}

function unknownSourceCard(key: string, loaded: LoadedSchema): string {
  const nearest = nearestWord(key, loaded.schema.sources.keys());
  const hint = nearest ? ` Did you mean ${code(nearest)}?` : '';
  return `**Unknown source** ${code(key)}\n\nThis key is not in the claims schema.${hint}`;
}

/** A footnote in plain words or a link to a URL no source has: a citation that cannot be verified. */
function unlinkedCitationCard(citation: Citation): string {
  const what = citation.form === 'link' ? 'This link' : 'This footnote';
  const url = citation.url ? `\n\n${autolink(citation.url)}` : '';
  return `**Unverifiable citation**\n\n${what} names no source of the claims schema, so its quotes and numbers cannot be checked.${url}`;
}
