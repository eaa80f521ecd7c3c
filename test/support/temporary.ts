/**
 * Temporary folders for tests, deleted when their test file ends (the
 * afterAll in test/support/cleanup.ts, a setup file of every project), so a
 * run leaves nothing in the system's temporary folder.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

/** A new, empty folder under the system's temporary folder, named `factsheet-<name>-XXXXXX`. */
export function temporaryFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `factsheet-${name}-`));
  made.push(dir);
  return dir;
}

export function removeTemporaryFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
