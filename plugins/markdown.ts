/**
 * The one markdown-it instance every template and filter shares (set up in
 * markdown-setup.ts), the `markdown` and `prose` filters, and plain text
 * rendered with mentions linked. The TypeScript templates call the same two
 * renderers through the data `pageText`, giving the page's URL.
 */
import type { UserConfig } from "@11ty/eleventy";
import nunjucks from "nunjucks";
import type { FactSheet } from "../scripts/data/link.ts";
import { mentionTargets } from "../scripts/data/lookups.ts";
import { isolateLatin } from "../scripts/text/bidi.ts";
import { buildMentionIndex } from "../scripts/text/mentions.ts";
import type { FactSheetStore } from "./fact-sheet-data.ts";
import { linkChildren, type AutolinkContext } from "./markdown-autolink.ts";
import { isolateLatinInTokens } from "./markdown-latin-runs.ts";
import { createMarkdown } from "./markdown-setup.ts";
import { siteBasePath } from "./site-url.ts";

export const markdown = createMarkdown();

const TokenClass = new markdown.core.State("", markdown, {}).Token;

/**
 * Renders plain text (a name, a summary, a statement) as HTML: escaped, not
 * parsed as Markdown, Latin runs isolated, and with a page's context, mentions linked.
 */
export function renderText(text: string, context?: AutolinkContext): string {
  // Nothing to link: the text is only escaped and its Latin runs isolated, as the renderer would.
  if (!context) return isolateLatin(text);
  const token = new TokenClass("text", "", 0);
  token.content = text;
  const linked = context ? linkChildren([token], context, TokenClass) : [token];
  return markdown.renderer.renderInline(isolateLatinInTokens(linked, TokenClass), markdown.options, {});
}

/** A page's Markdown and prose, rendered with mentions linked: the first mention of each entry on the page. */
export interface PageText {
  markdown(text: string, pageUrl: string): string;
  prose(text: string, pageUrl: string): string;
}

export function markdownPlugin(eleventyConfig: UserConfig, { factsheet }: { factsheet: FactSheetStore }): void {
  const base = siteBasePath(eleventyConfig);
  const indexes = new WeakMap<FactSheet, AutolinkContext["index"]>();
  let contexts = new Map<string, AutolinkContext>();
  let index: AutolinkContext["index"] | undefined;
  // The model is looked up once a build, not once a page.
  eleventyConfig.on("eleventy.before", () => {
    contexts = new Map();
    const model = factsheet.current.model;
    index = indexes.get(model);
    if (!index) indexes.set(model, (index = buildMentionIndex(mentionTargets(model))));
  });

  /** The page's linking state: the mention index is built once per model, the linked set once per page. */
  const contextFor = (pageUrl: string): AutolinkContext => {
    let context = contexts.get(pageUrl);
    if (!context) {
      if (!index) throw new Error("The markdown plugin's eleventy.before handler did not run: no mention index");
      context = { index, pageUrl, base, linked: new Set(), previews: 0 };
      contexts.set(pageUrl, context);
    }
    return context;
  };

  const pageText: PageText = Object.freeze({
    markdown: (text: string, pageUrl: string) => markdown.render(text, { autolink: contextFor(pageUrl), base }),
    /** A line of prose (a summary, a statement): plain text with mentions linked. */
    prose: (text: string, pageUrl: string) => renderText(String(text), contextFor(pageUrl)),
  });

  eleventyConfig.setLibrary("md", markdown);
  eleventyConfig.addGlobalData("pageText", pageText);
  eleventyConfig.addFilter("markdown", function (this: { page: { url: string } }, text: string) {
    return new nunjucks.runtime.SafeString(pageText.markdown(text, this.page.url));
  });
  eleventyConfig.addFilter("prose", function (this: { page: { url: string } }, text: string) {
    return new nunjucks.runtime.SafeString(pageText.prose(text, this.page.url));
  });
}
