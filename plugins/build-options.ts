/**
 * The options of one build that are not in the data: given by scripts/build.ts
 * (through Eleventy's `config` callback, which runs before eleventy.config.ts),
 * or, for `npm start` and a bare Eleventy run, made from the environment.
 */
import type { UserConfig } from "@11ty/eleventy";
import { dataDirectory, loadDataFolder, type LoadedFactSheet } from "../scripts/data/load-factsheet.ts";
import { searchPartSizeOf, searchPartSizeProblem } from "../scripts/build-arguments.ts";
import { FactSheetError } from "../scripts/data/problems.ts";
import { basePathFromUrl, normalizeBasePath } from "../scripts/render/site-url.ts";
import type { ProgressLine } from "../scripts/progress-line.ts";
import { FactSheetStore } from "./fact-sheet-data.ts";
import { SearchIndexer, type SearchIndexSummary } from "./search-index.ts";

export interface BuildOptions {
  /** The store of the build's model (plugins/fact-sheet-data.ts). */
  factsheet: FactSheetStore;
  /** Makes the search index; its `lowMemory` option writes it before pages render rather than alongside. */
  searchIndexer: SearchIndexer;
  /** Told the search index's summary when a build has written it. */
  onSearchIndex?: (summary: SearchIndexSummary) => void;
  /** The base path the site is served under, "/" or "/factsheet/": Eleventy's pathPrefix (plugins/site-url.ts). */
  base: string;
  /** The progress line `npm run build` shows on a terminal (scripts/progress-line.ts). */
  progress?: ProgressLine;
}

const given = new WeakMap<UserConfig, BuildOptions>();

/** Sets the options of the build this Eleventy configuration is for. */
export function setBuildOptions(eleventyConfig: UserConfig, options: BuildOptions): void {
  given.set(eleventyConfig, options);
}

/**
 * Keeps Eleventy's warning that a filter or shortcode took over 8 % of a build ("[11ty] Benchmark 118ms 10%
 * 62× (Configuration) "sitePath" Nunjucks Filter") off stderr. Eleventy prints it in quiet mode too: it
 * makes that group of timings before it reads quietMode. A loaded machine trips it on a small build, and
 * `npm run build`'s stderr is for problems; `DEBUG=Eleventy:Benchmark*` still prints every timing.
 */
export function quietFilterTimings(eleventyConfig: UserConfig): void {
  eleventyConfig.benchmarkManager.get("Configuration").setIsVerbose(false);
}

/**
 * The options set for this configuration, else the environment's: FACTSHEET_LOW_MEMORY=1 asks for the
 * low-memory mode, FACTSHEET_SEARCH_PART_SIZE sets the search index's parts, FACTSHEET_BASE gives the
 * base path, which is otherwise the path of site.yaml's `url`.
 */
export function buildOptions(eleventyConfig: UserConfig, env: NodeJS.ProcessEnv = process.env): BuildOptions {
  const options = given.get(eleventyConfig);
  if (options) return options;
  const dir = dataDirectory(env);
  const base = env.FACTSHEET_BASE ? normalizeBasePath(env.FACTSHEET_BASE) : undefined;
  // The base path comes from the data: loaded here, the first build renders this load rather than load again.
  const loaded = base === undefined ? loadIfValid(dir) : undefined;
  return {
    factsheet: new FactSheetStore(dir, loaded),
    searchIndexer: new SearchIndexer({ lowMemory: env.FACTSHEET_LOW_MEMORY === "1", recordsPerPart: searchPartSize(env) }),
    base: base ?? (loaded ? basePathFromUrl(loaded.model.site.url) : "/"),
  };
}

/** FACTSHEET_SEARCH_PART_SIZE, checked as `npm run build` checks it. */
function searchPartSize(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.FACTSHEET_SEARCH_PART_SIZE;
  if (!value) return undefined;
  const size = searchPartSizeOf(value);
  if (size === null) throw new Error(searchPartSizeProblem("FACTSHEET_SEARCH_PART_SIZE", value));
  return size;
}

/** The data folder loaded, or nothing when its data has problems: the build reports them, every one, when it loads. */
function loadIfValid(dir: string): LoadedFactSheet | undefined {
  try {
    return loadDataFolder(dir);
  } catch (error) {
    if (error instanceof FactSheetError) return undefined;
    throw error;
  }
}
