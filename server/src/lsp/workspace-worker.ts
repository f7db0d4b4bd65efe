// A worker thread of the language server's workspace check (workspace-pool.ts):
// it indexes or checks the assessments it is sent with a service of its own and
// sends back what the main thread publishes, so that the main thread stays free
// for keystrokes and hovers. The server's bundle starts as one when workerData
// says so. Schemas and sources are read from the editor's buffers the main
// thread forwards (the overlay), else from disk, as the editor host does.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver/node.js';
import { createTradecraftService, summaryOf, type DocumentInput, type FileResult, type WorkspaceHost } from '../core/service.js';
import { isRegularFile, resolveLinks } from '../node/disk-host.js';
import { createStatCachedReader } from '../node/stat-cached-reader.js';
import { TextPositions, toDiagnostic } from './convert.js';

/** The marker in workerData by which the server's bundle knows it was started as a workspace worker. */
export const workspaceWorkerMarker = 'tradecraftWorkspaceWorker';

/** One file to index or check: its text as the main thread read it, and its settings. */
export type WorkItem = DocumentInput;

/** What the main thread sends. */
export type ToWorker =
  | { type: 'index' | 'check'; batch: number; items: WorkItem[] }
  /** The open buffers that are not assessments (schemas, sources), replacing the last ones sent. */
  | { type: 'overlay'; texts: Array<[string, string]> }
  /** Files changed on disk: stat them again on their next read. */
  | { type: 'forget'; paths: string[] };

/** What `index` gives for one file: the summary of one parse. */
export interface IndexedFile {
  path: string;
  schemaPath?: string;
  actorKeys: string[];
  citedKeys: string[];
}

/** What `check` gives for one file: what the checker records and publishes, and its summary. */
export interface CheckedFile extends IndexedFile {
  kind: 'assessment';
  diagnostics: Diagnostic[];
  stats: FileResult['stats'];
  schemaProblem?: string;
  /** An id for the list of files this check read, one per schema version; the list itself comes once per id. */
  dependencies: number;
}

export type FromWorker =
  | { type: 'index'; batch: number; results: IndexedFile[] }
  | { type: 'check'; batch: number; results: CheckedFile[]; lists: Array<[number, string[]]> };

export function isWorkspaceWorker(): boolean {
  return !isMainThread && workerData !== null && typeof workerData === 'object' && workspaceWorkerMarker in workerData;
}

export function serveWorkspaceWork(): void {
  const overlay = new Map<string, string>();
  const disk = createStatCachedReader();
  // Whether a schema file is there, asked for every folder above every assessment: known until a file event says otherwise.
  const exists = new Map<string, boolean>();
  const onDisk = (filePath: string): boolean => {
    let found = exists.get(filePath);
    if (found === undefined) exists.set(filePath, (found = isRegularFile(filePath)));
    return found;
  };
  const host: WorkspaceHost = {
    readText: (filePath) => (overlay.has(filePath) ? { text: overlay.get(filePath)! } : disk.read(filePath)),
    fileExists: (filePath) => overlay.has(filePath) || onDisk(filePath),
    realPath: resolveLinks,
    stamp: (filePath) => disk.stamp(filePath),
  };
  // Nothing is held per file: each is forgotten once its answer is made; and a batch reuses no blocks.
  const service = createTradecraftService(host, { heldAnalyses: 1, reuseBlocks: false });
  const listIds = new Map<string[], number>();
  parentPort!.on('message', (message: ToWorker) => {
    if (message.type === 'overlay') {
      overlay.clear();
      for (const [filePath, text] of message.texts) overlay.set(filePath, text);
    } else if (message.type === 'forget') {
      for (const filePath of message.paths) {
        disk.forget(filePath);
        exists.delete(filePath);
      }
    } else if (message.type === 'index') {
      const results = message.items.map((item) => {
        const summary = service.indexSummaryOf(item);
        return { path: item.path, schemaPath: summary.schemaPath, actorKeys: [...summary.actorKeys], citedKeys: [...summary.citedKeys] };
      });
      parentPort!.postMessage({ type: 'index', batch: message.batch, results } satisfies FromWorker);
    } else {
      // Indexing runs at normal priority, so that the workspace is known soon; the main thread
      // lowers every other thread of the server for the long full check (thread-priority.ts).
      const lists: Array<[number, string[]]> = [];
      const results = message.items.map((item): CheckedFile => {
        const result = service.checkAssessment(item.path, item.text, item.options);
        const summary = summaryOf(service.analyse(item));
        service.forget(item.path);
        let id = listIds.get(result.dependencies);
        if (id === undefined) {
          listIds.set(result.dependencies, (id = listIds.size));
          lists.push([id, result.dependencies]);
        }
        const positions = new TextPositions(item.text);
        return {
          path: item.path,
          kind: 'assessment',
          diagnostics: result.findings.map((finding) => toDiagnostic(finding, positions)),
          stats: result.stats,
          schemaPath: result.schemaPath,
          schemaProblem: result.schemaProblem,
          dependencies: id,
          actorKeys: [...summary.actorKeys],
          citedKeys: result.citedKeys,
        };
      });
      parentPort!.postMessage({ type: 'check', batch: message.batch, results, lists } satisfies FromWorker);
    }
  });
}
