/**
 * Right to left, as rendered: the navigation starts on the right, text is
 * right-aligned, and a Latin acronym inside Arabic text (HMC) is isolated in a
 * <bdi>, so the punctuation around it stays where the Arabic sentence puts it.
 */
import { describe, expect, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { DESKTOP, fontsReady, MOBILE, planFor, useSiteInBrowser } from "../support/browser.ts";

const plan = planFor(loadFactSheet().model);

const site = useSiteInBrowser();

async function open(url: string, size = DESKTOP): Promise<void> {
  await site.page.setViewportSize(size);
  await site.page.goto(`${site.url}${url}`);
  await fontsReady(site.page);
}

type Box = { left: number; right: number; top: number; bottom: number };

async function boxes(selector: string): Promise<Box[]> {
  return site.page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    }),
  );
}

describe("the navigation", () => {
  it("starts on the right: the first item is right of the last, and the site name right of the search box", async () => {
    await open("/");
    const items = await boxes(".site-nav li");
    expect(items.length).toBeGreaterThan(1);
    const first = items[0]!;
    const last = items.at(-1)!;
    expect(first.right).toBeGreaterThan(last.right);
    // One row, read from right to left.
    for (let i = 1; i < items.length; i++) expect(items[i]!.right, `item ${i + 1}`).toBeLessThanOrEqual(items[i - 1]!.left + 1);
    const [name] = await boxes(".site-name");
    const [search] = await boxes(".site-search");
    expect(name!.right).toBeGreaterThan(search!.right);
    expect(name!.left).toBeGreaterThan(first.right - 1);
  });

  it("starts at the right edge on a phone too", async () => {
    await open("/", MOBILE);
    const [first] = await boxes(".site-nav li");
    const [header] = await boxes(".site-header__inner");
    const padding = await site.page.locator(".site-header__inner").evaluate((el) => parseFloat(getComputedStyle(el).paddingRight));
    expect(Math.abs(first!.right - (header!.right - padding))).toBeLessThan(2);
  });

  it("puts the breadcrumbs' first crumb (home) on the right", async () => {
    await open(plan.term.url);
    const crumbs = await boxes(".breadcrumbs li");
    expect(crumbs[0]!.right).toBeGreaterThan(crumbs.at(-1)!.right);
  });
});

describe("the text", () => {
  it.each([
    { name: "home", url: "/" },
    { name: "term", url: plan.hmc.url },
    { name: "source", url: "/source/" },
  ])("runs right to left and is aligned to the right on the $name page", async ({ url }) => {
    await open(url);
    expect(await site.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
    const blocks = await site.page.locator("main h1, main p, main li, main dd").evaluateAll((elements) =>
      elements
        .filter((el) => el.checkVisibility() && (el.textContent ?? "").trim() !== "" && !el.closest("[lang=en]"))
        .map((el) => {
          const style = getComputedStyle(el);
          // Where the first line of text starts: its right edge, against the right edge of the block's content box.
          const range = document.createRange();
          range.selectNodeContents(el);
          const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
          const top = Math.min(...rects.map((rect) => rect.top));
          const lineRight = Math.max(...rects.filter((rect) => rect.top < top + 8).map((rect) => rect.right));
          const box = el.getBoundingClientRect();
          const contentRight = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
          return {
            text: (el.textContent ?? "").trim().slice(0, 30),
            direction: style.direction,
            textAlign: style.textAlign,
            gap: rects.length > 0 ? contentRight - lineRight : 0,
          };
        }),
    );
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) {
      expect(block.direction, block.text).toBe("rtl");
      expect(["start", "right"], block.text).toContain(block.textAlign);
    }
    // Text is not only declared right-aligned but drawn so: each block's first line ends at its right edge,
    // give or take a list marker or a quotation mark drawn by CSS.
    const offRight = blocks.filter((block) => Math.abs(block.gap) > 24);
    expect(offRight.map((b) => `${b.text}: ${Math.round(b.gap)}px from the right`)).toEqual([]);
  });
});

describe("a Latin acronym inside Arabic text", () => {
  it.each([
    { name: "home", url: "/" },
    { name: "HMC term", url: plan.hmc.url },
  ])("is isolated in <bdi>, its punctuation on the Arabic sides, on the $name page", async ({ url }) => {
    await open(url);
    const runs = await site.page.locator("main bdi").evaluateAll((elements) =>
      elements
        .filter((bdi) => bdi.textContent === "HMC")
        .map((bdi) => {
          const style = getComputedStyle(bdi);
          const box = bdi.getBoundingClientRect();
          // The nearest visible character before and after the acronym in the same block, and where it is drawn.
          const block = bdi.parentElement!.closest("p, li, dd, dt, h1, h2, h3, blockquote")!;
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          const texts: Text[] = [];
          while (walker.nextNode()) texts.push(walker.currentNode as Text);
          const inside = texts.filter((t) => bdi.contains(t));
          const at = texts.indexOf(inside[0]!);
          const end = texts.indexOf(inside.at(-1)!);
          const neighbour = (from: number, step: -1 | 1) => {
            for (let i = from; i >= 0 && i < texts.length; i += step) {
              const node = texts[i]!;
              const chars = [...node.data.matchAll(/\S/gu)];
              const match = step === -1 ? chars.at(-1) : chars[0];
              if (!match) continue;
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const rect = range.getBoundingClientRect();
              return { char: match[0], left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
            }
            return null;
          };
          return {
            context: (block.textContent ?? "").trim().slice(0, 80),
            unicodeBidi: style.unicodeBidi,
            direction: style.direction,
            lang: bdi.getAttribute("lang"),
            box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
            before: neighbour(at - 1, -1),
            after: neighbour(end + 1, 1),
          };
        }),
    );
    expect(runs.length, "HMC in a <bdi> in the main content").toBeGreaterThan(0);
    let compared = 0;
    for (const run of runs) {
      expect(run.unicodeBidi, run.context).toBe("isolate");
      expect(run.lang, run.context).toBe("en");
      const sameLine = (c: { top: number; bottom: number }) => c.top < run.box.bottom && c.bottom > run.box.top;
      // In a right-to-left line, what comes before the acronym is drawn to its right, what comes after to its left.
      if (run.before && sameLine(run.before)) {
        expect(run.before.left, `«${run.before.char}» before HMC in «${run.context}»`).toBeGreaterThanOrEqual(run.box.right - 1);
        compared += 1;
      }
      if (run.after && sameLine(run.after)) {
        expect(run.after.right, `«${run.after.char}» after HMC in «${run.context}»`).toBeLessThanOrEqual(run.box.left + 1);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("leaves no Latin run in Arabic text outside an element marked lang=en", async () => {
    const stray: string[] = [];
    for (const url of ["/", plan.hmc.url, "/terms/", "/source/", "/timeline/"]) {
      await open(url);
      const found = await site.page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const out: string[] = [];
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          if (!/[A-Za-z]/.test(node.data) || !/[\u0600-\u06FF]/.test(node.parentElement?.closest("p, li, dd, dt, h1, h2, h3, blockquote, span, a")?.textContent ?? "")) continue;
          if (node.parentElement?.closest("[lang=en], script, style")) continue;
          out.push(node.data.trim().slice(0, 60));
        }
        return out;
      });
      stray.push(...found.map((text) => `${url}: ${text}`));
    }
    expect(stray).toEqual([]);
  });
});
