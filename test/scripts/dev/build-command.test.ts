import { describe, expect, it } from "vitest";
import { buildNodeArguments, nodeArguments } from "../../../scripts/dev/build-command.ts";

describe("npm run build's command", () => {
  it("reads the Node options and the script of a package script", () => {
    expect(nodeArguments("node --max-semi-space-size=2 scripts/build.ts")).toEqual(["--max-semi-space-size=2", "scripts/build.ts"]);
    expect(nodeArguments("  node   scripts/build.ts ")).toEqual(["scripts/build.ts"]);
  });

  it("refuses a script that does not run Node on a file", () => {
    expect(() => nodeArguments("tsx scripts/build.ts")).toThrow(/node \[options\] file/);
    expect(() => nodeArguments("node")).toThrow(/node \[options\] file/);
  });

  it("runs scripts/build.ts with V8's young generation kept small, as package.json says", () => {
    const args = buildNodeArguments();
    expect(args.at(-1)).toBe("scripts/build.ts");
    expect(args).toContain("--max-semi-space-size=2");
  });
});
