/**
 * The options of a build run without scripts/build.ts (`npm start`): the search
 * index's part size is FACTSHEET_SEARCH_PART_SIZE; the base path is FACTSHEET_BASE, else the path of site.yaml's url, read from the one
 * load of the data the first build then renders; bad data is no failure here.
 */
import type { UserConfig } from "@11ty/eleventy";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildOptions } from "../../plugins/build-options.ts";
import { fixtureWith, VALID_FIXTURE } from "../support/data-fixture.ts";
import { temporaryFolder } from "../support/temporary.ts";

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

describe("quietFilterTimings", () => {
  /** A quiet Eleventy build of one page whose one filter takes all its time; what it prints on stderr. */
  function buildWithSlowFilter(quiet: boolean): { status: number | null; stderr: string } {
    const project = temporaryFolder("slow-filter");
    mkdirSync(join(project, "src"));
    writeFileSync(join(project, "src", "index.njk"), "{{ 'x' | slow }}");
    const script = `
      const { default: Eleventy } = await import(${JSON.stringify(import.meta.resolve("@11ty/eleventy"))});
      const { quietFilterTimings } = await import(${JSON.stringify(import.meta.resolve("../../plugins/build-options.ts"))});
      const eleventy = new Eleventy(${JSON.stringify(join(project, "src"))}, ${JSON.stringify(join(project, "out"))}, {
        quietMode: true,
        config: (config) => {
          if (${quiet}) quietFilterTimings(config);
          config.addFilter("slow", (value) => { const end = Date.now() + 200; while (Date.now() < end); return value; });
        },
      });
      await eleventy.write();
    `;
    return spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", cwd: project });
  }

  it("keeps Eleventy's warning of a slow filter off stderr, which quiet mode alone does not", { timeout: 30_000 }, () => {
    const loud = buildWithSlowFilter(false);
    expect(loud.status, loud.stderr).toBe(0);
    expect(loud.stderr).toMatch(/Benchmark .*"slow" Nunjucks Filter/);
    const quiet = buildWithSlowFilter(true);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe("");
  });
});
