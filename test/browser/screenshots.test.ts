/**
 * Screenshots for a person to look at: home, a term page, the timeline and
 * search with results, at a phone's width (375 px) and a desktop's (1280 px),
 * whole pages, written to test-results/screenshots/ (ignored by git). Each
 * test checks what a reader would see in its image: the whole page at the
 * screen's width, nothing overflowing sideways, and the page's title painted
 * where the page puts its h1, in the heading's own colour.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { DESKTOP, fontsReady, openBrowser, MOBILE, planFor, type TestBrowser } from "../support/browser.ts";
import { PROJECT_ROOT } from "../support/run-build.ts";
import { serveSite, type StaticServer } from "../../scripts/dev/static-server.ts";

const SCREENSHOTS_DIR = join(PROJECT_ROOT, "test-results", "screenshots");

const siteDir = inject("siteDir");
const plan = planFor(loadFactSheet().model);

let server: StaticServer;
let browser: TestBrowser;
let page: Page;
/** A page without the site's Content-Security-Policy, where the screenshots are decoded. */
let blank: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  server = await serveSite(siteDir);
  browser = await openBrowser();
  page = await browser.newPage();
  blank = await browser.newPage();
});

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    await server?.close();
  }
});

const PAGES = [
  { name: "home", url: "/" },
  { name: "term", url: plan.hmc.url },
  { name: "timeline", url: "/timeline/" },
  { name: "search", url: plan.search.url },
];
const SIZES = [MOBILE, DESKTOP];

/**
 * The share of a box of a PNG whose pixels are (nearly) the given CSS colour.
 * The image is decoded by the browser, in a blank page of the file's own.
 */
async function shareOfColour(png: Buffer, box: { x: number; y: number; width: number; height: number }, colour: string): Promise<number> {
  return blank.evaluate(
    async ({ base64, box, colour }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d")!;
      context.drawImage(bitmap, 0, 0);
      const x = Math.floor(box.x), y = Math.floor(box.y), w = Math.ceil(box.width), h = Math.ceil(box.height);
      const { data } = context.getImageData(x, y, w, h);
      const [r, g, b] = colour.match(/\d+/g)!.map(Number) as [number, number, number];
      let near = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 60) near += 1;
      }
      return near / (w * h);
    },
    { base64: png.toString("base64"), box, colour },
  );
}

describe.each(SIZES)("at $width px wide", (size) => {
  beforeAll(async () => {
    await page.setViewportSize(size);
  });

  it.each(PAGES)("photographs the $name page", async ({ name, url }) => {
    // The page in front: Chromium paints a page behind another (the decoding page) a frame at a time, slowly.
    await page.bringToFront();
    await page.goto(`${server.url}${url}`);
    if (name === "search") await page.locator("[data-search-results] li.search-result").first().waitFor();
    await fontsReady(page);
    // Nothing wider than the screen: no sideways scrolling.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${name} is ${width}px wide at ${size.width}px`).toBeLessThanOrEqual(size.width);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // The box of the h1's text itself (the element spans the width of its column).
    const title = await page.locator("h1").evaluate((h1) => {
      const range = document.createRange();
      range.selectNodeContents(h1);
      const box = range.getBoundingClientRect();
      return { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height };
    });
    const colour = await page.locator("h1").evaluate((h1) => getComputedStyle(h1).color);
    const image = await page.screenshot({ fullPage: true, animations: "disabled" });
    writeFileSync(join(SCREENSHOTS_DIR, `${name}-${size.width}.png`), image);

    // The PNG's own header: the whole page, at the screen's width.
    expect(image.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect({ width: image.readUInt32BE(16), height: image.readUInt32BE(20) }).toEqual({ width: size.width, height });
    // The title's box holds text: pixels of the heading's colour, a share of the box as letters cover it.
    expect(title.width * title.height, `${name}'s h1 has text`).toBeGreaterThan(0);
    const share = await shareOfColour(image, title, colour);
    expect(share, `${name} at ${size.width}px: the h1's colour covers ${(share * 100).toFixed(1)}% of its text's box`).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.9);
  });
});
