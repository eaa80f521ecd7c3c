import type { UserConfig } from "@11ty/eleventy";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { frozenDataPlugin } from "../../plugins/frozen-data.ts";

function jsonParser(): (contents: string, filePath: string) => unknown {
  const parsers = new Map<string, (contents: string, filePath: string) => unknown>();
  frozenDataPlugin({ addDataExtension: (extensions: string, parser: (contents: string, filePath: string) => unknown) => parsers.set(extensions, parser) } as unknown as UserConfig);
  return parsers.get("json")!;
}

describe("frozen data", () => {
  it("reads the site's JSON data files as they are, frozen all the way down", () => {
    const path = "site/_data/security.json";
    const security = jsonParser()(readFileSync(path, "utf8"), path) as { contentSecurityPolicy: Record<string, string[]> };
    expect(security).toEqual(JSON.parse(readFileSync(path, "utf8")));
    expect(Object.isFrozen(security)).toBe(true);
    expect(Object.isFrozen(security.contentSecurityPolicy)).toBe(true);
    expect(Object.isFrozen(Object.values(security.contentSecurityPolicy)[0])).toBe(true);
  });

  it("lets JSON errors through to Eleventy, which names the file", () => {
    expect(() => jsonParser()("{ not json", "site/_data/broken.json")).toThrow(SyntaxError);
  });
});
