/**
 * The build behind `npm run build` (scripts/build.ts, which starts it once Node's compile cache is on):
 * validates the data, renders into a staging folder beside the output and swaps it in only when every
 * page and the search index are written.
 */
import Eleventy from "@11ty/eleventy";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { setPriority } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { quietFilterTimings, setBuildOptions } from "../plugins/build-options.ts";
import { FactSheetStore } from "../plugins/fact-sheet-data.ts";
import { SearchIndexer, type SearchIndexSummary } from "../plugins/search-index.ts";
import { parseBuildArguments, type BuildArguments } from "./build-arguments.ts";
import { ENTITY_TYPES } from "./data/entity-types.ts";
import { schemaFolders, writeJsonSchemas } from "./data/json-schemas.ts";
import { dataDirectory, loadFactSheet } from "./data/load-factsheet.ts";
import { FactSheetError } from "./data/problems.ts";
import { basePathFromUrl } from "./render/site-url.ts";
import { ProgressLine } from "./progress-line.ts";

/** How much lower than Pagefind the pages render (a niceness, 0 to 19): enough that the index goes first. */
const RENDER_NICENESS = 10;

function fail(message: string): never {
  process.stderr.write(`${message}\n\nBuild failed; the previous site was left as it was.\n`);
  process.exit(1);
}

async function build(options: BuildArguments): Promise<void> {
  const started = performance.now();
  const searchIndexer = new SearchIndexer({ lowMemory: options.lowMemory, recordsPerPart: options.searchPartSize });
  let searchIndex: SearchIndexSummary | undefined;
  const output = resolve(options.output);
  const staging = join(dirname(output), `.${basename(output)}.building-${process.pid}`);

  // On a terminal, one updating line says what the build is doing; piped or under CI, nothing.
  const progress = ProgressLine.for(process.stdout);
  const dataDir = dataDirectory();
  // The editors' schemas first, so that they match the schema even when the data does not.
  for (const dir of schemaFolders(dataDir)) writeJsonSchemas(dir);
  progress.step("Reading the data");
  let loadedData;
  try {
    loadedData = loadFactSheet(dataDir);
  } catch (error) {
    if (error instanceof FactSheetError) {
      progress.clear();
      fail(error.message);
    }
    throw error;
  }
  const { model } = loadedData;
  // The build renders the data loaded here: Eleventy's data plugin takes it rather than load it again.
  const factsheet = new FactSheetStore(dataDir, loadedData);
  const loaded = performance.now();
  const base = options.base ?? basePathFromUrl(model.site.url);

  try {
    mkdirSync(dirname(output), { recursive: true });
    rmSync(staging, { recursive: true, force: true });
  } catch (error) {
    progress.clear();
    fail(`Cannot build into ${output}: ${(error as Error).message}\nGive --output a folder whose parent is a folder you can write to.`);
  }
  // Pagefind indexes the loaded data while Eleventy starts and renders; the plugin's start takes this job over.
  searchIndexer.startEarly(model, staging);
  if (!options.lowMemory) renderAtLowerPriority();
  let pages: number;
  progress.step("Starting Eleventy");
  try {
    const eleventy = new Eleventy("site", staging, {
      configPath: "eleventy.config.ts",
      quietMode: true,
      source: "script",
      config: (eleventyConfig) => {
        quietFilterTimings(eleventyConfig);
        setBuildOptions(eleventyConfig, { factsheet, searchIndexer, onSearchIndex: (summary) => (searchIndex = summary), base, progress });
      },
    });
    const [, templates] = await eleventy.write();
    // Eleventy's pages, and the entity pages that site/entity.11ty.ts writes itself.
    const eleventyPages = templates.filter((t) => typeof t.outputPath === "string" && t.outputPath.endsWith(".html")).length;
    pages = eleventyPages + model.entities.length;
  } catch (error) {
    progress.clear();
    await searchIndexer.stop();
    rmSync(staging, { recursive: true, force: true });
    fail(describeError(error));
  }

  const written = performance.now();
  const heapAfterRender = process.memoryUsage().heapUsed;

  progress.step("Putting the site in place");
  const previous = `${staging}.previous`;
  let moved = false;
  try {
    if (existsSync(output)) {
      renameSync(output, previous);
      moved = true;
    }
    renameSync(staging, output);
  } catch (error) {
    progress.clear();
    if (moved) renameSync(previous, output);
    rmSync(staging, { recursive: true, force: true });
    fail(`Cannot put the new site in place of ${output}: ${(error as Error).message}\nCheck that ${output} is a folder nothing else is using, then build again.`);
  }
  rmSync(previous, { recursive: true, force: true });
  progress.clear();

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const counts = ENTITY_TYPES.map(({ type, collection }) => `${model.counts[type]} ${collection}`).join(", ");
  process.stdout.write(
    [
      `Built ${pages} pages from ${dataDir} into ${output} in ${seconds} s`,
      `  entities: ${counts}; ${model.counts.notes} editorial notes; ${model.counts.paragraphs} source paragraphs`,
      `  search index: ${searchIndex?.records ?? 0} entities indexed`,
      `  base path: ${base}${options.base ? "" : " (from site.yaml's url)"}`,
      "",
    ].join("\n"),
  );
  if (process.env.FACTSHEET_BENCH === "1") {
    // For scripts/dev/bench.ts: where the time went, in milliseconds since the process started, and peak memory.
    // Pagefind indexes while Eleventy renders: `pagefind` is the time the build waited for it after the
    // pages were written, `pagefindAlongside` the rest of its work, done during rendering.
    const index = searchIndex?.timings ?? { records: 0, pagefind: 0, wait: 0 };
    const phases = {
      pages,
      startup: started,
      load: loaded - started,
      render: written - loaded - index.records - index.wait,
      searchRecords: index.records,
      pagefind: index.wait,
      pagefindAlongside: index.pagefind - index.wait,
      finish: performance.now() - written,
      total: performance.now(),
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      /** The main thread's JavaScript heap when every page is written (Eleventy keeps its own pages). */
      heapAfterRenderBytes: heapAfterRender,
    };
    process.stdout.write(`FACTSHEET_BENCH ${JSON.stringify(phases)}\n`);
  }
}

/**
 * Pagefind, not rendering, is what a large build waits for, and the two share the machine's cores: the
 * thread that renders (this one) yields to the index's worker thread and Pagefind's process, which it
 * started before. On Linux a thread's priority is its own, and they keep theirs; on a system where it is
 * the whole process's, all of it runs at the same lower priority, as before relative to one another.
 */
function renderAtLowerPriority(): void {
  try {
    setPriority(0, RENDER_NICENESS);
  } catch {
    // A system that does not let a process lower its own priority builds at the one it has.
  }
}

/** Eleventy wraps errors from templates; the innermost message is the one that says what went wrong. */
function describeError(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    if (current instanceof FactSheetError) return current.message;
    messages.push(current.message);
    current = (current as Error & { originalError?: unknown }).originalError ?? current.cause;
  }
  return messages.length > 0 ? messages.join("\n  caused by: ") : String(error);
}

// Whatever reads the output may stop early (`npm run build | head`, `--help | head`); that is no failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

const parsed = parseBuildArguments(process.argv.slice(2));
if (parsed.kind === "help") process.stdout.write(parsed.text);
else if (parsed.kind === "usage-error") {
  process.stderr.write(`${parsed.message}\n`);
  process.exitCode = 2;
} else await build(parsed.options);
