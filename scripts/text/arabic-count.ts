/**
 * Arabic number agreement: the noun after a number takes the form the number
 * calls for (مادة واحدة، مادتان، 3 مواد، 11 مادة، 100 مادة), by the categories
 * of Intl.PluralRules("ar"). Counts are written in Latin digits, as the rest of
 * the site writes numbers. It has no imports, so the browser scripts bundle it
 * as it is.
 */

/** Intl.PluralRules("ar")'s categories: 0; 1; 2; 3–10; 11–99; 100–102 and the like, each modulo 100. */
export type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";

/** A noun's forms after a number (the interface text, site/_data/ui.yaml, lists them per noun). */
export interface NounForms {
  /** One, written out: "مادة واحدة", "مصطلح واحد". */
  one: string;
  /** The dual, which is the count by itself: "مادتان". */
  two: string;
  /** After 3–10 (and 103–110, …): the plural, "3 مواد". */
  few: string;
  /** After 11–99 (and 111–199, …): the singular as tamyiz, "11 مادة", "11 مصطلحًا". */
  many: string;
  /** After 100–102, 200, 1000, …: the singular in the genitive, "100 مادة", "100 مصطلح". */
  other: string;
  /** Zero as a phrase of its own ("لا نتائج"); without it, zero reads "0" and the `other` form. */
  zero?: string;
}

const rules = new Intl.PluralRules("ar");

/** Which of the noun's forms a count takes. */
export function pluralCategory(count: number): PluralCategory {
  return rules.select(count) as PluralCategory;
}

/** The count with its noun in agreement: countNoun(3, مادة) is "3 مواد", countNoun(2, مادة) "مادتان". */
export function countNoun(count: number, forms: NounForms): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`a count is a whole number of 0 or more, not ${count}`);
  const category = pluralCategory(count);
  switch (category) {
    case "one":
      return forms.one;
    case "two":
      return forms.two;
    case "zero":
      return forms.zero ?? `${count} ${forms.other}`;
    default:
      return `${count} ${forms[category]}`;
  }
}

/** Puts values into a message's {placeholders}: fillIn("يظهر {shown} من {total}", …). A placeholder with no value stays as written. */
export function fillIn(message: string, values: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
