/**
 * The project's commands read their options from a table: what `--help`
 * prints and what the command accepts. Anything else is a usage error, told
 * in one line that names it and the options there are.
 */
import { parseArgs } from "node:util";

export interface OptionSpec {
  type: "string" | "boolean";
  /** What a string option's value is, for the help: FOLDER, PATH. */
  value?: string;
  short?: string;
  help: string;
}

export type OptionTable = Record<string, OptionSpec>;

export interface VariableSpec {
  value: string;
  help: string;
}

export type CommandLine<T extends OptionTable> =
  | { kind: "ok"; values: { [K in keyof T]?: T[K]["type"] extends "boolean" ? boolean : string } }
  | { kind: "usage-error"; message: string };

function optionName(name: string, option: OptionSpec): string {
  return option.value ? `--${name}=${option.value}` : `--${name}`;
}

/** The one line a usage error prints: the command, what was wrong, the options there are. */
export function usageError(command: string, options: OptionTable, what: string): string {
  const known = Object.entries(options).map(([name, option]) => optionName(name, option)).join(", ");
  return `${command}: ${what}; the options are ${known}`;
}

export function parseCommandLine<T extends OptionTable>(command: string, options: T, args: string[]): CommandLine<T> {
  const config = Object.fromEntries(
    Object.entries(options).map(([name, { type, short }]) => [name, short ? { type, short } : { type }]),
  );
  const { values, tokens } = parseArgs({ args, options: config, strict: false, allowPositionals: true, tokens: true });
  const error = (what: string) => ({ kind: "usage-error", message: usageError(command, options, what) }) as const;
  for (const token of tokens) {
    if (token.kind === "positional") return error(`unexpected argument ${JSON.stringify(token.value)}`);
    if (token.kind !== "option") continue;
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!option) return error(`unknown option ${token.rawName}`);
    if (option.type === "string" && token.value === undefined) return error(`${token.rawName} needs a value, as in ${optionName(token.name, option)}`);
    if (option.type === "boolean" && token.value !== undefined) return error(`${token.rawName} takes no value`);
  }
  return { kind: "ok", values: values as Extract<CommandLine<T>, { kind: "ok" }>["values"] };
}

/** A command's help: its usage, what it does, then its options and environment variables, aligned. */
export function helpText(usage: string, description: string[], options: OptionTable, variables: Record<string, VariableSpec> = {}): string {
  const optionRows = Object.entries(options).map(([name, option]) => [
    option.short ? `${optionName(name, option)}, -${option.short}` : optionName(name, option),
    option.help,
  ]);
  const variableRows = Object.entries(variables).map(([name, variable]) => [`${name}=${variable.value}`, variable.help]);
  const width = Math.max(...[...optionRows, ...variableRows].map(([name]) => name!.length)) + 2;
  const rows = (list: string[][]) => list.map(([name, help]) => `  ${name!.padEnd(width)}${help}`);
  return [
    `Usage: ${usage}`,
    "",
    ...description,
    "",
    "Options:",
    ...rows(optionRows),
    ...(variableRows.length > 0 ? ["", "Environment variables:", ...rows(variableRows)] : []),
    "",
  ].join("\n");
}

/** Says what was wrong with the command line, in one line, and exits 2, as every command does. */
export function exitWithUsageError(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/**
 * A tool's options from its command line: with --help, its help printed and exit 0; with options it cannot
 * take, the one-line usage error and exit 2; otherwise the values.
 */
export function readCommandLine<T extends OptionTable & { help: OptionSpec }>(
  command: string,
  options: T,
  about: { usage: string; description: string[] },
  args: string[] = process.argv.slice(2),
): Extract<CommandLine<T>, { kind: "ok" }>["values"] {
  const parsed = parseCommandLine(command, options, args);
  if (parsed.kind === "usage-error") exitWithUsageError(parsed.message);
  if (parsed.values.help) {
    process.stdout.write(helpText(about.usage, about.description, options));
    process.exit(0);
  }
  return parsed.values;
}
