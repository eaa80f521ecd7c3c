/**
 * A problem found in the data, located in its file, and the error that
 * carries all of a run's problems at once.
 */

export interface DataProblem {
  /** The file as the user named it (relative to the working directory). */
  file: string;
  line: number;
  column: number;
  /** The field's path inside the file, e.g. [3].related[0]; empty for the whole file. */
  path: string;
  message: string;
}

/** Where a value is, as a problem names it: its file, line and column, and its path inside that file. */
export type Place = Omit<DataProblem, "message">;

/** A place as messages that point elsewhere write it: file:line:column. */
export function formatPlace(place: Place): string {
  return `${place.file}:${place.line}:${place.column}`;
}

export function compareProblems(a: DataProblem, b: DataProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

/** Renders a path such as [3, "related", 0] as [3].related[0]. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join("");
}

/** Numbers written as runs: [1, 2, 3, 4, 6, 7, 8] → "1–4, 6–8". */
export function formatNumberRuns(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const first = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i += 1;
    runs.push(sorted[i] === first ? String(first) : `${first}–${sorted[i]}`);
  }
  return runs.join(", ");
}

export function formatProblem(problem: DataProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  return problem.path === "" ? `${where}: ${problem.message}` : `${where}: ${problem.path}: ${problem.message}`;
}

/** Thrown when the data cannot be built; its message lists every problem, sorted by file and line. */
export class FactSheetError extends Error {
  readonly problems: readonly DataProblem[];
  /** Eleventy (`npm start`) prints no stack trace after an error that says so: this message is the whole report. */
  readonly skipOriginalStack = true;

  constructor(problems: DataProblem[]) {
    const sorted = [...problems].sort(compareProblems);
    const count = sorted.length === 1 ? "1 problem" : `${sorted.length} problems`;
    super(`The fact sheet data has ${count}:\n${sorted.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
    this.name = "FactSheetError";
    this.problems = sorted;
  }
}
