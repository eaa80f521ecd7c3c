/**
 * The relationship map in Chromium: photographed at a desktop's and a phone's
 * width for a person to look at (test-results/screenshots/map-*.png), with
 * every name inside its box once the web font is in, the page itself never
 * wider than the screen (the map scrolls inside its region, starting from the
 * right), no Content-Security-Policy violation, and the SVG strictly
 * well-formed by the browser's XML parser. Axe-core checks the map page with
 * every other page, at both widths (accessibility.test.ts).
 */
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { relationshipMap } from "../../scripts/render/relationship-map.ts";
import { DESKTOP, fontsReady, openBrowser, MOBILE, type TestBrowser } from "../support/browser.ts";
import { fixtureWith } from "../support/data-fixture.ts";
import { PROJECT_ROOT } from "../support/run-build.ts";
import { serveSite, type StaticServer } from "../../scripts/dev/static-server.ts";

const SCREENSHOTS_DIR = join(PROJECT_ROOT, "test-results", "screenshots");
const siteDir = inject("siteDir");
const { model } = loadFactSheet();

let server: StaticServer;
let browser: TestBrowser;
let page: Page;
const violations: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  server = await serveSite(siteDir);
  browser = await openBrowser();
  page = await browser.newPage();
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text());
  });
});

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    await server?.close();
  }
});

async function open(size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.goto(`${server.url}/map/`);
  await fontsReady(page);
}

describe.each([DESKTOP, MOBILE])("at $width px wide", (size) => {
  it("photographs the map page, which is never wider than the screen", async () => {
    await open(size);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `the page is ${width}px wide at ${size.width}px`).toBeLessThanOrEqual(size.width);
    const file = join(SCREENSHOTS_DIR, `map-${size.width}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
    expect(statSync(file).size).toBeGreaterThan(5_000);
    expect(violations).toEqual([]);
  });
});

describe("the drawing", () => {
  it("fits every name and date inside its node's box, and no two boxes overlap", async () => {
    await open(DESKTOP);
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const boxes: { id: string; box: DOMRect }[] = [];
      for (const node of document.querySelectorAll<SVGAElement>("a.map-node")) {
        const id = node.dataset.id!;
        const box = node.querySelector("rect")!.getBBox();
        boxes.push({ id, box });
        for (const text of node.querySelectorAll<SVGTextElement>("text")) {
          const t = text.getBBox();
          if (t.x < box.x + 2 || t.x + t.width > box.x + box.width - 2 || t.y < box.y || t.y + t.height > box.y + box.height + 1) {
            found.push(`${id}: «${text.textContent}» (${Math.round(t.x)}..${Math.round(t.x + t.width)}) outside its box (${Math.round(box.x)}..${Math.round(box.x + box.width)})`);
          }
        }
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!.box, boxes[j]!.box];
          if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
            found.push(`${boxes[i]!.id} overlaps ${boxes[j]!.id}`);
          }
        }
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it("sets its text right to left, in the site's Arabic font", async () => {
    await open(DESKTOP);
    const style = await page.evaluate(() => {
      const text = document.querySelector("a.map-node text")!;
      const computed = getComputedStyle(text);
      return { direction: computed.direction, font: computed.fontFamily };
    });
    expect(style.direction).toBe("rtl");
    expect(style.font).toContain("Noto Naskh Arabic");
  });

  it("starts a phone's view of the map at its right edge, with the actors, and scrolls sideways to the terms", async () => {
    await open(MOBILE);
    const region = page.locator(".relationship-map");
    const scroll = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scroll.scrollWidth).toBeGreaterThan(scroll.clientWidth);
    const firstActor = page.locator(`a.map-node[data-id="${model.actors[0]!.id}"]`);
    expect(await firstActor.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.left >= 0 && box.right <= window.innerWidth;
    })).toBe(true);
    // The keyboard scrolls the region too: it is focusable.
    await region.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowLeft");
    // Keyboard scrolling is animated: on a busy machine it can take longer than the poll's default second.
    await expect.poll(() => region.evaluate((el) => Math.abs(el.scrollLeft)), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it("is reached node by node with Tab, each focused node visibly marked", async () => {
    await open(DESKTOP);
    await page.locator(".relationship-map").focus();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as SVGAElement;
      const rect = element.querySelector("rect");
      return {
        id: element.dataset.id,
        stroke: rect && getComputedStyle(rect).strokeWidth,
        outline: getComputedStyle(element).outlineStyle,
      };
    });
    expect(focused.id).toBe(relationshipMap(model).nodes[0]!.entity.id);
    expect(parseFloat(focused.stroke ?? "0")).toBeGreaterThanOrEqual(3);
    expect(focused.outline).not.toBe("none");
  });

  it("is strictly well-formed XML by the browser's own parser, hostile names included", async () => {
    const hostile = loadFactSheet(
      fixtureWith({ "actors.yaml": (text) => text.replace("name: الوزير", `name: ${JSON.stringify(`</text></svg><script>x</script> & "q" 'a' <b>`)}`) }),
    ).model;
    for (const svg of [relationshipMap(model).svg, relationshipMap(hostile).svg]) {
      const result = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, "image/svg+xml");
        const error = doc.querySelector("parsererror");
        return { error: error?.textContent ?? null, root: doc.documentElement.localName, scripts: doc.querySelectorAll("script").length };
      }, svg);
      expect(result).toEqual({ error: null, root: "svg", scripts: 0 });
    }
  });
});
