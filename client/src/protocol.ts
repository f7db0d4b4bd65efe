// The wire contract between this client and tradecraft-lsp. The client imports
// nothing from server/, so these declarations restate the server's side of it;
// a change here is a change to the protocol and needs one on the server too.
import { NotificationType } from 'vscode-languageclient';

/** Command ids the server registers through executeCommandProvider. */
export const serverCommands = {
  /** No arguments; re-checks the workspace and returns a `WorkspaceCheckResult`. */
  checkWorkspace: 'tradecraft.server.checkWorkspace',
  /** Arguments `[uri]`; returns the LSP `Location[]` of the unsourced sentences. */
  listUnsourced: 'tradecraft.server.listUnsourced',
} as const;

/** What `tradecraft.server.checkWorkspace` returns. */
export interface WorkspaceCheckResult {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Sent by the server after each check of an assessment. */
export interface AssessmentStatus {
  uri: string;
  assertions: number;
  sourcedAssertions: number;
  judgments: number;
  schemaPath?: string;
  schemaProblem?: string;
  noSchema?: boolean;
}

/** `tradecraft/status`: the sourcing summary of one assessment. */
export const statusNotification = new NotificationType<AssessmentStatus>('tradecraft/status');
