/**
 * Markdown bodies reach nowhere: images are refused (and rendered as their
 * alt text should one get through), ids from `{#id}` may not collide with the
 * layout's ids or each other, and a hostile body renders in well under a second.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { LoadedYaml } from "../../../scripts/data/load-yaml.ts";
import { checkMarkdownBodies } from "../../../scripts/data/markdown-bodies.ts";
import { LAYOUT_IDS, isReservedId } from "../../../scripts/data/reserved-ids.ts";
import type { FactSheetData } from "../../../scripts/data/schema.ts";
import { createMarkdown } from "../../../plugins/markdown-setup.ts";
import { refusal, type Edits } from "../../support/data-fixture.ts";

const SITE = fileURLToPath(new URL("../../../site", import.meta.url));
const NOTE_BODY = "  body: يسمي المصدر اللجنة بأسماء عدة.";
const withNoteBody = (body: string): Edits => ({ "notes.yaml": (text) => text.replace(NOTE_BODY, `  body: |\n${body.replace(/^/gm, "    ")}`) });


const IMAGE = "bodies show no images, so that no page loads anything from elsewhere; remove it";

describe("images in bodies", { timeout: 5_000 }, () => {
  it.each([
    ["![شعار](https://evil.example/x.png)", "https://evil.example/x.png"],
    ["![](//evil.example/x.png)", "//evil.example/x.png"],
    ["![شعار][logo]\n\n[logo]: https://evil.example/x.png", "https://evil.example/x.png"],
    ["![](/assets/own.png)", "/assets/own.png"],
  ])("refuses %j", (body, src) => {
    expect(refusal(withNoteBody(`نص\n\n${body}`))).toEqual([`notes.yaml:4:9: [0].body: line 3 of the body: an image (![…](${src})): ${IMAGE}`]);
  });

  it("renders an image that was not validated as its alt text only", () => {
    expect(createMarkdown().render("![<b>شعار</b>](https://evil.example/x.png)")).toBe("<p>&lt;b&gt;شعار&lt;/b&gt;</p>\n");
  });
});

describe("ids set by bodies", { timeout: 5_000 }, () => {
  it("refuses an id the layout uses", () => {
    expect(refusal(withNoteBody("## عنوان {#main}"))).toEqual([
      "notes.yaml:4:9: [0].body: line 1 of the body: {#main} sets an id the page already uses (the layout's or an entry's): choose another id",
    ]);
  });

  it("refuses ids the pages make from data: an entity's id, a paragraph's, a heading's", () => {
    expect(refusal(withNoteBody("أ {#commission}\n\nب {#p2}\n\nج {#related-heading}"))).toEqual([
      "notes.yaml:4:9: [0].body: line 1 of the body: {#commission} sets an id the page already uses (the layout's or an entry's): choose another id",
      "notes.yaml:4:9: [0].body: line 3 of the body: {#p2} sets an id the page already uses (the layout's or an entry's): choose another id",
      "notes.yaml:4:9: [0].body: line 5 of the body: {#related-heading} sets an id the page already uses (the layout's or an entry's): choose another id",
    ]);
  });

  it("refuses the same id set by two bodies", () => {
    const edits: Edits = {
      ...withNoteBody("أ {#own-anchor}"),
      "terms.yaml": (text) => text.replace("  body: نص.\n  cite: [2]", "  body: نص {#own-anchor}\n  cite: [2]"),
    };
    expect(refusal(edits)).toEqual([
      "notes.yaml:4:9: [0].body: line 1 of the body: {#own-anchor} sets an id another body already sets (terms.yaml:18:9): ids must be unique",
    ]);
  });

  it("knows every id the templates write", () => {
    const templates = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? templates(path) : name.endsWith(".njk") ? [path] : [];
      });
    const ids = new Set(templates(SITE).flatMap((path) => [...readFileSync(path, "utf8").matchAll(/\bid="([^"]*)"/g)].map((m) => m[1]!)));
    const dynamic = { "{{ entity.id }}": "commission", "{{ event.id }}": "meeting", "{{ group.anchor }}": "letter-3", "{{ group.anchor }}-heading": "letter-3-heading", "{{ note.anchor }}": "note-names", "{{ p.anchor }}": "p12" };
    for (const id of ids) {
      const example = id.includes("{{") ? dynamic[id as keyof typeof dynamic] : id;
      expect(example, `a template writes id="${id}": add it to scripts/data/reserved-ids.ts`).toBeDefined();
      expect(isReservedId(example!, new Set(["commission", "meeting"])), id).toBe(true);
    }
    expect(LAYOUT_IDS.has("main")).toBe(true);
  });
});

describe("where a body is", () => {
  // Placing a value re-reads its whole file with positions: at 10,000 entities, seconds and hundreds of MB.
  it("is looked up only for a body with a problem", () => {
    const located: unknown[] = [];
    const file = (name: string): LoadedYaml => ({
      file: name,
      value: [],
      locate: () => ({ line: 7, column: 3 }),
      place: (path) => (located.push(path), { file: name, line: 7, column: 3, path: path.join(".") }),
    });
    const data = {
      terms: [{ id: "a", body: "نص {#own-anchor}" }, { id: "b", body: "نص عادي" }],
      notes: [{ id: "c", body: "نص {#own-anchor}" }],
    } as unknown as Partial<FactSheetData>;
    const problems = checkMarkdownBodies({ "terms.yaml": file("terms.yaml"), "notes.yaml": file("notes.yaml") }, data);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      "notes.yaml:7:3: line 1 of the body: {#own-anchor} sets an id another body already sets (terms.yaml:7:3): ids must be unique",
    ]);
    expect(located).toEqual([[0, "body"], [0, "body"]]);
  });
});

// Timings belong in the bench; the 5 s limit here only catches a render that runs away (about 0.3 s each).
describe("hostile bodies render without running away", { timeout: 5_000 }, () => {
  it.each([
    ["20,000 [ mid-line", `نص ${"[".repeat(20_000)}`],
    ["20,000 [ at the start", "[".repeat(20_000)],
    ["20,000 ![", "![".repeat(10_000)],
  ])("renders %s as text", (_name, body) => {
    const md = createMarkdown();
    expect(md.render(body, {})).toContain(body.slice(-100));
  });
});
