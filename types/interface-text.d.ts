/** The interface text as the browser scripts import it, bundled by plugins/client-scripts.ts from YAML. */
declare module "*/_data/ui.yaml" {
  type InterfaceText = import("../scripts/render/interface-text.ts").InterfaceText;
  export const nouns: InterfaceText["nouns"];
  export const search: InterfaceText["search"];
  export const glossary_filter: InterfaceText["glossary_filter"];
}
