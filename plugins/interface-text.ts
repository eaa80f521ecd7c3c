/**
 * The interface's words for the templates: `ui` (site/_data/ui.yaml), and the
 * filters that put counts and values into them:
 *   {{ factsheet.counts.term | count("term") }}      → 29 مصطلحًا
 *   {{ ui.map.summary | fillIn({ relations: … }) }}  → the message, filled in
 * fillIn escapes the message and the values, except values already marked safe
 * (a link, text through `bidi`), and marks its result safe.
 */
import type { UserConfig } from "@11ty/eleventy";
import nunjucks from "nunjucks";
import { count, fillIn, INTERFACE_TEXT_FILE, interfaceText } from "../scripts/render/interface-text.ts";

export function interfaceTextPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("ui", () => interfaceText());
  eleventyConfig.addFilter("count", (value: number, noun: string) => count(value, noun));
  eleventyConfig.addFilter("fillIn", (message: string, values: Record<string, unknown>) => {
    const html = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, asHtml(value)]));
    return new nunjucks.runtime.SafeString(fillIn(escapeHtml(String(message)), html));
  });
  eleventyConfig.addWatchTarget(INTERFACE_TEXT_FILE);
}

function asHtml(value: unknown): string {
  return value instanceof nunjucks.runtime.SafeString ? value.toString() : escapeHtml(String(value));
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
