/**
 * A data file must be a plain file inside the data folder: a named pipe, a
 * device, a directory or a link out of the folder is refused before reading,
 * quickly, with its path and what it is; the size limit holds on the bytes read.
 */
import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readAtMost } from "../../../scripts/data/data-files.ts";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { FactSheetError } from "../../../scripts/data/problems.ts";
import { fixtureWith } from "../../support/data-fixture.ts";

/** The problems a data folder is refused with, as the build prints them (folder cut off). */
function refusal(dir: string): string[] {
  try {
    loadFactSheet(dir);
  } catch (error) {
    if (!(error instanceof FactSheetError)) throw error;
    return error.problems.map((p) => `${p.file.replace(dir, "DATA")}:${p.line}:${p.column}: ${p.message}`);
  }
  throw new Error("expected the data to be refused");
}

function withNotes(make: (path: string) => void): string {
  const dir = fixtureWith();
  const path = join(dir, "notes.yaml");
  rmSync(path);
  make(path);
  return dir;
}

const ADVICE = "replace it with the YAML file itself";

describe("data files that are not plain files", { timeout: 5_000 }, () => {
  it("refuses a named pipe without opening it for long (no hang)", () => {
    const dir = withNotes((path) => execFileSync("mkfifo", [path]));
    expect(refusal(dir)).toEqual([`DATA/notes.yaml:1:1: file is a named pipe (FIFO), not a plain file: ${ADVICE}`]);
  });

  it("refuses a link to /dev/zero before reading a byte", () => {
    const dir = withNotes((path) => symlinkSync("/dev/zero", path));
    expect(refusal(dir)).toEqual([`DATA/notes.yaml:1:1: file is a symbolic link to /dev/zero, outside the data folder: ${ADVICE}`]);
  });

  it("refuses a directory, with its path and no stack trace", () => {
    const dir = withNotes((path) => mkdirSync(path));
    expect(refusal(dir)).toEqual([`DATA/notes.yaml:1:1: file is a directory, not a plain file: ${ADVICE}`]);
  });

  it("refuses a link out of the data folder (/etc/passwd)", () => {
    const dir = withNotes((path) => symlinkSync("/etc/passwd", path));
    expect(refusal(dir)).toEqual([`DATA/notes.yaml:1:1: file is a symbolic link to /etc/passwd, outside the data folder: ${ADVICE}`]);
  });

  it("follows a link whose target is inside the data folder", () => {
    const dir = fixtureWith();
    mkdirSync(join(dir, "parts"));
    execFileSync("mv", [join(dir, "notes.yaml"), join(dir, "parts", "notes.yaml")]);
    symlinkSync("parts/notes.yaml", join(dir, "notes.yaml"));
    expect(() => loadFactSheet(dir)).not.toThrow();
  });

  it("refuses a link to a directory inside the folder as a directory", () => {
    const dir = withNotes((path) => {
      mkdirSync(join(path, "..", "folder"));
      symlinkSync("folder", path);
    });
    expect(refusal(dir)).toEqual([`DATA/notes.yaml:1:1: file is a directory, not a plain file: ${ADVICE}`]);
  });

  it("enforces the size limit on the bytes read, not on the size the file system reports", () => {
    // /dev/zero reports a size of 0 and never ends: reading stops after limit + 1 bytes.
    const fd = openSync("/dev/zero", "r");
    try {
      expect(readAtMost(fd, 1024)).toEqual({
        ok: false,
        message: "file is more than 0.0009765625 MB; the limit is 0.0009765625 MB: remove what does not belong (is it a fact sheet's data?)",
      });
    } finally {
      closeSync(fd);
    }
  });

  it("reads a file within the limit whole", () => {
    const dir = fixtureWith();
    const path = join(dir, "small.txt");
    writeFileSync(path, "abc");
    const fd = openSync(path, "r");
    try {
      expect(readAtMost(fd, 3)).toEqual({ ok: true, bytes: Buffer.from("abc") });
    } finally {
      closeSync(fd);
    }
  });
});
