/**
 * A markdown-it plugin that wraps Latin runs (HMC, D-ISIS) in <bdi lang="en">,
 * so that the bidirectional algorithm keeps the punctuation around them in place.
 */
import type { MarkdownIt, Token } from "markdown-it";
import { LATIN_RUN } from "../scripts/text/arabic.ts";

export function isolateLatinRuns(md: MarkdownIt): void {
  md.core.ruler.push("isolate_latin_runs", (state) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      block.children = isolateLatinInTokens(block.children, state.Token);
    }
  });
}

/** Wraps the Latin runs of a run of inline tokens; exported for prose that is not Markdown. */
export function isolateLatinInTokens(children: Token[], TokenClass: typeof Token): Token[] {
  return children.flatMap((token) => (token.type === "text" ? splitText(token, TokenClass) : [token]));
}

function newToken(TokenClass: typeof Token, type: "text" | "html_inline", content: string): Token {
  const token = new TokenClass(type, "", 0);
  token.content = content;
  return token;
}

function splitText(token: Token, TokenClass: typeof Token): Token[] {
  const content = token.content;
  const pieces: Token[] = [];
  let last = 0;
  for (const match of content.matchAll(LATIN_RUN)) {
    if (match.index > last) pieces.push(newToken(TokenClass, "text", content.slice(last, match.index)));
    pieces.push(newToken(TokenClass, "html_inline", '<bdi lang="en">'), newToken(TokenClass, "text", match[0]), newToken(TokenClass, "html_inline", "</bdi>"));
    last = match.index + match[0].length;
  }
  if (pieces.length === 0) return [token];
  if (last < content.length) pieces.push(newToken(TokenClass, "text", content.slice(last)));
  return pieces;
}
