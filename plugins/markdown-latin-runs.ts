/**
 * A markdown-it plugin that wraps Latin runs (HMC, D-ISIS) in <bdi lang="en">,
 * so that the bidirectional algorithm keeps the punctuation around them in place.
 * The runs are found by scripts/text/bidi.ts, as for the rest of the site's text.
 */
import type { MarkdownIt, Token } from "markdown-it";
import { latinRuns } from "../scripts/text/bidi.ts";

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
  const runs = latinRuns(token.content);
  if (!runs.some((run) => run.latin)) return [token];
  return runs.flatMap((run) =>
    run.latin
      ? [newToken(TokenClass, "html_inline", '<bdi lang="en">'), newToken(TokenClass, "text", run.text), newToken(TokenClass, "html_inline", "</bdi>")]
      : [newToken(TokenClass, "text", run.text)],
  );
}
