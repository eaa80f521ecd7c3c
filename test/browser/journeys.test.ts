/**
 * Journeys a reader makes, clicking and typing as a person would: from the
 * home page through the glossary to a term, a related actor and the source
 * paragraph it cites; from the header's search box to a result; filtering
 * results by type; an unknown address. The browser records every request on
 * the way, and none may leave the local server.
 */
import { load } from "cheerio";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ENTITY_TYPE } from "../../scripts/data/entity-types.ts";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { SOURCE_ERROR_NOTE_LABEL } from "../../scripts/search/search-records.ts";
import { openBrowser, planFor, type TestBrowser } from "../support/browser.ts";
import { serveSite, type StaticServer } from "../../scripts/dev/static-server.ts";

const siteDir = inject("siteDir");
const { model } = loadFactSheet();
const plan = planFor(model);
/** An entry's type, or the badge of a note on an error of the source, which search finds too. */
const TYPE_BADGES = new Set([...Object.values(ENTITY_TYPE).map((labels) => labels.singular), SOURCE_ERROR_NOTE_LABEL]);

let server: StaticServer;
let browser: TestBrowser;
let page: Page;
/** Script errors and failed loads, from every page the journeys open. */
const problems: string[] = [];

beforeAll(async () => {
  server = await serveSite(siteDir);
  browser = await openBrowser();
  browser.context.on("requestfailed", (request) => {
    // A favicon, font or script still loading when the next page opens is dropped by the browser, not refused by the server.
    if (request.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  browser.context.on("response", (response) => {
    const path = new URL(response.url()).pathname;
    if (response.status() >= 400 && !path.startsWith("/no-such")) problems.push(`${response.status()}: ${response.url()}`);
  });
  page = await browser.newPage();
  page.on("pageerror", (error) => problems.push(`script error on ${page.url()}: ${error.message}`));
  page.on("console", (message) => {
    // Chromium logs the deliberate 404 as an error; any other failed load is reported by "response" above.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
});

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    await server?.close();
  }
});

function path(): string {
  const url = new URL(page.url());
  return url.pathname + url.search + url.hash;
}

async function waitForPath(expected: string): Promise<void> {
  await page.waitForURL((url) => url.pathname + url.search + url.hash === expected);
}

async function h1(): Promise<string> {
  return (await page.locator("h1").innerText()).trim();
}

/** The element that is the document's :target, and whether it is in the viewport. */
async function target(): Promise<{ id: string | undefined; top: number; inView: boolean }> {
  return page.evaluate(() => {
    const element = document.querySelector(":target");
    const rect = element?.getBoundingClientRect();
    return {
      id: element?.id,
      top: rect?.top ?? NaN,
      inView: rect !== undefined && rect.top >= -1 && rect.top < window.innerHeight,
    };
  });
}

interface Result {
  title: string;
  path: string;
  type: string;
}

async function results(): Promise<Result[]> {
  return page.locator("[data-search-results] li.search-result").evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector("h2 a") as HTMLAnchorElement | null;
      return {
        title: link?.textContent?.trim() ?? "",
        path: link ? new URL(link.href).pathname : "",
        type: item.querySelector(".search-result__type")?.textContent?.trim() ?? "",
      };
    }),
  );
}

/** Waits until the results list shows results that all pass the check (the search runs asynchronously). */
async function waitForResults(check: "any" | { type: string }): Promise<Result[]> {
  await page.waitForFunction(
    (type) => {
      const items = [...document.querySelectorAll("[data-search-results] li.search-result")];
      return items.length > 0 && (type === null || items.every((item) => item.querySelector(".search-result__type")?.textContent?.trim() === type));
    },
    check === "any" ? null : check.type,
  );
  return results();
}

