/**
 * `npm run verify -- --source path/to/article.txt`: checks that every
 * quotation in the data is the article's words, verbatim, in a paragraph the
 * entry cites; that every «…» phrase in prose is too; that quotations are
 * short; that every paragraph's `opening` is how it begins; and that every
 * acronym is the article's or marked as outside knowledge. Lists every
 * failure by file, line and column and exits 1.
 *
 *   npm run verify -- --source article.txt               data/
 *   DATA_DIR=other npm run verify -- --source article.txt
 */
import { parseArgs } from "node:util";
import { dataDirectory } from "../data/load-factsheet.ts";
import { FactSheetError } from "../data/problems.ts";
import { verifyQuotations } from "./verify.ts";

const USAGE = "Usage: npm run verify -- --source path/to/article.txt (the article the data cites, as plain text)";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let source: string | undefined;
try {
  source = parseArgs({ options: { source: { type: "string" } }, strict: true }).values.source;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (!source) fail(USAGE);

try {
  const result = verifyQuotations(dataDirectory(), source);
  if (!result.ok) fail(result.report);
  process.stdout.write(`${result.summary}\n`);
} catch (error) {
  if (error instanceof FactSheetError) fail(error.message);
  throw error;
}
