/** Copies the small valid data set to a temporary folder (deleted after the test file), with edits, for tests of bad input. */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { FactSheetError } from "../../scripts/data/problems.ts";
import { temporaryFolder } from "./temporary.ts";

export const VALID_FIXTURE = fileURLToPath(new URL("../fixtures/valid", import.meta.url));

/**
 * By file (a path inside the data folder, such as `terms/01.yaml`): its new text, a function of its text,
 * or null to remove it. A name ending in `/` makes an empty folder.
 */
export type Edits = Record<string, string | Buffer | ((text: string) => string) | null>;

export function fixtureWith(edits: Edits = {}): string {
  const dir = temporaryFolder("data");
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    mkdirSync(file.endsWith("/") ? path : dirname(path), { recursive: true });
    if (file.endsWith("/")) continue;
    if (edit === null) {
      rmSync(path);
    } else if (typeof edit === "function") {
      const before = readFileSync(path, "utf8");
      const after = edit(before);
      if (after === before) throw new Error(`fixture edit of ${file} changed nothing`);
      writeFileSync(path, after);
    } else {
      writeFileSync(path, edit);
    }
  }
  return dir;
}

/**
 * The problems the valid fixture with `edits` is refused with, each as
 * `file:line:column: path: message`, the file by its name alone; throws when it is accepted.
 */
export function refusal(edits: Edits): string[] {
  const dir = fixtureWith(edits);
  try {
    loadFactSheet(dir);
  } catch (error) {
    if (!(error instanceof FactSheetError)) throw error;
    // Every place is given by the file's name alone, in messages that point elsewhere ("first at …") too.
    return error.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.path}: ${p.message}`.replaceAll(`${dir}/`, ""));
  }
  throw new Error("expected the data to be refused");
}
