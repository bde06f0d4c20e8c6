import { FileError, type FileIssue, type FileIssueKey, type FileKind } from './file-error'

/**
 * Largest file read, in bytes (50 MB). A bigger one is refused before it is decoded or parsed, so
 * memory stays bounded (the README gives the measured peak for a file of this size).
 */
export const MAX_FILE_BYTES = 50_000_000

/** The error for a file over `MAX_FILE_BYTES`; `bytes` is its size when known. */
export function fileTooLarge(kind: FileKind | null, bytes?: number): FileError {
  return new FileError(kind, [
    {
      path: '(file)',
      key: 'common.issueTooLarge',
      values: { size: (bytes ?? 0) / 1_000_000, limit: MAX_FILE_BYTES / 1_000_000 },
    },
  ])
}

/** Byte-order marks of the encodings a file may be in besides UTF-8, longest first. */
const MARKS: readonly [string, readonly number[]][] = [
  ['UTF-32 (little-endian)', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32 (big-endian)', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16 (little-endian)', [0xff, 0xfe]],
  ['UTF-16 (big-endian)', [0xfe, 0xff]],
]

function otherEncoding(bytes: Uint8Array): string | undefined {
  const marked = MARKS.find(([, mark]) => mark.every((byte, index) => bytes[index] === byte))
  if (marked !== undefined) return marked[0]
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return 'UTF-16 (big-endian)'
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return 'UTF-16 (little-endian)'
  return undefined
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * The text of a file that must be UTF-8 (a JSON file: RFC 8259 §8.1). A leading byte-order mark
 * is dropped.
 * @throws FileError (path `(file)`) when the file is over `MAX_FILE_BYTES`, is UTF-16 or UTF-32
 *   (told by its byte-order mark or by a NUL in its first two bytes), or is not valid UTF-8
 *   (Latin-1 or Windows-1252 text, say): each named, never decoded with replacement characters.
 */
export function decodeFileText(content: string | Uint8Array, kind: FileKind | null): string {
  if (content.length > MAX_FILE_BYTES) throw fileTooLarge(kind, content.length)
  if (typeof content === 'string') {
    if (content.includes('\u0000')) throw notUtf8(kind, 'common.issueNulCharacters')
    return content.replace(/^\uFEFF/, '')
  }
  const encoding = otherEncoding(content)
  if (encoding !== undefined) throw notUtf8(kind, 'common.issueEncoding', { encoding })
  try {
    return utf8.decode(content)
  } catch {
    throw notUtf8(kind, 'common.issueNotUtf8', firstBadByte(content))
  }
}

function notUtf8(
  kind: FileKind | null,
  key: FileIssueKey,
  values?: FileIssue['values'],
): FileError {
  return new FileError(kind, [{ path: '(file)', key, values }])
}

/**
 * The first byte that does not start or continue a UTF-8 sequence (`byte` `0xE9`, `offset` 12);
 * `byte` `none` when none of them is such a byte.
 */
function firstBadByte(bytes: Uint8Array): { byte: string; offset: number } {
  for (let offset = 0; offset < bytes.length; offset++) {
    const byte = bytes[offset] ?? 0
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0
    const tail = bytes.subarray(offset + 1, offset + length)
    if (length === 0 || tail.length < length - 1 || tail.some((next) => (next & 0xc0) !== 0x80)) {
      return { byte: `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`, offset }
    }
    offset += length - 1
  }
  return { byte: 'none', offset: 0 }
}
