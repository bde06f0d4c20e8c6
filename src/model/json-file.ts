import { createScanner } from 'jsonc-parser'

import { FileError, type FileIssue, type FileKind, jsonPath } from './file-error'
import { decodeFileText } from './file-text'

/** Deepest nesting of objects and arrays read; a board export nests 9 levels, a Canvas Creator file 5. */
export const MAX_JSON_DEPTH = 64

/** jsonc-parser's `SyntaxKind` values (a const enum, which isolated modules cannot read). */
const OPEN_BRACE = 1
const CLOSE_BRACE = 2
const OPEN_BRACKET = 3
const CLOSE_BRACKET = 4
const COMMA = 5
const STRING = 10
const EOF = 17

interface Frame {
  keys: Set<string> | null
  at: string | number
  expectKey: boolean
}

/**
 * Keys given twice in one object (JSON readers disagree on which value counts, RFC 8259 §4) and
 * nesting deeper than `MAX_JSON_DEPTH`, in one pass over jsonc-parser's token stream (no
 * recursion, so any depth is safe). `text` must already be valid JSON.
 */
function structureIssues(text: string): FileIssue[] {
  const issues: FileIssue[] = []
  const stack: Frame[] = []
  const path = (last: string | number): string =>
    jsonPath([...stack.slice(0, -1).map((frame) => frame.at), last])
  const scanner = createScanner(text, true)
  for (let token: number = scanner.scan(); token !== EOF; token = scanner.scan()) {
    const top = stack.at(-1)
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (stack.length >= MAX_JSON_DEPTH) {
        const where = top === undefined ? '(file)' : path(top.at)
        return [
          ...issues,
          { path: where, key: 'common.issueTooDeep', values: { max: MAX_JSON_DEPTH } },
        ]
      }
      const isObject = token === OPEN_BRACE
      stack.push({ keys: isObject ? new Set() : null, at: isObject ? '' : 0, expectKey: isObject })
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      stack.pop()
    } else if (token === COMMA && top !== undefined) {
      if (top.keys === null) top.at = Number(top.at) + 1
      else top.expectKey = true
    } else if (token === STRING && top?.keys != null && top.expectKey) {
      const key = scanner.getTokenValue()
      top.at = key
      top.expectKey = false
      if (top.keys.has(key)) {
        issues.push({ path: path(key), key: 'common.issueKeyTwice' })
      }
      top.keys.add(key)
    }
  }
  return issues
}

/**
 * Every JSON string, and the colon after it when it is a key: in valid JSON no `"` stands outside
 * a string, so a global match meets each string from its start.
 */
const JSON_STRING = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?/g

/**
 * How many keys `text` (valid JSON) writes, match by match, with no copy of the text. A string
 * too long for the regular-expression engine's backtracking stack gives undefined.
 */
function writtenKeyCount(text: string): number | undefined {
  let count = 0
  JSON_STRING.lastIndex = 0
  try {
    for (let match = JSON_STRING.exec(text); match !== null; match = JSON_STRING.exec(text)) {
      if (match[1] !== undefined) count += 1
    }
  } catch {
    return undefined
  }
  return count
}

/**
 * How many keys the objects of `value` (as `JSON.parse` returns it) hold, each object's own keys
 * once; undefined when it nests deeper than `MAX_JSON_DEPTH`.
 */
function parsedKeyCount(value: unknown, depth = 1): number | undefined {
  if (typeof value !== 'object' || value === null) return 0
  if (depth > MAX_JSON_DEPTH) return undefined
  const isArray = Array.isArray(value)
  const children: readonly unknown[] = isArray ? value : Object.values(value)
  let count = isArray ? 0 : children.length
  for (const child of children) {
    const inner = parsedKeyCount(child, depth + 1)
    if (inner === undefined) return undefined
    count += inner
  }
  return count
}

/**
 * Whether `value`, parsed from `text`, may have a structure issue: a key given twice (the parsed
 * objects then hold fewer keys than the text writes) or nesting deeper than `MAX_JSON_DEPTH`.
 * Only then is the text scanned token by token for the paths at fault: native string work and
 * one walk of the parsed value cost far less than the scan, which every file would pay.
 */
function mayHaveStructureIssues(text: string, value: unknown): boolean {
  const parsed = parsedKeyCount(value)
  return parsed === undefined || parsed !== writtenKeyCount(text)
}

/**
 * Reads a JSON file: the one reader of the plugin and the command line for every file they are
 * given. The content is decoded as UTF-8 (`decodeFileText`: size limit, byte-order mark dropped,
 * other encodings refused by name), parsed, and checked for keys given twice and for nesting
 * deeper than `MAX_JSON_DEPTH`.
 * @param kind what the file is read as, named in the error (null: not known yet)
 * @returns the parsed value
 * @throws FileError with `(file)` and what is wrong (too large, not UTF-8, not JSON with the
 *   parser's reason), or the JSON path of each duplicate key.
 */
export function readJsonFile(content: string | Uint8Array, kind: FileKind | null): unknown {
  const text = decodeFileText(content, kind)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new FileError(kind, [{ path: '(file)', key: 'common.issueNotJson', values: { reason } }])
  }
  if (!mayHaveStructureIssues(text, value)) return value
  const issues = structureIssues(text)
  if (issues.length > 0) throw new FileError(kind, issues)
  return value
}
