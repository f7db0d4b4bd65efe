import path from 'node:path';
import { codeActionsAt } from './features/code-actions.js';
import { codeLensesOf, unsourcedSentences } from './features/code-lens.js';
import { completeAt, completeInSchema } from './features/completion.js';
import { definitionAt, definitionInSchema } from './features/definition.js';
import { hoverAt, hoverInSchema } from './features/hover.js';
import { finish, type Steps } from './features/nav-uses.js';
import { prepareActorCards, prepareWorkspaceActorCards } from './features/card-preparation.js';
import { referencesInSteps } from './features/references.js';
import { prepareRenameOf, renameInSteps, type RenameResult } from './features/rename.js';
import { symbolAt, symbolInSchema, type SymbolTarget } from './features/symbol-at.js';
import { documentSymbolsOf, workspaceSymbolsOf } from './features/symbols.js';
import type {
  Analysis, CodeActionEntry, CodeLensEntry, CompletionEntry, FileEdits, FileLocation, HoverCard, SymbolEntry, WorkspaceAssessments,
} from './features/types.js';
import { buildAssessmentModel } from './model/build-model.js';
import { indexKeysOf } from './model/index-model.js';
import { createDocumentParser, type DocumentParser, type ParseStats } from './model/incremental-parse.js';
import { RecentMap } from './recent-map.js';
import { MentionTally, sameCount } from './mention-tally.js';
import { compactSummary, summaryOf, type AssessmentSummary } from './workspace-index.js';
import { KeyInterner } from './compact-key-set.js';
import type { AssessmentModel } from './model/types.js';
import { assessmentFiguresOf } from './report/figures.js';
import { checkAssessmentRules, checkSchemaRules } from './rules/index.js';
import { locateSchema, schemaFileName } from './schema-discovery.js';
import { createSchemaLoader, schemaFreeContext } from './schema-loader.js';
import { createSchemaUsage } from './schema-usage.js';
import { citedKeysOf, unionOfCitedKeys } from './rules/unused-source.js';
import { schemaCodeActions } from './features/action-remove-source.js';
import type { CheckOptions, FileResult, LoadedSchema } from './service-types.js';
import { sourcingStatsOf } from './sourcing.js';
import type { Span } from './text/line-index.js';
import type { WorkspaceHost } from './workspace-host.js';

export type { CheckOptions, FileResult, LoadedSchema, SourcingStats } from './service-types.js';
export type { WorkspaceHost, ReadResult } from './workspace-host.js';
export type * from './features/types.js';
export type { StepProgress, Steps } from './features/nav-uses.js';
export type * from './report/types.js';

export { schemaFileName };
export { summaryOf, type AssessmentSummary } from './workspace-index.js';

/** Whether a path names a claims schema (its features differ from an assessment's). */
export const isSchemaPath = (filePath: string): boolean => path.basename(filePath) === schemaFileName;

/** One document as an editor holds it: path, current text and the settings in force for it. */
export interface DocumentInput {
  path: string;
  text: string;
  options?: CheckOptions;
}

