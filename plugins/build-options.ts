/**
 * The options of one build that are not in the data: given by scripts/build.ts
 * (through Eleventy's `config` callback, which runs before eleventy.config.ts),
 * or, for `npm start` and a bare Eleventy run, made from the environment.
 */
import type { UserConfig } from "@11ty/eleventy";
import { FactSheetStore } from "./fact-sheet-data.ts";
import { SearchIndexer, type SearchIndexSummary } from "./search-index.ts";

export interface BuildOptions {
  /** The store of the build's model (plugins/fact-sheet-data.ts). */
  factsheet: FactSheetStore;
  /** Makes the search index; its `lowMemory` option writes it before pages render rather than alongside. */
  searchIndexer: SearchIndexer;
  /** Told the search index's summary when a build has written it. */
  onSearchIndex?: (summary: SearchIndexSummary) => void;
}

const given = new WeakMap<UserConfig, BuildOptions>();

/** Sets the options of the build this Eleventy configuration is for. */
export function setBuildOptions(eleventyConfig: UserConfig, options: BuildOptions): void {
  given.set(eleventyConfig, options);
}

/** The options set for this configuration, else the environment's: FACTSHEET_LOW_MEMORY=1 asks for the low-memory mode. */
export function buildOptions(eleventyConfig: UserConfig, env: NodeJS.ProcessEnv = process.env): BuildOptions {
  return (
    given.get(eleventyConfig) ?? {
      factsheet: new FactSheetStore(),
      searchIndexer: new SearchIndexer({ lowMemory: env.FACTSHEET_LOW_MEMORY === "1" }),
    }
  );
}
