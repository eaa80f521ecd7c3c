/**
 * Starts one Chromium for the browser project's whole run (a global setup of
 * that project). Each test file connects to it and browses in a context of
 * its own (openBrowser in test/support/browser.ts): a fresh cache, cookies and
 * storage, without paying for a browser's start in every file.
 */
import type { TestProject } from "vitest/node";
import { launchBrowserServer } from "../../scripts/dev/chromium.ts";

declare module "vitest" {
  export interface ProvidedContext {
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await launchBrowserServer();
  project.provide("browserEndpoint", server.wsEndpoint);
  return () => server.close();
}
