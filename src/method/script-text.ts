/**
 * Bytes as text for a string literal in the panel's script, 13 bits in two characters (16 bytes
 * in about 20 characters, where base64 takes 22). The digits are the 92 printable ASCII
 * characters but `"`, `\` and `<`: one byte each in UTF-8, none of them needs an escape in a
 * JavaScript string in double quotes, and without `<` the text can neither close the `<script>`
 * element Figma puts the panel's script in (`</script`) nor change how the page reads the rest of
 * it (`<!--`).
 */
const DIGITS = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index))
  .filter((character) => !'"\\<'.includes(character))
  .join('')
const BASE = DIGITS.length
const VALUES = new Int8Array(128).fill(-1)
for (let index = 0; index < BASE; index++) VALUES[DIGITS.charCodeAt(index)] = index

/**
 * Bytes as script text: each 13 bits (little-endian) as two digits, `value % 92` then
 * `value / 92`; the last 1–6 bits as one digit, the last 7–12 as two.
 */
export function bytesToScriptText(bytes: Uint8Array): string {
  let text = ''
  let bits = 0
  let count = 0
  const write = (value: number, digits: number): void => {
    text += DIGITS[value % BASE] ?? ''
    if (digits === 2) text += DIGITS[Math.floor(value / BASE)] ?? ''
  }
  for (const byte of bytes) {
    bits |= byte << count
    count += 8
    if (count >= 13) {
      write(bits & 0x1fff, 2)
      bits >>>= 13
      count -= 13
    }
  }
  if (count > 0) write(bits, count > 6 ? 2 : 1)
  return text
}

/**
 * The bytes of script text (`bytesToScriptText`).
 * @throws Error when a character is not a digit, a pair of digits is more than 13 bits or a last
 * single digit more than 6.
 */
export function scriptTextToBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(Math.ceil((text.length * 13) / 16))
  let length = 0
  let bits = 0
  let count = 0
  const digit = (index: number): number => {
    const value = VALUES[text.charCodeAt(index)] ?? -1
    if (value < 0) throw new Error(`Script text has a character that is not a digit at ${index}.`)
    return value
  }
  for (let index = 0; index < text.length; index += 2) {
    const pair = index + 1 < text.length
    const value = pair ? digit(index) + BASE * digit(index + 1) : digit(index)
    const size = pair ? 13 : 6
    if (value >= 1 << size) throw new Error(`Script text has more than ${size} bits at ${index}.`)
    bits |= value << count
    count += size
    while (count >= 8) {
      bytes[length++] = bits & 0xff
      bits >>>= 8
      count -= 8
    }
  }
  return bytes.subarray(0, length)
}
