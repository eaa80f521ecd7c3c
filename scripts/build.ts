/**
 * `npm run build`: validates the data, builds the site and its search index
 * into a fresh folder, and only then puts it in place of the previous output,
 * so a failed build leaves the last good site untouched.
 *
 *   npm run build                         data/ → _site/
 *   DATA_DIR=other npm run build          other/ → _site/
 *   npm run build -- --output=public      data/ → public/
 *   npm run build -- --base=/factsheet/   a site to be served under /factsheet/ (also FACTSHEET_BASE)
 *   npm run build -- --low-memory         the search index written before pages render (also FACTSHEET_LOW_MEMORY=1)
 *   npm run build -- --help               every option and environment variable (scripts/build-arguments.ts)
 */
import { enableCompileCache } from "node:module";
import { fileURLToPath } from "node:url";

// Node keeps the compiled code of the build's modules (Eleventy's and ours, TypeScript stripped) from one
// build to the next, where it would compile them all again: a quarter of a small build's CPU. Workers the
// build starts read the same cache. Where the folder cannot be written, the build runs as it would without.
const cache = fileURLToPath(new URL("../node_modules/.cache/node-compile-cache", import.meta.url));
process.env.NODE_COMPILE_CACHE ??= cache;
enableCompileCache(process.env.NODE_COMPILE_CACHE);

await import("./build-site.ts");
