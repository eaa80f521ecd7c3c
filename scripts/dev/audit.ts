/**
 * `npm run audit`: Lighthouse's four category scores (performance,
 * accessibility, best practices, SEO) for the home page, a term page and a
 * search with results, run against the built site served on 127.0.0.1, in
 * Chromium (CHROME_PATH, else Debian's whole browser, /usr/bin/chromium, as
 * Lighthouse expects, not the headless shell the tests drive). Not part of
 * `npm test`: the scores are for a person to read, and performance depends on
 * the machine.
 *
 *   npm run build && npm run audit          _site/, as a phone (Lighthouse's default)
 *   npm run audit -- --desktop              as a desktop
 *   npm run audit -- --site=public          another built folder
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadFactSheet } from "../data/load-factsheet.ts";
import { CHROME_ARGS, chromePath } from "./chromium.ts";
import { planFor } from "./reader-plan.ts";
import { serveSite } from "./static-server.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

async function audit(): Promise<void> {
  const { values } = parseArgs({
    options: { site: { type: "string", default: "_site" }, desktop: { type: "boolean", default: false } },
    strict: true,
  });
  const siteDir = resolve(values.site);
  if (!existsSync(join(siteDir, "index.html"))) {
    throw new Error(`No built site in ${siteDir}: run \`npm run build\` first (or pass --site=DIR).`);
  }
  const plan = planFor(loadFactSheet().model);
  const pages = [
    { name: "home", url: "/" },
    { name: `term (${plan.hmc.id})`, url: plan.hmc.url },
    { name: `search («${plan.search.query}»)`, url: plan.search.url },
  ];

  const server = await serveSite(siteDir);
  const userDataDir = mkdtempSync(join(tmpdir(), "factsheet-lighthouse-"));
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    chrome = await chromeLauncher.launch({ chromePath: chromePath(process.env, { wholeBrowser: true }), chromeFlags: CHROME_ARGS, userDataDir, logLevel: "error" });
    const rows: string[][] = [];
    for (const page of pages) {
      const run = () =>
        lighthouse(
          `${server.url}${page.url}`,
          { port: chrome!.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
          values.desktop ? desktopConfig : undefined,
        );
      // On a busy machine Lighthouse sometimes fails to record its trace (NO_NAVSTART and the like)
      // and asks to be run again: up to three tries per page.
      let result = await run();
      for (let attempt = 2; attempt <= 3 && result?.lhr.runtimeError; attempt++) result = await run();
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${page.url}: ${result.lhr.runtimeError.message}`);
      const scores = CATEGORIES.map((id) => {
        const score = result.lhr.categories[id]?.score;
        return score === null || score === undefined ? "–" : String(Math.round(score * 100));
      });
      rows.push([page.name, ...scores]);
      const metric = (id: string) => result.lhr.audits[id]?.displayValue ?? "–";
      rows.push([`  FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}`]);
      const failing = Object.values(result.lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
        .map((a) => a.id);
      if (failing.length > 0) rows.push([`  failing: ${failing.join(", ")}`]);
    }
    const header = ["page", ...CATEGORIES];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.filter((r) => r.length > 1).map((r) => r[i]!.length)));
    const line = (cells: string[]) => (cells.length === 1 ? cells[0]! : cells.map((c, i) => c.padEnd(widths[i]!)).join("  "));
    process.stdout.write(
      [`Lighthouse ${values.desktop ? "desktop" : "mobile"} scores, ${siteDir} on ${server.url}:`, line(header), ...rows.map(line), ""].join("\n"),
    );
  } finally {
    chrome?.kill();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

try {
  await audit();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
