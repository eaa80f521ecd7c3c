/**
 * Launches Debian's Chromium with playwright-core for the browser tests: no
 * browser download, a fresh profile each time, nothing left running. Where no
 * Chromium is found the tests fail with a message that says how to install
 * it; they never skip.
 */
import type { AxeResults, RunOptions } from "axe-core";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page, type Request } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import type { EntityType } from "../../scripts/data/labels.ts";
import type { Actor, Entity, FactSheet, LetterGroup, LinkedParagraph, Term } from "../../scripts/data/link.ts";
import { serveSite, type StaticServer } from "./static-server.ts";

export const DEFAULT_CHROME_PATH = "/usr/bin/chromium";

export const CHROME_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The Chromium to drive: CHROME_PATH when set, else Debian's. Throws, saying how to install it, when it is missing. */
export function chromePath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROME_PATH || DEFAULT_CHROME_PATH;
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}${env.CHROME_PATH ? " (from CHROME_PATH)" : ""}. The browser tests need one: ` +
        `install Debian's with \`apt-get install chromium\` (it goes to ${DEFAULT_CHROME_PATH}), ` +
        `or set CHROME_PATH to a Chromium or Chrome executable.`,
    );
  }
  return path;
}

export interface TestBrowser {
  context: BrowserContext;
  /** Every request the browser made, in order, since launch. */
  requests: Request[];
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

export const DESKTOP = { width: 1280, height: 800 };
export const MOBILE = { width: 375, height: 740 };

/** Starts Chromium with a fresh temporary profile; close() stops it and deletes the profile. */
export async function launchBrowser(): Promise<TestBrowser> {
  const executablePath = chromePath();
  const userDataDir = mkdtempSync(join(tmpdir(), "factsheet-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROME_ARGS,
      viewport: DESKTOP,
      locale: "ar",
      timezoneId: "UTC",
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const requests: Request[] = [];
  context.on("request", (request) => requests.push(request));
  // The profile opens with a blank page; the tests open their own.
  await Promise.all(context.pages().map((page) => page.close()));
  return {
    context,
    requests,
    async newPage(size = DESKTOP) {
      const page = await context.newPage();
      await page.setViewportSize({ width: size.width ?? DESKTOP.width, height: size.height ?? DESKTOP.height });
      return page;
    },
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

/** The WCAG 2.2 A and AA rules, as axe-core tags them. */
export interface SiteSession {
  /** The local server's origin: http://127.0.0.1:PORT */
  readonly url: string;
  readonly browser: TestBrowser;
  /** One page, opened at the start, for the file's tests to share. */
  readonly page: Page;
}

/**
 * For a test file: serves the built site (inject("siteDir")) on 127.0.0.1 and
 * opens Chromium on it before the file's tests, and stops both after them.
 */
export function useSiteInBrowser(): SiteSession {
  let server: StaticServer | undefined;
  let browser: TestBrowser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    server = await serveSite(inject("siteDir"));
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
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

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core (the project's pinned copy) on the page as it is now, with the WCAG 2.2 A and AA rules. */
export async function runAxe(page: Page): Promise<AxeResults> {
  // Evaluated through the DevTools protocol, not added as a <script>: the site's Content-Security-Policy
  // rightly refuses inline scripts, and the tests check the pages with that policy in force.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (tags) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    }),
    WCAG_TAGS,
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

/**
 * The pages the browser tests visit, chosen from the loaded fact sheet rather
 * than by name, so that they follow the data: one page of each type, and the
 * entities and query the journeys use.
 */
export interface ReaderPlan {
  /** A term, under a letter of the glossary, with a related actor. */
  term: Term;
  group: LetterGroup;
  actor: Actor;
  /** The paragraph the actor's first citation link points to. */
  paragraph: LinkedParagraph;
  /** The term whose acronym is HMC, for the bidi checks. */
  hmc: Term;
  search: SearchPlan;
  /** A page of each type, by a short name: home, the indexes, an entity of each type, timeline, source, search, 404. */
  pages: { name: string; url: string }[];
}

export interface SearchPlan {
  /** A word of entities' names, typed as a reader would. */
  query: string;
  /** An entity whose name holds the word: it must be among the results. */
  target: Entity;
  /** The type the filter journey selects: the target's. */
  type: EntityType;
  url: string;
}

export function planFor(model: FactSheet): ReaderPlan {
  const withActor = model.terms.filter((term) => term.related.some((entity) => entity.type === "actor"));
  // The last such term in dictionary order, so that jumping to its letter moves down the page.
  const term = withActor.at(-1);
  if (!term) throw new Error("The fact sheet has no term with a related actor: the glossary journey needs one.");
  const group = model.letters.find((g) => g.terms.includes(term))!;
  const actor = term.related.find((entity): entity is Actor => entity.type === "actor")!;
  const paragraph = actor.statements.flatMap((s) => s.citations)[0] ?? actor.citations[0]!;
  const hmc = model.terms.find((t) => t.acronym === "HMC");
  if (!hmc) throw new Error("The fact sheet has no term with the acronym HMC: the bidi check needs one.");
  const search = searchPlan(model);
  const first = <T extends Entity>(list: readonly T[], what: string): T => {
    if (!list[0]) throw new Error(`The fact sheet has no ${what}: the browser tests need a page of each type.`);
    return list[0];
  };
  return {
    term,
    group,
    actor,
    paragraph,
    hmc,
    search,
    pages: [
      { name: "home", url: "/" },
      { name: "terms", url: "/terms/" },
      { name: "actors", url: "/actors/" },
      { name: "agreements", url: "/agreements/" },
      { name: "timeline", url: "/timeline/" },
      { name: "source", url: "/source/" },
      { name: "term", url: hmc.url },
      { name: "actor", url: actor.url },
      { name: "agreement", url: first(model.agreements, "agreement").url },
      { name: "event", url: first(model.events, "event").url },
      { name: "search", url: search.url },
      { name: "404", url: "/no-such-page/" },
    ],
  };
}

/**
 * A query from the entities' names: a word of four letters or more that names
 * entities of as many types as possible (so that filtering by type changes
 * the results) but not so many that the target could fall off the list.
 */
function searchPlan(model: FactSheet): SearchPlan {
  const candidates = new Map<string, Entity[]>();
  for (const entity of model.entities) {
    for (const word of new Set(entity.name.split(/\s+/))) {
      if ([...word].length < 4 || /[A-Za-z0-9]/.test(word)) continue;
      candidates.set(word, [...(candidates.get(word) ?? []), entity]);
    }
  }
  const score = (entities: Entity[]) => new Set(entities.map((e) => e.type)).size * 100 - entities.length;
  const [query, entities] = [...candidates]
    .filter(([, list]) => list.length <= 8)
    .sort(([a, x], [b, y]) => score(y) - score(x) || a.localeCompare(b))[0] ?? [];
  if (!query || !entities) throw new Error("No word in the entities' names to search for.");
  const target = entities[0]!;
  return { query, target, type: target.type, url: `/search/?q=${encodeURIComponent(query)}` };
}
