/**
 * The interface's own words (site/_data/ui.yaml): loaded and checked once,
 * frozen, and handed to the templates as `ui`; the browser scripts import the
 * same file, bundled (plugins/client-scripts.ts).
 */
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { deepFreeze } from "../data/deep-freeze.ts";
import { countNoun, fillIn, type NounForms } from "../text/arabic-count.ts";

export const INTERFACE_TEXT_FILE = fileURLToPath(new URL("../../site/_data/ui.yaml", import.meta.url));

const message = z.string().min(1);
const nounForms = z.strictObject({ one: message, two: message, few: message, many: message, other: message, zero: message.optional() });

/**
 * A group of messages of which the code (the browser scripts, the TypeScript markup in site/_includes) reads
 * these keys: each is checked here, so that one missing is an error of the file, not of a page; the
 * Nunjucks pages may read any other.
 */
function messages<const Key extends string>(...keys: Key[]) {
  return z.looseObject(Object.fromEntries(keys.map((key) => [key, message])) as Record<Key, typeof message>);
}

/** The nouns the code counts; templates may count any noun the file lists. */
const NOUNS = ["item", "term", "actor", "agreement", "event", "paragraph", "note", "result", "relation", "node", "entry"] as const;
export type NounName = (typeof NOUNS)[number];

export const interfaceTextSchema = z
  .object({
    nouns: z.record(z.string(), nounForms).refine((nouns) => NOUNS.every((noun) => noun in nouns), {
      message: `list the forms of every noun: ${NOUNS.join(", ")}`,
    }),
    search: z.strictObject({
      found: message,
      found_some_shown: message,
      none_before_link: message,
      none_link: message,
      none_after_link: message,
      found_corrected: message,
      suggest_before: message,
      suggest_between: message,
      suggest_after: message,
      unavailable: message,
    }),
    glossary_filter: z.strictObject({ showing: message, none: message }),
    terms: z.looseObject({ filter_label: message }),
    common: messages(
      "skip_link",
      "nav_label",
      "home",
      "breadcrumbs_label",
      "search_label",
      "search_placeholder",
      "search_button",
      "timeline",
      "map",
      "source",
      "citations_label",
      "paragraph",
      "derived_date",
      "other_names",
      "english",
      "acronym",
      "related",
      "mentioned_in",
      "notes",
      "cited_paragraphs",
      "quotes",
      "source_errors",
      "source_error",
    ),
    footer: messages("sourced", "source_link", "outside_link", "source_kind", "byline"),
    actors: messages("statements"),
    agreements: messages("date", "no_date", "parties", "status", "provides"),
    // `stated` and `derived`: a date's basis, as the event page names it.
    events: messages("date_basis", "stated", "derived", "derivation", "actors"),
    map: z.looseObject({
      title: message,
      reading_order: message,
      legend_party: message,
      legend_participant: message,
      legend_concerns: message,
      legend_term: message,
    }),
  })
  .catchall(z.record(z.string(), message));

export type InterfaceText = z.infer<typeof interfaceTextSchema> & { nouns: Record<NounName, NounForms> };

let loaded: { modified: number; text: Readonly<InterfaceText> } | undefined;

/** The interface text, read and checked once per edit of the file. Throws, naming the file and the field, when it is malformed. */
export function interfaceText(): Readonly<InterfaceText> {
  const modified = statSync(INTERFACE_TEXT_FILE).mtimeMs;
  if (loaded?.modified === modified) return loaded.text;
  const result = interfaceTextSchema.safeParse(parse(readFileSync(INTERFACE_TEXT_FILE, "utf8")));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(file)"}: ${issue.message}`);
    throw new Error(`${INTERFACE_TEXT_FILE} is not valid interface text:\n${problems.join("\n")}`);
  }
  loaded = { modified, text: deepFreeze(result.data as InterfaceText) };
  return loaded.text;
}

/** A count with the named noun in agreement: count(3, "item") is "3 مواد". */
export function count(value: number, noun: string, text: Readonly<InterfaceText> = interfaceText()): string {
  const forms = text.nouns[noun];
  if (!forms) throw new Error(`no noun "${noun}" in ${INTERFACE_TEXT_FILE}: add its forms under nouns`);
  return countNoun(value, forms);
}

export { fillIn };
