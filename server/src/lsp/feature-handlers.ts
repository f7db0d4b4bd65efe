// The editor features: each handler finds the open document, asks the core,
// and converts the answer. Nothing else happens here.
import { ErrorCodes, ResponseError, type Diagnostic } from 'vscode-languageserver/node.js';
import type { CodeActionEntry } from '../core/features/types.js';
import {
  toCodeAction, toCodeLens, toCompletionItem, toDiagnostic, toDocumentSymbol, toHover, toLocation, toWorkspaceEdit, toWorkspaceSymbol, type TextPositions,
} from './convert.js';
import { runInSlices } from './in-slices.js';
import type { Session } from './session.js';

export function registerFeatureHandlers(session: Session): void {
  const { connection, service } = session;

  connection.onHover(({ textDocument, position }) => session.answering('hover', async () => {
    const doc = await session.open(textDocument.uri);
    return doc ? toHover(service.hover(doc.input, doc.offset(position)), doc.positions) : null;
  }));

  connection.onCompletion(({ textDocument, position }) => session.answering('completion', async () => {
    const doc = await session.open(textDocument.uri);
    return doc ? service.complete(doc.input, doc.offset(position)).map((entry) => toCompletionItem(entry, doc.positions)) : [];
  }));

  connection.onDefinition(({ textDocument, position }) => session.answering('definition', async () => {
    const doc = await session.open(textDocument.uri);
    return doc ? service.definition(doc.input, doc.offset(position)).map(toLocation) : [];
  }));

  connection.onReferences(({ textDocument, position, context }, token, progress) => session.answering('references', async () => {
    const doc = await session.open(textDocument.uri);
    if (!doc) return [];
    return (await runInSlices(service.referencesInSteps(doc.input, doc.offset(position), context.includeDeclaration), token, 'Tradecraft: finding references', progress)).map(toLocation);
  }));

  connection.onPrepareRename(({ textDocument, position }) => session.answering('prepareRename', async () => {
    const doc = await session.open(textDocument.uri);
    const answer = doc ? service.prepareRename(doc.input, doc.offset(position)) : { error: 'Tradecraft is not active for this file.' };
    if ('error' in answer) throw new ResponseError(ErrorCodes.InvalidRequest, answer.error);
    return { range: doc!.positions.range(answer.span), placeholder: answer.placeholder };
  }));

  connection.onRenameRequest(({ textDocument, position, newName }, token, progress) => session.answering('rename', async () => {
    const doc = await session.open(textDocument.uri);
    const answer = doc ? await runInSlices(service.renameInSteps(doc.input, doc.offset(position), newName), token, 'Tradecraft: renaming', progress) : { error: 'Tradecraft is not active for this file.' };
    if ('error' in answer) throw new ResponseError(ErrorCodes.InvalidRequest, answer.error);
    return toWorkspaceEdit(answer.edits);
  }));

  connection.onDocumentSymbol(({ textDocument }) => session.answering('documentSymbol', async () => {
    const doc = await session.open(textDocument.uri);
    return doc ? service.documentSymbols(doc.input).map((entry) => toDocumentSymbol(entry, doc.positions)) : [];
  }));

  connection.onWorkspaceSymbol(({ query }) => session.answering('workspaceSymbol', async () => service.workspaceSymbols(query).map(toWorkspaceSymbol)));

  connection.onCodeAction(({ textDocument, range, context }) => session.answering('codeAction', async () => {
    const doc = await session.open(textDocument.uri);
    if (!doc) return [];
    const span = { start: doc.offset(range.start), end: doc.offset(range.end) };
    return service.codeActions(doc.input, span, context.only).map((entry) => toCodeAction(entry, diagnosticFixed(entry, context.diagnostics, doc.positions)));
  }));

  connection.onCodeLens(({ textDocument }) => session.answering('codeLens', async () => {
    const doc = await session.open(textDocument.uri);
    return doc ? service.codeLenses(doc.input).map((entry) => toCodeLens(entry, doc.uri, doc.positions)) : [];
  }));
}

/** The client's diagnostic an action fixes (matched by code and range), so the editor links the two. */
function diagnosticFixed(entry: CodeActionEntry, diagnostics: Diagnostic[], positions: TextPositions): Diagnostic | undefined {
  if (!entry.fixes) return undefined;
  const own = toDiagnostic(entry.fixes, positions);
  const same = (d: Diagnostic) => d.code === own.code && JSON.stringify(d.range) === JSON.stringify(own.range);
  return diagnostics.find(same) ?? own;
}

