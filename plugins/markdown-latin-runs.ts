/**
 * A markdown-it plugin that wraps Latin runs (HMC, D-ISIS) in <bdi lang="en">,
 * so that the bidirectional algorithm keeps the punctuation around them in place.
 */
import type { MarkdownIt, Token } from "markdown-it";
import { LATIN_RUN } from "../scripts/factsheet/arabic.ts";

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

function splitText(token: Token, TokenClass: typeof Token): Token[] {
  const content = token.content;
  const pieces: Token[] = [];
  let last = 0;
  const text = (value: string) => {
    const piece = new TokenClass("text", "", 0);
    piece.content = value;
    return piece;
  };
  const html = (value: string) => {
    const piece = new TokenClass("html_inline", "", 0);
    piece.content = value;
    return piece;
  };
  for (const match of content.matchAll(LATIN_RUN)) {
    if (match.index > last) pieces.push(text(content.slice(last, match.index)));
    pieces.push(html('<bdi lang="en">'), text(match[0]), html("</bdi>"));
    last = match.index + match[0].length;
  }
  if (pieces.length === 0) return [token];
  if (last < content.length) pieces.push(text(content.slice(last)));
  return pieces;
}
