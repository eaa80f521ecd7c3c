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
 * entities' URLs to Eleventy's pages (site/sitemap.xml.njk).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ENTITY_TYPE } from "../scripts/data/entity-types.ts";
import type { Entity } from "../scripts/data/link.ts";
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

/** Writes every entity's page where Eleventy would write a page of that URL: `<output><url>index.html`. */
export function render(data: EntityPagesData): string {
  const output = data.eleventy.directories.output;
  for (const entity of data.factsheet.entities) {
    const file = join(output, entity.url, "index.html");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, entityPage({ ...data, entity, page: { url: entity.url } }));
    data.pageWritten();
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
