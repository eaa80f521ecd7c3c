/**
 * Screenshots for a person to look at: home, a term page, the timeline and
 * search with results, at a phone's width (375 px) and a desktop's (1280 px),
 * whole pages, written to test-results/screenshots/ (ignored by git). The test
 * checks only that each was taken and that nothing overflows sideways.
 */
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { DESKTOP, fontsReady, launchBrowser, MOBILE, planFor, type TestBrowser } from "../support/browser.ts";
import { PROJECT_ROOT } from "../support/run-build.ts";
import { serveSite, type StaticServer } from "../../scripts/dev/static-server.ts";

const SCREENSHOTS_DIR = join(PROJECT_ROOT, "test-results", "screenshots");

const siteDir = inject("siteDir");
const plan = planFor(loadFactSheet().model);

let server: StaticServer;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  server = await serveSite(siteDir);
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = [
  { name: "home", url: "/" },
  { name: "term", url: plan.hmc.url },
  { name: "timeline", url: "/timeline/" },
  { name: "search", url: plan.search.url },
];
const SIZES = [MOBILE, DESKTOP];

describe.each(SIZES)("at $width px wide", (size) => {
  beforeAll(async () => {
    await page.setViewportSize(size);
  });

  it.each(PAGES)("photographs the $name page", async ({ name, url }) => {
    await page.goto(`${server.url}${url}`);
    if (name === "search") await page.locator("[data-search-results] li.search-result").first().waitFor();
    await fontsReady(page);
    // Nothing wider than the screen: no sideways scrolling.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${name} is ${width}px wide at ${size.width}px`).toBeLessThanOrEqual(size.width);
    const file = join(SCREENSHOTS_DIR, `${name}-${size.width}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
    expect(statSync(file).size).toBeGreaterThan(5_000);
  });
});
