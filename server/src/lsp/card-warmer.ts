// After an open document's check, the cards of the actors it mentions are built
// while the server is idle (core/features/card-preparation.ts), so that the
// first hover on each reads a card already built; once the workspace is
// indexed, those of the actors its assessments mention most, after the open
// documents' own. It works only once no keystroke, check or request has come
// for a moment (a request counts until it is answered), in 8 ms slices, and
// stops at the next one: a keystroke or hover after a pause waits at most for
// the step under way. A newer check of the document replaces the pass under way.
import type { DocumentInput, Steps, TradecraftService } from '../core/service.js';
import { sliceMs } from './in-slices.js';

/** How long the server must have been idle before cards are built. */
export const quietMs = 150;

export class CardWarmer {
  private lastActivity = -Infinity;
  /** Requests being answered: one that takes several turns of the event loop (references) is not a pause. */
  private inFlight = 0;
  /** The latest checked input of each open document whose cards are still to build. */
  private readonly waiting = new Map<string, DocumentInput>();
  /** Schemas whose most mentioned actors are still to build, after the documents' (a workspace was indexed). */
  private readonly waitingSchemas = new Set<string>();
  private current?: { path: string; steps: Steps<number>; schema?: true };
  private timer?: NodeJS.Timeout;
  /** How many cards idle passes have built (tradecraft/debugStatus). */
  built = 0;

  constructor(private readonly service: TradecraftService) {}

  /** A keystroke or a check: building waits until the server is idle again. */
  activity(): void {
    this.lastActivity = performance.now();
  }

  /**
   * A request began: nothing is built until it is answered and a pause has
   * passed since. The pause counts from the answer: a first hover that built
   * its card for 200 ms is not a pause, and the keystroke after it must not
   * wait for the cards of the others.
   */
  requestStarted(): () => void {
    this.inFlight += 1;
    this.activity();
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.inFlight -= 1;
      this.activity();
    };
  }

  private idleFor(): number {
    return this.inFlight > 0 ? 0 : performance.now() - this.lastActivity;
  }

  /** An open document was checked: its cards are built once the server is idle. */
  after(input: DocumentInput): void {
    this.activity();
    if (this.current?.path === input.path) this.stopCurrent();
    // An open document's actors come before the workspace's: the schema's pass starts again after (what it built stays built).
    if (this.current?.schema) {
      this.waitingSchemas.add(this.current.path);
      this.stopCurrent();
    }
    this.waiting.set(input.path, input);
    this.wake(quietMs);
  }

  /** The workspace was indexed: the cards of the actors its assessments of these schemas mention most are built once the server is idle. */
  afterIndexing(schemaPaths: readonly string[]): void {
    for (const schemaPath of schemaPaths) this.waitingSchemas.add(schemaPath);
    if (schemaPaths.length > 0) this.wake(quietMs);
  }

  /** A schema was checked again: a pass under way for it starts again, against the version loaded now. */
  afterSchemaChange(schemaPath: string): void {
    if (this.current?.schema && this.current.path === schemaPath) this.stopCurrent();
    this.afterIndexing([schemaPath]);
  }

  /** The document closed or went away: nothing more is built for it. */
  forget(filePath: string): void {
    this.waiting.delete(filePath);
    if (this.current?.path === filePath) this.stopCurrent();
    if (!this.current && this.waiting.size === 0 && this.waitingSchemas.size === 0) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private wake(afterMs: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.work(), afterMs);
    // Building cards never keeps the server alive.
    this.timer.unref();
  }

  private work(): void {
    this.timer = undefined;
    const idleFor = this.idleFor();
    if (idleFor < quietMs) return this.wake(quietMs - idleFor);
    const sliceEnds = performance.now() + sliceMs;
    while (performance.now() < sliceEnds) {
      if (!this.current && !this.startNext()) return;
      try {
        const step = this.current!.steps.next();
        if (step.done) {
          this.built += step.value;
          this.current = undefined;
        }
      } catch {
        // A card that cannot be built fails again on its own hover, which reports it.
        this.current = undefined;
      }
    }
    // Between slices the event loop serves whatever came in; building goes on only if nothing did.
    setImmediate(() => (this.idleFor() >= quietMs ? this.work() : this.wake(quietMs)));
  }

  private startNext(): boolean {
    const next = this.waiting.entries().next();
    if (!next.done) {
      const [path, input] = next.value;
      this.waiting.delete(path);
      this.current = { path, steps: this.service.prepareActorCardsInSteps(input) };
      return true;
    }
    const schemaPath = this.waitingSchemas.values().next();
    if (schemaPath.done) return false;
    this.waitingSchemas.delete(schemaPath.value);
    this.current = { path: schemaPath.value, steps: this.service.prepareWorkspaceCardsInSteps(schemaPath.value), schema: true };
    return true;
  }

  private stopCurrent(): void {
    this.current?.steps.return(0);
    this.current = undefined;
  }
}
