/**
 * Characters a terminal may act on instead of showing: C0 controls but the line feed, DEL, C1
 * controls (ESC and CSI start escape sequences that clear the screen or retitle the window), the
 * line and paragraph separators, and the bidirectional marks, overrides and isolates that reorder
 * what is shown (Unicode TR 9): `/[^\P{Cc}\n]|[\p{Bidi_Control}\u2028\u2029]/u`, written out as
 * code points because V8 builds a Unicode property set, about 1% of a short `api-canvas check`,
 * for each property escape (test/terminal-text.test.ts holds the two equal).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROLS = /[\0-\t\v-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]/g

const escaped = (character: string): string => {
  const code = character.charCodeAt(0)
  return code < 0x100
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * Text safe to print on a terminal: every control character but the line feed shown as `\x1B`
 * or `\u202E`, so a sticky or a section id cannot clear the screen, retitle the terminal or
 * print over a line. Linear in the text's length.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, escaped)
}

/** `escapeControls` of one line: line feeds shown as `\x0A` too. */
export function escapeLine(text: string): string {
  return escapeControls(text).replace(/\n/g, '\\x0A')
}
