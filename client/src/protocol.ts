// The wire contract between this client and tradecraft-lsp. The client imports
// nothing from server/, so these declarations restate the server's side of it;
// a change here is a change to the protocol and needs one on the server too.
import { NotificationType, RequestType } from 'vscode-languageclient';

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

/** `tradecraft/report` parameters: one assessment's URI, or none for the whole workspace. */
export interface ReportParams {
  uri?: string;
}

/** The sourcing report in parts: the view builds its page around them under its own content security policy. */
export interface ReportResult {
  title: string;
  styles: string;
  body: string;
  files: number;
}

/** `tradecraft/report`: the same report as `tradecraft report --out`, its lines clickable. */
export const reportRequest = new RequestType<ReportParams, ReportResult, void>('tradecraft/report');
