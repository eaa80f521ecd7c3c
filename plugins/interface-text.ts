/**
 * The interface's words for the templates: `ui` (site/_data/ui.yaml), and the
 * filters that put counts and values into them:
 *   {{ factsheet.counts.term | count("term") }}      → 29 مصطلحًا
 *   {{ ui.map.summary | fillIn({ nodes: … }) }}      → the message, filled in
 * fillIn gives HTML: the message's own words and plain values escaped, their
 * Latin runs isolated (as `bidi` does), values already marked safe (a link,
 * text through `bidi`) as they are.
 */
import type { UserConfig } from "@11ty/eleventy";
import nunjucks from "nunjucks";
import { count, INTERFACE_TEXT_FILE, interfaceText } from "../scripts/render/interface-text.ts";
import { isolateLatin } from "../scripts/text/bidi.ts";

const PLACEHOLDER = /(\{\w+\})/;

/** Marks markup made in TypeScript (a link, text through isolateLatin) as HTML for fillInHtml, as `| safe` does in a template. */
export function asHtml(html: string): nunjucks.runtime.SafeString {
  return new nunjucks.runtime.SafeString(html);
}

export function fillInHtml(message: string, values: Readonly<Record<string, unknown>>): string {
  return String(message)
    .split(PLACEHOLDER)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined || !(name in values)) return isolateLatin(part);
      const value = values[name];
      return value instanceof nunjucks.runtime.SafeString ? value.toString() : isolateLatin(String(value));
    })
    .join("");
}

export function interfaceTextPlugin(eleventyConfig: UserConfig): void {
  // As data for pages and their front matter, and as a Nunjucks global for the macros of components.njk,
  // which see no page data. Editing ui.yaml under `npm start` reloads the configuration, and with it both.
  eleventyConfig.addGlobalData("ui", () => interfaceText());
  eleventyConfig.addNunjucksGlobal("ui", interfaceText());
  eleventyConfig.addFilter("count", (value: number, noun: string) => count(value, noun));
  eleventyConfig.addFilter("fillIn", (message: string, values: Record<string, unknown> = {}) => new nunjucks.runtime.SafeString(fillInHtml(message, values)));
  eleventyConfig.addWatchTarget(INTERFACE_TEXT_FILE, { resetConfig: true });
}