/** The one facade over the core: every surface (CLI, language server) goes through it. */
export interface TradecraftService {
  /** The schema an assessment uses: front matter `schema:`, else the nearest claims-schema.yaml above it. */
  findSchemaFor(assessmentPath: string, text: string): string | undefined;
  /** Loads (or returns the cached) schema at a path, with its sources indexed; undefined when unreadable. */
  loadSchema(schemaPath: string): LoadedSchema | undefined;
  /** Builds the model of one assessment version against a schema. */
  buildModel(text: string, schema?: LoadedSchema): AssessmentModel;
  /** Analyses one assessment version once: model, schema and findings, cached while nothing changes. */
  analyse(doc: DocumentInput): Analysis;
  /** Checks one assessment. `options.schemaPath` overrides discovery (CLI --schema). */
  checkAssessment(assessmentPath: string, text: string, options?: CheckOptions): FileResult;
  /** Checks a claims-schema.yaml file itself. */
  checkSchema(schemaPath: string, text: string, options?: CheckOptions): FileResult;
  /** The hover card at an offset: an actor, a citation, an estimative term, a schema key. */
  hover(doc: DocumentInput, offset: number): HoverCard | undefined;
  /**
   * Builds the card briefings of the actors an assessment mentions, in short steps, so that the first hover on
   * each is quick. Works from the analysis of exactly this text and makes none: nothing when the text was not analysed.
   */
  prepareActorCardsInSteps(doc: DocumentInput): Steps<number>;
  /**
   * The same for the actors the indexed assessments of a schema mention most (card-preparation.ts): what the
   * language server does in idle time once the workspace is indexed. Loads the schema in its first step.
   */
  prepareWorkspaceCardsInSteps(schemaPath: string): Steps<number>;
  /** Completions at an offset: source keys, `¶n` locators, actors, terms; actor keys in the schema. */
  complete(doc: DocumentInput, offset: number): CompletionEntry[];
  /** Where the citation, locator or actor at an offset is defined. */
  definition(doc: DocumentInput, offset: number): FileLocation[];
  /** Every use of the actor or source at an offset, across the workspace's assessments and the schema. */
  references(doc: DocumentInput, offset: number, includeDeclaration: boolean): FileLocation[];
  /** The same, one assessment analysed per step: the language server pauses between steps for other requests, reports progress and stops when cancelled. */
  referencesInSteps(doc: DocumentInput, offset: number, includeDeclaration: boolean): Steps<FileLocation[]>;
  /** The key that would be renamed at an offset, or why nothing can be. */
  prepareRename(doc: DocumentInput, offset: number): { span: Span; placeholder: string } | { error: string };
  /** The edits that rename the actor or source key at an offset everywhere. */
  rename(doc: DocumentInput, offset: number, newName: string): RenameResult;
  /** The same, one assessment analysed per step. */
  renameInSteps(doc: DocumentInput, offset: number, newName: string): Steps<RenameResult>;
  /** The outline: headings with key judgments beneath them. */
  documentSymbols(doc: DocumentInput): SymbolEntry[];
  /** Actors and sources of the workspace's schemas matching a query. */
  workspaceSymbols(query: string): SymbolEntry[];
  /** Quick fixes for the findings in a span and "cite a source" for the sentence there, of the kinds asked for. */
  codeActions(doc: DocumentInput, span: Span, only?: string[]): CodeActionEntry[];
  /** The sourcing summary lens at the top of an assessment. */
  codeLenses(doc: DocumentInput): CodeLensEntry[];
  /** The sentences flagged as unsourced assertions. */
  unsourced(doc: DocumentInput): FileLocation[];
  /** The keys cited by the assessments (by default the workspace's) that use a schema; undefined when none does. */
  citedKeysFor(schemaPath: string, assessments?: readonly string[]): ReadonlySet<string> | undefined;
  /** Forgets cached schemas, sources and analyses, e.g. after a file changed on disk. */
  invalidate(): void;
  /**
   * Puts an assessment in the workspace index from one parse, without checking it
   * (a workspace check indexes everything first, then checks). An assessment
   * already analysed keeps its exact summary; false when the file was already indexed.
   */
  index(doc: DocumentInput): boolean;
  /** The summary `index` would keep for a document (one parse, no rules), without keeping it: what a worker thread sends back. */
  indexSummaryOf(doc: DocumentInput): AssessmentSummary;
  /**
   * Puts a summary made elsewhere (a worker thread of the language server) in the
   * workspace index. Unless `replace`, a file already indexed keeps its own; false
   * when nothing was put.
   */
  putSummary(summary: AssessmentSummary, replace?: boolean): boolean;
  /** Forgets one document's analysis (closed, deleted): nothing is kept for documents gone. */
  forget(path: string): void;
  /** How many entries each cache holds (long-session tests watch these). */
  cacheSizes(): Record<string, number>;
  /** How a document's last version was parsed, whole or only around the change; undefined when no parse tree is kept for it. */
  parseStatsOf(path: string): ParseStats | undefined;
}

/** How the service keeps its caches; the defaults suit tests and the CLI. */
export interface ServiceOptions {
  /**
   * Whether workspace features analyse a listed assessment the index has not
   * seen yet (true: tests, small workspaces). The language server indexes every
   * file as it checks the workspace, so a hover during that check counts only
   * what is indexed so far instead of waiting for the rest.
   */
  indexOnDemand?: boolean;
  /** How many analyses (with their parse trees) are kept: the most recently used ones. */
  heldAnalyses?: number;
  /** False: no block of an earlier build is reused (a command-line run, in which no file is checked twice). */
  reuseBlocks?: boolean;
}

