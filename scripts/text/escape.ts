/**
 * Escaping text for markup, in one place: HTML text and attribute values (the
 * same four characters markdown-it escapes, so text escaped here and text the
 * Markdown renderer escapes are alike), a value a template writes (as
 * Nunjucks's autoescaping writes it), and XML for the map's SVG.
 */
const REPLACEMENTS: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\\": "&#92;" };

/** Text (or a double-quoted attribute value) for HTML: & < > " escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => REPLACEMENTS[c]!);
}

/**
 * A value a template writes into a page, text or attribute: & < > " ' and the backslash escaped, the six characters
 * Nunjucks's autoescaping escapes, so that the TypeScript templates and the Nunjucks ones write the same bytes.
 */
export function escapeTemplateValue(value: string | number): string {
  return String(value).replace(/[&<>"'\\]/g, (c) => REPLACEMENTS[c]!);
}

/** Text for XML (and HTML): the five special characters escaped, and the control characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[&<>"']/g, (c) => REPLACEMENTS[c]!);
}
