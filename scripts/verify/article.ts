/**
 * The source article as numbered paragraphs, by the rule the citations use:
 * paragraphs are separated by blank lines; a block that is only a numbered
 * list (“1. …”) belongs to the paragraph before it; the byline ends the
 * article, and it and whatever follows it (page furniture such as a comment
 * link) are not paragraphs.
 */

/** Runs of whitespace, no-break spaces included, as one space: the only difference a quotation may have. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00A0\u202F\u2007]+/gu, " ").trim();
}

const LIST_ITEM = /^\s*\d+[.)]\s/u;

export interface SplitArticle {
  /** Paragraph n is paragraphs[n - 1], whitespace normalised. */
  paragraphs: string[];
  /** What was left out: the byline and what follows it. */
  excluded: string[];
}

export function splitArticle(text: string, byline?: string): SplitArticle {
  const blocks = text
    .replace(/^\uFEFF/u, "")
    .replace(/\r\n?/gu, "\n")
    .split(/\n[ \t\u00A0]*\n/u)
    .map((block) => block.trim())
    .filter((block) => block !== "");
  const paragraphs: string[] = [];
  const excluded: string[] = [];
  for (const block of blocks) {
    if (excluded.length > 0 || (byline !== undefined && normalizeSpace(block) === normalizeSpace(byline))) {
      excluded.push(normalizeSpace(block));
      continue;
    }
    const lines = block.split("\n");
    if (paragraphs.length > 0 && lines.every((line) => LIST_ITEM.test(line))) {
      paragraphs[paragraphs.length - 1] += ` ${normalizeSpace(block)}`;
    } else {
      paragraphs.push(normalizeSpace(block));
    }
  }
  return { paragraphs, excluded };
}
