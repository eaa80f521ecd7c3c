/**
 * Reads one YAML file into plain values while keeping the line and column of
 * every value, so that later steps can say exactly where a problem is.
 */
import { load as fastLoad, CORE_SCHEMA } from "js-yaml";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import { readDataFile } from "./data-files.ts";
import { formatPath, type DataProblem, type Place } from "./problems.ts";

/**
 * Larger files are refused before parsing. One article's file is a few kB; a dossier of 10,000
 * entities writes about 6 MB of terms, so there is room for more than that.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** A document may not expand aliases more often than this ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;
/** Deeper nesting than this is no fact sheet; it is refused rather than recursed into. */
export const MAX_DEPTH = 64;

export interface Location {
  line: number;
  column: number;
}

/** Data read from a file or a folder of files: its value, and where each part of it was written. */
export interface LoadedData {
  value: unknown;
  /** The file, line, column and path in that file of the value at `path` (with `key`, of its key). */
  place(path: readonly PropertyKey[], options?: { key?: boolean }): Place;
}

export interface LoadedYaml extends LoadedData {
  file: string;
  /** Where the value at `path` is; with `key`, where its key is. Falls back to the nearest parent found. */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): Location;
}

export type LoadResult = { ok: true; yaml: LoadedYaml } | { ok: false; problems: DataProblem[] };

const START: Location = { line: 1, column: 1 };

/**
 * Reads and parses one data file. `within` is the folder the file's real location must be inside
 * (by default the folder it is listed in): a data folder's, for the files of its list folders.
 */
export function loadYamlFile(path: string, displayName = path, within?: string): LoadResult {
  const fail = (message: string, at: Location = START): LoadResult => ({
    ok: false,
    problems: [{ file: displayName, ...at, path: "", message }],
  });

  const read = readDataFile(path, MAX_FILE_BYTES, within);
  if (!read.ok) return fail(read.message);
  const bytes = read.bytes;
  let source: string;
  try {
    source = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail("file is not valid UTF-8: save it as UTF-8", locateBadByte(bytes));
  }
  source = source.replace(/^\uFEFF/, "");
  if (source.trim() === "" || /^(\s*#.*\n?)*\s*$/.test(source)) {
    return fail("file is empty: it must hold the YAML data described in README.md");
  }

  const tab = /^( *)\t/m.exec(source);
  if (tab) {
    const line = source.slice(0, tab.index).split("\n").length;
    return fail("YAML syntax: a tab is used for indentation (indent with spaces, not tabs)", {
      line,
      column: tab[1]!.length + 1,
    });
  }

  const deepAt = findDeepNesting(source);
  if (deepAt) {
    return fail(`nesting deeper than ${MAX_DEPTH} levels: a fact sheet needs no more than a few`, deepAt);
  }

  const fast = parseFast(source);
  if (fast !== undefined) {
    // Positions are needed only to report a problem: parse for them then, once.
    let located: ReturnType<typeof parseWithPositions> | undefined;
    const locate = (path: readonly PropertyKey[], options: { key?: boolean } = {}): Location => {
      located ??= parseWithPositions(source);
      return locateIn(located.doc, located.lineCounter, path, options);
    };
    return { ok: true, yaml: loaded(displayName, fast, locate) };
  }

  const { doc, lineCounter } = parseWithPositions(source);
  // After the first syntax error the parser's view of the file is unreliable: report that one only.
  const [error] = [...doc.errors, ...doc.warnings];
  if (error) {
    const at = lineCounter.linePos(error.code === "MISSING_CHAR" ? unclosedQuoteStart(doc, error.pos[0]) : error.pos[0]);
    return fail(yamlMessage(error.code, error.message), { line: at.line, column: at.col });
  }

  const deep = findTooDeep(doc.contents, 0);
  if (deep) {
    const at = lineCounter.linePos(deep.range?.[0] ?? 0);
    return fail(`nesting deeper than ${MAX_DEPTH} levels: a fact sheet needs no more than a few`, {
      line: at.line,
      column: at.col,
    });
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      return fail(
        `aliases expand to more than ${MAX_ALIAS_COUNT} copies, as in a "billion laughs" attack: write the values out instead of repeating *aliases`,
      );
    }
    return fail(`the YAML could not be read: ${message}`);
  }
  const locate = (path: readonly PropertyKey[], options: { key?: boolean } = {}) => locateIn(doc, lineCounter, path, options);
  return { ok: true, yaml: loaded(displayName, value, locate) };
}

function loaded(file: string, value: unknown, locate: LoadedYaml["locate"]): LoadedYaml {
  return { file, value, locate, place: (path, options) => ({ file, ...locate(path, options), path: formatPath(path) }) };
}

/**
 * The fast way in, for well-formed files: js-yaml with the YAML 1.2 core
 * schema, about ten times quicker than a parse that keeps positions. Anything
 * it cannot take plainly (a syntax error, a tag, an alias it would share, deep
 * nesting) returns undefined, and the careful parse reports it with its place.
 */
