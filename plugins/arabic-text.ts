/** Filters for Arabic text in templates: Latin runs isolated with <bdi>. */
import type { UserConfig } from "@11ty/eleventy";
import nunjucks from "nunjucks";
import { renderText } from "./markdown.ts";

/** Escapes plain text and wraps each Latin run in <bdi lang="en">. */
export function isolateLatin(text: string): string {
  return renderText(text);
}

export function arabicTextPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("bidi", (text: string) => new nunjucks.runtime.SafeString(isolateLatin(String(text))));
}
