/**
 * Which characters a string of the data may hold. Checked once, when the data
 * is validated, so nothing later (pages, CSV, the search index) meets them.
 *
 * - Nowhere: a lone surrogate (half of a character, not text) or a control
 *   character (U+0000–U+001F, U+007F–U+009F), except tab and newline in
 *   Markdown bodies.
 * - In names, ids and every other short field: the bidi embedding, override
 *   and isolate controls (U+202A–U+202E, U+2066–U+2069), which can make a
 *   name display reversed; the site sets the direction of each run itself.
 */
import type { z } from "zod";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_IN_MARKDOWN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

function codePoint(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** What is wrong with the characters of `value`, or undefined when nothing is. */
export function characterProblem(value: string, kind: "short" | "markdown"): string | undefined {
  const checks: [RegExp, string][] = [
    [LONE_SURROGATE, "a lone surrogate, half of a character and not text: write the whole character or remove it"],
    [
      kind === "markdown" ? CONTROL_IN_MARKDOWN : CONTROL,
      kind === "markdown"
        ? "a control character: remove it (only tab and newline are allowed in a body)"
        : "a control character: remove it (a short field is one line of text)",
    ],
  ];
  if (kind === "short") {
    checks.push([BIDI_CONTROL, "a bidi control, which can make the text display reversed: remove it (the site sets directions itself)"]);
  }
  // Surrounding whitespace (a newline at the end) has its own message, from the schema.
  const lead = value.length - value.trimStart().length;
  const inner = value.trim();
  for (const [pattern, what] of checks) {
    const match = pattern.exec(inner);
    if (match) return `character ${[...value.slice(0, lead + match.index)].length + 1} is ${codePoint(match[0])}, ${what}`;
  }
  return undefined;
}

/** A Zod check that adds the character problem of a string, if any. */
export function allowedCharacters(kind: "short" | "markdown") {
  return (value: string, ctx: z.core.$RefinementCtx<string>): void => {
    const problem = characterProblem(value, kind);
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
  };
}
