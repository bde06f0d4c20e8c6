import type { Translator } from './translator'

/**
 * `items` joined as the language of `t` joins a list (`Intl.ListFormat`): `conjunction` "A, B
 * and C", `disjunction` "A or B". A list of one item is that item and an empty list is empty, as
 * `Intl.ListFormat` gives them in every language (ECMA-402), without making one: V8 builds a
 * table of every locale it knows the first time an `Intl.ListFormat` is made, which cost a short
 * `api-canvas check` about a quarter of its time.
 */
export function joinList(
  t: Translator,
  items: readonly string[],
  type: Intl.ListFormatType,
): string {
  return items.length > 1 ? new Intl.ListFormat(t.locale, { type }).format(items) : (items[0] ?? '')
}
