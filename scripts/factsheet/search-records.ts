/**
 * What the search index holds for each entity: its own text (not the lists of
 * related pages around it), as the reader sees it and as it is matched.
 *
 * Two steps: the build gathers each entity's text from the model (searchSources),
 * and the search index's worker thread turns it into the record Pagefind
 * indexes (searchRecord), off the thread that renders the pages.
 */
import type { MarkdownIt } from "markdown-it";
import type { Entity, FactSheet } from "./link.ts";
import { indexText } from "./search-match.ts";

export interface SearchRecord {
  url: string;
  /** What Pagefind indexes: the matching forms of the words, names counted thrice to weigh them. */
  content: string;
  language: "ar";
  meta: { title: string; text: string; names: string };
  filters: { type: string[] };
}

/** Plain text of Markdown: the words a reader sees, without markup. */
export function markdownText(md: MarkdownIt, source: string): string {
  const parts: string[] = [];
  for (const token of md.parse(source, {})) {
    for (const child of token.children ?? []) {
      if (child.type === "text" || child.type === "code_inline") parts.push(child.content);
      else if (child.type === "softbreak" || child.type === "hardbreak") parts.push(" ");
    }
    if (token.type.endsWith("_close")) parts.push(" ");
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}

function ownText(entity: Entity, md: MarkdownIt): string[] {
  switch (entity.type) {
    case "term":
      return [entity.definition, markdownText(md, entity.body), ...entity.quotes.map((q) => q.text)];
    case "actor":
      return [entity.kindLabel, entity.role, ...entity.statements.flatMap((s) => [s.text, s.quote ?? ""])];
    case "agreement":
      return [entity.kindLabel, entity.summary, entity.date?.label ?? "", ...entity.provides, entity.status, ...entity.quotes.map((q) => q.text)];
    case "event":
      return [entity.date.label, entity.date.wording ?? "", entity.summary];
  }
}

/** An entity's searchable text, plain: structured-cloneable, to be sent to a worker thread. */
export interface SearchSource {
  url: string;
  names: string[];
  /** Its own text, as the reader sees it. */
  text: string;
  typeLabel: string;
}

export function searchSources(model: FactSheet, md: MarkdownIt): SearchSource[] {
  return model.entities.map((entity) => ({
    url: entity.url,
    names: [...entity.names],
    text: ownText(entity, md).filter(Boolean).join(" "),
    typeLabel: entity.typeLabel,
  }));
}

export function searchRecord({ url, names, text, typeLabel }: SearchSource): SearchRecord {
  const allNames = names.join(" ");
  return {
    url,
    content: [allNames, allNames, allNames, text].map(indexText).join(" "),
    language: "ar",
    meta: { title: names[0]!, text: `${names.slice(1).join("، ")}${names.length > 1 ? ". " : ""}${text}`, names: names.join("\n") },
    filters: { type: [typeLabel] },
  };
}
