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
const open = (url: string) => openAsReader(site.page, site.url, url);

/** At a phone's width, the pages whose layout changes most: the header wraps, cards and lists stack, the map scrolls. */
const AT_PHONE_WIDTH = new Set(["home", "terms", "term", "timeline", "search", "map"]);

describe("axe-core, WCAG 2.2 A and AA", () => {
  it.each(PAGES)("finds no violation on the $name page ($url), light and dark", async ({ name, url }) => {
    const found: string[] = [];
    const check = async (label: string, rules?: string[]) => found.push(...describeViolations(await runAxe(site.page, rules)).map((v) => `${label}: ${v}`));
    await site.page.setViewportSize(DESKTOP);
    await site.page.emulateMedia({ colorScheme: "light" });
    await open(url);
    await check("light");
    // The colour scheme applies without reloading: the same page, in dark, where only colours differ.
    await site.page.emulateMedia({ colorScheme: "dark" });
    expect(await site.page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
    await check("dark", COLOUR_RULES);
    if (AT_PHONE_WIDTH.has(name)) {
      await site.page.emulateMedia({ colorScheme: "light" });
      await site.page.setViewportSize(MOBILE);
      await check(`${MOBILE.width} px`);
    }
    expect(found).toEqual([]);
  });
});
