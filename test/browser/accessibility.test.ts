/**
 * Accessibility in the rendered pages: axe-core with the WCAG 2.2 A and AA
 * rules on a page of every type, in the light and the dark colour scheme, the
 * pages whose layout changes most at a phone's width too. The keyboard alone
 * is keyboard.test.ts's.
 */
import { describe, expect, inject, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { COLOUR_RULES, describeViolations, MOBILE, DESKTOP, openAsReader, pagesOfEveryKind, planFor, runAxe, useSiteInBrowser } from "../support/browser.ts";

const PAGES = pagesOfEveryKind(inject("siteDir"), planFor(loadFactSheet().model));

const site = useSiteInBrowser();
/** At a phone's width, the pages whose layout changes most: the header wraps, cards and lists stack, the map scrolls. */
const AT_PHONE_WIDTH = new Set(["home", "terms", "term", "timeline", "search", "map"]);

// Pages in tabs of their own, a few at once, so that one page's loading overlaps another's checking.
describe.concurrent("axe-core, WCAG 2.2 A and AA", () => {
  it.each(PAGES)("finds no violation on the $name page ($url), light and dark", async ({ name, url }) => {
    const page = await site.browser.newPage(DESKTOP);
    try {
      const found: string[] = [];
      const check = async (label: string, rules?: string[]) => found.push(...describeViolations(await runAxe(page, rules)).map((v) => `${label}: ${v}`));
      await page.emulateMedia({ colorScheme: "light" });
      await openAsReader(page, site.url, url);
      await check("light");
      // The colour scheme applies without reloading: the same page, in dark, where only colours differ.
      await page.emulateMedia({ colorScheme: "dark" });
      expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
      await check("dark", COLOUR_RULES);
      if (AT_PHONE_WIDTH.has(name)) {
        await page.emulateMedia({ colorScheme: "light" });
        await page.setViewportSize(MOBILE);
        await check(`${MOBILE.width} px`);
      }
      expect(found).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
