/**
 * Launches Debian's Chromium with playwright-core, for the tools (bench,
 * audit, bench:rebuild) and the browser tests: no browser download, a fresh
 * profile each time, nothing left running. Where no Chromium is found it
 * fails with a message that says how to install it.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page, type Request } from "playwright-core";

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
  /** Every request the browser made, in order, since launch. */
  requests: Request[];
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Starts Chromium with a fresh temporary profile; close() stops it and deletes the profile. */
export async function launchBrowser(): Promise<LaunchedBrowser> {
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
  // The profile opens with a blank page; callers open their own.
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
