/**
 * A JSON Schema for each data file, generated from schema.ts, for editors:
 * with `# yaml-language-server: $schema=…` as a data file's first line, VS Code
 * (Red Hat's YAML extension) completes fields, shows their descriptions on
 * hover and flags mistakes as you type. The build writes them (only when they
 * changed), so the committed copies in data/schemas/ never drift from the schema.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { dataDirectory } from "./load-factsheet.ts";
import { FILE_SCHEMAS, OPTIONAL_FILE_SCHEMAS, type FileName, type OptionalFileName } from "./schema.ts";

const ALL_SCHEMAS = { ...FILE_SCHEMAS, ...OPTIONAL_FILE_SCHEMAS };
type AnyFileName = FileName | OptionalFileName;

/** The project's own copy, which data/ and the test fixtures point at. */
export const SCHEMAS_DIR = fileURLToPath(new URL("../../data/schemas", import.meta.url));

/** A data file's schema file name: terms.yaml → terms.schema.json. */
export function schemaFileName(file: AnyFileName): string {
  return file.replace(/\.yaml$/, ".schema.json");
}

/** The modeline a data file starts with, pointing at its schema from where the file is. */
export function schemaModeline(file: AnyFileName, schemasPath: string): string {
  return `# yaml-language-server: $schema=${schemasPath}/${schemaFileName(file)}`;
}

/** Each data file's JSON Schema, as text. Draft 7: the YAML language server supports up to draft 7. */
export function jsonSchemas(): { file: AnyFileName; name: string; content: string }[] {
  return (Object.keys(ALL_SCHEMAS) as AnyFileName[]).map((file) => {
    const schema = { ...z.toJSONSchema(ALL_SCHEMAS[file], { target: "draft-7", io: "input" }), title: file };
    return { file, name: schemaFileName(file), content: `${JSON.stringify(schema, null, 2)}\n` };
  });
}

/**
 * Where the schemas are kept: data/schemas/, and the schemas/ folder of the
 * data folder being built when it has one (as `npm run new` makes them).
 */
export function schemaFolders(dataDir: string = dataDirectory()): string[] {
  const own = join(resolve(dataDir), "schemas");
  return own !== SCHEMAS_DIR && existsSync(own) ? [SCHEMAS_DIR, own] : [SCHEMAS_DIR];
}

/** Writes the schemas into a folder, each only when its content changed; returns the names written. */
export function writeJsonSchemas(dir: string = SCHEMAS_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const { name, content } of jsonSchemas()) {
    const path = join(dir, name);
    if (existsSync(path) && readFileSync(path, "utf8") === content) continue;
    // Written beside and renamed into place: builds running side by side never read half a file.
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, content);
    renameSync(temporary, path);
    written.push(name);
  }
  return written;
}
