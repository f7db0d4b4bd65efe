// Every conversion between core types (offsets into texts) and LSP types
// (positions, URIs) lives here, so handlers stay glue and the core never sees LSP.
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeAction, CodeLens, CompletionItem, CompletionItemKind, Diagnostic, DiagnosticSeverity, DocumentSymbol, Hover, InsertTextFormat,
  Location, MarkupKind, SymbolKind, TextEdit, WorkspaceEdit, WorkspaceSymbol, type Range,
} from 'vscode-languageserver/node.js';
import type { Finding, Severity } from '../core/diagnostics.js';
import type {
  CodeActionEntry, CodeLensEntry, CompletionEntry, FileEdits, FileLocation, HoverCard, SymbolEntry,
} from '../core/features/types.js';
import { lineIndexOf, type LineIndex, type Span } from '../core/text/line-index.js';
import { ruleDocsUrl, toolName } from '../tool-info.js';
import { serverCommands } from './protocol.js';

/** The file path of a `file:` URI; undefined for other schemes (untitled buffers are not checked). */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The `file:` URI of a path. */
export function uriOfPath(filePath: string): string {
  return pathToFileURL(filePath).href;
}

/** Converts offsets of one text to LSP ranges and back, building the line index once. */
export class TextPositions {
  private readonly lines: LineIndex;
  constructor(text: string) {
    this.lines = lineIndexOf(text);
  }
  range(span: Span): Range {
    return this.lines.rangeOf(span);
  }
  offset(position: { line: number; character: number }): number {
    return this.lines.offsetAt(position);
  }
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A core finding as an LSP diagnostic. The finding's quick-fix data stays on the
 * server: code actions are built from the held analysis of the same version,
 * never from what the client sends back, and a 2,000-line document's 950
 * diagnostics are published on every keystroke (the data was 67 of 476 KB).
 */
export function toDiagnostic(finding: Finding, positions: TextPositions): Diagnostic {
  return {
    range: positions.range(finding.span),
    severity: severities[finding.severity],
    code: finding.code,
    codeDescription: { href: ruleDocsUrl(finding.code) },
    source: toolName,
    message: finding.message,
  };
}

export function toHover(card: HoverCard | undefined, positions: TextPositions): Hover | null {
  if (!card) return null;
  return { contents: { kind: MarkupKind.Markdown, value: card.markdown }, range: positions.range(card.span) };
}

const completionKinds: Record<CompletionEntry['kind'], CompletionItemKind> = {
  source: CompletionItemKind.Reference,
  locator: CompletionItemKind.Constant,
  actor: CompletionItemKind.Class,
  term: CompletionItemKind.Keyword,
  confidence: CompletionItemKind.Keyword,
  code: CompletionItemKind.EnumMember,
};

export function toCompletionItem(entry: CompletionEntry, positions: TextPositions): CompletionItem {
  return {
    label: entry.label,
    kind: completionKinds[entry.kind],
    detail: entry.detail,
    documentation: entry.documentation ? { kind: MarkupKind.Markdown, value: entry.documentation } : undefined,
    textEdit: TextEdit.replace(positions.range(entry.span), entry.insertText),
    insertTextFormat: InsertTextFormat.PlainText,
    sortText: entry.sortText,
    filterText: entry.filterText,
  };
}

export function toLocation(location: FileLocation): Location {
  return Location.create(uriOfPath(location.path), new TextPositions(location.text).range(location.span));
}

export function toWorkspaceEdit(files: FileEdits[]): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const file of files) {
    const positions = new TextPositions(file.text);
    changes[uriOfPath(file.path)] = file.edits.map((edit) => TextEdit.replace(positions.range(edit.span), edit.newText));
  }
  return { changes };
}

const symbolKinds: Record<SymbolEntry['kind'], SymbolKind> = {
  heading: SymbolKind.String,
  'key-judgment': SymbolKind.Event,
  actor: SymbolKind.Class,
  source: SymbolKind.File,
};

export function toDocumentSymbol(entry: SymbolEntry, positions: TextPositions): DocumentSymbol {
  return DocumentSymbol.create(
    entry.name || '(untitled)', entry.detail, symbolKinds[entry.kind], positions.range(entry.location.span), positions.range(entry.selection),
    entry.children.map((child) => toDocumentSymbol(child, positions)),
  );
}

export function toWorkspaceSymbol(entry: SymbolEntry): WorkspaceSymbol {
  return { name: entry.name, kind: symbolKinds[entry.kind], containerName: entry.detail, location: toLocation(entry.location) };
}

export function toCodeAction(entry: CodeActionEntry, diagnostic: Diagnostic | undefined): CodeAction {
  return {
    title: entry.title,
    kind: entry.kind,
    diagnostics: diagnostic ? [diagnostic] : undefined,
    edit: toWorkspaceEdit(entry.edits),
    isPreferred: entry.isPreferred,
  };
}

export function toCodeLens(entry: CodeLensEntry, uri: string, positions: TextPositions): CodeLens {
  const command = { 'list-unsourced': serverCommands.listUnsourced }[entry.action];
  return { range: positions.range(entry.span), command: { title: entry.title, command, arguments: [uri] } };
}
