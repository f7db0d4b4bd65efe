// Writes a benchmark workspace: a claims schema, source texts and assessments,
// all in generated words (invented names, a small vocabulary of our own), from
// a seed, so that two runs with the same flags write the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small, fast, seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const onsets = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr', 'sh'];
const nuclei = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ei'];
const codas = ['', '', 'n', 'r', 's', 'l', 'k', 'th'];

/** The n-th invented name: distinct for distinct n, capitalised, two syllables or more. */
export function nameOf(n: number): string {
  const syllables: string[] = [];
  let rest = n;
  do {
    const onset = onsets[rest % onsets.length];
    rest = Math.floor(rest / onsets.length);
    const nucleus = nuclei[rest % nuclei.length];
    rest = Math.floor(rest / nuclei.length);
    syllables.push(onset + nucleus);
  } while (rest > 0 || syllables.length < 2);
  const word = syllables.join('') + codas[n % codas.length];
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// Our own vocabulary: plain words an analyst's prose is made of.
const nouns = ['convoys', 'shipments', 'battalions', 'engineers', 'tankers', 'drones', 'advisers', 'trucks', 'barges', 'patrols', 'depots', 'radars'];
const verbs = ['moved', 'sent', 'withdrew', 'repaired', 'escorted', 'counted', 'inspected', 'unloaded', 'rerouted', 'stationed'];
const futures = ['expand', 'reduce', 'resume', 'suspend', 'delay', 'widen'];
const places = ['the northern valley', 'the coastal strip', 'the river crossing', 'the upland plateau', 'the eastern port', 'the border district'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const likelihoods = ['likely', 'very likely', 'probably', 'almost certainly', 'unlikely', 'roughly even odds'];
const nonstandard = ['perhaps', 'maybe', 'conceivably'];
const confidences = ['low', 'moderate', 'high'];
const phrases = ['a quiet and orderly transfer', 'no change in our posture', 'a routine rotation of crews', 'a matter for the two ministries', 'a temporary measure only'];

export interface Actor {
  key: string;
  name: string;
  aliases: string[];
}

export interface SourceText {
  key: string;
  file: string;
  /** Paragraphs, each a list of facts: a sentence, its number and its quote (if any). */
  paragraphs: Array<Array<{ sentence: string; number: string; quote?: string }>>;
}

export interface WorkspaceSizes {
  assessments: number;
  sources: number;
  actors: number;
  /** Lines of the one long assessment (0: none). */
  longLines: number;
  seed: number;
  /** Inline markup in every assessment (withInlineMarkup): the same words, but no file is plain Markdown, so every one is parsed. */
  markedUp?: boolean;
}

export interface GeneratedWorkspace {
  dir: string;
  assessmentsDir: string;
  longPath?: string;
  /** Text in the long document: an actor alias to hover, a word to type in. */
  hoverAlias: string;
  typingWord: string;
  bytes: number;
  files: number;
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const int = (random: () => number, below: number): number => Math.floor(random() * below);

export function makeActors(count: number, offset = 0): Actor[] {
  return Array.from({ length: count }, (_, i) => {
    const n = offset + i;
    const name = nameOf(n + 400);
    return { key: `actor-${n}`, name, aliases: [`${name} Council`, `the ${name} ministry`] };
  });
}

export function makeSources(count: number, actors: Actor[], random: () => number): SourceText[] {
  return Array.from({ length: count }, (_, i) => {
    const paragraphs = Array.from({ length: 12 }, () =>
      Array.from({ length: 3 + int(random, 3) }, () => {
        const actor = pick(random, actors);
        const number = String(100 + int(random, 9900));
        const noun = pick(random, nouns);
        const quote = random() < 0.3 ? pick(random, phrases) : undefined;
        const date = `${pick(random, months)} ${1 + int(random, 28)}`;
        const sentence = quote
          ? `A spokesperson for ${actor.name} called the move “${quote}” on ${date}.`
          : `${actor.name} ${pick(random, verbs)} ${number} ${noun} to ${pick(random, places)} on ${date}.`;
        return { sentence, number: quote ? '' : number, quote };
      }),
    );
    return { key: `src-${i}`, file: `sources/src-${i}.md`, paragraphs };
  });
}

export function schemaText(sources: SourceText[], actors: Actor[]): string {
  const lines = ['# Generated for the benchmark.', 'version: 1', 'estimative: icd-203', '', 'sources:'];
  const grades = ['A', 'B', 'C', 'E'];
  sources.forEach((source, i) => {
    lines.push(`  ${source.key}:`, `    title: "Field report ${i}"`, `    publisher: "Desk ${i % 7}"`, `    date: 2025-0${1 + (i % 9)}-1${i % 10}`);
    lines.push(`    file: ${source.file}`, `    reliability: ${grades[i % grades.length]}`, `    credibility: ${1 + (i % 6)}`);
  });
  lines.push('', 'actors:');
  for (const actor of actors) {
    // Tens of thousands of actors are written one a line, so the schema stays under the 5 MB file limit.
    if (actors.length > 1000) lines.push(`  ${actor.key}: { name: ${actor.name}, aliases: [${actor.aliases.join(', ')}] }`);
    else lines.push(`  ${actor.key}:`, `    name: ${actor.name}`, '    kind: organization', `    aliases: [${actor.aliases.join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}

export function sourceFileText(source: SourceText): string {
  const body = source.paragraphs.map((paragraph) => paragraph.map((fact) => fact.sentence).join(' '));
  return [`# Field report ${source.key}`, '', ...body.flatMap((p) => [p, ''])].join('\n');
}

/** One assessment's lines: front matter, key judgments, then paragraphs of cited and uncited sentences. */
export function assessmentLines(index: number, targetLines: number, sources: SourceText[], actors: Actor[], random: () => number): string[] {
  const lines = ['---', `title: "Assessment ${index}"`, `date: 2025-0${1 + (index % 9)}-2${index % 8}`, '---', '', `# ${nameOf(index + 90_000)} outlook`, ''];
  lines.push('## Key Judgments', '');
  for (let k = 0; k < 2; k++) {
    const actor = pick(random, actors);
    const source = pick(random, sources);
    lines.push(`- We assess with ${pick(random, confidences)} confidence that ${actor.name} will ${pick(random, likelihoods)} ${pick(random, futures)} its ${pick(random, nouns)} [@${source.key}, ¶${1 + int(random, 12)}].`);
  }
  lines.push('', '## Detail', '');
  // Short paragraphs (one sentence, then a blank line): about 1.7 KB per 60 lines, as the workspace.
  while (lines.length < targetLines - 1) lines.push(detailSentence(random, sources, actors), '');
  return lines.slice(0, targetLines);
}

function detailSentence(random: () => number, sources: SourceText[], actors: Actor[]): string {
  const roll = random();
  const source = pick(random, sources);
  const p = int(random, source.paragraphs.length);
  const fact = pick(random, source.paragraphs[p]);
  const cite = `[@${source.key}, ¶${p + 1}]`;
  if (roll < 0.35) return `${fact.sentence.slice(0, -1)} ${cite}.`;
  if (roll < 0.45) return `${pick(random, actors).aliases[0]} ${pick(random, verbs)} ${100 + int(random, 900)} ${pick(random, nouns)} ${cite}.`;
  if (roll < 0.55) return `An official called it “${pick(random, phrases)} for now” ${cite}.`;
  if (roll < 0.7) return `${pick(random, actors).name} ${pick(random, verbs)} ${pick(random, nouns)} near ${pick(random, places)}.`;
  if (roll < 0.8) return `${pick(random, actors).name} will ${pick(random, futures)} its ${pick(random, nouns)} by ${pick(random, months)}.`;
  if (roll < 0.9) return `${pick(random, nonstandard)} ${pick(random, actors).aliases[1]} will ${pick(random, futures)} the ${pick(random, nouns)}.`.replace(/^./, (c) => c.toUpperCase());
  return `We judge that ${pick(random, actors).name} is ${pick(random, likelihoods)} to ${pick(random, futures)} ${pick(random, nouns)} [@${pick(random, sources).key}].`;
}

/**
 * The same assessment with inline markup, as analysts use it: the confidence of
 * each key judgment in bold, places in italics. The prose the checker reads is
 * the same; what changes is that no file is plain Markdown (plain-parts.ts),
 * so each must be parsed. No random draw: the rest of the workspace is unchanged.
 */
export function withInlineMarkup(text: string): string {
  const placeNames = new RegExp(`\\b(${places.join('|')})\\b`, 'g');
  return text.replace(/^(- We assess with )(\w+)( confidence)/gm, '$1**$2**$3').replace(placeNames, '*$1*');
}

/**
 * Writes the workspace into `dir`: claims-schema.yaml, sources/, assessments in
 * folders of 1,000 (assessments/g00, g01, …) and, if asked, long.assessment.md.
 */
export function writeWorkspace(dir: string, sizes: WorkspaceSizes): GeneratedWorkspace {
  const random = seededRandom(sizes.seed);
  const actors = makeActors(sizes.actors);
  const sources = makeSources(sizes.sources, actors, random);
  let bytes = 0;
  let files = 0;
  const write = (relative: string, text: string) => {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    files++;
  };
  write('claims-schema.yaml', schemaText(sources, actors));
  for (const source of sources) write(source.file, sourceFileText(source));
  let assessmentBytes = 0;
  for (let i = 0; i < sizes.assessments; i++) {
    const lines = assessmentLines(i, 60, sources, actors, random).join('\n') + '\n';
    const text = sizes.markedUp ? withInlineMarkup(lines) : lines;
    assessmentBytes += text.length;
    write(`assessments/g${String(Math.floor(i / 1000)).padStart(2, '0')}/a-${String(i).padStart(5, '0')}.assessment.md`, text);
  }
  const hoverAlias = actors[0].aliases[0];
  const typingWord = 'quartermasters';
  let longPath: string | undefined;
  if (sizes.longLines > 0) {
    const lines = assessmentLines(-1, sizes.longLines - 4, sources, actors, random);
    lines.splice(12, 0, `${hoverAlias} ${verbs[0]} 400 ${nouns[0]} to ${places[0]}.`, '', `The ${typingWord} ${verbs[1]} 300 ${nouns[1]} near ${places[1]}.`, '');
    longPath = path.join(dir, 'long.assessment.md');
    write('long.assessment.md', lines.join('\n') + '\n');
  }
  return { dir, assessmentsDir: path.join(dir, 'assessments'), longPath, hoverAlias, typingWord, bytes: assessmentBytes, files };
}

/** The schema-scale case: `actorCount` actors, a few sources, one assessment of about `kb` KB that mentions some of them. */
export function writeManyActorsCase(dir: string, actorCount: number, kb: number, seed: number): { full: string; few: string } {
  const random = seededRandom(seed);
  const actors = makeActors(actorCount, 1000);
  const mentioned = Array.from({ length: 60 }, (_, i) => actors[Math.floor((i * actorCount) / 60)]);
  const sources = makeSources(5, mentioned, random);
  const lines: string[] = [];
  let size = 0;
  let index = 0;
  while (size < kb * 1024) {
    const chunk = assessmentLines(index++, 60, sources, mentioned, random).slice(index === 1 ? 0 : 7);
    lines.push(...chunk);
    size += chunk.join('\n').length + 1;
  }
  const text = lines.join('\n') + '\n';
  const write = (relative: string, content: string) => {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), content);
  };
  for (const variant of ['full', 'few']) {
    write(`${variant}/claims-schema.yaml`, schemaText(sources, variant === 'full' ? actors : mentioned));
    for (const source of sources) write(`${variant}/${source.file}`, sourceFileText(source));
    write(`${variant}/big.assessment.md`, text);
  }
  return { full: path.join(dir, 'full'), few: path.join(dir, 'few') };
}
