/**
 * Every entity's page, of every type: thousands of them, written in TypeScript
 * rather than Nunjucks, which Eleventy compiled again for every page. The body
 * is the type's (site/_includes/pages), in the page shell, which this template
 * calls itself: one render, where Eleventy's layout would render again with a
 * copy of the page's data. The breadcrumb is the entity's section, from the
 * types table (scripts/data/entity-types.ts).
 */
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
  pagination: { data: "factsheet.entities", size: 1, alias: "entity", addAllPagesToCollections: true },
  permalink: (data: { entity: Entity }) => data.entity.url,
  layout: null,
};

/** The page data this template reads, as Eleventy gives it. */
interface EntityPageData extends ShellData {
  entity: Entity;
  pageText: PageText;
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

export function render(data: EntityPageData): string {
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
