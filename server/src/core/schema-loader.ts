import { createActorMatcher } from './model/actor-mentions.js';
import type { ModelContext } from './model/build-model.js';
import { parseClaimsSchema } from './schema/parse-schema.js';
import { readSourceFiles } from './schema/source-files.js';
import type { ClaimsSchema } from './schema/types.js';
import type { LoadedSchema } from './service-types.js';
import { buildSourceIndex } from './sources/source-index.js';
import type { SourceIndex } from './sources/types.js';
import type { WorkspaceHost } from './workspace-host.js';

/** Loads schemas by path, parsing each text once and indexing each source text once. */
export interface SchemaLoader {
  /** The loaded schema for this path and text (cached while the text is unchanged). */
  fromText(schemaPath: string, text: string): LoadedSchema;
  /** Reads and loads the schema at a path; undefined when it cannot be read. */
  load(schemaPath: string): LoadedSchema | undefined;
  /** Forgets everything, e.g. after a source file changed on disk. */
  clear(): void;
}

/** What an assessment without a schema is modelled with: no actors, no source URLs, ICD 203 terms. */
export const schemaFreeContext: ModelContext = { actors: createActorMatcher([]), vocabulary: 'icd-203', lookupUrl: () => undefined };

export function createSchemaLoader(host: WorkspaceHost): SchemaLoader {
  const schemas = new Map<string, LoadedSchema>();
  const indexSource = createSourceIndexCache();
  const fromText = (schemaPath: string, text: string): LoadedSchema => {
    const cached = schemas.get(schemaPath);
    if (cached && cached.text === text) return cached;
    const loaded = loadSchemaText(schemaPath, text, host, indexSource);
    schemas.set(schemaPath, loaded);
    return loaded;
  };
  return {
    fromText,
    load(schemaPath) {
      const read = host.readText(schemaPath);
      return 'error' in read ? undefined : fromText(schemaPath, read.text);
    },
    clear() {
      schemas.clear();
      indexSource.clear();
    },
  };
}

function loadSchemaText(schemaPath: string, text: string, host: WorkspaceHost, indexSource: SourceIndexCache): LoadedSchema {
  const schema = parseClaimsSchema(text);
  const { texts, problems } = readSourceFiles(schema, schemaPath, host);
  schema.problems.push(...problems);
  return {
    path: schemaPath,
    text,
    schema,
    sourceFiles: new Map(texts.map((t) => [t.key, { path: t.path, text: t.text }])),
    sourceIndexes: new Map(texts.map((t) => [t.key, indexSource(t.path, t.text)])),
    modelContext: modelContextOf(schema),
  };
}

function modelContextOf(schema: ClaimsSchema): ModelContext {
  const urls = new Map([...schema.sources.values()].filter((s) => s.url).map((s) => [normaliseUrl(s.url!), s.key]));
  return {
    actors: createActorMatcher(schema.actors.values()),
    vocabulary: schema.estimative,
    lookupUrl: (url) => urls.get(normaliseUrl(url)),
  };
}

/** Builds a source's index once per file text, however often the schema around it changes. */
type SourceIndexCache = ((path: string, text: string) => SourceIndex) & { clear(): void };

function createSourceIndexCache(): SourceIndexCache {
  const cache = new Map<string, { text: string; index: SourceIndex }>();
  const get = (path: string, text: string): SourceIndex => {
    const cached = cache.get(path);
    if (cached && cached.text === text) return cached.index;
    const index = buildSourceIndex(text);
    cache.set(path, { text, index });
    return index;
  };
  return Object.assign(get, { clear: () => cache.clear() });
}

function normaliseUrl(url: string): string {
  return url.trim().replace(/\/+$/, '').replace(/^http:/, 'https:');
}
