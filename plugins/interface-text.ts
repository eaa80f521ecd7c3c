/**
 * The interface's words for the templates: `ui` (site/_data/ui.yaml), and the
 * filters that put counts and values into them:
 *   {{ factsheet.counts.term | count("term") }}      → 29 مصطلحًا
 *   {{ ui.map.summary | fillIn({ relations: … }) }}  → the message, filled in
 */
import type { UserConfig } from "@11ty/eleventy";
import { count, fillIn, INTERFACE_TEXT_FILE, interfaceText } from "../scripts/render/interface-text.ts";

export function interfaceTextPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("ui", () => interfaceText());
  eleventyConfig.addFilter("count", (value: number, noun: string) => count(value, noun));
  eleventyConfig.addFilter("fillIn", (message: string, values: Record<string, string | number>) => fillIn(message, values));
  eleventyConfig.addWatchTarget(INTERFACE_TEXT_FILE);
}
