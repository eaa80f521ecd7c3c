/**
 * Every entity's page, of every type: thousands of them, written in TypeScript
 * rather than Nunjucks, which Eleventy compiled again for every page. The body
 * is the type's (site/_includes/pages), in the page shell, which this template
 * calls itself: one render, where Eleventy's layout would render again with a
 * copy of the page's data. The breadcrumb is the entity's section, from the
 * types table (scripts/data/entity-types.ts).
 *
 * The template writes the pages itself, one at a time, into Eleventy's output
 * folder (render), and gives Eleventy nothing to write. Eleventy keeps every
 * page it renders until the build ends, with a data object for each: at
 * 10,000 entities some 140 MB of HTML, twice that as JavaScript strings.
 * Written here, a page is freed as soon as it is on disk. The sitemap adds the
 * entities' URLs to Eleventy's pages (site/sitemap.xml.njk). Under `npm start`,
 * a rebuild writes only the pages the edit can have changed (plugins/entity-pages.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ENTITY_TYPE } from "../scripts/data/entity-types.ts";
import type { Entity } from "../scripts/data/link.ts";
import type { EntityPages } from "../plugins/entity-pages.ts";
import type { PageText } from "../plugins/markdown.ts";
import type { PageContext } from "./_includes/markup.ts";
import { actorPage } from "./_includes/pages/actor.ts";
import { agreementPage } from "./_includes/pages/agreement.ts";
import { eventPage } from "./_includes/pages/event.ts";
import { termPage } from "./_includes/pages/term.ts";
import { pageShell, type ShellData } from "./_includes/shell/page-shell.ts";

export const data = {
  permalink: false,
  eleventyExcludeFromCollections: true,
  layout: null,
};

/** The page data one entity's page reads. */
export interface EntityPageData extends ShellData {
  entity: Entity;
  pageText: PageText;
}

/** The data this template reads, as Eleventy gives it: the site's, with no entity of its own. */
interface EntityPagesData extends Omit<EntityPageData, "entity" | "page"> {
  eleventy: { directories: { output: string } };
  /** Told of each page written (plugins/build-progress.ts). */
  pageWritten: () => void;
  /** Which pages to write, and what each written page links to (plugins/entity-pages.ts). */
  entityPages: EntityPages;
}

function body(entity: Entity, context: PageContext): string {
  switch (entity.type) {
    case "term":
      return termPage(entity, context);
    case "actor":
      return actorPage(entity, context);
    case "agreement":
      return agreementPage(entity, context);
    case "event":
      return eventPage(entity, context);
  }
}

/**
 * Writes the entity pages where Eleventy would write a page of that URL, `<output><url>index.html`: every one,
 * or under `npm start` those an edit can have changed (plugins/entity-pages.ts), and deletes the pages of
 * entities no longer in the data.
 */
export function render(data: EntityPagesData): string {
  const output = data.eleventy.directories.output;
  const { entityPages, factsheet } = data;
  const settings = { ui: data.ui, scripts: data.scripts, basePath: data.basePath, security: data.security };
  const plan = entityPages.plan(settings);
  for (const url of plan.removed) rmSync(join(output, url), { recursive: true, force: true });
  const byUrl = new Map(factsheet.entities.map((entity) => [entity.url, entity]));
  const urls = new Set(byUrl.keys());
  // A changed entity's page goes first: the pages it links to now show it too, and join the plan.
  const queue = plan.all ? [...urls] : [...plan.changed, ...plan.urls];
  const done = new Set<string>();
  try {
    for (let i = 0; i < queue.length; i += 1) {
      const url = queue[i]!;
      if (done.has(url)) continue;
      done.add(url);
      const html = entityPage({ ...data, entity: byUrl.get(url)!, page: { url } });
      const file = join(output, url, "index.html");
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, html);
      const links = entityPages.written(url, html, urls);
      if (plan.changed.has(url)) queue.push(...links);
      data.pageWritten();
    }
  } catch (error) {
    // Some pages were not written: the next build writes them all.
    entityPages.invalidate();
    throw error;
  }
  return "";
}

/** One entity's page. */
export function entityPage(data: EntityPageData): string {
  const { entity, pageText } = data;
  const url = data.page.url;
  const context: PageContext = {
    base: data.basePath,
    ui: data.ui,
    url,
    prose: (text) => pageText.prose(text, url),
    markdown: (text) => pageText.markdown(text, url),
  };
  const section = ENTITY_TYPE[entity.type];
  return pageShell(
    {
      url,
      title: entity.name,
      description: entity.description,
      structuredData: { entity },
      breadcrumbs: [{ label: section.plural, url: `/${section.folder}/` }],
      scripts: data.scripts,
      content: body(entity, context),
    },
    { model: data.factsheet, policy: data.security.contentSecurityPolicy },
    context,
  );
}
