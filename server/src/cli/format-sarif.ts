import { pathToFileURL } from 'node:url';
import { codeCatalog } from '../core/code-catalog.js';
import { diagnosticCodes, type Finding, type Severity } from '../core/diagnostics.js';
import type { Range } from '../core/text/line-index.js';
import type { CheckedFile, ReportedFinding } from './checked-file.js';
import type { FindingsWriter } from './findings-writer.js';
import { streamedDocument } from './json-stream.js';
import { toolInformationUri, toolName, toolVersion } from '../tool-info.js';

type SarifLevel = 'error' | 'warning' | 'note';

const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base that relative artifact URIs resolve against: the folder the check ran in. */
const sourceRootId = '%SRCROOT%';

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: one run, every code as a
 * rule (so that ruleIndex is stable between runs), and regions in 1-based
 * lines and UTF-16 columns, the end column being one past the last character.
 */
export function sarifWriter(cwd: string): FindingsWriter {
  const document = streamedDocument((results) => ({
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: sarifDriver() },
        originalUriBaseIds: { [sourceRootId]: { uri: folderUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  }));
  return {
    head: () => document.head(),
    file: (file) => file.findings.map((finding) => document.element(sarifResult(file, finding))).join(''),
    end: () => `${document.tail()}\n`,
  };
}

/** SARIF's three levels; info and hint both become a note. */
export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function sarifDriver() {
  return {
    name: toolName,
    informationUri: toolInformationUri,
    version: toolVersion,
    semanticVersion: toolVersion,
    rules: diagnosticCodes.map((code) => {
      const info = codeCatalog[code];
      return {
        id: code,
        shortDescription: { text: info.summary },
        fullDescription: { text: info.help },
        help: { text: info.help },
        defaultConfiguration: { level: sarifLevel(info.defaultSeverity) },
      };
    }),
  };
}

function sarifResult(file: CheckedFile, finding: ReportedFinding) {
  return {
    ruleId: finding.code,
    ruleIndex: diagnosticCodes.indexOf(finding.code),
    level: sarifLevel(finding.severity),
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(file),
          region: sarifRegion(finding.range),
        },
      },
    ],
  };
}

function artifactLocation(file: CheckedFile): { uri: string; uriBaseId?: string } {
  if (!file.insideCwd) return { uri: pathToFileURL(file.portablePath).href };
  // Each segment is encoded on its own so that '/' stays a separator while
  // spaces, '#' and '?' in names cannot break the URI.
  return { uri: file.portablePath.split('/').map(encodeURIComponent).join('/'), uriBaseId: sourceRootId };
}

function sarifRegion(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function folderUri(folder: string): string {
  const uri = pathToFileURL(folder).href;
  return uri.endsWith('/') ? uri : uri + '/';
}
