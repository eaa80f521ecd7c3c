/**
 * `npm run new -- path/to/folder`: writes a complete, valid data folder to
 * start a fact sheet from, as `hugo new site` does: the seven files with short
 * placeholders and comments (scripts/dev/scaffold/), and the editors' JSON
 * Schemas they name (schemas/). It builds at once:
 *   DATA_DIR=path/to/folder npm run build
 * It writes only into a folder that is empty or does not exist yet.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeJsonSchemas } from "../data/json-schemas.ts";
import { FILE_SCHEMAS, type FileName } from "../data/schema.ts";

export const SCAFFOLD_DIR = fileURLToPath(new URL("scaffold", import.meta.url));

/** Writes the scaffold into `target`; throws, saying why, when the folder has anything in it. */
export function newFactSheet(target: string): string[] {
  const dir = resolve(target);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new Error(`${target} is a file: give the path of a new or empty folder`);
    if (readdirSync(dir).length > 0) throw new Error(`${target} is not empty: give the path of a new or empty folder; nothing was written`);
  }
  mkdirSync(dir, { recursive: true });
  const files = Object.keys(FILE_SCHEMAS) as FileName[];
  for (const file of files) copyFileSync(join(SCAFFOLD_DIR, file), join(dir, file));
  writeJsonSchemas(join(dir, "schemas"));
  return files;
}

function main(): void {
  const target = process.argv[2];
  if (!target || process.argv.length > 3) {
    process.stderr.write("Usage: npm run new -- path/to/folder\n");
    process.exit(1);
  }
  try {
    const files = newFactSheet(target);
    const fromHere = relative(process.cwd(), resolve(target));
    const shown = fromHere.startsWith("..") ? resolve(target) : fromHere || ".";
    process.stdout.write(
      [
        `Wrote a new fact sheet's data into ${shown}: ${files.join(", ")}, and schemas/ for your editor.`,
        `Build it:  DATA_DIR=${shown} npm run build`,
        `Work on it: DATA_DIR=${shown} npm start   (README.md: "A fact sheet for another article in 15 minutes")`,
        "",
      ].join("\n"),
    );
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
