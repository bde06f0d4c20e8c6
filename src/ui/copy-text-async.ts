/**
 * Puts text on the clipboard with `navigator.clipboard`.
 * @returns false when the browser refuses, as it often does in the plugin iframe (null origin,
 *   no clipboard permission); the caller then asks the person to copy by hand.
 */
export async function copyTextAsync(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}
