/** Copies the small valid data set to a temporary folder (deleted after the test file), with edits, for tests of bad input. */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { temporaryFolder } from "./temporary.ts";

export const VALID_FIXTURE = fileURLToPath(new URL("../fixtures/valid", import.meta.url));

export type Edits = Record<string, string | Buffer | ((text: string) => string)>;

export function fixtureWith(edits: Edits = {}): string {
  const dir = temporaryFolder("data");
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    if (typeof edit === "function") {
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
