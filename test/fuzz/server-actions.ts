// What the server fuzz test does to a server: edits to the open assessment,
// requests of every kind at any position, cancellations, stale versions and
// file events on disk. Each action is a plain object, so a shrunk failing
// sequence prints as something a person can replay.
import fc from 'fast-check';
import { markdownPiece } from './generators.js';

export const positionalMethods = [
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/definition',
  'textDocument/references',
  'textDocument/prepareRename',
  'textDocument/rename',
  'textDocument/codeAction',
] as const;
export const documentMethods = ['textDocument/documentSymbol', 'textDocument/codeLens', 'tradecraft.server.listUnsourced', 'tradecraft/report'] as const;
export const workspaceMethods = ['workspace/symbol', 'tradecraft.server.checkWorkspace', 'tradecraft/debugStatus', 'tradecraft/report (workspace)'] as const;

/** Which document a request names: the open one, a file on disk nobody opened, or no file at all. */
export const targets = ['open', 'open', 'open', 'on-disk', 'missing', 'untitled'] as const;
/** Files the test changes on disk, each followed by its didChangeWatchedFiles event. */
export const diskFiles = ['sources/brief.md', 'sources/extra.md', 'claims-schema.yaml', 'assessments/other.assessment.md', 'assessments/new.assessment.md'] as const;
/** The assessments on disk that nobody opens; the last one does not exist until an action creates it. */
export const unopenedAssessments = ['assessments/other.assessment.md', 'assessments/new.assessment.md'] as const;

/** The `tradecraft` settings the client answers with after a settings action (the first is the default). */
export const settingVariants: Array<Record<string, unknown>> = [
  {},
  { severity: { 'unsourced-assertion': 'error', 'unused-suppression': 'off' } },
  { limits: { maxDocumentKB: 1 } },
  { enable: false },
];

export type Action =
  | { kind: 'edit'; at: number; remove: number; insert: string; stale?: boolean }
  | { kind: 'replace-all'; text: string }
  | { kind: 'request'; method: (typeof positionalMethods)[number]; target: (typeof targets)[number]; line: number; character: number; cancel: boolean; newName: string }
  | { kind: 'document-request'; method: (typeof documentMethods)[number]; target: (typeof targets)[number]; cancel: boolean }
  | { kind: 'workspace-request'; method: (typeof workspaceMethods)[number]; query: string }
  | { kind: 'file'; file: (typeof diskFiles)[number]; change: 'write' | 'delete'; variant: number }
  | { kind: 'settings'; variant: number }
  | { kind: 'wait' };

const insert = fc.array(markdownPiece, { maxLength: 4 }).map((parts) => parts.join(''));

export const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), at: fc.nat(4000), remove: fc.nat(30), insert, stale: fc.boolean() }, { requiredKeys: ['kind', 'at', 'remove', 'insert'] }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace-all' as const), text: fc.array(markdownPiece, { maxLength: 30 }).map((parts) => parts.join('')) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('request' as const),
      method: fc.constantFrom(...positionalMethods),
      target: fc.constantFrom(...targets),
      line: fc.oneof(fc.nat(40), fc.constantFrom(1000, 2 ** 31 - 1)),
      character: fc.oneof(fc.nat(120), fc.constantFrom(5000, 2 ** 31 - 1)),
      cancel: fc.boolean(),
      newName: fc.constantFrom('brief-2', '', 'two words', '[@x]', 'ministry'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('document-request' as const), method: fc.constantFrom(...documentMethods), target: fc.constantFrom(...targets), cancel: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('workspace-request' as const), method: fc.constantFrom(...workspaceMethods), query: fc.constantFrom('', 'brief', 'zz') }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('file' as const), file: fc.constantFrom(...diskFiles), change: fc.constantFrom('write' as const, 'write' as const, 'delete' as const), variant: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('settings' as const), variant: fc.nat(settingVariants.length - 1) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'wait' as const }) },
);

export const actions = fc.array(action, { minLength: 1, maxLength: 40 });