describe("a reader", () => {
  it("goes from the home page to the glossary, jumps to a letter and opens a term", async () => {
    await page.goto(`${server.url}/`);
    await page.locator(".site-nav").getByRole("link", { name: ENTITY_TYPE.term.plural, exact: true }).click();
    await waitForPath("/terms/");
    expect(await h1()).toBe(ENTITY_TYPE.term.plural);

    await page.locator(".letter-bar").getByRole("link", { name: plan.group.letter, exact: true }).click();
    await waitForPath(`/terms/#${plan.group.anchor}`);
    const jumped = await target();
    expect(jumped.id).toBe(plan.group.anchor);
    expect(jumped.inView, `#${plan.group.anchor} is at ${jumped.top}px`).toBe(true);

    await page.locator(`#${plan.group.anchor}`).getByRole("link", { name: plan.term.name, exact: true }).click();
    await waitForPath(plan.term.url);
    expect(await h1()).toBe(plan.term.name);
  });

  it("follows a related actor, then a citation to its paragraph on /source/", async () => {
    await page.locator("section[aria-labelledby=related-heading]").getByRole("link", { name: plan.actor.name, exact: true }).click();
    await waitForPath(plan.actor.url);
    expect(await h1()).toBe(plan.actor.name);

    const citations = page.locator("main a.citation");
    const citation = (await citations.count()) > 0 ? citations.first() : page.locator("main .paragraph-refs a").first();
    expect(await citation.getAttribute("href")).toBe(plan.paragraph.url);
    await citation.click();
    await waitForPath(plan.paragraph.url);
    const paragraph = await target();
    expect(paragraph.id).toBe(plan.paragraph.anchor);
    expect(paragraph.inView, `#${plan.paragraph.anchor} is at ${paragraph.top}px`).toBe(true);
    // The cited paragraph is highlighted, so the reader sees which one it is.
    const background = await page.locator(`#${plan.paragraph.anchor}`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    expect(await page.locator(`#${plan.paragraph.anchor} .paragraph__number`).innerText()).toContain(String(plan.paragraph.paragraph));
  });

  it("types a query in the header's search box, presses Enter and opens a result", async () => {
    const { query, target: expected } = plan.search;
    await page.goto(`${server.url}/`);
    await page.locator("#site-search-input").click();
    await page.keyboard.type(query);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/search/" && url.searchParams.get("q") === query);
    expect(await page.locator("#search-input").inputValue()).toBe(query);

    const found = await waitForResults("any");
    for (const result of found) {
      expect(TYPE_BADGES, `type badge of ${result.path}`).toContain(result.type);
      expect(result.title, result.path).not.toBe("");
    }
    expect(found.map((r) => r.path), `results for «${query}»`).toContain(expected.url);
    expect(await page.locator("[data-search-status]").innerText()).not.toBe("");

    await page.locator("[data-search-results]").getByRole("link", { name: expected.name, exact: true }).click();
    await waitForPath(expected.url);
    expect(await h1()).toBe(expected.name);
  });

  it("filters search results by type, and goes back to all of them", async () => {
    const { query, target: expected, type } = plan.search;
    const badge = ENTITY_TYPE[type].singular;
    await page.goto(`${server.url}${plan.search.url}`);
    const all = await waitForResults("any");
    expect(await page.locator("[data-search-filter]").isVisible()).toBe(true);

    await page.locator("[data-search-filter]").getByRole("radio", { name: ENTITY_TYPE[type].plural, exact: true }).check();
    await page.waitForURL((url) => url.searchParams.get("type") === badge && url.searchParams.get("q") === query);
    const filtered = await waitForResults({ type: badge });
    expect(filtered.map((r) => r.path)).toContain(expected.url);
    // The page shows the first 20 results: compare counts only when the unfiltered list was complete.
    if (all.length < 20) expect(filtered.length).toBe(all.filter((r) => r.type === badge).length);
    if (all.some((r) => r.type !== badge)) expect(filtered.length).toBeLessThan(all.length);

    // Back returns to the unfiltered results, as the URL said.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has("type") && url.searchParams.get("q") === query);
    await page.waitForFunction((count) => document.querySelectorAll("[data-search-results] li.search-result").length === count, all.length);
    expect(await page.locator("[data-search-filter] input[value='']").isChecked()).toBe(true);
    expect(await results()).toEqual(all);
  });

  it("sees the 404 page at an unknown address, and finds the way home from it", async () => {
    const response = await page.goto(`${server.url}/no-such-page/`);
    expect(response?.status()).toBe(404);
    const notFound = load(readFileSync(join(siteDir, "404.html"), "utf8"));
    expect(await h1()).toBe(notFound("h1").text().trim());
    expect(await page.title()).toBe(notFound("title").text());
    // The page's own styles and links work at any depth of unknown path.
    expect(await page.locator("body").evaluate((body) => getComputedStyle(body).fontFamily)).toContain("Noto Naskh Arabic");
    await page.locator("main").getByRole("link", { name: notFound("main a[href='/']").text().trim(), exact: true }).click();
    await waitForPath("/");
    expect(path()).toBe("/");
  });
});

describe("on the way", () => {
  it("made no request to a host other than the local server", () => {
    const origin = new URL(server.url).origin;
    const urls = browser.requests.map((request) => request.url());
    expect(urls.length).toBeGreaterThan(10);
    // The search index and the fonts were among them: the journeys did load what matters.
    expect(urls.some((url) => url.includes("/pagefind/"))).toBe(true);
    expect(urls.some((url) => url.endsWith(".woff2"))).toBe(true);
    const outside = urls.filter((url) => !url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== origin);
    expect(outside).toEqual([]);
  });

  it("met no script error, console error or failed request", () => {
    expect(problems).toEqual([]);
  });
});
