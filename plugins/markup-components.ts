/**
 * The pieces of markup that the Nunjucks pages and the TypeScript ones share,
 * written once in TypeScript (site/_includes/components) and offered to
 * Nunjucks as global functions that give safe HTML, called as the macros were:
 *
 *   {{ citations(fact.citations) }}   {{ factDate(event.date) }}   {{ outside() }}
 *   {{ entityLink(position.actor) }}   {{ entityLinks(p.citedBy) }}
 *
 * Globals rather than page data, so that the macros of components.njk see them
 * too; they write URLs under the build's base path and read the interface text
 * as the configuration was loaded with.
 */
import type { UserConfig } from "@11ty/eleventy";
import nunjucks from "nunjucks";
import type { Entity, LinkedParagraph } from "../scripts/data/link.ts";
import { interfaceText } from "../scripts/render/interface-text.ts";
import { citations } from "../site/_includes/components/citations.ts";
import { entityLink, entityLinks } from "../site/_includes/components/entity-links.ts";
import { factDate, type ShownDate } from "../site/_includes/components/fact-date.ts";
import { outsideMarker } from "../site/_includes/components/outside-marker.ts";
import type { MarkupContext } from "../site/_includes/markup.ts";
import { siteBasePath } from "./site-url.ts";

const html = (markup: string) => new nunjucks.runtime.SafeString(markup);

export function markupComponentsPlugin(eleventyConfig: UserConfig): void {
  const context: MarkupContext = { base: siteBasePath(eleventyConfig), ui: interfaceText() };
  eleventyConfig.addNunjucksGlobal("citations", (paragraphs: LinkedParagraph[]) => html(citations(paragraphs, context)));
  eleventyConfig.addNunjucksGlobal("factDate", (date: ShownDate) => html(factDate(date, context)));
  eleventyConfig.addNunjucksGlobal("entityLink", (entity: Entity) => html(entityLink(entity, context)));
  eleventyConfig.addNunjucksGlobal("entityLinks", (entities: Entity[]) => html(entityLinks(entities, context)));
  eleventyConfig.addNunjucksGlobal("outside", (basis = "") => html(outsideMarker(basis)));
}
