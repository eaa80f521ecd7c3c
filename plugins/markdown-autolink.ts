/**
 * A markdown-it plugin that links the first mention of every term, actor and
 * agreement on a page to its page, with the target's one-line description as
 * a preview shown on hover and keyboard focus. Attached prefixes stay outside
 * the link; headings, existing links and the entity's own page are skipped.
 */
import type { MarkdownIt, Token } from "markdown-it";
import { sitePath } from "../scripts/render/site-url.ts";
import { findMentions, type Mention, type MentionIndex } from "../scripts/text/mentions.ts";

export interface LinkTarget {
  id: string;
  url: string;
  names: readonly string[];
  description: string;
}

/** What one page's rendering shares across its calls: so each entity is linked once per page. */
export interface AutolinkContext {
  index: MentionIndex<LinkTarget>;
  pageUrl: string;
  /** The base path the site is served under, for the links' targets. */
  base: string;
  linked: Set<string>;
  previews: number;
}

export function autolinkMentions(md: MarkdownIt): void {
  md.core.ruler.push("autolink_mentions", (state) => {
    const context = (state.env as { autolink?: AutolinkContext }).autolink;
    if (!context) return;
    let inHeading = false;
    for (const block of state.tokens) {
      if (block.type === "heading_open") inHeading = true;
      else if (block.type === "heading_close") inHeading = false;
      else if (block.type === "inline" && block.children && !inHeading) {
        block.children = linkChildren(block.children, context, state.Token);
      }
    }
  });
}

/** Links mentions in a run of inline tokens; exported for prose that is not Markdown. */
export function linkChildren(children: Token[], context: AutolinkContext, TokenClass: typeof Token): Token[] {
  const result: Token[] = [];
  let linkDepth = 0;
  for (const token of children) {
    if (token.type === "link_open") linkDepth += 1;
    if (token.type === "link_close") linkDepth -= 1;
    if (token.type !== "text" || linkDepth > 0) {
      result.push(token);
      continue;
    }
    const mentions = findMentions(token.content, context.index, (entity) => {
      if (entity.url === context.pageUrl || context.linked.has(entity.id)) return false;
      context.linked.add(entity.id);
      return true;
    });
    if (mentions.length === 0) result.push(token);
    else result.push(...splitAtMentions(token.content, mentions, context, TokenClass));
  }
  return result;
}

function splitAtMentions(
  content: string,
  mentions: Mention<LinkTarget>[],
  context: AutolinkContext,
  TokenClass: typeof Token,
): Token[] {
  const make = (type: string, tag = "", nesting: 0 | 1 | -1 = 0, text = "") => {
    const token = new TokenClass(type, tag, nesting);
    token.content = text;
    return token;
  };
  const tokens: Token[] = [];
  let last = 0;
  for (const { start, end, entity } of mentions) {
    context.previews += 1;
    const previewId = `preview-${context.previews}`;
    if (start > last) tokens.push(make("text", "", 0, content.slice(last, start)));
    const open = make("link_open", "a", 1);
    open.attrs = [["href", sitePath(entity.url, context.base)], ["aria-describedby", previewId]];
    tokens.push(
      make("html_inline", "", 0, '<span class="mention">'),
      open,
      make("text", "", 0, content.slice(start, end)),
      make("link_close", "a", -1),
      make("html_inline", "", 0, `<span class="mention__preview" role="tooltip" id="${previewId}">`),
      make("text", "", 0, entity.description),
      make("html_inline", "", 0, "</span></span>"),
    );
    last = end;
  }
  if (tokens.length === 0) return [make("text", "", 0, content)];
  if (last < content.length) tokens.push(make("text", "", 0, content.slice(last)));
  return tokens;
}
