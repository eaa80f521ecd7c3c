/**
 * The build command's options and environment variables (scripts/command-line.ts):
 * what `npm run build -- --help` prints and what the command accepts.
 */
import { helpText, parseCommandLine, type OptionTable, type VariableSpec } from "./command-line.ts";
import { BasePathError, normalizeBasePath } from "./render/site-url.ts";
import { MAX_PARTS, RECORDS_PER_PART } from "./search/search-index-parts.ts";

const COMMAND = "npm run build";

export const OPTIONS = {
  output: { type: "string", value: "FOLDER", help: "the folder to build the site into (default: _site)" },
  base: { type: "string", value: "PATH", help: "the base path the site is served under, such as /factsheet/ (default: the path of site.yaml's url)" },
  "low-memory": { type: "boolean", help: "write the search index before pages render rather than alongside: less memory, a longer build" },
  "search-part-size": {
    type: "string",
    value: "N",
    help: `the entries in each part of the search index (default: ${RECORDS_PER_PART}, more beyond ${MAX_PARTS} parts): smaller parts take less memory to index, larger ones fewer files to a first search`,
  },
  help: { type: "boolean", short: "h", help: "print this help and exit" },
} as const satisfies OptionTable;

export const ENVIRONMENT: Record<string, VariableSpec> = {
  DATA_DIR: { value: "FOLDER", help: "the data folder to build from (default: data)" },
  FACTSHEET_BASE: { value: "PATH", help: "the base path, as --base (--base wins when both are given)" },
  FACTSHEET_LOW_MEMORY: { value: "1", help: "as --low-memory" },
  FACTSHEET_SEARCH_PART_SIZE: { value: "N", help: "as --search-part-size" },
  FACTSHEET_BENCH: { value: "1", help: "print where the time went, as JSON, for npm run bench" },
};

export interface BuildArguments {
  output: string;
  /** The base path given by --base or FACTSHEET_BASE, normalised; undefined when neither is given. */
  base?: string;
  /** --low-memory or FACTSHEET_LOW_MEMORY=1. */
  lowMemory: boolean;
  /** --search-part-size or FACTSHEET_SEARCH_PART_SIZE; undefined for the default. */
  searchPartSize?: number;
}

/** What the command does with its arguments: build, print the help, or stop with a usage error. */
export type ParsedArguments = { kind: "build"; options: BuildArguments } | { kind: "help"; text: string } | { kind: "usage-error"; message: string };

export function buildHelp(): string {
  return helpText(
    `${COMMAND} -- [options]`,
    [
      "Validates the data, builds the site and its search index into a fresh folder, and puts it in place",
      "of the output folder only when everything succeeded.",
    ],
    OPTIONS,
    ENVIRONMENT,
  );
}

export function parseBuildArguments(args: string[], env: NodeJS.ProcessEnv = process.env): ParsedArguments {
  const parsed = parseCommandLine(COMMAND, OPTIONS, args);
  if (parsed.kind === "usage-error") return parsed;
  const { values } = parsed;
  if (values.help) return { kind: "help", text: buildHelp() };

  const given = values.base !== undefined ? { from: "--base", value: values.base } : env.FACTSHEET_BASE ? { from: "FACTSHEET_BASE", value: env.FACTSHEET_BASE } : undefined;
  const partSize = values["search-part-size"] !== undefined ? { from: "--search-part-size", value: values["search-part-size"] } : env.FACTSHEET_SEARCH_PART_SIZE ? { from: "FACTSHEET_SEARCH_PART_SIZE", value: env.FACTSHEET_SEARCH_PART_SIZE } : undefined;
  const searchPartSize = partSize && searchPartSizeOf(partSize.value);
  if (searchPartSize === null) return { kind: "usage-error", message: `${COMMAND}: ${searchPartSizeProblem(partSize!.from, partSize!.value)}` };
  try {
    const lowMemory = values["low-memory"] === true || env.FACTSHEET_LOW_MEMORY === "1";
    const options: BuildArguments = { output: values.output ?? "_site", base: given && normalizeBasePath(given.value), lowMemory };
    if (searchPartSize !== undefined) options.searchPartSize = searchPartSize;
    return { kind: "build", options };
  } catch (error) {
    if (error instanceof BasePathError) return { kind: "usage-error", message: `${COMMAND}: ${given!.from}: ${error.message}` };
    throw error;
  }
}

/** What is wrong with a part size that searchPartSizeOf refuses, given by `from` (an option or a variable). */
export function searchPartSizeProblem(from: string, value: string): string {
  return `${from} takes a whole number of entries, 1 or more, as in --search-part-size=${RECORDS_PER_PART}; it was "${value}"`;
}

/** A part size as given: a whole number, 1 or more; null otherwise. */
export function searchPartSizeOf(value: string): number | null {
  return /^\s*[1-9]\d*\s*$/.test(value) ? Number(value) : null;
}
