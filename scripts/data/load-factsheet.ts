/**
 * The data pipeline in the order it runs: load every YAML file of a data
 * folder (a list kept as a folder of files, terms/, is read as one:
 * list-folders.ts), validate it, link it into the model. Throws a
 * FactSheetError that lists every problem at once.
 */
import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { linkEntities, type FactSheet } from "./link.ts";
import { loadList } from "./list-folders.ts";
import { loadYamlFile } from "./load-yaml.ts";
import { FactSheetError, type DataProblem } from "./problems.ts";
import { FILE_SCHEMAS, LIST_FOLDER_FILES, OPTIONAL_FILE_SCHEMAS, type FactSheetData, type FileName, type ListFileName, type OptionalFileName } from "./schema.ts";
import { validateFactSheet, type LoadedFiles } from "./validate.ts";

const FILE_NAMES = Object.keys(FILE_SCHEMAS) as FileName[];
const OPTIONAL_FILE_NAMES = Object.keys(OPTIONAL_FILE_SCHEMAS) as OptionalFileName[];
const ALL_FILE_NAMES: string[] = [...FILE_NAMES, ...OPTIONAL_FILE_NAMES];

/** The data folder: DATA_DIR when set, else ./data. */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DATA_DIR || "data");
}

export interface LoadedFactSheet {
  data: FactSheetData;
  model: FactSheet;
}

/**
 * Loads, validates and links a data folder, reading it afresh each call. The site's build calls it once
 * per build, in plugins/fact-sheet-data.ts, and hands the model on; tools and tests call loadFactSheet.
 */
export function loadDataFolder(dir: string): LoadedFactSheet {
  const problems: DataProblem[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    throw new FactSheetError([
      { file: displayPath(dir), line: 1, column: 1, path: "", message: "data folder not found: set DATA_DIR to a folder of YAML files" },
    ]);
  }
  for (const entry of entries) {
    if (/\.ya?ml$/i.test(entry) && !ALL_FILE_NAMES.includes(entry)) {
      problems.push({
        file: displayPath(join(dir, entry)),
        line: 1,
        column: 1,
        path: "",
        message: `unexpected file: a data folder holds ${FILE_NAMES.join(", ")}, and may hold ${OPTIONAL_FILE_NAMES.join(", ")}`,
      });
    }
  }

  const files: Partial<LoadedFiles> = {};
  for (const name of FILE_NAMES) {
    if (LIST_FOLDER_FILES.includes(name as ListFileName)) {
      const result = loadList(dir, name as ListFileName, displayPath);
      if (result.ok) files[name] = result.list;
      else problems.push(...result.problems);
      continue;
    }
    const path = join(dir, name);
    const result = loadYamlFile(path, displayPath(path));
    if (result.ok) files[name] = result.yaml;
    else problems.push(...result.problems);
  }
  for (const name of OPTIONAL_FILE_NAMES) {
    const path = join(dir, name);
    if (!entries.includes(name)) continue;
    const result = loadYamlFile(path, displayPath(path));
    if (result.ok) files[name] = result.yaml;
    else problems.push(...result.problems);
  }

  const validation = validateFactSheet(files);
  if (!validation.ok) problems.push(...validation.problems);
  if (problems.length > 0 || !validation.ok) throw new FactSheetError(problems);

  return { data: validation.data, model: linkEntities(validation.data) };
}

/** The data folder (DATA_DIR, or ./data) loaded, validated and linked: for tools and tests outside the site's build. */
export function loadFactSheet(dir: string = dataDirectory()): LoadedFactSheet {
  return loadDataFolder(dir);
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}
