/**
 * The search page: runs the query in the URL (?q=…&type=…) with Pagefind,
 * updates results as the reader types, and keeps the URL in step so that back,
 * forward and shared links work. Queries are put in the same matching forms as
 * the index (scripts/search/search-match.ts); Pagefind's candidates that do
 * not really contain every word are dropped, and a page whose name is the query
 * comes first, then pages whose own words match, then those matched only by
 * search-only words (outside names, synonyms).
 *
 * A large fact sheet's index is in parts (scripts/search/search-index-parts.ts): the first is loaded, the
 * others merged into it, and every search runs on all of them, their results ranked together.
 *
 * When nothing matches as typed, the vocabulary (pagefind/vocabulary.json) is
 * fetched, once: the query's unknown words are corrected to the nearest indexed
 * words and searched again, and the nearest names are offered ("هل تقصد").
 */
import {
  compileQuery,
  correctQuery,
  excerpt,
  isExactName,
  searchQuery,
  textMatches,
  textMatchesExactly,
  Vocabulary,
  type CompiledQuery,
  type VocabularyData,
} from "../../../scripts/search/search-match.ts";
import { recordFields, recordNames, recordSearchOnlyNames, recordSynonyms, recordText } from "../../../scripts/search/search-records.ts";
import { sitePath } from "../../../scripts/render/site-url.ts";
import { searchIndexPartPath } from "../../../scripts/search/search-index-parts.ts";
import { countNoun, fillIn } from "../../../scripts/text/arabic-count.ts";
import { nouns, search as text } from "../../_data/ui.yaml";

interface PagefindResultData {
  content: string;
  /** The record's URL as it was given: its page's path from the site's root. */
  raw_url: string;
  meta: { title: string };
  filters: Record<string, string[]>;
}

interface Candidate {
  data: PagefindResultData;
  /** The entity's other names and text, as the reader sees them. */
  text: string;
  /** The query it was found by: the typed one, or a correction of it. */
  compiled: CompiledQuery;
  /** Whether the query is one of its names. */
  exactName: boolean;
  /** Whether every word of the query is one of its words as typed, not only by the stemmer's allowance. */
  exactWords: boolean;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

/** The base path the site is served under: this script is at {base}assets/js/search.js. */
const BASE = new URL("../../", import.meta.url).pathname;
const MAX_RESULTS = 20;
/** Pagefind's candidates checked against the query; more than a page of results, since some are dropped. */
const CANDIDATES = 24;
/** The most batches of candidates read for one query from an index in parts. */
const MAX_CANDIDATE_BATCHES = 4;
const form = document.querySelector<HTMLFormElement>("[data-search-form]")!;
const input = document.querySelector<HTMLInputElement>("[data-search-input]")!;
const filter = document.querySelector<HTMLFieldSetElement>("[data-search-filter]")!;
const status = document.querySelector<HTMLElement>("[data-search-status]")!;
const list = document.querySelector<HTMLOListElement>("[data-search-results]")!;
const suggestions = document.querySelector<HTMLElement>("[data-search-suggestions]")!;
/** How many parts the index is in (scripts/search/search-index-parts.ts). */
const INDEX_PARTS = Math.max(1, Number(form.dataset.searchIndexParts) || 1);

let pagefind: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  const indexUrl = (part: number) => new URL(sitePath(searchIndexPartPath(part), BASE), location.href).href;
  pagefind ??= import(`${indexUrl(0)}pagefind.js`).then(async (api: PagefindApi) => {
    // Each record's page is its `raw_url`, a path from the site's root as the build gave it (sitePath puts it under the base path).
    await api.options({ excerptLength: 24 });
    // Its WebAssembly and page list now, rather than at the first search.
    await api.init();
    await Promise.all(Array.from({ length: INDEX_PARTS - 1 }, (_, i) => api.mergeIndex(indexUrl(i + 1))));
    return api;
  });
  // A failed load (the network) may be tried again by the next search.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

let vocabulary: Promise<Vocabulary> | undefined;
function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetch(new URL(sitePath("/pagefind/vocabulary.json", BASE), location.href))
    .then((response) => {
      if (!response.ok) throw new Error(`vocabulary: HTTP ${response.status}`);
      return response.json() as Promise<VocabularyData>;
    })
    .then((data) => new Vocabulary(data));
  // A failed fetch may be tried again by the next search.
  vocabulary.catch(() => (vocabulary = undefined));
  return vocabulary;
}