/** Creates the service over a host that reads files (disk, editor buffers or memory). */
export function createTradecraftService(host: WorkspaceHost, serviceOptions: ServiceOptions = {}): TradecraftService {
  const schemas = createSchemaLoader(host);
  // An analysis held whole stands in the index for its summary, made only when asked for or when the
  // analysis is let go: a keystroke does not pay for a summary no hover may read.
  const index = new Map<string, { summary: AssessmentSummary } | { of: Analysis }>();
  // Every write to the index below that changes what it says of a file tells the tally.
  const tally = new MentionTally();
  const interner = new KeyInterner();
  const summaryAt = (filePath: string): AssessmentSummary | undefined => {
    const entry = index.get(filePath);
    if (!entry || 'summary' in entry) return entry?.summary;
    const summary = compactSummary(summaryOf(entry.of), interner);
    index.set(filePath, { summary });
    return summary;
  };
  const analyses = new RecentMap<string, HeldAnalysis>(serviceOptions.heldAnalyses ?? 256, (filePath) => summaryAt(filePath));
  // The documents analysed again since their first analysis, with their last parse tree (see incremental-parse.ts).
  const parsers = new RecentMap<string, DocumentParser>(16);

  const analyse = (doc: DocumentInput): Analysis => {
    const { path: schemaPath, refused: schemaRefused } = locateSchema(doc.path, doc.text, host, doc.options);
    const schema = schemaPath && !schemaRefused ? schemas.load(schemaPath) : undefined;
    const key = `${JSON.stringify([doc.options?.severity ?? {}, doc.options?.limits ?? {}])}\u0000${doc.options?.reportUnusedSuppressions === true}`;
    const held = analyses.get(doc.path);
    if (held && held.analysis.text === doc.text && held.key === key && held.schema === schema) return held.analysis;
    // A parse tree is kept only for the few documents being edited (an open buffer, or one analysed again):
    // a workspace check of thousands keeps none.
    let parser = parsers.get(doc.path);
    if (!parser && (held || doc.options?.editing)) parsers.set(doc.path, (parser = createDocumentParser()));
    const model = buildAssessmentModel(doc.text, schema?.modelContext ?? schemaFreeContext, { limits: doc.options?.limits, parser, reuseBlocks: serviceOptions.reuseBlocks });
    // The loaded schema is a new object whenever the schema or a source text changes: it stands for both.
    const context = { model, schema: schema?.schema, sourceIndex: (k: string) => schema?.sourceIndexes.get(k), schemaVersion: schema ?? schemaFreeContext };
    const findings = checkAssessmentRules(context, doc.options?.severity, doc.options?.reportUnusedSuppressions);
    const analysis: Analysis = { path: doc.path, text: doc.text, model, schemaPath, schema, schemaRefused, findings };
    analyses.set(doc.path, { key, schema, analysis });
    index.set(doc.path, { of: analysis });
    tally.changed(doc.path);
    return analysis;
  };

  const analyseFromHost = (filePath: string, options?: CheckOptions): Analysis | undefined => {
    const read = host.readText(filePath);
    return 'error' in read ? undefined : analyse({ path: filePath, text: read.text, options: { schemaPath: options?.schemaPath, workspaceRoot: options?.workspaceRoot } });
  };

  const workspace = (options?: CheckOptions): WorkspaceAssessments => {
    const listedSummary = (p: string): AssessmentSummary | undefined =>
      summaryAt(p) ?? (serviceOptions.indexOnDemand === false ? undefined : analyseFromHost(p, options) && summaryAt(p));
    return {
      summaries: () => (host.listWorkspace?.().assessments ?? []).flatMap((p) => listedSummary(p) ?? []),
      mentions: (schemaPath) => tally.of(schemaPath, host.listWorkspace?.().assessments ?? [], listedSummary),
      analysis: (p) => analyses.get(p)?.analysis ?? analyseFromHost(p, options),
    };
  };

  const usage = createSchemaUsage({
    host,
    schemaPathFor: (p, text) => {
      const found = locateSchema(p, text, host);
      return found.refused ? undefined : found.path;
    },
    heldAnalysis: (p, text) => (analyses.peek(p)?.analysis.text === text ? analyses.peek(p)!.analysis : undefined),
    buildModel: (text, schemaPath) => buildAssessmentModel(text, (schemaPath ? schemas.load(schemaPath) : undefined)?.modelContext ?? schemaFreeContext),
  });
  const citedKeysFor = (schemaPath: string, assessments?: readonly string[]): ReadonlySet<string> | undefined => {
    if (assessments || serviceOptions.indexOnDemand !== false) return usage.citedKeysFor(schemaPath, assessments ?? host.listWorkspace?.().assessments ?? []);
    // The language server: what the index holds, never a read or a parse of the other assessments.
    return unionOfCitedKeys(workspace().summaries().filter((summary) => summary.schemaPath === schemaPath).map((summary) => summary.citedKeys));
  };

  const indexSummaryOf = (doc: DocumentInput): AssessmentSummary => {
    const { path: schemaPath, refused } = locateSchema(doc.path, doc.text, host, doc.options);
    // Only the schema's actors and URLs count here: its sources are neither read nor indexed.
    const context = schemaPath && !refused ? schemas.modelContextOf(schemaPath) : undefined;
    return { path: doc.path, schemaPath: context ? schemaPath : undefined, ...indexKeysOf(doc.text, context ?? schemaFreeContext) };
  };

  const schemaDoc = (doc: DocumentInput): LoadedSchema => schemas.fromText(doc.path, doc.text);
  const targetAt = (doc: DocumentInput, offset: number): { target?: SymbolTarget; schema?: LoadedSchema } => {
    if (isSchemaPath(doc.path)) return { target: symbolInSchema(schemaDoc(doc), offset), schema: schemaDoc(doc) };
    const analysis = analyse(doc);
    return { target: symbolAt(analysis, offset), schema: analysis.schema };
  };

  const service: TradecraftService = {
    findSchemaFor: (assessmentPath, text) => locateSchema(assessmentPath, text, host).path,
    loadSchema: (schemaPath) => schemas.load(schemaPath),
    buildModel: (text, loaded) => buildAssessmentModel(text, loaded?.modelContext ?? schemaFreeContext),
    analyse,
    checkAssessment(assessmentPath, text, options = {}) {
      const analysis = analyse({ path: assessmentPath, text, options });
      const { schemaPath, schema, schemaRefused, model, findings } = analysis;
      const result: FileResult = {
        path: assessmentPath,
        kind: 'assessment',
        text,
        findings,
        stats: sourcingStatsOf(model, schema?.schema),
        schemaPath: schema ? schemaPath : undefined,
        dependencies: dependenciesOf(schemaPath, schema),
        citedKeys: [...citedKeysOf(model)],
      };
      if (schemaPath && !schema) result.schemaProblem = schemaRefused ?? `cannot read schema ${schemaPath}: ${readError(host, schemaPath)}`;
      else if (schema?.stale) result.schemaProblem = schema.stale;
      if (options.withFigures) result.figures = assessmentFiguresOf(analysis);
      return result;
    },
    checkSchema(schemaPath, text, options = {}) {
      const loaded = schemas.fromText(schemaPath, text);
      const findings = checkSchemaRules(loaded.schema, options.severity, options.citedKeys);
      const stats = { assertions: 0, sourcedAssertions: 0, judgments: 0 };
      return { path: schemaPath, kind: 'schema', text, findings, stats, schemaPath, dependencies: sourcePathsOf(loaded), citedKeys: [] };
    },
    *prepareActorCardsInSteps(doc) {
      // Only the analysis of exactly this text, never a new one: the document may have changed or closed since.
      const held = analyses.peek(doc.path)?.analysis;
      return held?.text === doc.text && !isSchemaPath(doc.path) ? yield* prepareActorCards(held, workspace(doc.options)) : 0;
    },
    *prepareWorkspaceCardsInSteps(schemaPath) {
      const loaded = schemas.load(schemaPath);
      if (!loaded) return 0;
      yield { done: 0, total: 1 };
      return yield* prepareWorkspaceActorCards(loaded, workspace());
    },
    hover: (doc, offset) =>
      isSchemaPath(doc.path)
        ? hoverInSchema(schemaDoc(doc), offset, workspace(), doc.options?.paragraphLinks)
        : hoverAt(analyse(doc), offset, workspace(doc.options), doc.options?.paragraphLinks),
    complete: (doc, offset) => (isSchemaPath(doc.path) ? completeInSchema(schemaDoc(doc), offset) : completeAt(analyse(doc), offset)),
    definition: (doc, offset) => (isSchemaPath(doc.path) ? definitionInSchema(schemaDoc(doc), offset) : definitionAt(analyse(doc), offset)),
    references: (doc, offset, includeDeclaration) => finish(service.referencesInSteps(doc, offset, includeDeclaration)),
    *referencesInSteps(doc, offset, includeDeclaration) {
      const { target, schema } = targetAt(doc, offset);
      return target && schema ? yield* referencesInSteps(target, schema, workspace(doc.options), includeDeclaration) : [];
    },
    prepareRename(doc, offset) {
      const { target, schema } = targetAt(doc, offset);
      return prepareRenameOf(target, schema);
    },
    rename: (doc, offset, newName) => finish(service.renameInSteps(doc, offset, newName)),
    renameInSteps(doc, offset, newName) {
      const { target, schema } = targetAt(doc, offset);
      return renameInSteps(target, schema, workspace(doc.options), newName);
    },
    documentSymbols: (doc) => (isSchemaPath(doc.path) ? [] : documentSymbolsOf(analyse(doc))),
    workspaceSymbols: (query) => workspaceSymbolsOf((host.listWorkspace?.().schemas ?? []).flatMap((p) => schemas.load(p) ?? []), query),
    codeActions: (doc, span, only) => (isSchemaPath(doc.path) ? schemaCodeActions(schemaDoc(doc), span, citedKeysFor(doc.path), only) : codeActionsAt(analyse(doc), span, only)),
    codeLenses: (doc) => (isSchemaPath(doc.path) ? [] : codeLensesOf(analyse(doc), sourcingStatsOf(analyse(doc).model, analyse(doc).schema?.schema))),
    unsourced: (doc) => (isSchemaPath(doc.path) ? [] : unsourcedSentences(analyse(doc))),
    citedKeysFor,
    invalidate: () => {
      schemas.clear();
      analyses.clear();
      parsers.clear();
      index.clear();
      tally.reset();
      usage.clear();
    },
    index(doc) {
      if (index.has(doc.path)) return false;
      index.set(doc.path, { summary: indexSummaryOf(doc) });
      tally.changed(doc.path);
      return true;
    },
    indexSummaryOf,
    putSummary(summary, replace = false) {
      const before = index.get(summary.path);
      if (!replace && before) return false;
      index.set(summary.path, { summary: compactSummary(summary, interner) });
      // A workspace check puts again, for every file, what its indexing put: the tally has nothing to recount.
      if (!(before && 'summary' in before && sameCount(before.summary, summary))) tally.changed(summary.path);
      return true;
    },
    forget: (filePath) => {
      analyses.delete(filePath);
      parsers.delete(filePath);
      index.delete(filePath);
      tally.changed(filePath);
    },
    cacheSizes: () => ({ analyses: analyses.size, parseTrees: parsers.size, indexed: index.size, ...schemas.sizes() }),
    parseStatsOf: (filePath) => parsers.peek(filePath)?.stats,
  };
  return service;
}

