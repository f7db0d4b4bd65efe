import type { CheckedFile } from './checked-file.js';

/**
 * Files finish out of order (a pool, schemas checked last); they are written
 * in the order of the run's targets. A position without output (a file that
 * could not be read) is marked done with undefined. Only files finished ahead
 * of an earlier one wait here, and only as their small CheckedFile.
 */
export class OrderedOutput {
  private next = 0;
  private readonly waiting = new Map<number, CheckedFile | undefined>();

  constructor(private readonly emit: (file: CheckedFile) => void) {}

  done(index: number, file: CheckedFile | undefined): void {
    this.waiting.set(index, file);
    while (this.waiting.has(this.next)) {
      const ready = this.waiting.get(this.next);
      this.waiting.delete(this.next);
      this.next++;
      if (ready) this.emit(ready);
    }
  }

  /** How many finished files wait for an earlier one. */
  get held(): number {
    return this.waiting.size;
  }
}
