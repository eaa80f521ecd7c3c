/**
 * The site as it ships, served by the static server as a host would, under a
 * base path (/factsheet/, as GitHub Pages serves a project site) and at the
 * root: every page fetched and parsed in Chromium, every internal link and
 * anchor on it resolved, and not one request made outside the base path; the
 * stylesheet and the Arabic web font in use; a search from the header's box
 * to a result; the map's links; the open data downloads; the 404 page for a
 * missing page.
 */
import { load } from "cheerio";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { serveSite, type StaticServer } from "../../scripts/dev/static-server.ts";
import { sitePath } from "../../scripts/render/site-url.ts";
import { openBrowser, planFor, type TestBrowser } from "../support/browser.ts";
import { runBuild } from "../support/run-build.ts";
import { builtPages } from "../support/site-files.ts";
import { temporaryFolder } from "../support/temporary.ts";

const { model } = loadFactSheet();
const plan = planFor(model);

/** What a page holds that links resolve against: its ids, and the links and form actions it has, resolved. */
interface Visited {
  ids: Set<string>;
  links: string[];
}

describe.each(["/factsheet/", "/"])("the site served under %s", (base) => {
  let siteDir: string;
  let server: StaticServer;
  let browser: TestBrowser;
  let page: Page;
  /** Responses of 400 and over, script errors and failed loads, but for the missing page asked for on purpose. */
  const problems: string[] = [];
  const at = (path: string) => `${server.origin}${sitePath(path, base)}`;
  const pathname = () => new URL(page.url()).pathname;

  beforeAll(async () => {
    if (base === "/") siteDir = inject("siteDir");
    else {
      siteDir = join(temporaryFolder("deploy"), "site");
      const build = await runBuild({ output: siteDir, args: [`--base=${base}`] });
      if (build.code !== 0) throw new Error(`The site did not build for ${base}:\n${build.stderr}`);
    }
    server = await serveSite(siteDir);
    browser = await openBrowser();
    browser.context.on("requestfailed", (request) => {
      // A font or script still loading when the next page opens is dropped by the browser, not refused by the server.
      if (request.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    browser.context.on("response", (response) => {
      if (response.status() >= 400 && !response.url().includes("/no-such-page/")) problems.push(`${response.status()}: ${response.url()}`);
    });
    page = await browser.newPage();
    page.on("pageerror", (error) => problems.push(`script error on ${page.url()}: ${error.message}`));
  }, 300_000);

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await server?.close();
    }
  });

  it("is served where it was built for", () => {
    expect(server.base).toBe(base);
  });

  it("serves every page, whose every internal link and anchor resolves under the base path", { timeout: 300_000 }, async () => {
    const pages = builtPages(siteDir);
    expect(pages.length).toBeGreaterThan(50);
    // Every page is fetched and parsed by the browser from the home page, and its links resolved against
    // its own URL as it would resolve them; rendering each would add nothing to what is checked here.
    await page.goto(at("/"));
    // One call into the page for all of them: a round trip through the browser per page costs more than the fetch.
    const reads = await page.evaluate(async (urls) => {
      const results = [];
      for (const url of urls) {
        const response = await fetch(url);
        const doc = new DOMParser().parseFromString(await response.text(), "text/html");
        const base = doc.createElement("base");
        base.href = response.url;
        doc.head.prepend(base);
        results.push({
          asked: url,
          status: response.status,
          url: response.url,
          ids: [...doc.querySelectorAll("[id]")].map((element) => element.id),
          links: [
            ...[...doc.querySelectorAll<HTMLAnchorElement | SVGAElement>("a[href]")].map((a) => (typeof a.href === "string" ? a.href : new URL(a.href.baseVal, response.url).href)),
            ...[...doc.querySelectorAll("form[action]")].map((form) => (form as HTMLFormElement).action),
          ],
        });
      }
      return results;
    }, pages.map((built) => at(built.url)));
    const visited = new Map<string, Visited>();
    for (const read of reads) {
      expect(read.status, read.asked).toBe(200);
      visited.set(new URL(read.url).pathname, { ids: new Set(read.ids), links: read.links });
    }

    const broken: string[] = [];
    const files = new Map<string, number>();
    let internal = 0;
    for (const [from, { links }] of visited) {
      for (const link of links) {
        const url = new URL(link);
        if (url.origin !== server.origin) continue;
        internal += 1;
        if (!url.pathname.startsWith(base)) {
          broken.push(`${from}: ${link} is outside ${base}`);
          continue;
        }
        const target = visited.get(url.pathname) ?? visited.get(`${url.pathname}index.html`);
        if (!target) {
          if (!files.has(url.pathname)) files.set(url.pathname, (await page.request.get(url.href)).status());
          if (files.get(url.pathname) !== 200) broken.push(`${from}: ${link} answers ${files.get(url.pathname)}`);
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && !target?.ids.has(id)) broken.push(`${from}: ${link} names no element of its page`);
      }
    }
    expect(broken).toEqual([]);
    expect(internal).toBeGreaterThan(pages.length * 10);
  });

  it("loads the stylesheet, and the text is set in the Arabic web font", async () => {
    await page.goto(at("/"));
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    expect(await page.evaluate(() => [...document.styleSheets].map((sheet) => new URL(sheet.href!).pathname))).toContain(sitePath("/assets/css/site.css", base));
    expect(await page.locator("body").evaluate((body) => getComputedStyle(body).fontFamily)).toContain("Noto Naskh Arabic");
    // The font is shown only when ready in time (font-display: optional): a later visit has it from the
    // cache, though a busy machine may take more than one.
    let fonts: { familyName: string; isCustomFont: boolean }[] = [];
    for (let visit = 0; visit < 4 && !fonts.some((font) => font.isCustomFont); visit += 1) {
      await page.reload();
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("DOM.enable");
      await cdp.send("CSS.enable");
      const { root } = await cdp.send("DOM.getDocument");
      const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "h1" });
      fonts = (await cdp.send("CSS.getPlatformFontsForNode", { nodeId })).fonts;
      await cdp.detach();
    }
    expect(fonts).toContainEqual(expect.objectContaining({ familyName: "Noto Naskh Arabic", isCustomFont: true }));
  });

  it("searches from the header's box, and the results' links open their pages", async () => {
    const { query, target } = plan.search;
    await page.goto(at("/"));
    await page.locator("#site-search-input").fill(query);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === sitePath("/search/", base) && url.searchParams.get("q") === query);
    await page.waitForFunction(() => document.querySelectorAll("[data-search-results] li.search-result").length > 0);
    const links = await page.locator("[data-search-results] li.search-result h2 a").evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    // An entry's page, or a note on an error of the source, on the source page.
    for (const link of links) {
      const { pathname, hash } = new URL(link);
      expect(`${pathname}${hash}`, link).toMatch(new RegExp(`^${base}((terms|actors|agreements|events)/[a-z0-9-]+/|source/#note-[a-z0-9-]+)$`));
    }
    for (const link of links) expect((await page.request.get(link)).status(), link).toBe(200);
    await page.locator("[data-search-results]").getByRole("link", { name: target.name, exact: true }).click();
    await page.waitForURL((url) => url.pathname === sitePath(target.url, base));
    expect((await page.locator("h1").innerText()).trim()).toBe(target.name);
  });

  it("corrects a typo with the vocabulary fetched from under the base path", async () => {
    const [vocabulary] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith("/vocabulary.json")),
      page.goto(at(`/search/?q=${encodeURIComponent("الاستراتجي")}`)),
    ]);
    expect(new URL(vocabulary.url()).pathname).toBe(sitePath("/pagefind/vocabulary.json", base));
    expect(vocabulary.status()).toBe(200);
    await page.waitForFunction(() => document.querySelectorAll("[data-search-results] li.search-result").length > 0);
  });

  it("follows a node of the map to its page", async () => {
    await page.goto(at("/map/"));
    const node = page.locator("a.map-node").first();
    const id = await node.getAttribute("data-id");
    const entity = model.entities.find((e) => e.id === id)!;
    await node.click();
    await page.waitForURL((url) => url.pathname === sitePath(entity.url, base));
    expect((await page.locator("h1").innerText()).trim()).toBe(entity.name);
  });

  it("offers the open data downloads, which download", async () => {
    await page.goto(at("/terms/"));
    const links = await page.locator(".downloads a").evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links.map((link) => new URL(link).pathname)).toEqual(
      ["/data/terms.csv", "/data/factsheet.json", "/data/factsheet.schema.json"].map((path) => sitePath(path, base)),
    );
    const [csv, json] = await Promise.all(links.slice(0, 2).map((link) => page.request.get(link)));
    expect(csv!.status()).toBe(200);
    expect(csv!.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect((await csv!.text()).split("\n")[0]).toContain("id,type,name");
    expect(json!.status()).toBe(200);
    expect((await json!.json()).terms).toHaveLength(model.terms.length);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".downloads a[download]").click()]);
    expect(download.suggestedFilename()).toBe("terms.csv");
    await download.cancel();
  });

  it("answers a missing page with the 404 page and status 404, styled, whose links lead home", async () => {
    const response = await page.goto(at("/no-such-page/at/any/depth/"));
    expect(response?.status()).toBe(404);
    const notFound = load(readFileSync(join(siteDir, "404.html"), "utf8"));
    expect((await page.locator("h1").innerText()).trim()).toBe(notFound("h1").text().trim());
    expect(await page.locator("body").evaluate((body) => getComputedStyle(body).fontFamily)).toContain("Noto Naskh Arabic");
    await page.locator("main a").first().click();
    await page.waitForURL((url) => url.pathname === base);
  });

  it("made every request under the base path, and none failed", () => {
    const requests = browser.requests.map((request) => request.url()).filter((url) => /^https?:/.test(url));
    expect(requests.length).toBeGreaterThan(100);
    expect(requests.filter((url) => !url.startsWith(`${server.origin}${base}`))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
