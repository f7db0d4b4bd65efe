// Features that read many assessments (references and rename of a key used in
// thousands) run a step per assessment. Between slices of steps the event loop
// serves keystrokes and hovers; a cancelled request stops at the next slice
// and answers RequestCancelled; progress goes to the client's token, if any.
import { LSPErrorCodes, ResponseError, type CancellationToken, type WorkDoneProgressReporter } from 'vscode-languageserver/node.js';
import type { Steps } from '../core/service.js';

/** How long the server works between turns of the event loop, in which keystrokes and hovers are served. */
export const sliceMs = 8;

export async function runInSlices<T>(steps: Steps<T>, token: CancellationToken, title: string, progress?: WorkDoneProgressReporter): Promise<T> {
  let sliceEnds = performance.now() + sliceMs;
  let begun = false;
  try {
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (performance.now() < sliceEnds) continue;
      const { done, total } = next.value;
      if (!begun) progress?.begin(title, 0, undefined, true);
      begun = true;
      progress?.report(Math.round((done / total) * 100), `${done} of ${total} assessments`);
      await new Promise((resolve) => setImmediate(resolve));
      if (token.isCancellationRequested) {
        steps.return(undefined as T);
        throw new ResponseError(LSPErrorCodes.RequestCancelled, `${title}: cancelled`);
      }
      sliceEnds = performance.now() + sliceMs;
    }
  } finally {
    if (begun) progress?.done();
  }
}
