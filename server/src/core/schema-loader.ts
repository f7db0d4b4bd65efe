import path from 'node:path';
import { createActorMatcher } from './model/actor-mentions.js';
import type { ModelContext } from './model/build-model.js';
import { parseClaimsSchema } from './schema/parse-schema.js';
import { readSourceFiles, type ContainmentMemo, type SourceText } from './schema/source-files.js';
import type { ClaimsSchema, SchemaProblem } from './schema/types.js';
import type { LoadedSchema, SourceFile } from './service-types.js';
import { buildSourceIndex } from './sources/source-index.js';
import type { SourceIndex } from './sources/types.js';
import type { WorkspaceHost } from './workspace-host.js';

/** Loads schemas by path, parsing each text once and indexing each source text once. */
export interface SchemaLoader {
  /** The loaded schema for this path and text (cached while the text is unchanged). */
  fromText(schemaPath: string, text: string): LoadedSchema;
  /** Reads and loads the schema at a path; undefined when it cannot be read. */
  load(schemaPath: string): LoadedSchema | undefined;
  /**
   * What `load` would give the model (its modelContext), without reading or
   * indexing the sources: the workspace index needs only the actors and URLs.
   */
  modelContextOf(schemaPath: string): ModelContext | undefined;
  /** Forgets everything, e.g. after a source file changed on disk. */
  clear(): void;
  /** Entries per cache, for long-session tests. */
  sizes(): Record<string, number>;
}

/** What an assessment without a schema is modelled with: no actors, no source URLs, ICD 203 terms. */
export const schemaFreeContext: ModelContext = { actors: createActorMatcher([]), vocabulary: 'icd-203', lookupUrl: () => undefined };

export function createSchemaLoader(host: WorkspaceHost): SchemaLoader {
  const parsed = new Map<string, ParsedSchema>();
  // A half-typed schema (an unclosed bracket) would otherwise lose its actors
  // and sources for every assessment until the analyst finishes the line.
  const lastGood = new Map<string, ParsedSchema>();
  const loaded = new Map<string, AssembledSchema>();
  const staleLoaded = new Map<string, AssembledSchema>();
  const indexSource = createSourceIndexCache();
  const containment = new Map<string, ContainmentMemo>();
  const containmentOf = (schemaPath: string): ContainmentMemo => {
    let memo = containment.get(schemaPath);
    if (!memo) containment.set(schemaPath, (memo = new Map()));
    return memo;
  };
  const parseOf = (schemaPath: string, text: string): ParsedSchema => {
    let parse = parsed.get(schemaPath);
    if (!parse || parse.text !== text) {
      const schema = parseClaimsSchema(text);
      const keepsLastGood = (schema.syntaxErrors ?? 0) > 0 && lastGood.has(schemaPath);
      parse = { text, schema: keepsLastGood ? withKeptNote(schema) : schema, modelContext: modelContextOf(schema), keepsLastGood };
      parsed.set(schemaPath, parse);
      if (!schema.syntaxErrors) lastGood.set(schemaPath, parse);
    }
    return parse;
  };
  // Source files are read on every load (a cheap read) so that an edit to one
  // is seen without any watcher; they are re-indexed only when their text changed.
  // A snapshot's do not change: a run of thousands of files reads them once.
  // Nor while the host says nothing could read otherwise (its change token is the same).
  const loadParse = (schemaPath: string, parse: ParsedSchema, cache: Map<string, AssembledSchema>, stale?: string): LoadedSchema => {
    const cached = cache.get(schemaPath);
    const token = host.changeToken?.();
    if (cached?.parse === parse && (host.snapshot || (token !== undefined && cached.token === token))) return cached;
    const { texts, problems } = readSourceFiles(parse.schema, schemaPath, host, containmentOf(schemaPath));
    // The same texts with other problems (a source deleted after it was refused) is another result.
    if (cached && cached.parse === parse && sameSources(cached.sourceFiles, texts) && sameProblems(cached.sourceProblems, problems)) {
      cached.token = token;
      return cached;
    }
    const result: AssembledSchema = { ...assemble(schemaPath, parse, texts, problems, indexSource), ...(stale ? { stale } : {}), token };
    cache.set(schemaPath, result);
    return result;
  };
  return {
    fromText: (schemaPath, text) => loadParse(schemaPath, parseOf(schemaPath, text), loaded),
    load(schemaPath) {
      const read = host.readText(schemaPath);
      if ('error' in read) return undefined;
      const parse = parseOf(schemaPath, read.text);
      const good = lastGood.get(schemaPath);
      if (!parse.keepsLastGood || !good) return loadParse(schemaPath, parse, loaded);
      return loadParse(schemaPath, good, staleLoaded, `${path.basename(schemaPath)} has a YAML syntax error; until it is fixed, this assessment is checked against the last version without one`);
    },
    modelContextOf(schemaPath) {
      const read = host.readText(schemaPath);
      if ('error' in read) return undefined;
      const parse = parseOf(schemaPath, read.text);
      return (parse.keepsLastGood ? lastGood.get(schemaPath) ?? parse : parse).modelContext;
    },
    sizes: () => ({ schemaParses: parsed.size, schemaLastGood: lastGood.size, schemasLoaded: loaded.size + staleLoaded.size, sourceIndexes: indexSource.size() }),
    clear() {
      parsed.clear();
      lastGood.clear();
      loaded.clear();
      staleLoaded.clear();
      indexSource.clear();
      containment.clear();
    },
  };
}

