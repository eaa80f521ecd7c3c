/**
 * The one markdown-it instance every template and filter shares: raw HTML off,
 * `{#id .class}` attributes, links only to safe schemes, Latin runs isolated.
 */
import type { UserConfig } from "@11ty/eleventy";
import markdownIt, { type MarkdownIt } from "markdown-it";
import markdownItAttrs from "markdown-it-attrs";
import nunjucks from "nunjucks";
import { isolateLatinRuns } from "./markdown-latin-runs.ts";

const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/** A link is rendered only when it is relative or its scheme is http, https or mailto. */
export function isSafeLink(url: string): boolean {
  // Browsers ignore tabs, newlines and leading control characters in a scheme; so must we.
  const cleaned = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, "").toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned);
  return scheme === null || SAFE_SCHEMES.has(scheme[1]!);
}

export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: false });
  md.use(markdownItAttrs, { allowedAttributes: ["id", "class"] });
  md.use(isolateLatinRuns);
  md.validateLink = isSafeLink;
  return md;
}

export const markdown = createMarkdown();

/** Escapes text for HTML: the one escaping function of the project's filters. */
export const escapeHtml: (text: string) => string = markdown.utils.escapeHtml;

export function markdownPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.setLibrary("md", markdown);
  eleventyConfig.addFilter("markdown", (text: string) => new nunjucks.runtime.SafeString(markdown.render(text)));
  eleventyConfig.addFilter("markdownInline", (text: string) => new nunjucks.runtime.SafeString(markdown.renderInline(text)));
}