/** An analysis held for a path, and what it was made with. */
interface HeldAnalysis {
  key: string;
  schema?: LoadedSchema;
  analysis: Analysis;
}

/** One array per schema version: thousands of assessments share it (the server keeps one per file). */
const assessmentDependencies = new WeakMap<LoadedSchema, string[]>();

function dependenciesOf(schemaPath: string | undefined, schema: LoadedSchema | undefined): string[] {
  if (!schema || schema.path !== schemaPath) return [...(schemaPath ? [schemaPath] : []), ...sourcePathsOf(schema)];
  let dependencies = assessmentDependencies.get(schema);
  if (!dependencies) assessmentDependencies.set(schema, (dependencies = [schema.path, ...sourcePathsOf(schema)]));
  return dependencies;
}

/**
 * Every source file a schema names, read or not: a check depends on a missing or
 * refused one too, since creating it or pointing it back inside changes the answer.
 * Paths as written resolved against the schema's folder; nothing is read here.
 */
function sourcePathsOf(schema: LoadedSchema | undefined): string[] {
  if (!schema) return [];
  const root = path.dirname(schema.path);
  return [...schema.schema.sources.values()].flatMap((source) => (source.file === undefined ? [] : [path.resolve(root, source.file)]));
}

function readError(host: WorkspaceHost, filePath: string): string {
  const read = host.readText(filePath);
  return 'error' in read ? read.error : 'unreadable';
}