function selectedType(): string {
  return filter.querySelector<HTMLInputElement>("input:checked")?.value ?? "";
}

function readUrl(): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  const type = params.get("type") ?? "";
  for (const radio of filter.querySelectorAll<HTMLInputElement>("input")) radio.checked = radio.value === type;
}

function writeUrl(mode: "push" | "replace"): void {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set("q", input.value.trim());
  if (selectedType()) params.set("type", selectedType());
  const url = `${location.pathname}${params.size ? `?${params}` : ""}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === "push") history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

let generation = 0;
async function run(): Promise<void> {
  const query = input.value.trim();
  const current = ++generation;
  if (query === "") {
    list.replaceChildren();
    suggestions.replaceChildren();
    status.textContent = "";
    return;
  }
  let api: PagefindApi;
  try {
    api = await loadPagefind();
  } catch {
    // Tried again at the next search (loadPagefind).
    if (current === generation) {
      list.replaceChildren();
      suggestions.replaceChildren();
      status.textContent = text.unavailable;
    }
    return;
  }
  const type = selectedType();
  const typed = await find(api, query, type);
  if (current !== generation || typed === undefined) return;
  // A page named so, or whose words are the query's as typed: no need of the vocabulary.
  if (typed.some((candidate) => candidate.exactName || candidate.exactWords)) {
    render(query, typed, []);
    return;
  }
  const words = await loadVocabulary().catch(() => undefined);
  if (current !== generation) return;
  if (!words) {
    render(query, typed, []);
    return;
  }
  performance.mark("search-fuzzy-start");
  const corrections = correctQuery(query, words);
  const nearest = words.closestNames(query);
  performance.measure("search-fuzzy-match", "search-fuzzy-start");
  // The nearest correction that finds something: most often the first, so one search more.
  let corrected: Candidate[] = [];
  for (const correction of corrections) {
    corrected = (await find(api, correction.query, type)) ?? [];
    if (current !== generation) return;
    if (corrected.length > 0) break;
  }
  // What the query found as typed (by the stemmer's allowance only) after what its correction found; each page once.
  const seen = new Set<string>();
  const ranked = [...corrected, ...typed].filter(({ data }) => !seen.has(data.raw_url) && Boolean(seen.add(data.raw_url)));
  performance.measure("search-fuzzy", "search-fuzzy-start");
  render(query, ranked, nearest, corrected.length > 0);
}

/**
 * Pagefind's candidates for a query that really match it: pages named so first (search-only names
 * included), then pages whose own words match, then those matched by search-only names and synonyms of
 * their names, then by synonyms of their text.
 */
async function find(api: PagefindApi, query: string, type: string): Promise<Candidate[] | undefined> {
  const compiled = compileQuery(query);
  const search = await api.search(searchQuery(query), type ? { filters: { type } } : {});
  if (search === null) return undefined;
  const tiers: Candidate[][] = [[], [], [], []];
  let matched = 0;
  // A part of the index that lacks a word of the query is searched by Pagefind for the nearest word it has:
  // its pages may rank above the pages of another part that have the word. In parts, while too few
  // candidates match, the next are read, up to a batch for each part (MAX_CANDIDATE_BATCHES at most).
  const batches = Math.min(INDEX_PARTS, MAX_CANDIDATE_BATCHES);
  for (let batch = 0; batch < batches && batch * CANDIDATES < search.results.length && matched < MAX_RESULTS; batch += 1) {
    const from = batch * CANDIDATES;
    const found = await Promise.all(search.results.slice(from, from + CANDIDATES).map((result) => result.data()));
    matched += sortIntoTiers(found, compiled, tiers);
  }
  return tiers.flat();
}

/** Puts each candidate that really matches the query into its tier; tells how many did. */
function sortIntoTiers(found: PagefindResultData[], compiled: CompiledQuery, tiers: Candidate[][]): number {
  let matched = 0;
  for (const data of found) {
    const fields = recordFields(data.filters);
    const text = recordText(data.content, fields);
    const own = `${fields.names.join(" ")} ${text}`;
    const names = `${own} ${recordSearchOnlyNames(fields)}`;
    const candidate: Candidate = { data, text, compiled, exactName: isExactName(recordNames(fields), compiled), exactWords: false };
    if (candidate.exactName) tiers[0]!.push(candidate);
    else if (textMatches(own, compiled)) tiers[1]!.push(candidate);
    else if (textMatches(names, compiled)) tiers[2]!.push(candidate);
    else if (textMatches(`${names} ${recordSynonyms(fields)}`, compiled)) tiers[3]!.push(candidate);
    else continue;
    candidate.exactWords = textMatchesExactly(`${names} ${recordSynonyms(fields)}`, compiled);
    matched += 1;
  }
  return matched;
}

function render(query: string, results: Candidate[], nearest: string[], corrected = false): void {
  const total = results.length;
  list.replaceChildren(...results.slice(0, MAX_RESULTS).map((result) => renderResult(result)));
  renderSuggestions(nearest);
  if (total === 0) {
    status.replaceChildren(
      fillIn(text.none_before_link, { query }),
      Object.assign(document.createElement("a"), { href: sitePath("/terms/", BASE), textContent: text.none_link }),
      text.none_after_link,
    );
  } else {
    const results = countNoun(total, nouns.result);
    const count = total > MAX_RESULTS ? fillIn(text.found_some_shown, { results, shown: MAX_RESULTS }) : fillIn(text.found, { results });
    status.textContent = corrected ? fillIn(text.found_corrected, { query, count }) : count;
  }
}

/** "هل تقصد …؟": the nearest names, each a link that searches for it. */
function renderSuggestions(names: string[]): void {
  if (names.length === 0) {
    suggestions.replaceChildren();
    return;
  }
  const links = names.map((name) => {
    const params = new URLSearchParams({ q: name });
    if (selectedType()) params.set("type", selectedType());
    const link = Object.assign(document.createElement("a"), { href: `${location.pathname}?${params}`, textContent: name });
    link.addEventListener("click", (event) => {
      event.preventDefault();
      input.value = name;
      writeUrl("push");
      void run();
    });
    return link;
  });
  suggestions.replaceChildren(text.suggest_before, ...links.flatMap((link, i) => (i === 0 ? [link] : [text.suggest_between, link])), text.suggest_after);
}

function renderResult({ data: result, text, compiled }: Candidate): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const type = document.createElement("span");
  type.className = "search-result__type";
  type.textContent = result.filters.type?.[0] ?? "";
  const heading = document.createElement("h2");
  const link = Object.assign(document.createElement("a"), { href: sitePath(result.raw_url, BASE), textContent: result.meta.title });
  heading.append(link);
  const passage = document.createElement("p");
  passage.append(
    ...excerpt(text, compiled).map((piece) =>
      piece.mark ? Object.assign(document.createElement("mark"), { textContent: piece.text }) : document.createTextNode(piece.text),
    ),
  );
  item.append(type, heading, passage);
  return item;
}

let timer: number | undefined;
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = window.setTimeout(() => {
    writeUrl("replace");
    void run();
  }, 150);
});
filter.addEventListener("change", () => {
  writeUrl("push");
  void run();
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  writeUrl("push");
  void run();
});
window.addEventListener("popstate", () => {
  readUrl();
  void run();
});

// Pagefind's script, WebAssembly and every part's entry and page list are loaded once the reader is in the
// search box, while the first word is typed rather than after it: on a large fact sheet they are most of
// a first search (a few hundred kB at 10,000 entries).
input.addEventListener("focus", () => void loadPagefind().catch(() => undefined), { once: true });

filter.hidden = false;
readUrl();
void run();
