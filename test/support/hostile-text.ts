/** Text that tries to become markup: for the injection tests, in-process and in a whole build. */
import type { CheerioAPI } from "cheerio";
import fc from "fast-check";

export const HOSTILE_STRINGS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "\"'><svg onload=alert(1)>",
  "</title><script>alert(1)</script>",
  "&lt;b&gt; &amp; &#x3C;",
  "{{ 7*7 }} {% raw %}",
  "\u202Eحقل معكوس\u202C",
  "[رابط](javascript:alert(1))",
  "[data](data:text/html;base64,PHNjcmlwdD4=)",
  '<a href="vbscript:x">v</a>',
  "x\u2066HMC\u2069y",
  "{onclick=alert(1)}",
  "</script><script>alert(1)</script>",
  "\u2028\u2029",
];

/** A hostile string or a random one of any characters: names, say. */
export const hostileShort = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }));

/** The same, or a long line of `repeats` copies of a few characters. */
export function hostileText(repeats: number): fc.Arbitrary<string> {
  return fc.oneof(hostileShort, fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 5 }).map((s) => s.repeat(repeats)));
}

/** What Markdown may legitimately add: its own elements, with these attributes. */
export const MARKDOWN_TAGS = new Set(["p", "em", "strong", "s", "code", "pre", "a", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "br", "img", "table", "thead", "tbody", "tr", "th", "td"]);
export const MARKDOWN_ATTRIBUTES = new Set(["href", "src", "alt", "title", "start", "style", "id", "class"]);

export interface Structure {
  tags: Set<string>;
  attributes: Set<string>;
  /** The schemes of every href and src: javascript, data, … */
  schemes: Set<string>;
}

/** The elements, attributes and link schemes of a parsed document or fragment. */
export function structure($: CheerioAPI): Structure {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  const schemes = new Set<string>();
  $("*").each((_, element) => {
    if (element.type !== "tag") return;
    tags.add(element.name);
    for (const [name, value] of Object.entries(element.attribs)) {
      attributes.add(name);
      if (name === "href" || name === "src") {
        const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value);
        if (scheme) schemes.add(scheme[1]!.toLowerCase());
      }
    }
  });
  return { tags, attributes, schemes };
}
