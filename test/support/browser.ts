/**
 * The browser tests' side of Chromium (scripts/dev/chromium.ts launches it): a
 * site and a browsing context per test file, in the run's one Chromium
 * (test/support/browser-server.ts); axe-core, fonts. Where no Chromium is found
 * the tests fail with a message that says how to install it; they never skip.
 */
import type { AxeResults, RunOptions } from "axe-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { connectBrowser, type LaunchedBrowser } from "../../scripts/dev/chromium.ts";
import type { ReaderPlan } from "../../scripts/dev/reader-plan.ts";
import { serveSite, type StaticServer } from "../../scripts/dev/static-server.ts";
import { builtPages } from "./site-files.ts";

export { DESKTOP, MOBILE } from "../../scripts/dev/chromium.ts";
export { planFor, type ReaderPlan, type SearchPlan } from "../../scripts/dev/reader-plan.ts";
export interface TestBrowser extends LaunchedBrowser {
  /** What the browser reported as violations of a page's Content-Security-Policy, with the page's address. */
  readonly policyViolations: readonly string[];
}

/**
 * A browser of the test file's own: a fresh context in the run's shared Chromium. Every page it opens, in
 * any test, is held to the site's Content-Security-Policy: Chromium reports each violation on the page's
 * console, and close() closes the context, then fails, listing them, if there was any.
 */
export async function openBrowser(): Promise<TestBrowser> {
  const browser = await connectBrowser(inject("browserEndpoint"));
  const policyViolations: string[] = [];
  browser.context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(`${message.page()?.url() ?? "(no page)"}: ${message.text()}`);
  });
  return {
    ...browser,
    policyViolations,
    async close() {
      await browser.close();
      if (policyViolations.length > 0) {
        throw new Error(`A page broke the site's Content-Security-Policy:\n${policyViolations.join("\n")}`);
      }
    },
  };
}

export interface SiteSession {
  /** The local server's origin: http://127.0.0.1:PORT */
  readonly url: string;
  readonly browser: TestBrowser;
  /** One page, opened at the start, for the file's tests to share. */
  readonly page: Page;
}

/**
 * For a test file: serves the built site (inject("siteDir")) on 127.0.0.1 and
 * opens a browser on it before the file's tests, and closes both after them.
 */
export function useSiteInBrowser(): SiteSession {
  let server: StaticServer | undefined;
  let browser: TestBrowser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    server = await serveSite(inject("siteDir"));
    browser = await openBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await server?.close();
    }
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the site and browser start in beforeAll; use them inside tests");
    return value;
  };
  return {
    get url() {
      return started(server).url;
    },
    get browser() {
      return started(browser);
    },
    get page() {
      return started(page);
    },
  };
}

/**
 * A page of every type (from the plan), and every other top-level page the build wrote (a section added
 * later is checked without editing a list).
 */
export function pagesOfEveryKind(siteDir: string, plan: ReaderPlan): { name: string; url: string }[] {
  return [
    ...plan.pages,
    ...builtPages(siteDir)
      .map((page) => page.url)
      .filter((url) => /^\/[^/]+\/$/.test(url) && !plan.pages.some((known) => known.url.split("?")[0] === url))
      .map((url) => ({ name: url.slice(1, -1), url })),
  ];
}

/** Opens a page of the site at `origin` and waits until it is what a reader sees: the search page with its results. */
export async function openAsReader(page: Page, origin: string, url: string): Promise<void> {
  await page.goto(`${origin}${url}`);
  if (url.startsWith("/search/?")) await page.locator("[data-search-results] li.search-result").first().waitFor();
}

/** The WCAG 2.2 A and AA rules, as axe-core tags them. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * The axe-core rules whose outcome depends on colours alone. The dark colour scheme changes nothing in
 * the pages but the colour custom properties (site.css's `prefers-color-scheme: dark` block), so a page
 * checked in full in the light scheme needs only these in the dark one.
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * Runs axe-core (the project's pinned copy) on the page as it is now: the WCAG 2.2 A and AA rules, or
 * only the `rules` named.
 */
export async function runAxe(page: Page, rules?: string[]): Promise<AxeResults> {
  // Evaluated through the DevTools protocol, not added as a <script>: the site's Content-Security-Policy
  // rightly refuses inline scripts, and the tests check the pages with that policy in force. The protocol's
  // own Runtime.evaluate takes half the time of page.evaluate with axe-core's 550 kB of source.
  if (!(await page.evaluate(() => "axe" in window))) {
    const cdp = await page.context().newCDPSession(page);
    try {
      const { exceptionDetails } = await cdp.send("Runtime.evaluate", { expression: AXE_SOURCE });
      if (exceptionDetails) throw new Error(`axe-core did not load: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    } finally {
      await cdp.detach();
    }
  }
  return page.evaluate(
    (runOnly) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, {
      runOnly,
      resultTypes: ["violations"],
    }),
    (rules ? { type: "rule", values: rules } : { type: "tag", values: WCAG_TAGS }) satisfies RunOptions["runOnly"],
  );
}

/** One line per violation and node, for a failure message a person can act on. */
export function describeViolations(results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact}): ${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ")}`,
    ),
  );
}

/** Waits until the page's web fonts are loaded, so that what is measured or photographed is what a reader sees. */
export async function fontsReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}
