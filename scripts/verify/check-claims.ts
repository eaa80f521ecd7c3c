/**
 * Checks what the data claims are the article's words against its paragraphs,
 * and says for each failure what was wrong and what to do.
 */
import { normalizeSpace } from "./article.ts";
import type { Claim } from "./quotations.ts";

/** A quotation is a key phrase, not a sentence: at most this many words. */
export const MAX_QUOTE_WORDS = 12;

export interface ClaimFailure {
  claim: Claim;
  message: string;
  /** The text to point at inside the field (a «…» phrase), when the field holds more than the claim. */
  needle?: string;
}

const sections = (numbers: readonly number[]) => numbers.map((n) => `§${n}`).join(", ");

/**
 * `paragraphs`: the article's, numbered from 1. `byline`: the article's own words too, though no paragraph;
 * a phrase that is exactly the byline passes wherever it is.
 */
export function checkClaims(claims: readonly Claim[], paragraphs: readonly string[], byline?: string): ClaimFailure[] {
  const all = paragraphs.map((_, i) => i + 1);
  const failures: ClaimFailure[] = [];
  for (const claim of claims) {
    const text = normalizeSpace(claim.text);
    const fail = (message: string) =>
      failures.push({ claim, message, needle: claim.kind === "phrase" ? `«${claim.text}»` : undefined });

    if (claim.kind === "opening") {
      const paragraph = paragraphs[claim.paragraph! - 1];
      if (paragraph === undefined) fail(`paragraph ${claim.paragraph} is not in the article, which has ${paragraphs.length}`);
      else if (!paragraph.startsWith(text)) {
        const actual = paragraph.split(" ").slice(0, Math.max(3, text.split(" ").length)).join(" ");
        fail(`opening «${text}» is not how §${claim.paragraph} begins: it begins «${actual}»`);
      }
      continue;
    }

    if (byline !== undefined && claim.kind === "phrase" && text === normalizeSpace(byline)) continue;
    const cited = (claim.cite ?? all).filter((n) => n >= 1 && n <= paragraphs.length);
    const inCited = cited.some((n) => paragraphs[n - 1]!.includes(text));
    const what = claim.kind === "acronym" ? "acronym" : claim.kind === "phrase" ? "phrase" : "quotation";
    const expected = claim.cite ? `${sections(claim.cite)}, cited here` : "the article";

    if (!inCited) {
      const elsewhere = all.filter((n) => !cited.includes(n) && paragraphs[n - 1]!.includes(text));
      if (elsewhere.length > 0) {
        fail(`${what} «${text}» is not in ${expected}, but in ${sections(elsewhere)}: cite the paragraph it is in`);
      } else if (claim.kind === "acronym") {
        fail(`acronym «${text}» is not in ${expected}: if it comes from outside the article, say so in outside.acronym with what it rests on`);
      } else if (claim.kind === "phrase") {
        fail(`phrase «${text}» is not verbatim in ${expected}: quote the article exactly, or, if these are not its words, write “…” instead of «…»`);
      } else {
        fail(`quotation «${text}» is not verbatim in ${expected}: copy the article's words exactly`);
      }
      continue;
    }
    if (claim.kind === "quotation" || claim.kind === "phrase") {
      const words = text.split(" ").length;
      if (words > MAX_QUOTE_WORDS) {
        fail(`${what} «${text}» has ${words} words; the limit is ${MAX_QUOTE_WORDS}: quote a key phrase, not a sentence`);
      }
    }
  }
  return failures;
}
