import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { count, interfaceText } from "../../../scripts/render/interface-text.ts";

const text = interfaceText();

/** Every `ui.group.key` a template or include reads, in Nunjucks or in TypeScript (the shell, components and pages in site/_includes). */
function templateReferences(dir = "site"): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...templateReferences(path));
    else if (entry.name.endsWith(".njk") || entry.name.endsWith(".ts")) found.push(...[...readFileSync(path, "utf8").matchAll(/\bui\.(\w+)\.(\w+)/g)].map((m) => `${m[1]}.${m[2]}`));
  }
  return found;
}

describe("interface text (site/_data/ui.yaml)", () => {
  it("counts with every noun's forms", () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => count(n, "item", text))).toEqual(["0 مادة", "مادة واحدة", "مادتان", "3 مواد", "11 مادة", "100 مادة"]);
    expect([1, 2, 8, 29].map((n) => count(n, "term", text))).toEqual(["مصطلح واحد", "مصطلحان", "8 مصطلحات", "29 مصطلحًا"]);
    expect(() => count(3, "unicorn", text)).toThrow(/no noun "unicorn"/);
  });

  it("has every string the templates read", () => {
    const references = templateReferences();
    // The shell's words, read by the TypeScript page shell only: the TypeScript templates are read too.
    expect(references).toContain("common.skip_link");
    const missing = references.filter((ref) => {
      const [group, key] = ref.split(".") as [string, string];
      return typeof (text as Record<string, Record<string, unknown> | undefined>)[group]?.[key] !== "string" && group !== "nouns";
    });
    expect(missing).toEqual([]);
  });
});
