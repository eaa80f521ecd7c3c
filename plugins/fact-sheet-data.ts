/**
 * The hand-off between the data and the site. This plugin is the one place a
 * build loads the data: at the start of every build (and every rebuild of
 * `npm start`) it loads, validates and links DATA_DIR (or ./data) once into a
 * frozen model, and keeps it in a FactSheetStore; `npm run build`, which has
 * loaded the folder already to report problems before building, hands that
 * load over instead. The store comes from the build's options
 * (plugins/build-options.ts); eleventy.config.ts gives it to every other plugin
 * as its `factsheet` option, and they read `factsheet.current` during the
 * build. The templates read the same model as the global data `factsheet`,
 * and the entity types table as `entityTypes` (in order) and `typeLabels` (by
 * type). No plugin, filter or template loads the data again.
 */
import type { UserConfig } from "@11ty/eleventy";
import { relative } from "node:path";
import { ENTITY_TYPE, ENTITY_TYPES } from "../scripts/data/entity-types.ts";
import { dataDirectory, loadDataFolder, type LoadedFactSheet } from "../scripts/data/load-factsheet.ts";

export class FactSheetStore {
  #loaded: LoadedFactSheet | undefined;
  #preloaded: LoadedFactSheet | undefined;

  /**
   * `dir` is the data folder; the default reads DATA_DIR, once, here. `preloaded` is that folder loaded
   * already (scripts/build.ts validates it before building): the first build uses it rather than load again.
   */
  readonly dir: string;

  constructor(dir: string = dataDirectory(), preloaded?: LoadedFactSheet) {
    this.dir = dir;
    this.#preloaded = preloaded;
  }

  /** Loads the data folder for a new build; the store's readers see this model until the next build. */
  load(): LoadedFactSheet {
    this.#loaded = this.#preloaded ?? loadDataFolder(this.dir);
    this.#preloaded = undefined;
    return this.#loaded;
  }

  /** The current build's validated data and linked model (loaded on first use if no build has started). */
  get current(): LoadedFactSheet {
    return this.#loaded ?? this.load();
  }
}

export interface FactSheetDataOptions {
  factsheet: FactSheetStore;
}

export function factSheetDataPlugin(eleventyConfig: UserConfig, { factsheet }: FactSheetDataOptions): void {
  // Registered first, and synchronous: the model is loaded before any other plugin's eleventy.before runs.
  eleventyConfig.on("eleventy.before", () => {
    factsheet.load();
  });
  eleventyConfig.addGlobalData("factsheet", () => factsheet.current.model);
  eleventyConfig.addGlobalData("entityTypes", ENTITY_TYPES);
  eleventyConfig.addGlobalData("typeLabels", ENTITY_TYPE);
  // Every YAML file under the data folder, so that the files of a list folder (terms/*.yaml, *.yml) rebuild too.
  const dataFolder = relative(process.cwd(), factsheet.dir) || ".";
  eleventyConfig.addWatchTarget(`${dataFolder}/**/*.yaml`);
  eleventyConfig.addWatchTarget(`${dataFolder}/**/*.yml`);
  // Eleventy waits for a file to be still for 150 ms before rebuilding; a saved YAML file is
  // written at once, so 50 ms is enough and the edit shows sooner.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
}
