/**
 * A markdown-it plugin: a link in the data's Markdown written from the site's
 * root ("/terms/hmc/") goes under the base path the site is served from, given
 * as `env.base`, like every other URL the site writes (scripts/render/site-url.ts).
 */
import type { MarkdownIt, Token } from "markdown-it";
import { sitePath } from "../scripts/render/site-url.ts";

function isSitePath(href: string): boolean {
  return href.startsWith("/") && !href.startsWith("//");
}

function underBase(tokens: Token[], base: string): void {
  for (const token of tokens) {
    if (token.type === "link_open") {
      const href = token.attrGet("href");
      if (typeof href === "string" && isSitePath(href)) token.attrSet("href", sitePath(href, base));
    }
    if (token.children) underBase(token.children, base);
  }
}

export function siteLinks(md: MarkdownIt): void {
  md.core.ruler.push("site_links", (state) => {
    const base = (state.env as { base?: string }).base;
    if (base !== undefined && base !== "/") underBase(state.tokens, base);
  });
}
