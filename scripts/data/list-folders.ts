/**
 * A list of entries kept in one file (terms.yaml) or in a folder of the same
 * name (terms/) of YAML files, read in the byte order of their names and
 * joined as if they were one list. Each file of a folder is a data file of its
 * own (the size limit, the plain-file checks), and every value keeps the file,
 * line and column it was written at, so problems name the file they are in.
 * Which lists may be split is LIST_FOLDER_FILES in schema.ts.
 */
import { lstatSync, readdirSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import { loadYamlFile, type LoadedData, type LoadedYaml } from "./load-yaml.ts";
import type { DataProblem, Place } from "./problems.ts";
import type { ListFileName } from "./schema.ts";

/** A list as loaded: its entries joined, and the files they came from (one, or the folder's, in order). */
export interface LoadedList extends LoadedData {
  parts: { path: string; yaml: LoadedYaml }[];
}

export type ListResult = { ok: true; list: LoadedList } | { ok: false; problems: DataProblem[] };

/** The folder that may hold a list file's entries: terms.yaml → terms. */
export function listFolderName(file: ListFileName): string {
  return file.replace(/\.yaml$/, "");
}

/**
 * Whether a list folder's entry is read: files ending in .yaml or .yml. Hidden ones (editors' lock and swap
 * files, such as Emacs's .#terms.yaml) are left out, as are other files, as in the data folder itself.
 */
export function isListPart(name: string): boolean {
  return !name.startsWith(".") && /\.ya?ml$/i.test(name);
}

/** The order a folder's files are read in: the bytes of their names (UTF-8), the same on every system and locale. */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Loads `file` of the data folder `dir`, or its folder; `display` gives a path as problems show it. */
export function loadList(dir: string, file: ListFileName, display: (path: string) => string): ListResult {
  const filePath = join(dir, file);
  const folderName = listFolderName(file);
  const folderPath = join(dir, folderName);
  const problem = (message: string, where = filePath): ListResult => ({
    ok: false,
    problems: [{ file: display(where), line: 1, column: 1, path: "", message }],
  });

  const folder = entryAt(folderPath);
  const isFolder = folder?.isDirectory() === true;
  if (folder?.isSymbolicLink() && statOrUndefined(folderPath)?.isDirectory()) {
    return problem(`${folderName}/ is a symbolic link to a folder: replace it with the folder itself`, folderPath);
  }
  const hasFile = entryAt(filePath) !== undefined;
  if (isFolder && hasFile) {
    return problem(
      `both ${file} and the folder ${folderName}/ hold this list: keep one, either the file or the folder of files (move the file's entries into a file of the folder)`,
    );
  }
  if (!isFolder) {
    if (!hasFile) return problem(`file not found: every data folder needs this file, or a folder ${folderName}/ of YAML files holding its list`);
    const result = loadYamlFile(filePath, display(filePath));
    return result.ok ? { ok: true, list: { value: result.yaml.value, place: result.yaml.place, parts: [{ path: filePath, yaml: result.yaml }] } } : result;
  }

  let names: string[];
  try {
    names = readdirSync(folderPath).filter(isListPart).sort(byteOrder);
  } catch (error) {
    return problem(`folder cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}): check its permissions`, folderPath);
  }
  const parts: LoadedList["parts"] = [];
  const problems: DataProblem[] = [];
  for (const name of names) {
    const path = join(folderPath, name);
    const result = loadYamlFile(path, display(path), dir);
    if (!result.ok) problems.push(...result.problems);
    else if (!Array.isArray(result.yaml.value)) {
      problems.push({
        ...result.yaml.place([]),
        message: `expected a list of entries (\`- id: …\`), found ${describeValue(result.yaml.value)}: each file of ${folderName}/ holds a list, and the files are read in name order as one`,
      });
    } else parts.push({ path, yaml: result.yaml });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, list: joinParts(parts, { file: `${display(folderPath)}/`, line: 1, column: 1, path: "" }) };
}

/** The parts' lists as one: an index into it is placed in the file it came from, at its index there. */
function joinParts(parts: LoadedList["parts"], folder: Place): LoadedList {
  const lists = parts.map(({ yaml }) => yaml.value as unknown[]);
  const starts: number[] = [];
  let total = 0;
  for (const list of lists) {
    starts.push(total);
    total += list.length;
  }
  return {
    value: lists.flat(),
    parts,
    place(path, options) {
      const [index, ...rest] = path;
      if (typeof index !== "number" || index < 0 || index >= total) return folder;
      // The last part starting at or before the index (empty parts start where the next one does).
      let low = 0;
      let high = parts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= index) low = mid;
        else high = mid - 1;
      }
      return parts[low]!.yaml.place([index - starts[low]!, ...rest], options);
    },
  };
}

function entryAt(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return "nothing (null)";
  return typeof value === "object" ? "a mapping" : `a ${typeof value}`;
}
