/** What the search query suites expect: a query, the page it must find, and whether first. */
import { entityUrl } from "../../scripts/data/link.ts";

export interface SearchCase {
  query: string;
  /** The page that must be among the first three results. */
  expect: string;
  /** Whether it must be the very first (the query is one of its names). */
  first?: boolean;
}

export const term = (id: string) => entityUrl("term", id);
export const actor = (id: string) => entityUrl("actor", id);
export const agreement = (id: string) => entityUrl("agreement", id);
export const event = (id: string) => entityUrl("event", id);

/** Search as readers type it on data/: every spelling of a name finds its page, exact names first. */
export const SEARCH_CASES: SearchCase[] = [
  // Names, and the spellings of hamza, yaa and taa marbuta readers type.
  { query: "أوستن", expect: actor("lloyd-austin"), first: true },
  { query: "اوستن", expect: actor("lloyd-austin"), first: true },
  { query: "لويد اوستن", expect: actor("lloyd-austin"), first: true },
  { query: "اللجنة العسكرية العليا", expect: agreement("higher-military-commission"), first: true },
  { query: "اللجنه العسكريه العليا", expect: agreement("higher-military-commission"), first: true },
  { query: "اللجنة العسكرية المشتركة", expect: agreement("higher-military-commission"), first: true },
  { query: "اتفاقية الإطار الاستراتيجي", expect: agreement("strategic-framework-agreement"), first: true },
  { query: "اتفاقيه الاطار الاستراتيجى", expect: agreement("strategic-framework-agreement"), first: true },
  { query: "الاطار الاستراتيجي", expect: agreement("strategic-framework-agreement") },
  { query: "شراكه امنيه ثنائيه دائمه", expect: term("enduring-bilateral-security-partnership"), first: true },
  { query: "الجدول الزمني", expect: term("timetable"), first: true },
  { query: "الخفض التدريجى", expect: term("gradual-reduction"), first: true },
  { query: "السياده العراقيه", expect: term("iraqi-sovereignty"), first: true },
  { query: "الولايه القضائيه", expect: term("primary-jurisdiction") },
  { query: "قوات الاحتلال", expect: term("occupation-forces"), first: true },
  { query: "وزارة الخارجية العراقية", expect: actor("iraqi-ministry-of-foreign-affairs"), first: true },
  { query: "قوات الامن العراقيه", expect: actor("iraqi-security-forces"), first: true },
  // An error of the source is no entry: it leads to the note that explains it.
  { query: "مؤسسة حمد الطبية", expect: "/source/#note-hamad-medical-corporation-error", first: true },
  { query: "نوري المالكي", expect: actor("nouri-al-maliki"), first: true },
  { query: "التحالف الدولى", expect: actor("international-coalition"), first: true },
  // Diacritics and tatweel.
  { query: "الْعِرَاق", expect: actor("iraq"), first: true },
  { query: "العـــراق", expect: actor("iraq"), first: true },
  { query: "عمليّة العزم الصّلب", expect: agreement("operation-inherent-resolve"), first: true },
  // Attached prefixes: و، ف، ب، ل، ك and the article.
  { query: "العراق", expect: actor("iraq"), first: true },
  { query: "والعراق", expect: actor("iraq") },
  { query: "بالعراق", expect: actor("iraq") },
  { query: "لداعش", expect: actor("isis") },
  { query: "وداعش", expect: actor("isis") },
  { query: "المالكي", expect: actor("nouri-al-maliki") },
  { query: "العزم الصلب", expect: agreement("operation-inherent-resolve") },
  // Plural and other forms the stemmer joins.
  { query: "مستشارو التحالف", expect: term("coalition-advisers"), first: true },
  { query: "مستشارين", expect: term("coalition-advisers") },
  { query: "مستشاري", expect: term("coalition-advisers") },
  // Digits, Arabic-Indic or Latin.
  { query: "2008", expect: event("sfa-signing") },
  { query: "٢٠٠٨", expect: event("sfa-signing") },
  // Latin names and acronyms in any case.
  { query: "HMC", expect: agreement("higher-military-commission") },
  { query: "hmc", expect: agreement("higher-military-commission") },
  { query: "ISIS", expect: actor("isis"), first: true },
  { query: "isis", expect: actor("isis"), first: true },
  { query: "D-ISIS", expect: agreement("d-isis-campaign"), first: true },
  { query: "d-isis", expect: agreement("d-isis-campaign"), first: true },
  { query: "SFA", expect: agreement("strategic-framework-agreement"), first: true },
  { query: "CJTF-OIR", expect: actor("cjtf-oir"), first: true },
  { query: "Lloyd Austin", expect: actor("lloyd-austin"), first: true },
  { query: "strategic framework agreement", expect: agreement("strategic-framework-agreement"), first: true },
  { query: "Iraq", expect: actor("iraq"), first: true },
  // Other names lead to the same entry.
  { query: "داعش", expect: actor("isis"), first: true },
  { query: "تنظيم الدولة الإسلامية في العراق وسوريا", expect: actor("isis"), first: true },
  { query: "سوريا", expect: actor("syria"), first: true },
  { query: "واشنطن", expect: term("washington-dc") },
];

/** Queries for what data/ does not contain: no result, and a message saying so. */
export const SEARCH_MISSES = ["كرة القدم", "xyz", "اوسطنxyz", "بيتزا"];
