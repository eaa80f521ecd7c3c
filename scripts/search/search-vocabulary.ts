/**
 * The vocabulary the search page fetches when a query finds nothing as typed: the forms of the index's
 * words that a typo may be matched against, and every name, for "did you mean". Made from the same
 * records Pagefind indexes, with the same rules (search-match.ts), so that what is corrected to is there.
 * It is a separate file, fetched only when needed: a search that finds what was typed never loads it.
 */
import { words } from "../text/arabic.ts";
import { fuzzyForms, type VocabularyData } from "./search-match.ts";
import { recordFields, recordNames, type SearchRecord } from "./search-records.ts";

/** Its file name, beside Pagefind's index (pagefind/). */
export const VOCABULARY_FILE = "vocabulary.json";

export class VocabularyBuilder {
  readonly #forms = new Set<string>();
  /** Each name, with the position of the first record that has it. */
  readonly #names = new Map<string, number>();
  /** Words whose forms are in already: most of a record's words are in earlier records too. */
  readonly #seen = new Set<string>();

  /**
   * Adds a record's words and names. `position` is the record's place among all the records: the names
   * are listed in that order, whatever order the records are added in (the index's parts take them in turn).
   */
  add(record: Pick<SearchRecord, "content" | "filters">, position: number): void {
    for (const word of words(record.content)) {
      if (this.#seen.has(word)) continue;
      this.#seen.add(word);
      for (const form of fuzzyForms(word)) this.#forms.add(form);
    }
    for (const name of recordNames(recordFields(record.filters))) {
      const first = this.#names.get(name);
      if (first === undefined || position < first) this.#names.set(name, position);
    }
  }

  data(): VocabularyData {
    // Sorted, so that the same data gives the same file.
    const names = [...this.#names].sort(([, a], [, b]) => a - b).map(([name]) => name);
    return { forms: [...this.#forms].sort().join(" "), names };
  }

  json(): string {
    return JSON.stringify(this.data());
  }
}
