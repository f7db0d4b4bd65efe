// `tradecraft init`: a starting claims-schema.yaml and a sample assessment,
// as text. Pure: the CLI reads the source texts and writes the files.
import { candidateActors, type DraftActor } from './candidate-actors.js';
import { draftSources, type DraftSource, type InitText } from './source-facts.js';

export type { InitText } from './source-facts.js';

/** What init writes, and what it drafted (for its summary line). */
export interface InitDraft {
  schemaText: string;
  sampleText: string;
  sources: DraftSource[];
  actors: DraftActor[];
}

/** Drafts the schema from the texts (at least one) and a sample assessment citing the first source. */
export function draftWorkspace(texts: readonly InitText[]): InitDraft {
  const sources = draftSources(texts);
  const actors = candidateActors(texts.map((t) => t.text));
  return { schemaText: schemaYaml(sources, actors), sampleText: sampleAssessment(sources[0]), sources, actors };
}

function schemaYaml(sources: DraftSource[], actors: DraftActor[]): string {
  const header = [
    '# A first draft written by `tradecraft init`. Every entry marked "review" was',
    '# guessed from the texts: check it, fill in the grades, delete what does not belong.',
    'version: 1',
    'estimative: icd-203',
  ];
  const sourceLines = sources.flatMap((s) => [
    `  # review: title from the ${s.titleFrom}${s.date ? '; date is the first one the text states' : '; no date found in the text'}`,
    `  ${s.key}:`,
    `    title: ${quoted(s.title)}`,
    ...(s.date ? [`    date: ${s.date}`] : []),
    `    file: ${quoted(s.file)}`,
    '    # reliability: B    # Admiralty source reliability A–F',
    '    # credibility: 2    # Admiralty information credibility 1–6',
  ]);
  const actorLines = actors.flatMap((a) => [
    `  # review: named ${a.mentions} times in ${a.texts} text${a.texts === 1 ? '' : 's'}; kind${a.kind === 'other' ? ' not known' : ' guessed'}${a.aliases.length ? ', aliases guessed' : ''}`,
    `  ${a.key}:`,
    `    name: ${quoted(a.name)}`,
    `    kind: ${a.kind}`,
    ...(a.aliases.length ? [`    aliases: [${a.aliases.map(quoted).join(', ')}]`] : []),
  ]);
  return [...header, 'sources:', ...sourceLines, actors.length ? 'actors:' : 'actors: {}', ...actorLines, ''].join('\n');
}

// JSON strings are valid YAML double-quoted scalars: any title is safe.
function quoted(value: string): string {
  return JSON.stringify(value);
}

function sampleAssessment(source: DraftSource): string {
  return [
    '# Sample assessment',
    '',
    '<!-- Written by tradecraft init to show a citation; replace it with your own text. -->',
    '',
    `This folder's first source is titled "${source.title}" [@${source.key}].`,
    '',
    'We judge with low confidence that these texts are enough to start this assessment.',
    '',
  ].join('\n');
}
