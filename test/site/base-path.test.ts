/**
 * A site built for a base path writes every URL under it: the path of
 * site.yaml's `url`, or `--base` (or FACTSHEET_BASE). Whole URLs (canonical,
 * Open Graph, JSON-LD, sitemap, robots.txt, open data) are the origin of `url`
 * and the base path, never with a doubled slash; links the code writes (the
 * map, linked mentions) are under the base path.
 */
import { load } from "cheerio";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureWith } from "../support/data-fixture.ts";
import { PROJECT_ROOT, runBuild } from "../support/run-build.ts";
import { builtPages, type BuiltPage } from "../support/site-files.ts";
import { temporaryFolder } from "../support/temporary.ts";

const root = temporaryFolder("base");
const withUrl = (url: string) => fixtureWith({ "site.yaml": (text) => text.replace("url: https://example.org", `url: ${url}`) });

/** Every string in a JSON-LD object that is a URL of it: `url`, `@id`, `urlTemplate`. */
function jsonLdUrls(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdUrls);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) =>
    ["url", "@id", "urlTemplate"].includes(key) && typeof item === "string" ? [item] : jsonLdUrls(item),
  );
}

/** Every whole URL a page writes about itself and the site: canonical, og:url, JSON-LD. */
function wholeUrls(page: BuiltPage): string[] {
  const $ = load(page.html);
  return [
    $('link[rel="canonical"]').attr("href")!,
    $('meta[property="og:url"]').attr("content")!,
    ...$('script[type="application/ld+json"]')
      .map((_, el) => jsonLdUrls(JSON.parse($(el).html()!)))
      .get(),
  ];
}

const builds = {
  /** The base path from the path of `url`, written with a trailing slash. */
  fromUrl: { dir: join(root, "from-url"), url: "https://example.org/factsheet/", env: {}, args: [] as string[] },
  /** The root, from a `url` with a trailing slash. */
  root: { dir: join(root, "root"), url: "https://example.org/", env: {}, args: [] as string[] },
  /** --base, over FACTSHEET_BASE and the path of `url` (test/scripts/build-options.test.ts has the rest of the order). */
  fromOption: { dir: join(root, "option"), url: "https://example.org/nor-this", env: { FACTSHEET_BASE: "/not-this/" }, args: ["--base=/factsheet"] },
};

beforeAll(async () => {
  // One after another: the machine running the tests may have few cores.
  for (const build of Object.values(builds)) {
    const result = await runBuild({ output: build.dir, dataDir: withUrl(build.url), env: build.env, args: build.args });
    expect(result.stderr).toBe("");
  }
}, 180_000);

