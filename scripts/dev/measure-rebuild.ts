/**
 * `npm run bench:rebuild`: how long an edit to a YAML file takes to show in
 * the browser under `npm start`. Serves a copy of the data with Eleventy's dev
 * server, opens a term page in Chromium, edits the term's definition, and
 * times until the new text is on screen (live reload included). Prints the
 * median of several edits.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { exitWithUsageError as stop, readCommandLine, type OptionTable } from "../command-line.ts";
import { byteOrder, isListPart, listFolderName } from "../data/list-folders.ts";
import { launchBrowser } from "./chromium.ts";

const COMMAND = "npm run bench:rebuild";

const OPTIONS = {
  data: { type: "string", value: "FOLDER", help: "the data folder to copy and edit (default: data)" },
  edits: { type: "string", value: "N", help: "how many edits to time (default: 7)" },
  help: { type: "boolean", short: "h", help: "print this help and exit" },
} as const satisfies OptionTable;

/**
 *   npm run bench:rebuild                                  data/, 7 edits
 *   npm run bench:rebuild -- --data DIR --edits 3         another data folder (say a generated one of 10,000 entities)
 */
const values = readCommandLine(COMMAND, OPTIONS, {
  usage: `${COMMAND} -- [options]`,
  description: [
    "Times how long an edit to a term's definition takes to show in the browser under npm start: serves a",
    "copy of the data with Eleventy's dev server, edits it, and waits for the new text on the page.",
  ],
});
const options = { data: values.data ?? "data", edits: values.edits ?? "7" };
const EDITS = Number(options.edits);
if (!Number.isInteger(EDITS) || EDITS < 1) stop(`${COMMAND}: --edits takes a whole number of edits, not ${JSON.stringify(options.edits)}`);
const PORT = 8089;

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the dev server did not answer at ${url} within ${timeoutMs} ms`);
}

/** The file an editor would open to change a term: terms.yaml, or the first file of a terms/ folder. */
function firstTermsFile(dataDir: string): string {
  const single = join(dataDir, "terms.yaml");
  if (existsSync(single)) return single;
  const folder = join(dataDir, listFolderName("terms.yaml"));
  const parts = readdirSync(folder).filter(isListPart).sort(byteOrder);
  if (parts.length === 0) throw new Error(`${options.data} has neither terms.yaml nor a YAML file in terms/`);
  return join(folder, parts[0]!);
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "factsheet-rebuild-"));
  const dataDir = join(work, "data");
  cpSync(options.data, dataDir, { recursive: true });
  const termsFile = firstTermsFile(dataDir);
  const original = readFileSync(termsFile, "utf8");
  const term = (parse(original) as { id: string; definition: string }[])[0]!;

  const server = spawn(
    process.execPath,
    ["node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", "--serve", `--port=${PORT}`, `--output=${join(work, "site")}`],
    { env: { ...process.env, DATA_DIR: dataDir }, stdio: ["ignore", process.env.SHOW_SERVER ? "inherit" : "ignore", "inherit"] },
  );
  const browser = await launchBrowser();
  try {
    const url = `http://localhost:${PORT}/terms/${term.id}/`;
    // The first build of a large data folder takes minutes; every edit after it is what is timed.
    await waitForServer(url, 900_000);
    const page = await browser.newPage();
    await page.goto(url);
    const times: number[] = [];
    for (let i = 1; i <= EDITS; i += 1) {
      const marker = `تعديل رقم ${i}`;
      const started = performance.now();
      writeFileSync(termsFile, original.replace(term.definition, `${term.definition} ${marker}`));
      await page.waitForFunction((text) => document.querySelector("h1 + p, .entity__lead")?.textContent?.includes(text), marker, {
        timeout: 900_000,
        polling: 20,
      });
      times.push(performance.now() - started);
      // Let the dev server settle, so that each edit is timed from an idle server.
      await new Promise((resolve) => setTimeout(resolve, 2500));
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    process.stdout.write(
      `Edit of ${join(options.data, relative(dataDir, termsFile))} to text on screen under npm start, ${EDITS} edits: median ${median.toFixed(0)} ms ` +
        `(min ${times[0]!.toFixed(0)}, max ${times[times.length - 1]!.toFixed(0)})\n`,
    );
  } finally {
    await browser.close();
    server.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
