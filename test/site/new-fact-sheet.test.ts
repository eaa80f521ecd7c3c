/**
 * A fact sheet for another article: the scaffold (`npm run new`) builds at
 * once, and nothing of the article in data/ comes out in any page or
 * download: every sentence about an article comes from the data folder built.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { PROJECT_ROOT, runBuild, type BuildResult } from "../support/run-build.ts";
import { temporaryFolder } from "../support/temporary.ts";

const root = temporaryFolder("new-site");
const dataDir = join(root, "new-article");
const siteDir = join(root, "site");
let build: BuildResult;

beforeAll(async () => {
  const created = spawnSync(process.execPath, ["scripts/dev/new-factsheet.ts", dataDir], { cwd: PROJECT_ROOT, encoding: "utf8" });
  if (created.status !== 0) throw new Error(`npm run new failed:\n${created.stderr}`);
  build = await runBuild({ output: siteDir, dataDir });
});

/** Every text file the build wrote, by path under the site (the search index and fonts are binary). */
function builtTexts(dir = siteDir, prefix = ""): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, string][] => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "pagefind" || entry.name === "fonts" ? [] : builtTexts(path, `${prefix}${entry.name}/`);
    return /\.(html|json|csv|xml|txt|js|css)$|^_headers$/.test(entry.name) ? [[`${prefix}${entry.name}`, readFileSync(path, "utf8")]] : [];
  });
}

describe("a fact sheet made from the scaffold", () => {
  it("builds at once", () => {
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/entities: 2 terms, 2 actors, 1 agreements, 1 events/);
  });

  it("carries no trace of the article in data/ in any page or download", () => {
    const { model } = loadFactSheet(join(PROJECT_ROOT, "data"));
    // Words only that article has: its entities' names, its title, and phrases templates once carried.
    const distinctive = [
      ...model.entities.map((entity) => entity.name),
      model.site.short_title,
      "اللجنة العسكرية",
      "العراق",
      "أوستن",
      "داعش",
      "التحالف الدولي",
      "HMC",
      "فقراته العشر",
      "السنوات العشر",
      "موقفان متقابلان",
      "العوامل الثلاثة",
      "ع. ش",
    ];
    const texts = builtTexts();
    expect(texts.length).toBeGreaterThan(15);
    const traces = texts.flatMap(([path, text]) => distinctive.filter((word) => text.includes(word)).map((word) => `${path}: ${word}`));
    expect(traces).toEqual([]);
  });

  it("says on the source page what is not known of the source", () => {
    const html = readFileSync(join(siteDir, "source/index.html"), "utf8");
    const unknown = html.slice(html.indexOf('id="unknown-heading"'), html.indexOf("</section>", html.indexOf('id="unknown-heading"')));
    // The scaffold's own note on the publication date, then every other detail it leaves out.
    expect([...unknown.matchAll(/<dt>([^<]+)<\/dt><dd>([^<]+)<\/dd>/g)].map((m) => `${m[1]}: ${m[2]}`)).toEqual([
      "تاريخ النشر: لا يذكره الخبر.",
      "الرابط: غير معروف.",
      "العنوان: غير معروف.",
      "الناشر: غير معروف.",
      "الكاتب: غير معروف.",
      "التوقيع: غير معروف.",
      "سطر التاريخ: غير معروف.",
    ]);
    expect(readFileSync(join(siteDir, "index.html"), "utf8")).not.toMatch(/توقيع «/);
  });
});
