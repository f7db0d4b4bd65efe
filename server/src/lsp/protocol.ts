// The parts of the protocol that are Tradecraft's own: one notification and
// the server's commands. The VS Code client mirrors these names.
import { NotificationType } from 'vscode-languageserver/node.js';

/** Sent after every check of an assessment: its sourcing figures and the schema in force. */
export interface StatusParams {
  uri: string;
  assertions: number;
  sourcedAssertions: number;
  judgments: number;
  schemaPath?: string;
  /** Why the schema named or found could not be used. */
  schemaProblem?: string;
  /** No claims-schema.yaml was found above the file (said here, never as a diagnostic). */
  noSchema?: boolean;
}

export const statusNotification = new NotificationType<StatusParams>('tradecraft/status');

/** Server commands (workspace/executeCommand). */
export const serverCommands = {
  /** Re-walks and re-checks the workspace with progress; returns `{ files, errors, warnings, infos, cancelled }`. */
  checkWorkspace: 'tradecraft.server.checkWorkspace',
  /** `[uri]` → the Locations of the file's unsourced assertions (the code lens runs it). */
  listUnsourced: 'tradecraft.server.listUnsourced',
} as const;
