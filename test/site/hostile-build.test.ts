/**
 * One build of hostile but valid data: every output format (HTML, JSON-LD,
 * JSON, CSV, XML, SVG, JS) is scanned for requests to other hosts, event
 * handlers, `javascript:` links and control characters. Then a data file is
 * swapped for a named pipe: the build is refused at once and the site it
 * built stays byte for byte as it was.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { extname, join, relative } from "node:path";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureWith } from "../support/data-fixture.ts";
import { runBuild, type BuildResult } from "../support/run-build.ts";
import { listFiles } from "../support/site-files.ts";
import { temporaryFolder } from "../support/temporary.ts";

const SITE_URL = "https://example.org/glossary";
const EVIL = "evil.example";
const TEXT_FILES = new Set([".html", ".json", ".csv", ".xml", ".svg", ".js", ".mjs", ".txt", ".css", ".webmanifest"]);
/** Control characters other than tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Attributes whose value is a URL a browser follows or loads. */
const URL_ATTRIBUTES = ["href", "src", "srcset", "action", "formaction", "poster", "data", "xlink:href", "style"];
/** JSON-LD keys whose values are URLs. */
const URL_KEYS = new Set(["url", "@id", "urlTemplate", "item", "sameAs", "image", "logo", "contentUrl", "$id"]);

function* urlValues(value: unknown): Generator<string> {
  if (Array.isArray(value)) for (const item of value) yield* urlValues(item);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (URL_KEYS.has(key) && typeof child === "string") yield child;
      else yield* urlValues(child);
    }
  }
}

const hostileData = () =>
  fixtureWith({
    "site.yaml": (text) => text.replace("url: https://example.org", `url: ${SITE_URL}/`),
    "terms.yaml": (text) =>
      text
        .replace("  name: التهديد", `  name: "التهديد <img src=https://${EVIL}/x onerror=alert(1)>"`)
        .replace("  aliases: [اللجنة العسكرية المشتركة]", `  aliases: ['=HYPERLINK("https://${EVIL}","x")', "+1"]`)
        .replace("  english: Higher Military Commission", '  english: "@SUM(1)"')
        .replace(
          "    تبدأ **اللجنة** عملها بحسب الوزير (HMC).",
          [
            "    تبدأ **اللجنة** عملها بحسب الوزير (HMC).",
            "",
            `    [رابط](javascript:alert(1)) و[آخر](JaVaScRiPt&#58;alert(1)) و[ثالث](data:text/html,x)`,
            "",
            "    <script>alert(1)</script> <a href=\"//evil.example\">x</a>",
            "",
            "    فقرة {onclick=alert(1) style=background:url(//evil.example)}",
            "",
            "    \u2067نص معزول\u2069 و\tجدولة",
          ].join("\n"),
        ),
    "actors.yaml": (text) => text.replace(/^(  role: .*)$/m, `$1 </script><script>alert(1)</script>`),
  });

describe("a hostile but valid build, then a refused one", { timeout: 10_000 }, () => {
  let output: string;
  let built: BuildResult;

  beforeAll(async () => {
    output = join(temporaryFolder("hostile"), "site");
    built = await runBuild({ output, dataDir: hostileData() });
  }, 240_000);

  const textFiles = () => listFiles(output).filter((file) => TEXT_FILES.has(extname(file)));
  /** Pagefind's own scripts are shipped as Pagefind writes them; everything else is made from the data. */
  const madeFromData = () => textFiles().filter((file) => !/^pagefind\/pagefind[\w-]*\.js$/.test(relative(output, file)));

  it("builds", () => {
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
  });

  it("writes no control character into any text output", () => {
    for (const file of madeFromData()) expect(CONTROL.exec(readFileSync(file, "utf8")), relative(output, file)).toBeNull();
  });

  it("writes no event handler, javascript: link or link to another host into HTML and SVG", () => {
    const files = textFiles().filter((file) => /\.(html|svg)$/.test(file));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const $ = cheerio.load(readFileSync(file, "utf8"), { xml: file.endsWith(".svg") });
      $("*").each((_, element) => {
        for (const [name, value] of Object.entries((element as { attribs?: Record<string, string> }).attribs ?? {})) {
          const where = `${relative(output, file)} <${(element as { name: string }).name} ${name}="${value}">`;
          expect(name, where).not.toMatch(/^on/i);
          const isUrl = URL_ATTRIBUTES.includes(name) || (name === "content" && /^\s*(?:https?:)?\/\//.test(value));
          if (!isUrl) continue;
          expect(value, where).not.toMatch(/javascript:|data:text|vbscript:/i);
          expect(value, where).not.toContain(EVIL);
          for (const url of value.match(/(?:https?:)?\/\/[^\s"')]+/g) ?? []) {
            expect(url.startsWith(`${SITE_URL}/`) || url.startsWith("http://www.w3.org/"), where).toBe(true);
          }
        }
      });
    }
  });

  it("joins the site's url with one slash in canonical links, JSON-LD, the sitemap and robots.txt", () => {
    const all = textFiles().map((file) => readFileSync(file, "utf8")).join("\n");
    expect(all).toContain(`${SITE_URL}/`);
    expect(all).not.toContain(`${SITE_URL}//`);
    const sitemap = readFileSync(join(output, "sitemap.xml"), "utf8");
    for (const [, loc] of sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)) expect(loc!.startsWith(`${SITE_URL}/`), loc).toBe(true);
  });

  it("puts only the site's own URLs in JSON-LD, and no other host in JSON, CSV or JS", () => {
    for (const file of textFiles()) {
      const text = readFileSync(file, "utf8");
      const name = relative(output, file);
      if (file.endsWith(".html")) {
        const $ = cheerio.load(text);
        $('script[type="application/ld+json"]').each((_, script) => {
          for (const url of urlValues(JSON.parse($(script).text()))) expect(url.startsWith(`${SITE_URL}/`), `${name}: ${url}`).toBe(true);
        });
      }
      if (file.endsWith(".json")) {
        for (const url of urlValues(JSON.parse(text))) expect(url === SITE_URL || url.startsWith(`${SITE_URL}/`) || url.startsWith("/"), `${name}: ${url}`).toBe(true);
      }
      if (/\.(js|mjs|css)$/.test(file)) expect(text, name).not.toContain(EVIL);
    }
  });

  it("neutralises every CSV cell a spreadsheet would run", () => {
    const csv = readFileSync(join(output, "data/terms.csv"), "utf8");
    expect(csv).toContain(`,"'=HYPERLINK(""https://${EVIL}"",""x"") | +1",'@SUM(1),`);
    for (const file of textFiles().filter((f) => f.endsWith(".csv"))) {
      expect(readFileSync(file, "utf8"), relative(output, file)).not.toMatch(/(?:^|,)"?[=+\-@\t\r]/m);
    }
  });

  it("refuses a named pipe and leaves the site it built byte for byte", { timeout: 120_000 }, async () => {
    const hashes = () => listFiles(output).map((file) => [relative(output, file), createHash("sha256").update(readFileSync(file)).digest("hex")]);
    const before = hashes();
    const dataDir = hostileData();
    rmSync(join(dataDir, "notes.yaml"));
    execFileSync("mkfifo", [join(dataDir, "notes.yaml")]);

    const result = await runBuild({ output, dataDir });

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `The fact sheet data has 1 problem:\n  ${join(dataDir, "notes.yaml")}:1:1: file is a named pipe (FIFO), not a plain file: replace it with the YAML file itself\n\nBuild failed; the previous site was left as it was.\n`,
    );
    expect(hashes()).toEqual(before);
  });
});
