/**
 * What in the data claims to be the article's own words, found by walking
 * every file: the quotation fields (a quote's `text`, `quote`, a date's
 * `wording`, an alias, a source error's `wording`), every «…» phrase in
 * prose, each paragraph's `opening`, and acronyms, which must be the
 * article's or be marked as outside knowledge. Each comes with the
 * paragraphs it must be found in: those cited by the nearest `cite` around it.
 */
import type { FileName } from "../data/schema.ts";

export type ClaimKind = "quotation" | "phrase" | "opening" | "acronym";

export interface Claim {
  kind: ClaimKind;
  /** The words claimed to be the article's (without the «» around a phrase). */
  text: string;
  /** Where it is in the file's data, as load-yaml locates it. */
  path: PropertyKey[];
  /** The paragraphs it must be in; undefined where nothing is cited: anywhere in the article. */
  cite?: readonly number[];
  /** For an opening: the paragraph it opens. */
  paragraph?: number;
}

/** «…» around the article's own words. Nested guillemets are not used in the data. */
const PHRASE = /«([^«»]+)»/gu;

/** Fields whose whole value is a verbatim quotation, by the key that holds it. */
function isQuotationField(path: readonly PropertyKey[]): boolean {
  const key = path.at(-1);
  const parent = path.at(-2);
  const grandparent = path.at(-3);
  if (key === "quote" || key === "wording") return true;
  if (key === "text" && grandparent === "quotes") return true;
  if (typeof key === "number" && parent === "aliases") return true;
  return false;
}

export function collectClaims(file: FileName, value: unknown): Claim[] {
  const claims: Claim[] = [];
  const walk = (node: unknown, path: PropertyKey[], cite: readonly number[] | undefined): void => {
    if (typeof node === "string") {
      if (isQuotationField(path)) claims.push({ kind: "quotation", text: node, path, cite });
      else for (const match of node.matchAll(PHRASE)) claims.push({ kind: "phrase", text: match[1]!, path, cite });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...path, index], cite));
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const own = Array.isArray(record.cite) && record.cite.every((n) => typeof n === "number") ? (record.cite as number[]) : cite;
    if (file === "source.yaml" && typeof record.paragraph === "number") {
      if (typeof record.opening === "string") {
        claims.push({ kind: "opening", text: record.opening, path: [...path, "opening"], paragraph: record.paragraph });
      }
      const paragraph = [record.paragraph];
      for (const [key, child] of Object.entries(record)) if (key !== "opening") walk(child, [...path, key], paragraph);
      return;
    }
    const outside = record.outside as Record<string, unknown> | undefined;
    // An entry's acronym (an entry has an id; `outside.acronym` is the basis of one, not an acronym).
    if (typeof record.id === "string" && typeof record.acronym === "string" && typeof outside?.acronym !== "string") {
      claims.push({ kind: "acronym", text: record.acronym, path: [...path, "acronym"], cite: own });
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === "cite" || key === "acronym") continue;
      walk(child, [...path, key], own);
    }
  };
  walk(value, [], undefined);
  return claims;
}
