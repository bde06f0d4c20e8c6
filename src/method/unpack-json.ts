import { decompress } from 'fzstd'

import { scriptTextToBytes } from './script-text'

/**
 * The values build-packed-panel-data.js packed into the panel's bundle: one JSON object, key →
 * value, as a Zstandard frame (RFC 8878) of its UTF-8 text, written as script text
 * (`scriptTextToBytes`). The returned function gives one value; the first call unpacks them all,
 * later calls reuse them. Synchronous, so a packed module reads like the JSON module it replaces.
 * @throws Error (on the first call) when the text is not script text, not a Zstandard frame or
 * not a JSON object; on any call when the object has no `key`.
 */
export function packedValues(text: string): (key: string) => unknown {
  let values: Record<string, unknown> | undefined
  return (key) => {
    values ??= unpackJson(text)
    if (!Object.hasOwn(values, key)) throw new Error(`The panel's packed data has no "${key}".`)
    return values[key]
  }
}

function unpackJson(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(new TextDecoder().decode(decompress(scriptTextToBytes(text))))
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error("The panel's packed data is not a JSON object.")
  }
  return value as Record<string, unknown>
}
