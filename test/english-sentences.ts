import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser'

/**
 * The literal runs of a message, plural and select branches included, from the first letter on,
 * without the quote, bracket or colon that opens a placeholder. A run is cut at line breaks and
 * at gaps of two spaces or more (the columns of a help text).
 */
function literals(elements: readonly MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.literal) {
      return element.value
        .split(/\n| {2,}/)
        .map((run) => run.replace(/^[^\p{L}]+|[\s“”"(:]+$/gu, ''))
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      return Object.values(element.options).flatMap((option) => literals(option.value))
    }
    return []
  })
}

/**
 * The English sentences and phrases of catalogue parts (`en/<part>.json`): every literal run of
 * three words or more (shorter ones, such as "Canvas" or "Fit", are the same word in other
 * languages), each once.
 */
export function englishSentences(parts: readonly Record<string, string>[]): string[] {
  return [
    ...new Set(
      parts.flatMap((part) =>
        Object.values(part).flatMap((message) =>
          literals(parse(message, { ignoreTag: true })).filter(
            (run) => run.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= 3,
          ),
        ),
      ),
    ),
  ]
}
