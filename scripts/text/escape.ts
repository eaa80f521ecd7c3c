/**
 * Escaping text for markup, in one place: HTML text and attribute values (the
 * same four characters markdown-it escapes, so text escaped here and text the
 * Markdown renderer escapes are alike), and XML for the map's SVG.
 */
const REPLACEMENTS: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text (or a double-quoted attribute value) for HTML: & < > " escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => REPLACEMENTS[c]!);
}

/** Text for XML (and HTML): the five special characters escaped, and the control characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[&<>"']/g, (c) => REPLACEMENTS[c]!);
}
