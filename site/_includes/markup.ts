/**
 * What the TypeScript markup (the page shell, the components, the entity pages)
 * is written with: the context it reads besides the model, and the two ways a
 * value reaches a page. Every text goes through the one escaping module
 * (scripts/text/escape.ts) or, where Latin runs are isolated, scripts/text/bidi.ts;
 * every URL of the site through the one URL helper (scripts/render/site-url.ts).
 */
import type { InterfaceText } from "../../scripts/render/interface-text.ts";
import { sitePath } from "../../scripts/render/site-url.ts";
import { escapeTemplateValue } from "../../scripts/text/escape.ts";

/** What any piece of markup reads besides the model: the base path its URLs go under and the interface's words. */
export interface MarkupContext {
  /** "/" or "/factsheet/" (plugins/site-url.ts). */
  base: string;
  /** site/_data/ui.yaml. */
  ui: Readonly<InterfaceText>;
}

/** A page's context: also its URL, and its prose rendered with that page's mentions linked (plugins/markdown.ts). */
export interface PageContext extends MarkupContext {
  url: string;
  /** A line of prose: plain text, escaped, mentions linked (the `prose` filter). */
  prose(text: string): string;
  /** A Markdown body (the `markdown` filter). */
  markdown(text: string): string;
}

/** A value (text, a number, an attribute's value) as a template writes it: escaped. */
export const value = escapeTemplateValue;

/** A path of the site written from its root ("/terms/hmc/"), under the base path and escaped, for href and src. */
export function url(path: string, context: MarkupContext): string {
  return escapeTemplateValue(sitePath(path, context.base));
}