function parseFast(source: string): unknown {
  let value: unknown;
  try {
    value = fastLoad(source, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  return isPlainTree(value) ? value : undefined;
}

/** True when no object is reached twice (no alias) and nothing nests deeper than MAX_DEPTH. */
function isPlainTree(root: unknown): boolean {
  const seen = new Set<object>();
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (seen.has(value) || depth > MAX_DEPTH) return false;
    seen.add(value);
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return true;
}

function parseWithPositions(source: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  return { doc, lineCounter };
}

function locateIn(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[], options: { key?: boolean }): Location {
  const node = nodeAt(doc, path, options.key === true);
  if (!node?.range) return START;
  const at = lineCounter.linePos(node.range[0]);
  return { line: at.line, column: at.col };
}

/**
 * A quote left open runs to the end of the file, where the parser notices it:
 * the reader needs the place it opens. Falls back to where the parser stopped.
 */
function unclosedQuoteStart(doc: Document, stoppedAt: number): number {
  let start = stoppedAt;
  visit(doc, {
    Scalar(_key, node) {
      if ((node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && node.range && node.range[1] >= stoppedAt) {
        start = Math.min(start, node.range[0]);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return start;
}

/** The YAML library's messages carry a code snippet; keep the first line and add what to do. */
function yamlMessage(code: string, message: string): string {
  const first = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  const advice: Record<string, string> = {
    DUPLICATE_KEY: "each key may appear once in a mapping: remove or rename the duplicate",
    TAB_AS_INDENT: "indent with spaces, not tabs",
    BAD_INDENT: "check the indentation of this line against the lines above",
    MISSING_CHAR: "close the quote or bracket that was opened",
    TAG_RESOLVE_FAILED: "custom tags (!tag) are not allowed: remove the tag",
    BAD_ALIAS: "aliases must point to an anchor defined earlier",
  };
  const todo = advice[code];
  return todo ? `YAML syntax: ${first} (${todo})` : `YAML syntax: ${first}`;
}

function nodeAt(doc: Document, path: readonly PropertyKey[], wantKey: boolean): Node | null {
  let node: unknown = doc.contents;
  let found: Node | null = (node as Node | null) ?? null;
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isSeq(node) && typeof segment === "number") {
      node = node.items[segment];
    } else if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      node = last && wantKey ? pair.key : pair.value;
    } else {
      break;
    }
    if (node && typeof node === "object" && "range" in node) found = node as Node;
    else break;
  }
  return found;
}

/**
 * Finds nesting too deep to be data before the parser recurses into it: flow
 * brackets outside quotes, and block indentation. Cheap, linear, and it keeps
 * a hostile file from costing more than a scan.
 */
function findDeepNesting(source: string): Location | null {
  let depth = 0;
  let quote: string | null = null;
  let line = 1;
  let lineStart = 0;
  /** The last character on this line that is not a space, outside quotes; "" at the start of a line. */
  let last = "";
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (char === "\n") {
      // A block scalar (`key: |` or `- >-`) is text: its lines, indented deeper than the line that opens it, are skipped.
      const opensBlock = quote === null && depth === 0 && BLOCK_SCALAR_HEADER.test(source.slice(lineStart, i));
      const parentIndent = opensBlock ? indentAt(source, lineStart) : -1;
      for (;;) {
        line += 1;
        lineStart = i + 1;
        const indent = indentAt(source, lineStart);
        const blank = /^[ ]*(?:\r?\n|$)/.test(source.slice(lineStart, lineStart + indent + 2));
        if (!opensBlock || (!blank && indent <= parentIndent)) {
          if (indent > MAX_DEPTH * 4) return { line, column: indent + 1 };
          break;
        }
        const end = source.indexOf("\n", lineStart);
        if (end === -1) return null;
        i = end;
      }
      last = "";
      continue;
    }
    if (quote) {
      if (char === "\\" && quote === '"') i += 1;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === " " || char === "\t" || char === "\r") continue;
    if (char === "#" && (i === lineStart || /\s/.test(source[i - 1]!))) {
      while (i + 1 < source.length && source[i + 1] !== "\n") i += 1;
      continue;
    }
    if (char === '"' || char === "'" || char === "[" || char === "{") {
      // Quotes and brackets are syntax only where a value starts (or anywhere inside a flow
      // collection); elsewhere they are letters of a plain scalar.
      const valueStarts = depth > 0 ? "[{,:".includes(last) || last === "" : last === "" || last === ":" || last === "-" || last === "?";
      const spaced = i === lineStart || /\s/.test(source[i - 1]!) || depth > 0;
      if (valueStarts && spaced) {
        if (char === '"' || char === "'") quote = char;
        else {
          depth += 1;
          if (depth > MAX_DEPTH) return { line, column: i - lineStart + 1 };
        }
      }
    } else if ((char === "]" || char === "}") && depth > 0) depth -= 1;
    last = char;
  }
  return null;
}

/** A line that ends by opening a block scalar: `key: |`, `- >-`, `key: |2 # comment`. */
const BLOCK_SCALAR_HEADER = /(?:^|[\s:-])[|>][1-9+-]{0,2}[ \t]*(?:#.*)?\r?$/;

function indentAt(source: string, lineStart: number): number {
  let indent = 0;
  while (source[lineStart + indent] === " ") indent += 1;
  return indent;
}

function findTooDeep(node: unknown, depth: number): Node | null {
  if (depth > MAX_DEPTH) return node as Node;
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items as unknown[]) {
      const child = isPair(item) ? item.value : item;
      const deep = findTooDeep(child, depth + 1);
      if (deep) return deep;
    }
  }
  return null;
}

/** The line and column of the first byte that is not valid UTF-8. */
function locateBadByte(bytes: Uint8Array): Location {
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid;
    }
  }
  const good = bytes.subarray(0, low);
  let line = 1;
  let column = 1;
  // Decoding as a stream drops a multi-byte sequence cut off at the end, which is where the bad byte starts.
  for (const char of new TextDecoder().decode(good, { stream: true })) {
    if (char === "\n") {
      line += 1;
      column = 1;
    } else column += 1;
  }
  return { line, column };
}
