/**
 * The options of a build run without scripts/build.ts (`npm start`): the search
 * index's part size is FACTSHEET_SEARCH_PART_SIZE; the base path is FACTSHEET_BASE, else the path of site.yaml's url, read from the one
 * load of the data the first build then renders; bad data is no failure here.
 */
import type { UserConfig } from "@11ty/eleventy";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildOptions } from "../../plugins/build-options.ts";
import { fixtureWith, VALID_FIXTURE } from "../support/data-fixture.ts";

const config = () => ({}) as UserConfig;
const withUrl = (url: string) => fixtureWith({ "site.yaml": (text) => text.replace("url: https://example.org", `url: ${url}`) });

describe("buildOptions, from the environment", () => {
  it("takes the base path from the path of site.yaml's url", () => {
    expect(buildOptions(config(), { DATA_DIR: VALID_FIXTURE }).base).toBe("/");
    expect(buildOptions(config(), { DATA_DIR: withUrl("https://example.org/fact/sheet/") }).base).toBe("/fact/sheet/");
  });

  it("hands the data it read for that to the store, so the first build does not load it again", () => {
    const dir = withUrl("https://example.org/x");
    const options = buildOptions(config(), { DATA_DIR: dir });
    const file = join(dir, "site.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("https://example.org/x", "https://example.org/edited"));
    // The first build renders what was read for the base path; the next (an edit under npm start) reads afresh.
    expect(options.factsheet.load().model.site.url).toBe("https://example.org/x");
    expect(options.factsheet.load().model.site.url).toBe("https://example.org/edited");
  });

  it("takes FACTSHEET_BASE over the data, normalised", () => {
    expect(buildOptions(config(), { DATA_DIR: withUrl("https://example.org/x"), FACTSHEET_BASE: "factsheet" }).base).toBe("/factsheet/");
  });

  it("builds at the root when the data has problems, which the build then reports", () => {
    const options = buildOptions(config(), { DATA_DIR: withUrl("not a url") });
    expect(options.base).toBe("/");
    expect(() => options.factsheet.load()).toThrow(/The fact sheet data has 1 problem/);
  });

  it("takes the search index's part size from FACTSHEET_SEARCH_PART_SIZE, and refuses one that is not a whole number", () => {
    expect(buildOptions(config(), { DATA_DIR: VALID_FIXTURE }).searchIndexer.options.recordsPerPart).toBeUndefined();
    expect(buildOptions(config(), { DATA_DIR: VALID_FIXTURE, FACTSHEET_SEARCH_PART_SIZE: "10" }).searchIndexer.options.recordsPerPart).toBe(10);
    expect(() => buildOptions(config(), { DATA_DIR: VALID_FIXTURE, FACTSHEET_SEARCH_PART_SIZE: "abc" })).toThrow(
      'FACTSHEET_SEARCH_PART_SIZE takes a whole number of entries, 1 or more, as in --search-part-size=2500; it was "abc"',
    );
  });
});
