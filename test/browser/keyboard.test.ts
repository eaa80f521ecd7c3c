/**
 * The rendered pages with the keyboard alone, on a page of every type: a skip
 * link first, every link and control reachable with Tab, the focus always
 * visible; the search's type filter with the arrow keys.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { DESKTOP, openAsReader, pagesOfEveryKind, planFor, useSiteInBrowser } from "../support/browser.ts";

const plan = planFor(loadFactSheet().model);
const PAGES = pagesOfEveryKind(inject("siteDir"), plan);

const site = useSiteInBrowser();
const open = (url: string) => openAsReader(site.page, site.url, url);

/** A focus stop: the element Tab moved to, and how its focus looks. */
interface Stop {
  key: string;
  label: string;
  outline: string;
  outlineWidth: number;
  inViewport: boolean;
}

const FOCUSABLE = [
  "a[href]",
  "area[href]",
  "button:not([disabled])",
  "input:not([disabled]):not([type=hidden])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "summary",
  "iframe",
  "[contenteditable]",
  "[tabindex]:not([tabindex='-1'])",
].join(", ");

/**
 * Numbers every element a keyboard user should be able to reach: focusable,
 * rendered, and for a group of radio buttons the one Tab stops at (the
 * checked one), since arrow keys move within the group.
 */
async function markReachable(): Promise<string[]> {
  return site.page.evaluate((selector) => {
    const keys: string[] = [];
    const radioGroups = new Set<string>();
    document.querySelectorAll<HTMLElement>(selector).forEach((element, index) => {
      element.dataset.focusKey = String(index);
      if (element.closest("[hidden], [inert]") || !element.checkVisibility({ visibilityProperty: true })) return;
      if (element instanceof HTMLInputElement && element.type === "radio") {
        const group = element.name;
        const checked = element.form?.querySelector<HTMLInputElement>(`input[type=radio][name="${group}"]:checked`);
        if (radioGroups.has(group) || (checked && checked !== element)) return;
        radioGroups.add(group);
      }
      keys.push(String(index));
    });
    return keys;
  }, FOCUSABLE);
}

/**
 * Records a stop each time a key comes up: by then the key's default action has moved the focus and
 * scrolled it into view. `null` is a stop where the focus left the page's elements (the document itself).
 */
async function recordStops(): Promise<void> {
  await site.page.evaluate(() => {
    const stops: (Stop | null)[] = [];
    (window as unknown as { focusStops: (Stop | null)[] }).focusStops = stops;
    document.addEventListener(
      "keyup",
      () => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body || element === document.documentElement) {
          stops.push(null);
          return;
        }
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        stops.push({
          key: element.dataset.focusKey ?? `unmarked ${element.tagName.toLowerCase()}#${element.id}`,
          label: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} «${(element.textContent ?? "").trim().slice(0, 40) || element.getAttribute("aria-label") || (element as HTMLInputElement).name || ""}»`,
          outline: style.outlineStyle,
          outlineWidth: parseFloat(style.outlineWidth),
          inViewport: rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth,
        });
      },
      { capture: true },
    );
  });
}

const TAB = { key: "Tab", code: "Tab", windowsVirtualKeyCode: 9 };

/**
 * Presses Tab until the focus leaves the page or comes round again; returns every stop. The presses are
 * real key events (the DevTools protocol's, as Playwright's keyboard sends them), sent in batches without
 * waiting for each: Chromium handles them in order, and the page records where each one left the focus.
 */
async function tabThrough(batch: number, limit = 600): Promise<Stop[]> {
  await recordStops();
  const cdp = await site.page.context().newCDPSession(site.page);
  try {
    for (let pressed = 0; pressed < limit; pressed += batch) {
      await Promise.all(
        Array.from({ length: batch }, () => [
          cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", ...TAB }),
          cdp.send("Input.dispatchKeyEvent", { type: "keyUp", ...TAB }),
        ]).flat(),
      );
      const recorded = await site.page.evaluate(() => (window as unknown as { focusStops: (Stop | null)[] }).focusStops);
      const first = recorded[0]?.key;
      const end = recorded.findIndex((stop, index) => stop === null || (index > 0 && stop.key === first));
      if (end >= 0) return recorded.slice(0, end) as Stop[];
    }
  } finally {
    await cdp.detach();
  }
  throw new Error(`Tab never left the page after ${limit} presses: a keyboard trap?`);
}

describe("with the keyboard only", () => {
  beforeAll(async () => {
    await site.page.setViewportSize(DESKTOP);
    await site.page.emulateMedia({ colorScheme: "light" });
  });

  it.each(PAGES)("reaches every link and control of the $name page with Tab, each with a visible focus", async ({ url }) => {
    await open(url);
    const reachable = await markReachable();
    // Enough presses to go round once when every element is where it should be.
    const stops = await tabThrough(reachable.length + 2);

    expect(stops[0]?.label, "the first Tab stop").toMatch(/^a /);
    expect(await site.page.locator(".skip-link").getAttribute("data-focus-key")).toBe(stops[0]?.key);

    const reached = new Set(stops.map((stop) => stop.key));
    const labels = await site.page.evaluate(
      (keys) => keys.map((key) => document.querySelector(`[data-focus-key="${key}"]`)?.outerHTML.slice(0, 120) ?? key),
      reachable.filter((key) => !reached.has(key)),
    );
    expect(labels, "elements Tab never reached").toEqual([]);
    expect(stops.map((stop) => stop.key).filter((key) => !reachable.includes(key)), "Tab stopped at unexpected elements").toEqual([]);

    const invisible = stops.filter((stop) => stop.outline === "none" || stop.outlineWidth < 2 || !stop.inViewport);
    expect(invisible.map((stop) => `${stop.label}: outline ${stop.outline} ${stop.outlineWidth}px${stop.inViewport ? "" : ", off screen"}`)).toEqual([]);
  });

  it("offers a skip link first, which moves the focus to the main content", async () => {
    await open(plan.term.url);
    await site.page.keyboard.press("Tab");
    const skip = site.page.locator(":focus");
    expect(await skip.getAttribute("class")).toBe("skip-link");
    expect(await skip.getAttribute("href")).toBe("#main");
    // Off screen until focused, then visible at the top of the page.
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);

    await site.page.keyboard.press("Enter");
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe("main");
    expect(new URL(site.page.url()).hash).toBe("#main");
    // The next Tab goes on from the main content, not back to the header.
    await site.page.keyboard.press("Tab");
    expect(await site.page.evaluate(() => Boolean(document.querySelector("main")?.contains(document.activeElement)))).toBe(true);
  });

  it("filters search results with the arrow keys in the type filter", async () => {
    await open(plan.search.url);
    await site.page.locator("[data-search-filter] input:checked").focus();
    await site.page.keyboard.press("ArrowDown");
    const value = await site.page.locator("[data-search-filter] input:checked").getAttribute("value");
    expect(value).not.toBe("");
    await site.page.waitForURL((url) => url.searchParams.get("type") === value);
  });
});
