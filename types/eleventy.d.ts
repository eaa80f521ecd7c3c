/** The part of Eleventy's API this project uses; Eleventy 3.1 ships no TypeScript types. */
declare module "@11ty/eleventy" {
  export interface Directories {
    input: string;
    output: string;
    includes: string;
    layouts?: string;
    data: string;
  }

  export interface BuildEventArguments {
    directories: Directories;
    runMode: "build" | "watch" | "serve";
  }

  export interface UserConfig {
    /** The path prefix the site is built for: what the config returns, or Eleventy's `--pathprefix`; set when plugins run. */
    readonly pathPrefix?: string;
    addPlugin(plugin: (config: UserConfig) => void | Promise<void>): void;
    addPlugin<Options>(plugin: (config: UserConfig, options: Options) => void | Promise<void>, options: Options): void;
    addGlobalData(name: string, value: unknown): void;
    addDataExtension(extensions: string, parser: (contents: string, filePath: string) => unknown): void;
    /** Templates of these file extensions, read as those of the language `key` names ("11ty.js"). */
    addExtension(extensions: string[], options: { key: string }): void;
    addFilter(name: string, filter: (...args: any[]) => unknown): void;
    addNunjucksGlobal(name: string, value: unknown): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addWatchTarget(path: string, options?: { resetConfig?: boolean }): void;
    setLibrary(name: "md", library: unknown): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    addNunjucksGlobal(name: string, value: unknown): void;
    setChokidarConfig(options: Record<string, unknown>): void;
    on(event: "eleventy.before" | "eleventy.after", handler: (args: BuildEventArguments) => void | Promise<void>): void;
    /** Under --watch and --serve, before a rebuild, with the files whose change set it off. */
    on(event: "eleventy.beforeWatch", handler: (changedFiles: string[]) => void | Promise<void>): void;
    /** Once the templates are read and their URLs known, before any page renders. */
    on(event: "eleventy.contentMap", handler: (args: { inputPathToUrl: Record<string, string[]>; urlToInputPath: Record<string, unknown> }) => void): void;
    /** Runs on every page's output after it renders. */
    addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: string) => string | Promise<string>): void;
    /** Eleventy's timings of its filters, shortcodes and plugins ("Configuration") and of its own steps. */
    readonly benchmarkManager: { get(group: "Configuration" | "Aggregate"): { setIsVerbose(verbose: boolean): void } };
  }

  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    source?: "cli" | "script";
    runMode?: "build" | "watch" | "serve";
    config?: (config: UserConfig) => void;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<[unknown[], { inputPath: string; outputPath: string | false; url: string | false }[]]>;
  }
}

declare module "markdown-it-attrs" {
  import type { PluginWithOptions } from "markdown-it";
  const markdownItAttrs: PluginWithOptions<{
    leftDelimiter?: string;
    rightDelimiter?: string;
    allowedAttributes?: (string | RegExp)[];
  }>;
  export default markdownItAttrs;
}
