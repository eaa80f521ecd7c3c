/**
 * The search page: runs the query in the URL (?q=…&type=…) with Pagefind,
 * updates results as the reader types, and keeps the URL in step so that back,
 * forward and shared links work. Queries are put in the same matching forms as
 * the index (scripts/search/search-match.ts); Pagefind's candidates that do
 * not really contain every word are dropped, and a page whose name is the query
 * comes first.
 */
import { compileQuery, excerpt, isExactName, searchQuery, textMatches, type CompiledQuery } from "../../../scripts/search/search-match.ts";
import { recordText, type RecordMeta } from "../../../scripts/search/search-records.ts";

interface PagefindResultData {
  url: string;
  content: string;
  meta: RecordMeta;
  filters: Record<string, string[]>;
}

interface Candidate {
  data: PagefindResultData;
  /** The entity's other names and text, as the reader sees them. */
  text: string;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;
/** Pagefind's candidates checked against the query; more than a page of results, since some are dropped. */
const CANDIDATES = 24;
const form = document.querySelector<HTMLFormElement>("[data-search-form]")!;
const input = document.querySelector<HTMLInputElement>("[data-search-input]")!;
const filter = document.querySelector<HTMLFieldSetElement>("[data-search-filter]")!;
const status = document.querySelector<HTMLElement>("[data-search-status]")!;
const list = document.querySelector<HTMLOListElement>("[data-search-results]")!;

let pagefind: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= import(new URL("/pagefind/pagefind.js", location.href).href).then(async (api: PagefindApi) => {
    await api.options({ excerptLength: 24 });
    return api;
  });
  return pagefind;
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
    status.textContent = "";
    return;
  }
  const api = await loadPagefind();
  const type = selectedType();
  const compiled = compileQuery(query);
  const search = await api.search(searchQuery(query), type ? { filters: { type } } : {});
  if (current !== generation || search === null) return;
  const found = await Promise.all(search.results.slice(0, CANDIDATES).map((result) => result.data()));
  if (current !== generation) return;
  const candidates: Candidate[] = found.map((data) => ({ data, text: recordText(data) }));
  const matches = candidates.filter(({ data, text }) => textMatches(`${data.meta.names} ${text}`, compiled));
  const exact = matches.filter(({ data }) => isExactName(data.meta.names.split("\n"), compiled));
  const ranked = [...exact, ...matches.filter((data) => !exact.includes(data))];
  render(query, compiled, ranked);
}

function render(query: string, compiled: CompiledQuery, results: Candidate[]): void {
  const total = results.length;
  list.replaceChildren(...results.slice(0, MAX_RESULTS).map((result) => renderResult(result, compiled)));
  if (total === 0) {
    status.replaceChildren(
      `لا نتائج لـ«${query}». جرّب كلمة أخرى أو تصفّح `,
      Object.assign(document.createElement("a"), { href: "/terms/", textContent: "قائمة المصطلحات" }),
      ".",
    );
  } else {
    status.textContent = total === 1 ? "نتيجة واحدة" : total === 2 ? "نتيجتان" : `${total} نتيجة${total > MAX_RESULTS ? `، تُعرض أول ${MAX_RESULTS}` : ""}`;
  }
}

function renderResult({ data: result, text }: Candidate, compiled: CompiledQuery): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const type = document.createElement("span");
  type.className = "search-result__type";
  type.textContent = result.filters.type?.[0] ?? "";
  const heading = document.createElement("h2");
  const link = Object.assign(document.createElement("a"), { href: result.url, textContent: result.meta.title });
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

filter.hidden = false;
readUrl();
void run();
