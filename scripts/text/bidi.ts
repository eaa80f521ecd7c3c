/**
 * Isolating Latin runs (HMC, D-ISIS, CJTF-OIR) inside Arabic text, in one
 * place, so the bidirectional algorithm keeps the punctuation around them in
 * place: the pages wrap each run in <bdi lang="en"> (isolateLatin here, and
 * the Markdown plugin plugins/markdown-latin-runs.ts on its tokens); the map's
 * SVG marks it with a <tspan lang="en"> built from latinRuns.
 */
import { LATIN_RUN } from "./arabic.ts";
import { escapeHtml } from "./escape.ts";

export interface TextRun {
  text: string;
  /** A Latin run, to be isolated and marked as English. */
  latin: boolean;
}

/** The text cut into its Latin runs and the text between them, in order; no empty runs. */
export function latinRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), latin: false });
    runs.push({ text: match[0], latin: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}

/** Plain text as HTML: escaped, each Latin run wrapped in <bdi lang="en">. */
export function isolateLatin(text: string): string {
  return latinRuns(text)
    .map((run) => (run.latin ? `<bdi lang="en">${escapeHtml(run.text)}</bdi>` : escapeHtml(run.text)))
    .join("");
}