/** The host's change token when the sources were last read for it. */
type AssembledSchema = LoadedSchema & { parse: ParsedSchema; sourceProblems: SchemaProblem[]; token?: string };

/** The schema file itself says, at its top, that assessments keep its last good version. */
function withKeptNote(schema: ClaimsSchema): ClaimsSchema {
  const note: SchemaProblem = {
    code: 'schema-error',
    message: 'This file has a YAML syntax error: until it is fixed, assessments are checked against its last version without one.',
    span: { start: 0, end: 1 },
  };
  return { ...schema, problems: [note, ...schema.problems] };
}

/** One parse of one schema text, shared by every load while the text is unchanged. */
interface ParsedSchema {
  text: string;
  schema: ClaimsSchema;
  modelContext: ModelContext;
  /** A YAML syntax error, with an earlier good version to serve assessments meanwhile. */
  keepsLastGood: boolean;
}

function assemble(schemaPath: string, parse: ParsedSchema, texts: SourceText[], problems: SchemaProblem[], indexSource: SourceIndexCache): AssembledSchema {
  return {
    path: schemaPath,
    text: parse.text,
    schema: { ...parse.schema, problems: [...parse.schema.problems, ...problems] },
    sourceFiles: new Map(texts.map((t) => [t.key, { path: t.path, text: t.text }])),
    sourceIndexes: new LazyIndexes(texts.map((t) => [t.key, () => indexSource(t.path, t.text)])),
    modelContext: parse.modelContext,
    parse,
    sourceProblems: problems,
  };
}

function sameProblems(a: SchemaProblem[], b: SchemaProblem[]): boolean {
  return a.length === b.length && a.every((problem, i) => problem.message === b[i].message && problem.span.start === b[i].span.start);
}

function sameSources(files: Map<string, SourceFile>, texts: SourceText[]): boolean {
  return files.size === texts.length && texts.every((t) => files.get(t.key)?.path === t.path && files.get(t.key)?.text === t.text);
}

function modelContextOf(schema: ClaimsSchema): ModelContext {
  const urls = new Map([...schema.sources.values()].filter((s) => s.url).map((s) => [normaliseUrl(s.url!), s.key]));
  return {
    actors: createActorMatcher(schema.actors.values()),
    vocabulary: schema.estimative,
    lookupUrl: (url) => urls.get(normaliseUrl(url)),
  };
}

/**
 * A schema's source indexes, each built when first asked for: a run that
 * checks the schema file itself, or assessments citing a few of its sources,
 * never indexes the rest (a command-line run's main thread indexed 200 sources
 * only to check the schema). Reading every entry builds them all.
 */
class LazyIndexes extends Map<string, SourceIndex> {
  private readonly builders: Map<string, () => SourceIndex>;

  constructor(builders: Array<[string, () => SourceIndex]>) {
    super();
    this.builders = new Map(builders);
  }

  override get(key: string): SourceIndex | undefined {
    const built = super.get(key);
    if (built !== undefined) return built;
    const build = this.builders.get(key);
    if (!build) return undefined;
    const index = build();
    super.set(key, index);
    return index;
  }

  override has(key: string): boolean {
    return this.builders.has(key);
  }

  override get size(): number {
    return this.builders.size;
  }

  override entries(): MapIterator<[string, SourceIndex]> {
    return this.all().entries();
  }

  override keys(): MapIterator<string> {
    return this.builders.keys();
  }

  override values(): MapIterator<SourceIndex> {
    return this.all().values();
  }

  override [Symbol.iterator](): MapIterator<[string, SourceIndex]> {
    return this.entries();
  }

  override forEach(callback: (value: SourceIndex, key: string, map: Map<string, SourceIndex>) => void, thisArg?: unknown): void {
    this.all().forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  /** Every index, built, in the schema's order. */
  private all(): Map<string, SourceIndex> {
    return new Map([...this.builders.keys()].map((key) => [key, this.get(key)!]));
  }
}

/** Builds a source's index once per file text, however often the schema around it changes. */
type SourceIndexCache = ((path: string, text: string) => SourceIndex) & { clear(): void; size(): number };

function createSourceIndexCache(): SourceIndexCache {
  const cache = new Map<string, { text: string; index: SourceIndex }>();
  const get = (path: string, text: string): SourceIndex => {
    const cached = cache.get(path);
    if (cached && cached.text === text) return cached.index;
    const index = buildSourceIndex(text);
    cache.set(path, { text, index });
    return index;
  };
  return Object.assign(get, { clear: () => cache.clear(), size: () => cache.size });
}

function normaliseUrl(url: string): string {
  return url.trim().replace(/\/+$/, '').replace(/^http:/, 'https:');
}
