/**
 * The one updating line `npm run build` shows on a terminal: which step it is
 * in and, while rendering, pages written out of the total. Shown only when
 * the output is a terminal and not under CI, so logs and pipes get nothing
 * but the summary.
 */

/** What the line writes to: a terminal stream, or anything with `write` in a test. */
export interface LineOutput {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Whether to show the line: on a terminal, unless CI is set (to anything but "" , "0" or "false"). */
export function showsProgress(output: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return output.isTTY === true && (ci === undefined || ci === "" || ci === "0" || ci === "false");
}

/** Redraws at most this often while pages are written (a step change always redraws). */
const REDRAW_MS = 100;

/** Erases the line and puts the cursor at its start, so whatever is printed next has the line to itself. */
const ERASE = "\r\u001b[2K";

export class ProgressLine {
  #step = "";
  #done = 0;
  #total = 0;
  #drawnAt = Number.NEGATIVE_INFINITY;
  #shown = false;

  /** `output` undefined: a line that shows nothing (piped, or under CI). */
  readonly output: LineOutput | undefined;
  readonly now: () => number;

  constructor(output: LineOutput | undefined, now: () => number = () => performance.now()) {
    this.output = output;
    this.now = now;
  }

  /** The line for `output`, or one that shows nothing when `showsProgress` says not to. */
  static for(output: LineOutput, env: NodeJS.ProcessEnv = process.env): ProgressLine {
    return new ProgressLine(showsProgress(output, env) ? output : undefined);
  }

  /** The step the build is in now. */
  step(name: string): void {
    this.#step = name;
    this.#done = 0;
    this.#total = 0;
    this.#draw(true);
  }

  /** The pages the current step will write. */
  expect(total: number): void {
    this.#total = total;
    this.#draw(true);
  }

  /** One more page written. */
  pageWritten(): void {
    this.#done += 1;
    this.#draw(this.#done === this.#total);
  }

  /** What the line says now. */
  text(): string {
    if (this.#total === 0) return `${this.#step}…`;
    return `${this.#step}: ${this.#done} of ${this.#total} pages (${Math.floor((100 * this.#done) / this.#total)} %)`;
  }

  /** Takes the line away, before the build prints its summary. */
  clear(): void {
    if (!this.#shown) return;
    this.output?.write(ERASE);
    this.#shown = false;
  }

  #draw(force: boolean): void {
    if (!this.output) return;
    const now = this.now();
    if (!force && now - this.#drawnAt < REDRAW_MS) return;
    this.#drawnAt = now;
    // The cursor is left at the start of the line: a message printed over it (Eleventy's own summary) replaces it.
    this.output.write(`${ERASE}${this.text()}\r`);
    this.#shown = true;
  }
}
