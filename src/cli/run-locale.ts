import { boardLocale } from '../fit/fit-locale'
import type { Locale } from '../locale/locales'
import type { Board } from '../model/board'

/**
 * The board a command checks and exports in `locale` (`--locale`): every canvas records `locale`,
 * so its findings are worded in it too; without `locale` the board as it is, each canvas in its
 * own language.
 */
export function boardInLocale(board: Board, locale: Locale | undefined): Board {
  if (locale === undefined) return board
  return { ...board, canvases: board.canvases.map((canvas) => ({ ...canvas, locale })) }
}

/** The language of a command's own words: `--locale` when given, else the board's (`boardLocale`). */
export function runLocale(board: Board, locale: Locale | undefined): Locale {
  return locale ?? boardLocale(board)
}
