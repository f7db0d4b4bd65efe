// The status bar item: how much of the active assessment is sourced. It shows
// the server's last `tradecraft/status` for the active editor's document and
// hides for every other editor.
import * as vscode from 'vscode';
import type { AssessmentStatus } from './protocol.js';
import { describeStatus } from './status-text.js';

/** Keeps the last status per document and shows the active editor's one. */
export class AssessmentStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('tradecraft.status', vscode.StatusBarAlignment.Left, 50);
  private readonly statuses = new Map<string, AssessmentStatus>();
  private readonly subscriptions: vscode.Disposable[];
  private visible = false;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires whenever the item is shown, hidden or changes text. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.item.name = 'Tradecraft';
    this.item.command = 'tradecraft.showUnsourced';
    this.subscriptions = [
      this.item,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('tradecraft.enable')) this.refresh();
      }),
    ];
  }

  /** What the item shows now, or undefined when it is hidden (for the extension's tests). */
  get shown(): { text: string; tooltip: string } | undefined {
    if (!this.visible) return undefined;
    const tooltip = this.item.tooltip;
    return { text: this.item.text, tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? '') };
  }

  /** Records the status the server sent for one assessment. */
  update(status: AssessmentStatus): void {
    this.statuses.set(normalizeUri(status.uri), status);
    this.refresh();
  }

  /** Drops every status, e.g. when the server stops. */
  clear(): void {
    this.statuses.clear();
    this.refresh();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private forget(uri: string): void {
    if (this.statuses.delete(uri)) this.refresh();
  }

  private refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    // Focusing the Output panel makes its channel the active editor; the
    // item keeps describing the assessment the user was reading.
    if (document?.uri.scheme === 'output') return;
    const status = document === undefined ? undefined : this.statuses.get(document.uri.toString());
    // The server reads tradecraft.enable per document too; checking it here
    // hides a status left over from before the setting changed.
    if (document === undefined || status === undefined || !isEnabledFor(document.uri)) {
      this.item.hide();
      this.visible = false;
      this.changed.fire();
      return;
    }
    const { text, tooltip, tone } = describeStatus(status, displayPath);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor =
      tone === 'normal' ? undefined : new vscode.ThemeColor(`statusBarItem.${tone}Background`);
    this.item.show();
    this.visible = true;
    this.changed.fire();
  }
}

function isEnabledFor(uri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('tradecraft', uri).get<boolean>('enable', true);
}

/** The server's URIs round-trip through parse so that they compare equal to VS Code's. */
function normalizeUri(uri: string): string {
  return vscode.Uri.parse(uri).toString();
}

/** A schema path (a file URI or an absolute path) as a workspace-relative path. */
function displayPath(path: string): string {
  // A scheme has two or more letters, so a Windows drive letter is a path.
  const uri = /^[a-z][a-z0-9+.-]+:/i.test(path) ? vscode.Uri.parse(path) : vscode.Uri.file(path);
  return vscode.workspace.asRelativePath(uri);
}
