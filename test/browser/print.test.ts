/**
 * The home page's fact sheet on paper: printed to PDF on A4 by Chromium, it
 * takes two pages at most, with the positions side by side, and the footer
 * never takes a page of its own.
 */
import { describe, expect, it } from "vitest";
import { fontsReady, useSiteInBrowser } from "../support/browser.ts";

const site = useSiteInBrowser();

/** The pages of a PDF, counted by their page objects (Chromium writes them uncompressed). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

async function printHome(): Promise<number> {
  return pdfPages(await site.page.pdf({ format: "A4", printBackground: true }));
}

describe("the home page printed on A4", () => {
  it("fits two pages, and would take as many without its footer", async () => {
    await site.page.goto(`${site.url}/`);
    await fontsReady(site.page);
    const pages = await printHome();
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
    await site.page.evaluate(() => document.querySelector(".site-footer")?.remove());
    expect(await printHome()).toBe(pages);
  });

  it("sets the positions side by side", async () => {
    await site.page.goto(`${site.url}/`);
    await site.page.emulateMedia({ media: "print" });
    // A4's width at 96 dpi, less the page margins of print.css (16 mm each side).
    await site.page.setViewportSize({ width: 673, height: 1000 });
    const boxes = await site.page.locator(".position").evaluateAll((positions) =>
      positions.map((position) => {
        const box = position.getBoundingClientRect();
        return { top: Math.round(box.top), left: Math.round(box.left), width: box.width };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    expect(boxes[1]!.top).toBe(boxes[0]!.top);
    expect(boxes[1]!.left).not.toBe(boxes[0]!.left);
    await site.page.emulateMedia({ media: "screen" });
  });
});
