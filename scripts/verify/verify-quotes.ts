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
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { dataDirectory, loadFactSheet } from "../data/load-factsheet.ts";
import { loadYamlFile } from "../data/load-yaml.ts";
import { FactSheetError, formatProblem, type DataProblem } from "../data/problems.ts";
import { FILE_SCHEMAS, type FileName } from "../data/schema.ts";
import { splitArticle } from "./article.ts";
import { checkClaims } from "./check-claims.ts";
import { locateText } from "./locate-text.ts";
import { collectClaims } from "./quotations.ts";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function main(): void {
  let values: { source?: string };
  try {
    ({ values } = parseArgs({ options: { source: { type: "string" } }, strict: true }));
  } catch (error) {
    fail(`${(error as Error).message}\nUsage: npm run verify -- --source path/to/article.txt`);
  }
  if (!values.source) fail("Usage: npm run verify -- --source path/to/article.txt (the article the data cites, as plain text)");

  let article: string;
  try {
    article = readFileSync(values.source, "utf8");
  } catch {
    fail(`${values.source}: cannot read the article: give --source the path of a plain text file`);
  }

  const dir = dataDirectory();
  let data;
  try {
    data = loadFactSheet(dir).data;
  } catch (error) {
    if (error instanceof FactSheetError) fail(error.message);
    throw error;
  }

  const { paragraphs, excluded } = splitArticle(article, data.site.source.byline);
  const problems: DataProblem[] = [];
  const display = (path: string) => {
    const rel = relative(process.cwd(), path);
    return rel.startsWith("..") ? path : rel;
  };
  if (paragraphs.length !== data.source.length) {
    problems.push({
      file: display(values.source),
      line: 1,
      column: 1,
      path: "",
      message: `the article has ${paragraphs.length} paragraphs (blank-line separated, numbered lists joined to the paragraph before, the byline «${data.site.source.byline}» and what follows left out), but source.yaml lists ${data.source.length}`,
    });
  }

  let claimCount = 0;
  for (const name of Object.keys(FILE_SCHEMAS) as FileName[]) {
    const path = join(dir, name);
    const loaded = loadYamlFile(path, display(path));
    if (!loaded.ok) fail(loaded.problems.map(formatProblem).join("\n"));
    const claims = collectClaims(name, loaded.yaml.value);
    claimCount += claims.length;
    const text = readFileSync(path, "utf8");
    for (const failure of checkClaims(claims, paragraphs, data.site.source.byline)) {
      const at = loaded.yaml.locate(failure.claim.path);
      problems.push({ file: loaded.yaml.file, ...locateText(text, at, failure.needle), path: "", message: failure.message });
    }
  }

  if (problems.length > 0) {
    const error = new FactSheetError(problems);
    fail(error.message.replace(/^The fact sheet data has/, "The quotations have"));
  }
  process.stdout.write(
    `All ${claimCount} quotations, «…» phrases, openings and acronyms in ${display(dir)} are the article's words, in the paragraphs they cite ` +
      `(${paragraphs.length} paragraphs of ${display(values.source)}${excluded.length ? `; left out: ${excluded.map((e) => `«${e}»`).join(", ")}` : ""}).\n`,
  );
}

main();
