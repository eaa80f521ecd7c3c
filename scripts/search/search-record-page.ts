/**
 * A search record as the page Pagefind reads: its metadata and filter in attributes, its content as the
 * page's one paragraph. Pagefind reads a folder of such pages on every core, where records sent as
 * messages are indexed one at a time; at 100,000 entities that also halves the CPU it takes to write its
 * index (plugins/pagefind-index.ts).
 */
import { escapeHtml } from "../text/escape.ts";
import type { SearchRecord } from "./search-records.ts";

/** An empty element whose attribute Pagefind takes `key`'s value from. */
function field(kind: "meta" | "filter", key: string, value: string): string {
  return `<i data-pagefind-${kind}="${key}[data-value]" data-value="${escapeHtml(value)}"></i>`;
}

export function recordPage({ content, meta, filters }: SearchRecord): string {
  const fields = [
    ...Object.entries(meta).map(([key, value]) => field("meta", key, value)),
    ...Object.entries(filters).flatMap(([key, values]) => values.map((value) => field("filter", key, value))),
  ];
  return `<!doctype html><html lang="ar"><body data-pagefind-body>${fields.join("")}<p>${escapeHtml(content)}</p></body></html>`;
}
