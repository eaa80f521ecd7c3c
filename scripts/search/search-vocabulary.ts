/**
 * The vocabulary the search page fetches when a query finds nothing as typed: the forms of the index's
 * words that a typo may be matched against, and every name, for "did you mean". Made from the same
 * records Pagefind indexes, with the same rules (search-match.ts), so that what is corrected to is there.
 * It is a separate file, fetched only when needed: a search that finds what was typed never loads it.
 */
import { words } from "../text/arabic.ts";
import { fuzzyForms, type VocabularyData } from "./search-match.ts";
import { recordNames, type SearchRecord } from "./search-records.ts";

/** Its file name, beside Pagefind's index (pagefind/). */
export const VOCABULARY_FILE = "vocabulary.json";

export class VocabularyBuilder {
  readonly #forms = new Set<string>();
  readonly #names = new Set<string>();
  /** Words whose forms are in already: most of a record's words are in earlier records too. */
  readonly #seen = new Set<string>();

  add(record: Pick<SearchRecord, "content" | "meta">): void {
    for (const word of words(record.content)) {
      if (this.#seen.has(word)) continue;
      this.#seen.add(word);
      for (const form of fuzzyForms(word)) this.#forms.add(form);
    }
    for (const name of recordNames(record.meta)) this.#names.add(name);
  }

  data(): VocabularyData {
    // Sorted, so that the same data gives the same file.
    return { forms: [...this.#forms].sort().join(" "), names: [...this.#names] };
  }

  json(): string {
    return JSON.stringify(this.data());
  }
}
