/**
 * What the search index holds for each entity: its own text (not the lists of
 * related pages around it), as the reader sees it and as it is matched.
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

export function searchRecords(model: FactSheet, md: MarkdownIt): SearchRecord[] {
  return model.entities.map((entity) => {
    const names = entity.names.join(" ");
    const text = ownText(entity, md).filter(Boolean).join(" ");
    return {
      url: entity.url,
      content: [names, names, names, text].map(indexText).join(" "),
      language: "ar",
      meta: { title: entity.name, text: `${entity.names.slice(1).join("، ")}${entity.names.length > 1 ? ". " : ""}${text}`, names: entity.names.join("\n") },
      filters: { type: [entity.typeLabel] },
    };
  });
}
