/**
 * Page weight, as budgets that fail when exceeded: every built HTML page, and
 * what a reader's browser downloads for the first page it opens (the home
 * page, or a term page reached from elsewhere), not counting search, which
 * loads its index only on the search page. Sizes are the bytes served (the
 * local server does not compress); the gzip figure is printed for reference.
 *
 * The budgets were set from what the real data measured, with headroom
 * (figures as served, uncompressed, when the budgets were set):
 *   largest HTML page: /map/, ~92 KB (its map is an inline SVG), then
 *   /source/, ~72 KB; median page ~11 KB;
 *   the home page: HTML ~26 KB, CSS (site.css and print.css) ~17 KB,
 *   fonts ~126 KB (the four Noto Naskh Arabic subsets: Arabic and Latin,
 *   400 and 700), no script, ~169 KB in all (~136 KB gzipped);
 *   a term page: HTML ~16 KB, ~159 KB in all.
 */
import { statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { fontsReady, openBrowser, planFor, type TestBrowser } from "../support/browser.ts";
import { serveSite, type StaticServer } from "../../scripts/dev/static-server.ts";
import { builtPages } from "../support/site-files.ts";

const KB = 1024;
/** Budgets in bytes as served. */
const BUDGETS = {
  /** Any one HTML page of the site. */
  anyHtml: 120 * KB,
  /** The first page's HTML. */
  html: 40 * KB,
  /** All the stylesheets the first page loads. */
  css: 25 * KB,
  /** All the web fonts the first page loads. */
  fonts: 150 * KB,
  /** Scripts on a page without search: small enhancements at most. */
  script: 10 * KB,
  /** Everything the first page downloads. */
  total: 240 * KB,
};

const siteDir = inject("siteDir");
const plan = planFor(loadFactSheet().model);

let server: StaticServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await serveSite(siteDir);
  browser = await openBrowser();
});

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    await server?.close();
  }
});

type Kind = "html" | "css" | "fonts" | "script" | "other";

interface Download {
  path: string;
  kind: Kind;
  bytes: number;
  gzip: number;
}

const KINDS: Record<string, Kind> = { document: "html", stylesheet: "css", font: "fonts", script: "script" };

/** Opens a page with an empty cache, as a first-time reader, and lists everything it downloaded. */
async function downloads(url: string): Promise<Download[]> {
  const page: Page = await browser.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const pending: Promise<Download>[] = [];
    let measured = false;
    page.on("response", (response) => {
      const download = response.body().then((body) => ({
        path: new URL(response.url()).pathname,
        kind: KINDS[response.request().resourceType()] ?? "other",
        bytes: body.length,
        gzip: gzipSync(body).length,
      }));
      // A response that comes after the page was measured is closed with the page: it is not counted, and not an error.
      download.catch((error: unknown) => {
        if (!measured) throw error;
      });
      if (!measured) pending.push(download);
    });
    await page.goto(`${server.url}${url}`, { waitUntil: "networkidle" });
    await fontsReady(page);
    const list = await Promise.all(pending);
    measured = true;
    return list;
  } finally {
    await page.close();
  }
}

const sum = (list: Download[], key: "bytes" | "gzip" = "bytes") => list.reduce((n, d) => n + d[key], 0);
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

describe("page weight", () => {
  it(`keeps every built HTML page under ${kb(BUDGETS.anyHtml)}`, () => {
    const sizes = builtPages(siteDir)
      .map((page) => ({ url: page.url, bytes: statSync(page.file).size }))
      .sort((a, b) => b.bytes - a.bytes);
    const total = sizes.reduce((n, s) => n + s.bytes, 0);
    console.info(
      `HTML: ${sizes.length} pages, largest ${sizes[0]!.url} ${kb(sizes[0]!.bytes)}, ` +
        `median ${kb(sizes[Math.floor(sizes.length / 2)]!.bytes)}, all together ${kb(total)}`,
    );
    expect(sizes.filter((s) => s.bytes > BUDGETS.anyHtml).map((s) => `${s.url}: ${kb(s.bytes)}`)).toEqual([]);
  });

  it.each([
    { name: "home page", url: "/" },
    { name: "term page", url: plan.hmc.url },
  ])("keeps the $name's HTML, CSS, fonts and scripts within budget", async ({ name, url }) => {
    const list = await downloads(url);
    const of = (kind: Kind) => list.filter((d) => d.kind === kind);
    const figures = {
      html: sum(of("html")),
      css: sum(of("css")),
      fonts: sum(of("fonts")),
      script: sum(of("script")),
      total: sum(list),
    };
    console.info(
      `${name} ${url}: ` +
        (Object.keys(figures) as (keyof typeof figures)[]).map((k) => `${k} ${kb(figures[k])}`).join(", ") +
        ` (gzip ${kb(sum(list, "gzip"))}); ${list.length} files: ` +
        list.map((d) => `${d.path} ${kb(d.bytes)}`).join(", "),
    );
    // Search stays on the search page.
    expect(list.filter((d) => d.path.startsWith("/pagefind/"))).toEqual([]);
    expect(of("html")).toHaveLength(1);
    expect(figures.css).toBeGreaterThan(0);
    expect(figures.fonts).toBeGreaterThan(0);
    for (const key of Object.keys(figures) as (keyof typeof figures)[]) {
      expect(figures[key], `${name}: ${key} ${kb(figures[key])} over the budget of ${kb(BUDGETS[key])}`).toBeLessThanOrEqual(BUDGETS[key]);
    }
  });
});
