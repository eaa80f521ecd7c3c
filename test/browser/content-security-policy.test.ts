/**
 * The site runs under its own strict Content-Security-Policy, served from its
 * `_headers` file: pages load, search searches, and the browser reports no
 * violation.
 */
import { describe, expect, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { useSiteInBrowser } from "../support/browser.ts";

const { model } = loadFactSheet();
const site = useSiteInBrowser();

describe("Content-Security-Policy", () => {
  it("is sent with every page, without unsafe-inline", async () => {
    const response = await fetch(`${site.url}/`);
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain("unsafe-inline");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBeTruthy();
  });

  it("is never violated while pages load and search runs", async () => {
    const page = await site.browser.newPage();
    const violations: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { __violations: string[] }).__violations ??= [];
        (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const term = model.terms[0]!;
    const urls = ["/", "/terms/", term.url, model.actors[0]!.url, "/timeline/", "/source/", `/search/?q=${encodeURIComponent(term.name)}`];
    for (const url of urls) {
      await page.goto(site.url + url);
      if (url.startsWith("/search/")) await page.locator("[data-search-results] li").first().waitFor({ timeout: 10_000 }).catch(() => violations.push(`no search results on ${url}`));
      violations.push(...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])));
    }
    expect(violations).toEqual([]);
    await page.close();
  });
});
