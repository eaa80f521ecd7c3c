/**
 * The site runs under its own strict Content-Security-Policy, served from its
 * `_headers` file: pages load, search searches, and the browser reports no
 * violation on any page a browser test opens.
 */
import { describe, expect, it } from "vitest";
import { openBrowser, useSiteInBrowser } from "../support/browser.ts";

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

  // Every browser test holds the pages it opens to the policy (openBrowser in test/support/browser.ts):
  // every kind of page, searches with Pagefind's WebAssembly, the map, the filters. This shows a violation fails.
  it("is held on every page the browser tests open: a violation fails the test file", async () => {
    const browser = await openBrowser();
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    expect(browser.policyViolations).toEqual([]);
    // An inline script, which the policy refuses.
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.documentElement.dataset.inline = 'ran'";
      document.head.append(script);
    });
    await expect.poll(() => browser.policyViolations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.dataset.inline)).toBeUndefined();
    await expect(browser.close()).rejects.toThrow(/Content-Security-Policy:\n.*\/: .*script-src/);
  });
});
