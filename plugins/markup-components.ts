/**
 * The pieces of markup that the Nunjucks pages and the TypeScript ones share,
 * written once in TypeScript (site/_includes/components) and offered to
 * Nunjucks as global functions that give safe HTML, called as the macros were:
 * `{{ outside() }}`. Globals rather than page data, so that the macros of
 * components.njk see them too.
 */
import type { UserConfig } from "@11ty/eleventy";
import nunjucks from "nunjucks";
import { outsideMarker } from "../site/_includes/components/outside-marker.ts";

const html = (markup: string) => new nunjucks.runtime.SafeString(markup);

export function markupComponentsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addNunjucksGlobal("outside", (basis = "") => html(outsideMarker(basis)));
}
