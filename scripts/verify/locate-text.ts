/** The line and column of a piece of text inside a YAML value, so that a report points at the phrase itself. */
import type { Location } from "../data/load-yaml.ts";

/** Where `needle` first occurs at or after the value that starts at `at`; `at` itself when it does not. */
export function locateText(source: string, at: Location, needle?: string): Location {
  if (!needle) return at;
  const lines = source.split("\n");
  let offset = 0;
  for (let i = 0; i < at.line - 1 && i < lines.length; i += 1) offset += lines[i]!.length + 1;
  offset += at.column - 1;
  const found = source.indexOf(needle, offset);
  if (found < 0) return at;
  const before = source.slice(0, found).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
