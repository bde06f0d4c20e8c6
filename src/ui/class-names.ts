/**
 * Joins CSS module class names into one `class` value, leaving out those a condition turned off
 * (`false`) and any a module does not define (`undefined`).
 */
export function classNames(...names: readonly (string | false | undefined)[]): string {
  return names.filter((name) => typeof name === 'string').join(' ')
}
