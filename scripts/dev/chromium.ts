/**
 * Launches Debian's Chromium (its headless shell where installed) with
 * playwright-core, for the tools (bench, bench:rebuild; audit finds its
 * browser here too) and the browser tests: no browser download, a fresh
 * profile and context each time, nothing left running. The browser tests
 * share one Chromium (launchBrowserServer), each test file in a context of
 * its own. Where no Chromium is found it fails with a message that says how
 * to install it.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page, type Request } from "playwright-core";

/** Debian's headless shell (`apt-get install chromium-headless-shell`): the build of Chromium Playwright drives headless. */
export const HEADLESS_SHELL_PATH = "/usr/bin/chromium-headless-shell";
/** Debian's whole browser (`apt-get install chromium`). */
export const FULL_CHROMIUM_PATH = "/usr/bin/chromium";

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

/**
 * The Chromium to drive: CHROME_PATH when set; else Debian's headless shell, which renders the same pages
 * for about a third less CPU than the whole browser (it has no browser window to composite); else Debian's
 * whole Chromium. `wholeBrowser` (Lighthouse, which wants the new headless mode) passes over the shell.
 * Throws, saying how to install one, when none is there.
 */
export function chromePath(
  env: NodeJS.ProcessEnv = process.env,
  options: { wholeBrowser?: boolean } = {},
  exists: (path: string) => boolean = existsSync,
): string {
  if (env.CHROME_PATH) {
    if (exists(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`No Chromium at ${env.CHROME_PATH} (from CHROME_PATH). Set CHROME_PATH to a Chromium or Chrome executable, or unset it to use Debian's.`);
  }
  const candidates = options.wholeBrowser ? [FULL_CHROMIUM_PATH] : [HEADLESS_SHELL_PATH, FULL_CHROMIUM_PATH];
  const found = candidates.find((path) => exists(path));
  if (found) return found;
  const packages = options.wholeBrowser ? "chromium" : "chromium-headless-shell";
  throw new Error(
    `No Chromium at ${candidates.join(" or ")}. ` +
      `Install Debian's with \`apt-get install ${packages}\`, or set CHROME_PATH to a Chromium or Chrome executable.`,
  );
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
