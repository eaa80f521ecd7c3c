/** Filters for Arabic text in templates: Latin runs isolated with <bdi>. */
import type { UserConfig } from "@11ty/eleventy";
import nunjucks from "nunjucks";
import { LATIN_RUN } from "../scripts/factsheet/arabic.ts";
import { escapeHtml } from "./markdown.ts";

/** Escapes plain text and wraps each Latin run in <bdi lang="en">. */
export function isolateLatin(text: string): string {
  let html = "";
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    html += escapeHtml(text.slice(last, match.index));
    html += `<bdi lang="en">${escapeHtml(match[0])}</bdi>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

export function arabicTextPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("bidi", (text: string) => new nunjucks.runtime.SafeString(isolateLatin(String(text))));
}