describe("the base path of a build", () => {
  it.each([
    ["the path of site.yaml's url", "fromUrl", "https://example.org/factsheet/"],
    ["the root, for a url without a path", "root", "https://example.org/"],
    ["--base, over FACTSHEET_BASE", "fromOption", "https://example.org/factsheet/"],
  ] as const)("is %s", (_, name, home) => {
    const pages = builtPages(builds[name].dir);
    const homePage = pages.find((page) => page.url === "/")!;
    expect(load(homePage.html)('link[rel="canonical"]').attr("href")).toBe(home);
    for (const page of pages.filter((p) => p.url !== "/404.html")) {
      for (const url of wholeUrls(page)) {
        expect(url, page.url).toMatch(new RegExp(`^${home.replace(/[.]/g, "\\.")}`));
        expect(url.slice("https://".length), page.url).not.toContain("//");
      }
    }
  });

  it("puts canonical and Open Graph URLs at the page's own path under the base path", () => {
    for (const page of builtPages(builds.fromUrl.dir).filter((p) => p.url !== "/404.html")) {
      const $ = load(page.html);
      expect($('link[rel="canonical"]').attr("href"), page.url).toBe(`https://example.org/factsheet${page.url}`);
      expect($('meta[property="og:url"]').attr("content"), page.url).toBe(`https://example.org/factsheet${page.url}`);
    }
  });

  it("lists every page under the base path in sitemap.xml, with no doubled slash", () => {
    for (const [name, home] of [
      ["fromUrl", "https://example.org/factsheet/"],
      ["root", "https://example.org/"],
    ] as const) {
      const $ = load(readFileSync(join(builds[name].dir, "sitemap.xml"), "utf8"), { xml: true });
      const locs = $("loc").map((_, el) => $(el).text()).get();
      const pages = builtPages(builds[name].dir).filter((page) => page.url !== "/404.html");
      expect(locs.sort()).toEqual(pages.map((page) => `${home}${page.url.slice(1)}`).sort());
    }
  });

  it("writes robots.txt's Allow, Disallow and Sitemap lines under the base path", () => {
    expect(readFileSync(join(builds.fromUrl.dir, "robots.txt"), "utf8")).toBe(
      "User-agent: *\nAllow: /factsheet/\nDisallow: /factsheet/pagefind/\n\nSitemap: https://example.org/factsheet/sitemap.xml\n",
    );
    expect(readFileSync(join(builds.root.dir, "robots.txt"), "utf8")).toBe(
      "User-agent: *\nAllow: /\nDisallow: /pagefind/\n\nSitemap: https://example.org/sitemap.xml\n",
    );
  });

  it("gives the open data's URLs under the base path", () => {
    const schema = JSON.parse(readFileSync(join(builds.fromUrl.dir, "data/factsheet.schema.json"), "utf8"));
    expect(schema.$id).toBe("https://example.org/factsheet/data/factsheet.schema.json");
    for (const type of ["term", "actor", "agreement", "event"]) {
      const rows = readFileSync(join(builds.fromUrl.dir, `data/${type}s.csv`), "utf8").trim().split("\n").slice(1);
      expect(rows.length, type).toBeGreaterThan(0);
      for (const row of rows) expect(row, type).toMatch(new RegExp(`,https://example\\.org/factsheet/${type}s/[a-z0-9-]+/,`));
    }
  });

  it("links the map's nodes and the mentions in prose under the base path", () => {
    const pages = builtPages(builds.fromUrl.dir);
    const map = load(pages.find((page) => page.url === "/map/")!.html);
    const nodes = map("a.map-node").map((_, el) => map(el).attr("href")!).get();
    expect(nodes.length).toBeGreaterThan(3);
    for (const href of nodes) expect(href).toMatch(/^\/factsheet\/(terms|actors|agreements|events)\/[a-z0-9-]+\/$/);
    const mentions = pages.flatMap((page) => {
      const $ = load(page.html);
      return $(".mention > a").map((_, el) => $(el).attr("href")!).get();
    });
    expect(mentions.length).toBeGreaterThan(3);
    for (const href of mentions) expect(href).toMatch(/^\/factsheet\/(terms|actors|agreements)\/[a-z0-9-]+\/$/);
  });

  it("writes every link, source and form action of every page under the base path", () => {
    const pages = builtPages(builds.fromUrl.dir);
    let local = 0;
    for (const page of pages) {
      const $ = load(page.html);
      for (const element of $("[href], [src], [action]").toArray()) {
        for (const name of ["href", "src", "action"]) {
          const value = $(element).attr(name);
          if (value === undefined || /^(?:[a-z]+:|#)/.test(value)) continue;
          local += 1;
          expect(value, `${page.url}: ${name}="${value}"`).toMatch(/^\/factsheet\//);
        }
      }
    }
    expect(local).toBeGreaterThan(pages.length * 10);
  });

  it("has no template that writes a URL from the site's root by hand: each goes through sitePath", () => {
    // The Nunjucks templates and the TypeScript ones (the shell, the components, the entity pages); not the browser scripts.
    const templates = readdirSync(join(PROJECT_ROOT, "site"), { recursive: true, encoding: "utf8" }).filter(
      (file) => file.endsWith(".njk") || (file.endsWith(".ts") && !file.startsWith(join("assets", "js"))),
    );
    expect(templates.length).toBeGreaterThan(10);
    expect(templates.filter((file) => file.endsWith(".ts")).length).toBeGreaterThan(3);
    const byHand = templates.flatMap((file) =>
      readFileSync(join(PROJECT_ROOT, "site", file), "utf8")
        .split("\n")
        .flatMap((line, i) => (/\b(?:href|src|action)="\//.test(line) ? [`site/${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(byHand).toEqual([]);
  });

  it("names the fonts relative to the stylesheet", () => {
    const css = readFileSync(join(builds.fromUrl.dir, "assets/css/site.css"), "utf8");
    const urls = [...css.matchAll(/url\("?([^")]+)"?\)/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\.\.\/fonts\/[\w-]+\.woff2$/);
  });
});
