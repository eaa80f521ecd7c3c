/**
 * The build command's options and environment variables, as one table: what
 * `npm run build -- --help` prints and what the command accepts. An unknown
 * option or a bad value is a usage error: one line, exit 2, no stack trace.
 */
import { parseArgs } from "node:util";
import { BasePathError, normalizeBasePath } from "./render/site-url.ts";

export const OPTIONS = {
  output: { type: "string", value: "FOLDER", help: "the folder to build the site into (default: _site)" },
  base: {
    type: "string",
    value: "PATH",
    help: "the base path the site is served under, such as /factsheet/ (default: the path of site.yaml's url)",
  },
  "low-memory": { type: "boolean", help: "write the search index before pages render rather than alongside: less memory, a longer build" },
  help: { type: "boolean", short: "h", help: "print this help and exit" },
} as const;

export const ENVIRONMENT = {
  DATA_DIR: { value: "FOLDER", help: "the data folder to build from (default: data)" },
  FACTSHEET_BASE: { value: "PATH", help: "the base path, as --base (--base wins when both are given)" },
  FACTSHEET_LOW_MEMORY: { value: "1", help: "as --low-memory" },
  FACTSHEET_BENCH: { value: "1", help: "print where the time went, as JSON, for npm run bench" },
} as const;

export interface BuildOptions {
  output: string;
  /** The base path given by --base or FACTSHEET_BASE, normalised; undefined when neither is given. */
  base?: string;
  /** --low-memory or FACTSHEET_LOW_MEMORY=1. */
  lowMemory: boolean;
}

/** What the command does with its arguments: build, print the help, or stop with a usage error. */
export type ParsedArguments = { kind: "build"; options: BuildOptions } | { kind: "help"; text: string } | { kind: "usage-error"; message: string };

function optionName(name: keyof typeof OPTIONS): string {
  const option = OPTIONS[name];
  return "value" in option ? `--${name}=${option.value}` : `--${name}`;
}

export function helpText(): string {
  const options = (Object.keys(OPTIONS) as (keyof typeof OPTIONS)[]).map((name) => {
    const option = OPTIONS[name];
    const names = "short" in option ? `${optionName(name)}, -${option.short}` : optionName(name);
    return [names, option.help];
  });
  const variables = Object.entries(ENVIRONMENT).map(([name, variable]) => [`${name}=${variable.value}`, variable.help]);
  const width = Math.max(...[...options, ...variables].map(([name]) => name!.length)) + 2;
  const rows = (list: string[][]) => list.map(([name, help]) => `  ${name!.padEnd(width)}${help}`).join("\n");
  return [
    "Usage: npm run build -- [options]",
    "",
    "Validates the data, builds the site and its search index into a fresh folder, and puts it in place",
    "of the output folder only when everything succeeded.",
    "",
    "Options:",
    rows(options),
    "",
    "Environment variables:",
    rows(variables),
    "",
  ].join("\n");
}

function usageError(what: string): ParsedArguments {
  const known = (Object.keys(OPTIONS) as (keyof typeof OPTIONS)[]).map(optionName).join(", ");
  return { kind: "usage-error", message: `npm run build: ${what}; the options are ${known}` };
}

export function parseBuildArguments(args: string[], env: NodeJS.ProcessEnv = process.env): ParsedArguments {
  const { values, tokens } = parseArgs({ args, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === "positional") return usageError(`unexpected argument ${JSON.stringify(token.value)}`);
    if (token.kind !== "option") continue;
    if (!Object.hasOwn(OPTIONS, token.name)) return usageError(`unknown option ${token.rawName}`);
    const option = OPTIONS[token.name as keyof typeof OPTIONS];
    if (option.type === "string" && token.value === undefined) return usageError(`${token.rawName} needs a value, as in ${optionName(token.name as keyof typeof OPTIONS)}`);
    if (option.type === "boolean" && token.value !== undefined) return usageError(`${token.rawName} takes no value`);
  }
  if (values.help) return { kind: "help", text: helpText() };

  const given = typeof values.base === "string" ? { from: "--base", value: values.base } : env.FACTSHEET_BASE ? { from: "FACTSHEET_BASE", value: env.FACTSHEET_BASE } : undefined;
  let base: string | undefined;
  try {
    base = given && normalizeBasePath(given.value);
  } catch (error) {
    if (error instanceof BasePathError) return { kind: "usage-error", message: `npm run build: ${given!.from}: ${error.message}` };
    throw error;
  }
  const lowMemory = values["low-memory"] === true || env.FACTSHEET_LOW_MEMORY === "1";
  return { kind: "build", options: { output: typeof values.output === "string" ? values.output : "_site", base, lowMemory } };
}
