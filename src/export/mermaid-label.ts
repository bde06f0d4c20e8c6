/**
 * Characters Mermaid or the HTML it renders labels into give a meaning, as Mermaid entity codes.
 * `"` ends a quoted label, `#…;` is an entity code, `%%` starts a comment or an `%%{init}%%`
 * directive, a backtick after `"` starts a Markdown label, `*`, `_` and `~` are Markdown where a
 * renderer reads labels as Markdown (GitHub does), `$$` starts KaTeX, `<`, `>` and `&` are HTML
 * in labels, and brackets, `|`, `;` and `>` (`-->`) build shapes, edges and statements.
 * Source: Mermaid's flowchart syntax doc page ("Entity codes to escape characters") and the
 * flowchart grammar (packages/mermaid/src/diagrams/flowchart/parser/flow.jison).
 */
const ENTITY_CODES: Readonly<Record<string, string>> = {
  '"': '#quot;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '#': '#35;',
  $: '#36;',
  '%': '#37;',
  '`': '#96;',
  '(': '#40;',
  ')': '#41;',
  '*': '#42;',
  ';': '#59;',
  '[': '#91;',
  '\\': '#92;',
  ']': '#93;',
  _: '#95;',
  '{': '#123;',
  '|': '#124;',
  '}': '#125;',
  '~': '#126;',
}

/**
 * Text as the inside of a double-quoted Mermaid label (`n1["…"]`) that always reads as the
 * literal text: line breaks, tabs and other control characters become spaces, runs of white space
 * one space, edges trimmed, and every character in `ENTITY_CODES` its entity code (`"` →
 * `#quot;`, `<` → `#lt;`, `#` → `#35;`…), so no text can end the label, start a comment,
 * directive, edge or Markdown label, or add HTML such as `<script>`.
 */
export function escapeMermaidLabel(text: string): string {
  const oneLine = text
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return Array.from(oneLine, (character) => ENTITY_CODES[character] ?? character).join('')
}
