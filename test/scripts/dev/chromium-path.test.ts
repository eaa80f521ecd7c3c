import { describe, expect, it } from "vitest";
import { chromePath, FULL_CHROMIUM_PATH, HEADLESS_SHELL_PATH } from "../../../scripts/dev/chromium.ts";

/** A file system holding only `paths`. */
const holding = (...paths: string[]) => (path: string) => paths.includes(path);

describe("the Chromium the tests and tools drive", () => {
  it("is CHROME_PATH when it is set and there", () => {
    expect(chromePath({ CHROME_PATH: "/opt/chrome/chrome" }, {}, holding("/opt/chrome/chrome", HEADLESS_SHELL_PATH))).toBe("/opt/chrome/chrome");
  });

  it("says so when CHROME_PATH names nothing, rather than use another browser", () => {
    expect(() => chromePath({ CHROME_PATH: "/nowhere/chrome" }, {}, holding(HEADLESS_SHELL_PATH))).toThrow(/No Chromium at \/nowhere\/chrome \(from CHROME_PATH\)/);
  });

  it("is Debian's headless shell where it is installed, else Debian's whole Chromium", () => {
    expect(chromePath({}, {}, holding(HEADLESS_SHELL_PATH, FULL_CHROMIUM_PATH))).toBe(HEADLESS_SHELL_PATH);
    expect(chromePath({}, {}, holding(FULL_CHROMIUM_PATH))).toBe(FULL_CHROMIUM_PATH);
  });

  it("is the whole browser for Lighthouse, even where the headless shell is installed", () => {
    expect(chromePath({}, { wholeBrowser: true }, holding(HEADLESS_SHELL_PATH, FULL_CHROMIUM_PATH))).toBe(FULL_CHROMIUM_PATH);
    expect(() => chromePath({}, { wholeBrowser: true }, holding(HEADLESS_SHELL_PATH))).toThrow(/apt-get install chromium`/);
  });

  it("names the package to install when there is none", () => {
    expect(() => chromePath({}, {}, holding())).toThrow(
      `No Chromium at ${HEADLESS_SHELL_PATH} or ${FULL_CHROMIUM_PATH}. Install Debian's with \`apt-get install chromium-headless-shell\``,
    );
  });
});
