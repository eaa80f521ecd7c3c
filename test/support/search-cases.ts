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
