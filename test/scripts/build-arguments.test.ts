/** The build's options as parsed: where the base path comes from, and what is a usage error. */
import { describe, expect, it } from "vitest";
import { parseBuildArguments } from "../../scripts/build-arguments.ts";

describe("parseBuildArguments", () => {
  it("builds into _site, with the base path left to the data, by default", () => {
    expect(parseBuildArguments([], {})).toEqual({ kind: "build", options: { output: "_site", base: undefined, lowMemory: false } });
  });

  it("takes the base path from --base, else FACTSHEET_BASE, normalised", () => {
    expect(parseBuildArguments(["--base=factsheet"], {})).toMatchObject({ options: { base: "/factsheet/" } });
    expect(parseBuildArguments([], { FACTSHEET_BASE: "/deep/er" })).toMatchObject({ options: { base: "/deep/er/" } });
    expect(parseBuildArguments(["--base", "/x/"], { FACTSHEET_BASE: "/deep/er/" })).toMatchObject({ options: { base: "/x/" } });
    expect(parseBuildArguments(["--base=/"], { FACTSHEET_BASE: "/deep/er/" })).toMatchObject({ options: { base: "/" } });
    expect(parseBuildArguments(["--output", "public"], { FACTSHEET_BASE: "" })).toEqual({ kind: "build", options: { output: "public", base: undefined, lowMemory: false } });
  });

  it("asks for the low-memory mode with --low-memory or FACTSHEET_LOW_MEMORY=1", () => {
    expect(parseBuildArguments(["--low-memory"], {})).toMatchObject({ options: { lowMemory: true } });
    expect(parseBuildArguments([], { FACTSHEET_LOW_MEMORY: "1" })).toMatchObject({ options: { lowMemory: true } });
    expect(parseBuildArguments([], { FACTSHEET_LOW_MEMORY: "0" })).toMatchObject({ options: { lowMemory: false } });
  });

  it("takes the search index's part size from --search-part-size, else FACTSHEET_SEARCH_PART_SIZE", () => {
    expect(parseBuildArguments(["--search-part-size=10"], {})).toMatchObject({ options: { searchPartSize: 10 } });
    expect(parseBuildArguments([], { FACTSHEET_SEARCH_PART_SIZE: "400" })).toMatchObject({ options: { searchPartSize: 400 } });
    expect(parseBuildArguments(["--search-part-size", "7"], { FACTSHEET_SEARCH_PART_SIZE: "400" })).toMatchObject({ options: { searchPartSize: 7 } });
  });

  it.each([
    [["--search-part-size=0"], {}, '--search-part-size takes a whole number of entries, 1 or more, as in --search-part-size=2500; it was "0"'],
    [["--search-part-size=2.5"], {}, '--search-part-size takes a whole number of entries, 1 or more, as in --search-part-size=2500; it was "2.5"'],
    [[], { FACTSHEET_SEARCH_PART_SIZE: "many" }, 'FACTSHEET_SEARCH_PART_SIZE takes a whole number of entries, 1 or more, as in --search-part-size=2500; it was "many"'],
  ])("refuses a part size that is not a whole number: %j %j", (args, env, message) => {
    expect(parseBuildArguments(args, env)).toEqual({ kind: "usage-error", message: `npm run build: ${message}` });
  });

  it("answers --help and -h with the help", () => {
    expect(parseBuildArguments(["--help"], {})).toMatchObject({ kind: "help", text: expect.stringContaining("FACTSHEET_LOW_MEMORY=1") });
    expect(parseBuildArguments(["--output=x", "-h"], {})).toMatchObject({ kind: "help" });
  });

  it("names an unknown option, even after --help", () => {
    expect(parseBuildArguments(["--help", "--pathprefix=/x/"], {})).toEqual({
      kind: "usage-error",
      message: "npm run build: unknown option --pathprefix; the options are --output=FOLDER, --base=PATH, --low-memory, --search-part-size=N, --help",
    });
  });

  it.each([
    [["-x"], "npm run build: unknown option -x; the options are --output=FOLDER, --base=PATH, --low-memory, --search-part-size=N, --help"],
    [["--output"], "npm run build: --output needs a value, as in --output=FOLDER; the options are --output=FOLDER, --base=PATH, --low-memory, --search-part-size=N, --help"],
    [["--help=yes"], "npm run build: --help takes no value; the options are --output=FOLDER, --base=PATH, --low-memory, --search-part-size=N, --help"],
    [["public"], 'npm run build: unexpected argument "public"; the options are --output=FOLDER, --base=PATH, --low-memory, --search-part-size=N, --help'],
    [
      ["--base=https://example.org/x/"],
      'npm run build: --base: The base path "https://example.org/x/" is a URL, not a path: give a path such as /factsheet/ (or / for the root of a domain).',
    ],
  ])("refuses %j in one line: %s", (args, message) => {
    expect(parseBuildArguments(args, {})).toEqual({ kind: "usage-error", message });
  });
});
