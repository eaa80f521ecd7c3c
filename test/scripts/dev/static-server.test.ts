/**
 * The static server (`npm run preview`, the browser tests) serves a built site as a static host would: under its
 * base path, folders redirected to their slash, `_headers` applied and not
 * published, the 404 page with status 404, and hosts' content types.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtBasePath, headersFor, matchesPattern, readHeadersFile, serveSite, type StaticServer } from "../../../scripts/dev/static-server.ts";
import { temporaryFolder } from "../../support/temporary.ts";

function siteWith(files: Record<string, string>): string {
  const dir = temporaryFolder("static");
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const HEADERS_FILE = ["/*", "  X-Everywhere: yes", "  X-Frame-Options: DENY", "", "/assets/*", "  Cache-Control: public, max-age=31536000", "", "/terms/:id/", "  X-Term: one", ""].join("\n");

const SITE = siteWith({
  "index.html": '<!doctype html><link rel="canonical" href="https://example.org/factsheet/"><p>home</p>',
  "404.html": "<!doctype html><p>the site's own 404 page</p>",
  "_headers": HEADERS_FILE,
  "terms/index.html": "<p>terms</p>",
  "terms/hmc/index.html": "<p>hmc</p>",
  "assets/css/site.css": "body{}",
  "assets/js/search.js": "export {}",
  "assets/fonts/a.woff2": "woff2",
  "data/terms.csv": "id\n",
  "data/factsheet.json": "{}",
  "sitemap.xml": "<urlset/>",
  "robots.txt": "User-agent: *",
  "assets/favicon.svg": "<svg/>",
  "pagefind/pagefind.js": "export {}",
  "pagefind/wasm.ar.pagefind": "bytes",
  "pagefind/fragment/ar_1.pf_fragment": "bytes",
});

describe("the static server, under a base path", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveSite(SITE);
  });
  afterAll(() => server.close());
  const get = (path: string) => fetch(`${server.origin}${path}`, { redirect: "manual" });

  it("takes the base path the site was built for from its home page's canonical URL", () => {
    expect(builtBasePath(SITE)).toBe("/factsheet/");
    expect(server.base).toBe("/factsheet/");
    expect(server.url).toBe(`${server.origin}/factsheet`);
  });

  it("serves the site under its base path and nothing outside it", async () => {
    expect(await (await get("/factsheet/")).text()).toContain("home");
    expect(await (await get("/factsheet/terms/hmc/")).text()).toBe("<p>hmc</p>");
    for (const path of ["/", "/terms/", "/factsheetx/", "/assets/css/site.css"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain("the site's own 404 page");
    }
  });

  it("redirects the base path and folders without their last slash, keeping the query", async () => {
    for (const [path, location] of [
      ["/factsheet", "/factsheet/"],
      ["/factsheet?q=1", "/factsheet/?q=1"],
      ["/factsheet/terms", "/factsheet/terms/"],
      ["/factsheet/terms/hmc?x=y", "/factsheet/terms/hmc/?x=y"],
    ]) {
      const response = await get(path!);
      expect(response.status, path).toBe(301);
      expect(response.headers.get("location"), path).toBe(location);
    }
  });

  it("answers a missing path with the site's 404 page and status 404", async () => {
    const response = await get("/factsheet/no/such/page/");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toContain("the site's own 404 page");
  });

  it("sends the headers `_headers` declares for each path, and does not publish the file", async () => {
    const home = await get("/factsheet/");
    expect(home.headers.get("x-everywhere")).toBe("yes");
    expect(home.headers.get("x-frame-options")).toBe("DENY");
    expect(home.headers.get("cache-control")).not.toBe("public, max-age=31536000");
    expect(home.headers.get("x-term")).toBeNull();
    const css = await get("/factsheet/assets/css/site.css");
    expect(css.headers.get("cache-control")).toBe("public, max-age=31536000");
    expect((await get("/factsheet/terms/hmc/")).headers.get("x-term")).toBe("one");
    expect((await get("/factsheet/terms/")).headers.get("x-term")).toBeNull();
    const missing = await get("/factsheet/missing");
    expect(missing.headers.get("x-everywhere")).toBe("yes");
    const headersFile = await get("/factsheet/_headers");
    expect(headersFile.status).toBe(404);
    expect(await headersFile.text()).not.toContain("X-Everywhere");
  });

  it("sends the content types static hosts send", async () => {
    const types: Record<string, string> = {
      "/factsheet/": "text/html; charset=utf-8",
      "/factsheet/terms/hmc/": "text/html; charset=utf-8",
      "/factsheet/assets/css/site.css": "text/css; charset=utf-8",
      "/factsheet/assets/js/search.js": "text/javascript; charset=utf-8",
      "/factsheet/pagefind/pagefind.js": "text/javascript; charset=utf-8",
      "/factsheet/assets/fonts/a.woff2": "font/woff2",
      "/factsheet/assets/favicon.svg": "image/svg+xml",
      "/factsheet/data/terms.csv": "text/csv; charset=utf-8",
      "/factsheet/data/factsheet.json": "application/json; charset=utf-8",
      "/factsheet/sitemap.xml": "application/xml; charset=utf-8",
      "/factsheet/robots.txt": "text/plain; charset=utf-8",
      "/factsheet/pagefind/wasm.ar.pagefind": "application/octet-stream",
      "/factsheet/pagefind/fragment/ar_1.pf_fragment": "application/octet-stream",
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toBe(type);
    }
  });
});

describe("the static server, at the root or a base path given", () => {
  it("serves at the root when told, whatever the site was built for", async () => {
    const server = await serveSite(SITE, { base: "/" });
    try {
      expect(server.url).toBe(server.origin);
      expect((await fetch(`${server.origin}/terms/hmc/`)).status).toBe(200);
      expect((await fetch(`${server.origin}/factsheet/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe("_headers rules", () => {
  it("reads each block's path and headers", () => {
    const rules = readHeadersFile(join(SITE, "_headers"));
    expect(rules.map((rule) => rule.pattern)).toEqual(["/*", "/assets/*", "/terms/:id/"]);
    expect(rules[0]!.headers).toEqual([
      ["X-Everywhere", "yes"],
      ["X-Frame-Options", "DENY"],
    ]);
    expect(headersFor(rules, "/assets/x.css").map(([name]) => name)).toEqual(["X-Everywhere", "X-Frame-Options", "Cache-Control"]);
  });

  it.each([
    ["/*", "/", true],
    ["/*", "/a/b/c", true],
    ["/assets/*", "/assets/css/site.css", true],
    ["/assets/*", "/terms/", false],
    ["/terms/:id/", "/terms/hmc/", true],
    ["/terms/:id/", "/terms/a/b/", false],
    ["/robots.txt", "/robots.txt", true],
    ["/robots.txt", "/robotsXtxt", false],
  ])("%s matches %s: %s", (pattern, path, expected) => {
    expect(matchesPattern(pattern, path)).toBe(expected);
  });
});
