// `tradecraft/report`: the sourcing report for one assessment or the whole
// workspace, rendered by the same code as `tradecraft report --out`, with its
// lines made clickable for the editor's view. Files are read through the
// editor's buffers first, so unsaved edits show.
import path from 'node:path';
import { RequestType } from 'vscode-languageserver/node.js';
import { isSchemaPath } from '../core/service.js';
import type { ReportFile } from '../report/page.js';
import { pathOfUri } from './convert.js';
import { isCheckable, type Session } from './session.js';

/** `uri`: one assessment; none: every assessment and schema of the workspace. */
export interface ReportParams {
  uri?: string;
}

/** The report in parts; the client builds the page around them under its own content security policy. */
export interface ReportResult {
  title: string;
  styles: string;
  body: string;
  files: number;
}

export const reportRequest = new RequestType<ReportParams, ReportResult, void>('tradecraft/report');

export async function makeReport(session: Session, params: ReportParams): Promise<ReportResult> {
  const only = params.uri === undefined ? undefined : pathOfUri(params.uri);
  const paths = only === undefined ? session.files.all() : [only].filter(isCheckable);
  const files = (await Promise.all(paths.map((filePath) => reportFileOf(session, filePath)))).flatMap((file) => (file ? [file] : []));
  // Loaded on the first report only: the charts' library is large and the server rarely needs it.
  const { renderReportParts } = await import('../report/page.js');
  const parts = await renderReportParts(files, { clickableLines: true });
  return { ...parts, files: files.length };
}

async function reportFileOf(session: Session, filePath: string): Promise<ReportFile | undefined> {
  const resolved = await session.checkInput(filePath);
  if (!resolved || !resolved.enabled) return undefined;
  const { input, uri } = resolved;
  const result = isSchemaPath(filePath)
    ? session.service.checkSchema(filePath, input.text, input.options)
    : session.service.checkAssessment(filePath, input.text, { ...input.options, withFigures: true });
  return {
    label: labelOf(session, filePath),
    kind: result.kind,
    schemaLabel: result.schemaPath === undefined ? undefined : labelOf(session, result.schemaPath),
    text: result.text,
    findings: [...result.findings].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end),
    stats: result.stats,
    figures: result.figures,
    target: uri,
  };
}

/** The path relative to the workspace folder that holds it, as the explorer shows it. */
function labelOf(session: Session, filePath: string): string {
  const root = session.files.roots.find((folder) => !path.relative(folder, filePath).startsWith('..'));
  return root === undefined ? filePath : path.relative(root, filePath).split(path.sep).join('/');
}
