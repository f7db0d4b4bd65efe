// The sourcing report in a webview: the server renders it (the same page as
// `tradecraft report --out`), this view wraps it in a strict content security
// policy and a few lines of script that turn a click on a line into "reveal
// that line in the editor". It refreshes when the server has checked a file.
import * as vscode from 'vscode';
import { reportRequest, type ReportResult } from './protocol.js';
import { isAssessment, type TradecraftClient } from './language-client.js';

/** What the webview's script posts. */
type ViewMessage = { type: 'ready' } | { type: 'reveal'; target: string; line: number; character: number };

/** How long the view waits after a check before it asks for a fresh report: checks come in bursts. */
const refreshDelayMs = 300;

/** One report view at a time; showing it again changes its scope and brings it forward. */
export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private scope: { uri?: string } = {};
  private timer: NodeJS.Timeout | undefined;
  private last: { result: ReportResult; html: string } | undefined;
  /** Whether the page shown now has run its script; who waits for that. */
  private pageReady = false;
  private readyWaiters: Array<() => void> = [];
  private readonly rendered = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires after the view shows a new report (the extension's tests wait on it). */
  readonly onDidRender = this.rendered.event;

  constructor(private readonly tradecraft: TradecraftClient, private readonly output: vscode.OutputChannel) {
    this.subscriptions = [this.rendered, tradecraft.onDidCheck(() => this.scheduleRefresh())];
  }

  /** Opens (or brings forward) the view for one assessment, or for the workspace when `uri` is undefined. */
  async show(uri: vscode.Uri | undefined): Promise<void> {
    const client = await this.tradecraft.get();
    this.scope = uri === undefined ? {} : { uri: client.code2ProtocolConverter.asUri(uri) };
    const title = uri === undefined ? 'Sourcing report: workspace' : `Sourcing report: ${vscode.workspace.asRelativePath(uri)}`;
    if (this.panel === undefined) this.panel = this.createPanel(title);
    else this.panel.title = title;
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    await this.refresh();
  }

  /** The HTML and the report shown now (for the extension's tests); undefined before the first report. */
  get shown(): { html: string; files: number } | undefined {
    return this.last && { html: this.last.html, files: this.last.result.files };
  }

  /**
   * Presses the n-th line button of the view, as a click would: VS Code cannot
   * click inside a webview, so the extension's tests ask the view's own script
   * to, and the reveal travels the same way a user's click does.
   */
  async press(index: number): Promise<void> {
    if (!this.pageReady) await new Promise<void>((resolve) => this.readyWaiters.push(resolve));
    await this.panel?.webview.postMessage({ type: 'press', index });
  }

  private createPanel(title: string): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel('tradecraft.report', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      // The view keeps its script while an editor covers it, so a click or a
      // refresh never waits on the tab being shown again.
      retainContextWhenHidden: true,
      localResourceRoots: [],
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.last = undefined;
    });
    panel.onDidChangeViewState(({ webviewPanel }) => {
      if (webviewPanel.visible) this.scheduleRefresh();
    });
    panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message));
    return panel;
  }

  private scheduleRefresh(): void {
    if (this.panel === undefined) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh().catch((error) => this.output.appendLine(`Sourcing report: ${String(error)}`)), refreshDelayMs);
  }

  private async refresh(): Promise<void> {
    const panel = this.panel;
    if (panel === undefined) return;
    const client = await this.tradecraft.get();
    const result = await client.sendRequest(reportRequest, this.scope);
    if (this.panel !== panel) return;
    // The same report again is not reloaded (the page's nonce differs every time).
    if (this.last && JSON.stringify(this.last.result) === JSON.stringify(result)) return;
    const html = pageOf(result, nonce());
    this.pageReady = false;
    this.last = { result, html };
    panel.webview.html = html;
    this.rendered.fire();
  }

  private receive(message: unknown): void {
    const parsed = message as ViewMessage;
    if (parsed?.type === 'ready') {
      this.pageReady = true;
      this.readyWaiters.splice(0).forEach((resolve) => resolve());
    }
    if (parsed?.type !== 'reveal' || typeof parsed.target !== 'string' || !Number.isInteger(parsed.line) || !Number.isInteger(parsed.character)) return;
    // Only the files of this report: the view never opens anything else.
    if (!this.last?.html.includes(`data-target="${escapeAttribute(parsed.target)}"`)) return;
    const at = new vscode.Position(parsed.line, parsed.character);
    const uri = vscode.Uri.parse(parsed.target, true);
    void vscode.window.showTextDocument(uri, { selection: new vscode.Range(at, at), viewColumn: vscode.ViewColumn.One, preview: false }).then(
      (editor) => editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport),
      (error: unknown) => this.output.appendLine(`Sourcing report: cannot open ${parsed.target}: ${String(error)}`),
    );
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** The page: nothing may load or run but the view's own style sheet and script, marked by a fresh nonce. */
function pageOf(result: ReportResult, nonce: string): string {
  const policy = [`default-src 'none'`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `img-src data:`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttribute(result.title)}</title>
<style nonce="${nonce}">${result.styles}</style>
</head>
<body>
${result.body}
<script nonce="${nonce}">${viewScript}</script>
</body>
</html>`;
}

// The view's only script: a click on a line button asks the extension to
// reveal that line; `press` lets the extension's tests click one.
const viewScript = `(() => {
  const vscode = acquireVsCodeApi();
  const reveal = (button) => vscode.postMessage({ type: 'reveal', target: button.dataset.target, line: Number(button.dataset.line), character: Number(button.dataset.character) });
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button.reveal') : null;
    if (button) reveal(button);
  });
  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'press') document.querySelectorAll('button.reveal')[event.data.index]?.click();
  });
  vscode.postMessage({ type: 'ready' });
})();`;

function nonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * Show Sourcing Report: the active assessment's report, or the workspace's
 * when no assessment is active; and the workspace's on request.
 */
export function registerReportCommands(view: ReportView, output: vscode.OutputChannel): vscode.Disposable[] {
  const run = (title: string, show: () => Promise<void>) => show().catch((error: unknown) => {
    output.appendLine(`${title} failed: ${error instanceof Error && error.stack ? error.stack : String(error)}`);
    void vscode.window.showErrorMessage(`Tradecraft: ${title} failed: ${error instanceof Error ? error.message : String(error)}`);
  });
  return [
    vscode.commands.registerCommand('tradecraft.showReport', () => {
      const document = vscode.window.activeTextEditor?.document;
      const assessment = document !== undefined && isAssessment(document) ? document.uri : undefined;
      return run('Show Sourcing Report', () => view.show(assessment));
    }),
    vscode.commands.registerCommand('tradecraft.showWorkspaceReport', () => run('Show Sourcing Report for the Workspace', () => view.show(undefined))),
  ];
}
