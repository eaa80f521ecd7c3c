/**
 * Which entity pages a rebuild of `npm start` writes again: those an edit can
 * have changed, not all of them. A one-off build writes every page and keeps
 * nothing of this.
 *
 * An entity's page shows its own data, and of any other entity only what it
 * links to: a related entry, a party, a mention with its preview, a backlink.
 * So once a page is written, the entity pages it links to are what it depends
 * on besides its own entity. After an edit to the data, an entity has changed
 * when its record in the YAML has; its page is written again, and so is every
 * page that linked to it before, or that its page links to now (a new
 * relation shows on the other entity's page too). Anything else every page
 * reads (site.yaml, the source, the notes, the synonyms, any entity's names
 * or id, the interface's text, the scripts) changes every page: all are
 * written again, as they are when a file other than the data changes
 * (a template, a style).
 *
 * site/entity.11ty.ts asks for the plan (`plan`) and tells of each page it
 * writes (`written`), through the global data `entityPages`.
 */
import type { UserConfig } from "@11ty/eleventy";
import { createHash } from "node:crypto";
import { relative, resolve, sep } from "node:path";
import { ENTITY_TYPES } from "../scripts/data/entity-types.ts";
import { entityUrl, type FactSheet } from "../scripts/data/link.ts";
import type { FactSheetData } from "../scripts/data/schema.ts";
import type { FactSheetStore } from "./fact-sheet-data.ts";

/** The entity page URLs a page's HTML holds, from its links and its structured data: /terms/x/, /actors/y/ … */
const ENTITY_PATH = new RegExp(`/(?:${ENTITY_TYPES.map(({ folder }) => folder).join("|")})/[^/"'#?\\s<>]+/`, "g");

/** What the pages are written from besides the data: the interface's text, the scripts, the base path, the policy. */
export type PageSettings = unknown;

/** The entity pages a build writes. */
export interface WritePlan {
  /** Every page, as a one-off build writes them, or only those an edit can have changed. */
  all: boolean;
  /** The pages to write, by URL. */
  urls: ReadonlySet<string>;
  /** The pages of the entities whose records changed: the pages each links to once written join the plan. */
  changed: ReadonlySet<string>;
  /** The pages of entities no longer in the data, to delete. */
  removed: readonly string[];
}

function digest(value: unknown): string {
  return createHash("sha1").update(JSON.stringify(value)).digest("base64");
}

export class EntityPageCache {
  /** Whether pages are remembered between builds: only under `npm start` (and --watch). */
  enabled = false;
  /** Set when a file other than the data changed since the last build. */
  #stale = true;
  #shared: string | undefined;
  /** Each entity page's URL → a digest of its entity's record in the data. */
  #records = new Map<string, string>();
  /** Each entity page's URL → the entity pages it links to. */
  #links = new Map<string, Set<string>>();

  /** Every page is written again at the next build (a template, a style or the configuration changed). */
  invalidate(): void {
    this.#stale = true;
  }

  /** The pages this build writes, from the data loaded for it and the settings the pages are written with. */
  plan(data: FactSheetData, model: FactSheet, settings: PageSettings): WritePlan {
    const every = new Set(model.entities.map((entity) => entity.url));
    if (!this.enabled) return { all: true, urls: every, changed: new Set(), removed: [] };
    const records = new Map<string, string>();
    for (const { type, collection } of ENTITY_TYPES) {
      for (const record of data[collection]) records.set(entityUrl(type, record.id), digest(record));
    }
    const shared = digest({
      site: data.site,
      source: data.source,
      notes: data.notes,
      synonyms: data.synonyms,
      names: model.entities.map((entity) => [entity.url, entity.names]),
      settings,
    });
    const previous = this.#records;
    const removed = [...previous.keys()].filter((url) => !records.has(url));
    const all = this.#stale || shared !== this.#shared;
    this.#records = records;
    this.#shared = shared;
    this.#stale = false;
    if (all) {
      this.#links = new Map();
      return { all, urls: every, changed: new Set(), removed };
    }
    const changed = new Set([...records.keys()].filter((url) => previous.get(url) !== records.get(url)));
    const urls = new Set(changed);
    for (const url of changed) for (const linked of this.#links.get(url) ?? []) urls.add(linked);
    for (const [url, links] of this.#links) if ([...links].some((linked) => changed.has(linked))) urls.add(url);
    return { all, urls, changed, removed };
  }

  /** Remembers the entity pages a written page links to (under `npm start`), and returns them. */
  written(url: string, html: string, entityUrls: ReadonlySet<string>): ReadonlySet<string> {
    if (!this.enabled) return new Set();
    const links = new Set<string>();
    for (const [path] of html.matchAll(ENTITY_PATH)) if (path !== url && entityUrls.has(path)) links.add(path);
    this.#links.set(url, links);
    return links;
  }
}

/** What site/entity.11ty.ts reads as the global data `entityPages`: frozen functions, as Eleventy passes a frozen object on as it is. */
export interface EntityPages {
  /** The pages this build writes, given the settings the pages are written with. */
  plan(settings: PageSettings): WritePlan;
  written: EntityPageCache["written"];
  /** The pages of this build were not all written (an error): the next build writes them all. */
  invalidate(): void;
}

/** Remembers pages between the builds of `npm start`; a change to any file but the data's makes them all be written again. */
export function entityPagesPlugin(eleventyConfig: UserConfig, { factsheet }: { factsheet: FactSheetStore }): void {
  const cache = new EntityPageCache();
  const pages: EntityPages = Object.freeze({
    plan: (settings: PageSettings) => cache.plan(factsheet.current.data, factsheet.current.model, settings),
    written: (url: string, html: string, entityUrls: ReadonlySet<string>) => cache.written(url, html, entityUrls),
    invalidate: () => cache.invalidate(),
  });
  eleventyConfig.addGlobalData("entityPages", pages);
  eleventyConfig.on("eleventy.before", ({ runMode }: { runMode: string }) => {
    cache.enabled = runMode !== "build";
  });
  eleventyConfig.on("eleventy.beforeWatch", (changedFiles: string[]) => {
    if (!changedFiles.every((file) => isDataFile(file, factsheet.dir))) cache.invalidate();
  });
}

/**
 * Whether a file Eleventy reports as changed is a YAML file of the data folder. Eleventy gives each path
 * from the project's folder with "./" before it and any leading "../" left out: /tmp/data/terms.yaml is
 * "./tmp/data/terms.yaml" seen from /work/project, and "./data/terms.yaml" seen from /tmp/project.
 */
export function isDataFile(changed: string, dataDir: string, projectDir: string = process.cwd()): boolean {
  if (!/\.ya?ml$/i.test(changed)) return false;
  const dataFolder = resolve(dataDir);
  const path = changed.replace(/^\.[\\/]/, "");
  if (resolve(projectDir, path).startsWith(dataFolder + sep)) return true;
  const asGiven = relative(projectDir, dataFolder).replace(/^(\.\.(?:[\\/]|$))+/, "");
  return asGiven !== "" && path.startsWith(asGiven + sep);
}
