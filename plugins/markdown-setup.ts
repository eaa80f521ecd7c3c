/**
 * How the site's Markdown is read: raw HTML off, no images, `{#id .class}` attributes,
 * links only to safe schemes, headings under the page's own, entity mentions
 * linked (when a page's context is given), Latin runs isolated. Light on
 * imports, so the search index's worker thread can read Markdown the same way.
 */
import markdownIt, { type MarkdownIt } from "markdown-it";
import markdownItAttrs from "markdown-it-attrs";
import { autolinkMentions } from "./markdown-autolink.ts";
import { isolateLatinRuns } from "./markdown-latin-runs.ts";
import { siteLinks } from "./markdown-site-links.ts";

const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/** A link is rendered only when it is relative or its scheme is http, https or mailto. */
export function isSafeLink(url: string): boolean {
  // Browsers ignore tabs, newlines and leading control characters in a scheme; so must we.
  const cleaned = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, "").toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned);
  return scheme === null || SAFE_SCHEMES.has(scheme[1]!);
}

/** Headings in a body sit under the page's own h1: "#" becomes h2, and so on down to h6. */
function demoteHeadings(md: MarkdownIt): void {
  md.core.ruler.push("demote_headings", (state) => {
    for (const token of state.tokens) {
      if (token.type === "heading_open" || token.type === "heading_close") {
        token.tag = `h${Math.min(Number(token.tag.slice(1)) + 1, 6)}`;
      }
    }
  });
}

/**
 * Validation refuses images in bodies (scripts/data/markdown-bodies.ts); should one reach the renderer
 * anyway, it is shown as its alt text, so no page loads anything from elsewhere.
 */
function imagesAsText(md: MarkdownIt): void {
  md.renderer.rules.image = (tokens, index, options, env) =>
    md.utils.escapeHtml(md.renderer.renderInlineAsText(tokens[index]!.children ?? [], options, env));
}

export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: false });
  md.use(markdownItAttrs, { allowedAttributes: ["id", "class"] });
  md.use(demoteHeadings);
  md.use(imagesAsText);
  // Before mentions are linked: their links are already under the base path.
  md.use(siteLinks);
  md.use(autolinkMentions);
  md.use(isolateLatinRuns);
  md.validateLink = isSafeLink;
  return md;
}
