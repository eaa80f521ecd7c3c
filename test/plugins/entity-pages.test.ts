/**
 * The plan of entity pages a rebuild of `npm start` writes (plugins/entity-pages.ts), from the valid
 * fixture and edits of it: all of them at first, after a change every page reads, or when told so;
 * otherwise the edited entities' pages and the pages linked with them. test/site/watch-rebuild.test.ts
 * checks the site such rebuilds leave against a fresh build.
 */
import { describe, expect, it } from "vitest";
import { EntityPageCache, isDataFile } from "../../plugins/entity-pages.ts";
import { loadDataFolder, type LoadedFactSheet } from "../../scripts/data/load-factsheet.ts";
import { fixtureWith, type Edits } from "../support/data-fixture.ts";

const original = loadDataFolder(fixtureWith());
const edited = (edits: Edits): LoadedFactSheet => loadDataFolder(fixtureWith(edits));
const settings = { ui: "the interface's text" };

/** A cache that has planned and written every page of the original fixture, each linking as `links` says. */
function cacheAfterFirstBuild(links: Record<string, string[]> = {}): EntityPageCache {
  const cache = new EntityPageCache();
  cache.enabled = true;
  const plan = cache.plan(original.data, original.model, settings);
  const urls = new Set(original.model.entities.map((entity) => entity.url));
  for (const url of plan.urls) cache.written(url, (links[url] ?? []).map((to) => `<a href="/factsheet${to}">x</a>`).join(""), urls);
  return cache;
}

describe("the entity pages a rebuild writes", () => {
  it("are all of them in a one-off build, and nothing is kept", () => {
    const cache = new EntityPageCache();
    const plan = cache.plan(original.data, original.model, settings);
    expect(plan.all).toBe(true);
    expect(plan.urls.size).toBe(original.model.entities.length);
    expect(cache.written("/terms/threat/", '<a href="/terms/capacity/">', plan.urls)).toEqual(new Set());
  });

  it("are none when the data did not change", () => {
    const plan = cacheAfterFirstBuild().plan(original.data, original.model, settings);
    expect(plan).toMatchObject({ all: false, removed: [] });
    expect([...plan.urls]).toEqual([]);
  });

  it("are an edited entity's page, the pages that linked to it and those it linked to", () => {
    const cache = cacheAfterFirstBuild({
      "/terms/capacity/": ["/terms/commission/"],
      "/actors/minister/": ["/terms/capacity/"],
      "/terms/threat/": ["/terms/alliance/"],
    });
    const next = edited({ "terms.yaml": (text) => text.replace("definition: ثاني العاملين.", "definition: ثاني العاملين، معدّلًا.") });
    const plan = cache.plan(next.data, next.model, settings);
    expect(plan.all).toBe(false);
    expect([...plan.changed]).toEqual(["/terms/capacity/"]);
    expect([...plan.urls].sort()).toEqual(["/actors/minister/", "/terms/capacity/", "/terms/commission/"]);
  });

  it("learn from each page written what it links to now", () => {
    const cache = cacheAfterFirstBuild();
    const urls = new Set(original.model.entities.map((entity) => entity.url));
    // Written again, the threat's page now links to the alliance (under any base path, in its structured data too).
    expect(cache.written("/terms/threat/", '<a href="/x/terms/alliance/">…</a> "https://example.org/terms/capacity/" /terms/nowhere/', urls)).toEqual(
      new Set(["/terms/alliance/", "/terms/capacity/"]),
    );
    const next = edited({ "terms.yaml": (text) => text.replace("definition: مصطلح يبدأ", "definition: مصطلحٌ يبدأ") });
    expect([...cache.plan(next.data, next.model, settings).urls].sort()).toEqual(["/terms/alliance/", "/terms/threat/"]);
  });

  it("are all of them after a change every page reads: a name, the site, the settings", () => {
    for (const next of [
      edited({ "terms.yaml": (text) => text.replace("name: التهديد", "name: التهديدات") }),
      edited({ "site.yaml": (text) => text.replace(/^title: .*$/m, "title: عنوان آخر") }),
    ]) {
      expect(cacheAfterFirstBuild().plan(next.data, next.model, settings).all).toBe(true);
    }
    expect(cacheAfterFirstBuild().plan(original.data, original.model, { ui: "other words" }).all).toBe(true);
  });

  it("are all of them once told a file other than the data changed, or that a build failed", () => {
    const cache = cacheAfterFirstBuild();
    cache.invalidate();
    expect(cache.plan(original.data, original.model, settings).all).toBe(true);
    expect(cache.plan(original.data, original.model, settings).all).toBe(false);
  });
});

describe("isDataFile, of the paths Eleventy reports as changed", () => {
  it.each([
    ["a data folder inside the project", "./data/terms.yaml", "/work/project/data", "/work/project"],
    ["a list folder's file", "./data/terms/01.yml", "/work/project/data", "/work/project"],
    ["a data folder beside the project", "./data/terms.yaml", "/tmp/data", "/tmp/project"],
    ["a data folder elsewhere on the machine", "./tmp/data/terms.yaml", "/tmp/data", "/work/project"],
  ])("takes a YAML file of %s", (_, changed, dataDir, projectDir) => {
    expect(isDataFile(changed, dataDir, projectDir)).toBe(true);
  });

  it.each([
    ["a template", "./site/search/index.njk", "/work/project/data", "/work/project"],
    ["a file of the data folder that is not YAML", "./data/README.md", "/work/project/data", "/work/project"],
    ["a folder whose name begins as the data's", "./data-old/terms.yaml", "/tmp/data", "/tmp/project"],
    ["the project's own YAML beside an outside data folder", "./site/_data/ui.yaml", "/tmp/data", "/work/project"],
  ])("refuses %s", (_, changed, dataDir, projectDir) => {
    expect(isDataFile(changed, dataDir, projectDir)).toBe(false);
  });
});
