/**
 * The site's one font, self-hosted, declared here once: the files the build
 * copies (plugins/assets.ts), the @font-face rules at the top of site.css
 * (site/assets/css/site.css.njk), and the files the pages preload (the page
 * shell, site/_includes/shell/page-shell.ts).
 */
import { deepFreeze } from "../data/deep-freeze.ts";

export const FONT_FAMILY = "Noto Naskh Arabic";
/** Where the package @fontsource/noto-naskh-arabic keeps its files. */
export const FONT_SOURCE = "node_modules/@fontsource/noto-naskh-arabic/files";

const ARABIC =
  "U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC";
const LATIN =
  "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD";

export interface FontFile {
  /** The file's name, in FONT_SOURCE and in the site's /assets/fonts/. */
  file: string;
  /** Its URL in the site. */
  url: string;
  weight: 400 | 700;
  unicodeRange: string;
  /** Whether pages preload it: the Arabic text in both weights and Latin in the regular one are on every page. */
  preload: boolean;
}

function font(subset: "arabic" | "latin", weight: 400 | 700, unicodeRange: string, preload: boolean): FontFile {
  const file = `noto-naskh-arabic-${subset}-${weight}-normal.woff2`;
  return { file, url: `/assets/fonts/${file}`, weight, unicodeRange, preload };
}

export const FONTS: readonly Readonly<FontFile>[] = deepFreeze([
  font("arabic", 400, ARABIC, true),
  font("arabic", 700, ARABIC, true),
  font("latin", 400, LATIN, true),
  font("latin", 700, LATIN, false),
]);

/**
 * The @font-face rules for FONTS, for site.css. Shown only if ready in time ("optional"), so text never reflows
 * when it arrives. The files are named relative to the stylesheet (/assets/css/ → /assets/fonts/), so they load
 * under any base path the site is served from.
 */
export function fontFaceCss(fonts: readonly FontFile[] = FONTS): string {
  return fonts
    .map((f) =>
      [
        "@font-face {",
        `  font-family: "${FONT_FAMILY}";`,
        "  font-style: normal;",
        "  font-display: optional;",
        `  font-weight: ${f.weight};`,
        `  src: url("../fonts/${f.file}") format("woff2");`,
        `  unicode-range: ${f.unicodeRange};`,
        "}",
        "",
      ].join("\n"),
    )
    .join("");
}
