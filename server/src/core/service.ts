import path from 'node:path';
import { createActorMatcher } from './model/actor-mentions.js';
import { buildAssessmentModel, type ModelContext } from './model/build-model.js';
import { frontMatterBlock, schemaFromFrontMatter } from './model/front-matter.js';
import type { AssessmentModel } from './model/types.js';
import { checkAssessmentRules, checkSchemaRules, type SeverityOverrides } from './rules/index.js';
import { parseClaimsSchema } from './schema/parse-schema.js';
import { readSourceFiles } from './schema/source-files.js';
import type { ClaimsSchema } from './schema/types.js';
import type { FileResult, SourcingStats } from './service-types.js';
import { buildSourceIndex } from './sources/source-index.js';
import type { SourceIndex } from './sources/types.js';
import type { WorkspaceHost } from './workspace-host.js';

export type { FileResult, SourcingStats } from './service-types.js';
export type { WorkspaceHost, ReadResult } from './workspace-host.js';

/** The file name of the claims schema, found walking up from an assessment. */
export const schemaFileName = 'claims-schema.yaml';

/** A schema with its source texts indexed, rebuilt only when its text changes. */
export interface LoadedSchema {
  path: string;
  text: string;
  schema: ClaimsSchema;
  sourceIndexes: Map<string, SourceIndex>;
  /** What the model needs from this schema, built once per schema version. */
  modelContext: ModelContext;
}

/** The one facade over the core: every surface (CLI, language server) goes through it. */
export interface TradecraftService {
  /** The schema an assessment uses: front matter `schema:`, else the nearest claims-schema.yaml above it. */
  findSchemaFor(assessmentPath: string, text: string): string | undefined;
  /** Loads (or returns the cached) schema at a path, with its sources indexed; undefined when unreadable. */
  loadSchema(schemaPath: string): LoadedSchema | undefined;
  /** Builds the model of one assessment version against a schema. */
  buildModel(text: string, schema?: LoadedSchema): AssessmentModel;
  /** Checks one assessment. `schemaPath` overrides discovery (CLI --schema). */
  checkAssessment(assessmentPath: string, text: string, options?: { schemaPath?: string }): FileResult;
  /** Checks a claims-schema.yaml file itself. */
  checkSchema(schemaPath: string, text: string): FileResult;
  /** Forgets cached schemas and sources, e.g. after a file changed on disk. */
  invalidate(): void;
}

/** Creates the service over a host that reads files (disk, editor buffers or memory). */
export function createTradecraftService(host: WorkspaceHost, overrides: SeverityOverrides = {}): TradecraftService {
  const schemas = new Map<string, LoadedSchema>();
  const indexSource = createSourceIndexCache();

  // One parse per schema text, whether the schema is checked itself or used by assessments.
  const schemaFromText = (schemaPath: string, text: string): LoadedSchema => {
    const cached = schemas.get(schemaPath);
    if (cached && cached.text === text) return cached;
    const loaded = loadSchemaText(schemaPath, text, host, indexSource);
    schemas.set(schemaPath, loaded);
    return loaded;
  };

  const loadSchema = (schemaPath: string): LoadedSchema | undefined => {
    const read = host.readText(schemaPath);
    return 'error' in read ? undefined : schemaFromText(schemaPath, read.text);
  };

  const buildModel = (text: string, loaded?: LoadedSchema): AssessmentModel =>
    buildAssessmentModel(text, loaded?.modelContext ?? schemaFreeContext);

  return {
    findSchemaFor: (assessmentPath, text) => findSchemaPath(assessmentPath, text, host),
    loadSchema,
    buildModel,
    checkAssessment(assessmentPath, text, options = {}) {
      const schemaPath = options.schemaPath ?? findSchemaPath(assessmentPath, text, host);
      const loaded = schemaPath ? loadSchema(schemaPath) : undefined;
      const model = buildModel(text, loaded);
      const findings = checkAssessmentRules(
        { model, schema: loaded?.schema, sourceIndex: (key) => loaded?.sourceIndexes.get(key) },
        overrides,
      );
      const result: FileResult = { path: assessmentPath, kind: 'assessment', text, findings, stats: statsOf(model), schemaPath: loaded ? schemaPath : undefined };
      if (schemaPath && !loaded) result.schemaProblem = `cannot read schema ${schemaPath}: ${readError(host, schemaPath)}`;
      return result;
    },
    checkSchema(schemaPath, text) {
      const findings = checkSchemaRules(schemaFromText(schemaPath, text).schema, overrides);
      return { path: schemaPath, kind: 'schema', text, findings, stats: { assertions: 0, sourcedAssertions: 0, judgments: 0 }, schemaPath };
    },
    invalidate: () => {
      schemas.clear();
      indexSource.clear();
    },
  };
}

function loadSchemaText(schemaPath: string, text: string, host: WorkspaceHost, indexSource: SourceIndexCache): LoadedSchema {
  const schema = parseClaimsSchema(text);
  const { texts, problems } = readSourceFiles(schema, schemaPath, host);
  schema.problems.push(...problems);
  const sourceIndexes = new Map(texts.map((t) => [t.key, indexSource(t.path, t.text)]));
  return { path: schemaPath, text, schema, sourceIndexes, modelContext: modelContextOf(schema) };
}

/** What an assessment without a schema is modelled with: no actors, no source URLs, ICD 203 terms. */
const schemaFreeContext: ModelContext = { actors: createActorMatcher([]), vocabulary: 'icd-203', lookupUrl: () => undefined };

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

/** Front matter `schema:` (relative to the assessment) wins; else walk up to the nearest schema file. */
function findSchemaPath(assessmentPath: string, text: string, host: WorkspaceHost): string | undefined {
  const dir = path.dirname(assessmentPath);
  const block = frontMatterBlock(text);
  const declared = block === undefined ? undefined : schemaFromFrontMatter(block);
  if (declared) return path.resolve(dir, declared);
  for (let current = dir; ; current = path.dirname(current)) {
    const candidate = path.join(current, schemaFileName);
    if (host.fileExists(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

function readError(host: WorkspaceHost, filePath: string): string {
  const read = host.readText(filePath);
  return 'error' in read ? read.error : 'unreadable';
}

function statsOf(model: AssessmentModel): SourcingStats {
  const assertions = model.sentences.filter((s) => s.claim === 'assertion');
  return {
    assertions: assertions.length,
    sourcedAssertions: assertions.filter((s) => s.citations.length > 0).length,
    judgments: model.sentences.filter((s) => s.isJudgment).length,
  };
}

function normaliseUrl(url: string): string {
  return url.trim().replace(/\/+$/, '').replace(/^http:/, 'https:');
}
