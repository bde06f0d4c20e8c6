import { inflateSync, strFromU8 } from 'fflate'

/**
 * The value of JSON that build-figma-plugin.ui.js packed into the panel's bundle: raw DEFLATE
 * (RFC 1951) of its UTF-8 text, written as base64. Synchronous, so a packed module reads like the
 * JSON module it replaces.
 * @throws Error when the text is not base64, not deflated data, or not JSON.
 */
export function unpackJson(base64: string): unknown {
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0))
  return JSON.parse(strFromU8(inflateSync(bytes)))
}
