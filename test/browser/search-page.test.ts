/**
 * The search page as a reader uses it: the header box leads to /search/?q=,
 * results update as they type, the type filter narrows them, the URL keeps
 * the query so back, forward and shared links work, matches are highlighted.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TYPE_LABELS } from "../../scripts/factsheet/labels.ts";
import { launchBrowser, type TestBrowser } from "../support/browser.ts";
import { serveSite, type StaticServer } from "../support/static-server.ts";

let server: StaticServer;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  server = await serveSite(inject("siteDir"));
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const resultTypes = () => page.locator(".search-result__type").allTextContents();
const query = () => new URL(page.url()).searchParams;

describe("search page", () => {
  it("takes a query from the header box of any page to /search/?q=", async () => {
    await page.goto(`${server.url}/timeline/`);
    await page.locator("#site-search-input").fill("التحالف");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=/);
    expect(query().get("q")).toBe("التحالف");
    await page.locator(".search-result").first().waitFor();
    expect(await page.locator("[data-search-input]").inputValue()).toBe("التحالف");
    expect(await page.locator("[data-search-status]").textContent()).toMatch(/^\d+ نتيجة|^نتيجتان|^نتيجة واحدة/);
  });

  it("highlights the matched words in each excerpt, in their spelling on the page", async () => {
    const marks = await page.locator(".search-result mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/تحالف/);
  });

  it("updates results as the reader types and keeps the query in the URL", async () => {
    await page.locator("[data-search-input]").fill("داعش");
    await expect.poll(() => query().get("q")).toBe("داعش");
    await expect.poll(async () => page.locator(".search-result h2 a").first().textContent()).toBe("داعش");
  });

  it("filters by type, and back and forward move between the filters", async () => {
    const all = await resultTypes();
    expect(new Set(all).size).toBeGreaterThan(1);
    await page.getByLabel(TYPE_LABELS.term.plural).check();
    await expect.poll(async () => [...new Set(await resultTypes())]).toEqual([TYPE_LABELS.term.singular]);
    expect(query().get("type")).toBe(TYPE_LABELS.term.singular);
    await page.goBack();
    await expect.poll(() => query().get("type")).toBeNull();
    await expect.poll(async () => new Set(await resultTypes()).size).toBeGreaterThan(1);
    expect(await page.getByLabel("الكل").isChecked()).toBe(true);
    await page.goForward();
    await expect.poll(async () => [...new Set(await resultTypes())]).toEqual([TYPE_LABELS.term.singular]);
  });

  it("opens a shared link to a search with the query searched", async () => {
    const shared = await browser.newPage();
    await shared.goto(`${server.url}/search/?q=${encodeURIComponent("المالكي")}&type=${encodeURIComponent(TYPE_LABELS.actor.singular)}`);
    await shared.locator(".search-result").first().waitFor();
    const types = await shared.locator(".search-result__type").allTextContents();
    expect(new Set(types)).toEqual(new Set([TYPE_LABELS.actor.singular]));
    expect(await shared.locator("[data-search-input]").inputValue()).toBe("المالكي");
    await shared.close();
  });
});
