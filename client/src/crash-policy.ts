// What the extension does when its language server dies: restart it, say so
// once (the analyst's text lives in the editor, so nothing is lost), and give
// up, saying so, after five crashes in three minutes, as vscode-languageclient
// does by default. Pure, so it is tested without an editor; the default
// handler's messages go to the output channel only (revealOutputChannelOn:
// Never), which would leave a crash unexplained.
export interface CrashDecision {
  restart: boolean;
  /** A notification for the analyst, at most once per kind. */
  tell?: string;
  /** A line for the output channel, every time. */
  log: string;
}

export class CrashPolicy {
  private readonly crashes: number[] = [];
  private toldRestart = false;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxCrashes = 5,
    private readonly windowMs = 3 * 60 * 1000,
  ) {}

  onCrash(): CrashDecision {
    const at = this.now();
    this.crashes.push(at);
    while (this.crashes.length > 0 && at - this.crashes[0] > this.windowMs) this.crashes.shift();
    if (this.crashes.length >= this.maxCrashes) {
      const message = `The Tradecraft language server stopped ${this.crashes.length} times in 3 minutes and will not be restarted. Your text is safe. Run "Tradecraft: Restart Language Server" to try again; the Tradecraft output has the details.`;
      return { restart: false, tell: message, log: message };
    }
    const log = 'The Tradecraft language server stopped unexpectedly; restarting it.';
    if (this.toldRestart) return { restart: true, log };
    this.toldRestart = true;
    return { restart: true, log, tell: 'The Tradecraft language server stopped unexpectedly and was restarted. Your text is safe; the Tradecraft output has the details.' };
  }
}
