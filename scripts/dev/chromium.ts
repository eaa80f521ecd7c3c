/**
 * Launches Debian's Chromium with playwright-core, for the tools (bench,
 * audit, bench:rebuild) and the browser tests: no browser download, a fresh
 * profile and context each time, nothing left running. The browser tests
 * share one Chromium (launchBrowserServer), each test file in a context of
 * its own. Where no Chromium is found it fails with a message that says how
 * to install it.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page, type Request } from "playwright-core";

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

export const DESKTOP = { width: 1280, height: 800 };
export const MOBILE = { width: 375, height: 740 };

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

export interface LaunchedBrowser {
  context: BrowserContext;
  /** Every request the browser made, in order, since it was opened. */
  requests: Request[];
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

/** How every page is opened: a desktop window, an Arabic-speaking reader, the same clock wherever it runs. */
const CONTEXT_OPTIONS = { viewport: DESKTOP, locale: "ar", timezoneId: "UTC" } as const;

/**
 * Starts Chromium (Playwright gives it a temporary profile, deleted when it stops) with a fresh browsing
 * context; close() stops it.
 */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
  return openContext(browser);
}

/** A Chromium that several processes share, each through its own context (connectBrowser). */
export interface BrowserServer {
  readonly wsEndpoint: string;
  close(): Promise<void>;
}

/** Starts Chromium for others to connect to (the browser tests: one Chromium for the whole run). */
export async function launchBrowserServer(): Promise<BrowserServer> {
  const server = await chromium.launchServer({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
  return { wsEndpoint: server.wsEndpoint(), close: () => server.close() };
}

/**
 * Connects to a shared Chromium (launchBrowserServer) and opens a context of its own: its own cache,
 * cookies and storage, as a fresh browser would have. close() closes the context and leaves Chromium running.
 */
export async function connectBrowser(wsEndpoint: string): Promise<LaunchedBrowser> {
  return openContext(await chromium.connect(wsEndpoint));
}

async function openContext(browser: Browser): Promise<LaunchedBrowser> {
  let context: BrowserContext;
  try {
    context = await browser.newContext(CONTEXT_OPTIONS);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const requests: Request[] = [];
  context.on("request", (request) => requests.push(request));
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
        // A launched browser stops; a connected one is only disconnected.
        await browser.close();
      }
    },
  };
}
