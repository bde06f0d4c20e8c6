import { findCanvasDefinition } from '../canvas/canvas-catalog'
import { quoteNote } from '../fit/quote-note'
import { DEFAULT_LOCALE } from '../locale/locales'
import { translator } from '../locale/translator'
import type { MainToUiPayload, UiToMainName } from '../messages'
import { findMethodCanvasDefinition } from '../method/method-canvases'
import { facilitationText } from './facilitation-text'
import type { Operation, Placement } from './panel-operation'
import { ImportFileError, importKindName } from './plan-file-import'

/** A message at the top of the panel: what happened and, for errors, what to do next. */
export interface Notice {
  tone: 'error' | 'success' | 'info'
  title: string
  detail: string | null
  /** Problems listed under the detail, e.g. `sections[3].sectionId: …` for a refused file. */
  issues?: readonly string[]
}

/** What the panel shows while an operation runs. */
export const pendingWords: Record<Operation, string> = {
  place: 'Placing on the board…',
  read: 'Reading the board…',
  link: 'Linking the stickies…',
  flag: 'Putting flags on the board…',
  unflag: 'Removing the flags…',
}

/** The first sentence of the error when an operation fails. */
export const failureTitles: Record<Operation, string> = {
  place: 'Nothing was placed on the board.',
  read: 'The board could not be read.',
  link: 'The stickies could not be linked.',
  flag: 'The flags could not be put on the board.',
  unflag: 'The flags could not be removed.',
}

/** The first sentence of the error when a message that starts no operation fails. */
export const otherFailureTitles: Partial<Record<UiToMainName, string>> = {
  UI_READY: 'The plugin could not open properly.',
  FOCUS_NODES: 'That part of the board could not be shown.',
  SAVE_SETTINGS: 'Your choices could not be remembered for next time.',
  LIVE_FIT: 'The fit could not be kept live. Check again to see the board as it is.',
  READ_PLAN: facilitationText.failedRead,
  FACILITATE: facilitationText.failedStart,
  FACILITATION_MOVE: facilitationText.failedMove,
}

/** An error notice: what failed, then what happened or what to do. */
export function errorNotice(title: string, detail: string): Notice {
  return { tone: 'error', title, detail }
}

function causeText(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause)
}

/** Title of a template by id: a workshop template or a method canvas; the id when unknown. */
export function templateTitle(templateId: string): string {
  return (
    findCanvasDefinition(templateId)?.title ??
    findMethodCanvasDefinition(templateId)?.title ??
    templateId
  )
}

function listOf(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
}

const t = translator(DEFAULT_LOCALE)

/** What CANVASES_PLACED placed, told as the facilitator asked for it: template, kit or file. */
export function placedNotice(
  placed: MainToUiPayload<'CANVASES_PLACED'>,
  placement: Placement | null,
): Notice {
  const titles =
    placement?.titles.length === placed.canvases.length
      ? placement.titles
      : placed.canvases.map((canvas) => templateTitle(canvas.templateId))
  if (placement?.source === 'import') {
    const contents = [
      placement.noteCount === 0 ? [] : [t('common.stickyCount', { count: placement.noteCount })],
      placement.connectorCount === 0
        ? []
        : [t('common.connectorCount', { count: placement.connectorCount })],
    ].flat()
    return {
      tone: 'success',
      title: `Imported ${placement.fileName ?? 'the file'}: placed ${listOf(titles.map((title) => `“${title}”`))}${contents.length === 0 ? '' : ` with ${listOf(contents)}`}.`,
      detail: [...placement.remarks, 'Check the fit to see what the canvases still need.'].join(
        ' ',
      ),
    }
  }
  if (placement?.source === 'kit' || titles.length > 1) {
    return {
      tone: 'success',
      title: `Placed the workshop kit: ${listOf(titles)}.`,
      detail:
        'Fill the canvases from left to right, each in the order of its letters or numbers, then check the fit.',
    }
  }
  return {
    tone: 'success',
    title: `Placed the ${titles[0] ?? 'canvas'} on the board.`,
    detail: 'Fill its areas in the order of their letters or numbers, then check the fit.',
  }
}

/** Two stickies linked; their texts when the panel knows them (null when it does not). */
export function linkedNotice(fromText: string | null, toText: string | null): Notice {
  return {
    tone: 'success',
    title:
      fromText === null || toText === null
        ? 'Linked the two stickies with a connector.'
        : `Linked ${quoteNote(fromText)} to ${quoteNote(toText)}.`,
    detail: 'The fit is checked again with the new link.',
  }
}

/** Flags drawn on the board (`flagCount` > 0) or removed from it (0). */
export function flagsNotice(flagCount: number): Notice {
  return {
    tone: 'success',
    title:
      flagCount === 0
        ? 'Removed the flags from the board.'
        : `Put ${t('common.flagCount', { count: flagCount })} on the board.`,
    detail:
      flagCount === 0
        ? null
        : 'Each flag marks an empty area or a pain or gain nothing answers yet. Remove them when the team has dealt with them.',
  }
}

/** The fit check threw on a board the main thread read. */
export function checkFailedNotice(cause: unknown): Notice {
  return errorNotice(
    'The fit check failed on this board.',
    `${causeText(cause)}. Try “Check again”; if it keeps failing, send the plugin's makers a screenshot of this message.`,
  )
}

/** The main thread did not answer an operation within the panel's timeout. */
export function timedOutNotice(operation: Operation): Notice {
  return errorNotice(
    `${failureTitles[operation]} The board did not answer.`,
    'Look at the board to see whether it changed, then try again. If nothing happens, close the plugin and run it again.',
  )
}

/** A message from the main thread the panel could not read (`message` says why). */
export function refusedMessageNotice(message: string): Notice {
  return errorNotice(
    'The panel got an answer from the board it could not read.',
    `${message}. Close the plugin and run it again; if it keeps happening, update the plugin.`,
  )
}

/** The notice for a file the panel refused: its problems by JSON path, nothing placed. */
export function refusedFileNotice(fileName: string, cause: unknown): Notice {
  const title = `“${fileName}” could not be imported, so nothing was placed.`
  if (cause instanceof ImportFileError) {
    return {
      tone: 'error',
      title,
      detail:
        cause.kind === null
          ? null
          : `It looks like a ${importKindName(cause.kind)}, but it has ${cause.issues.length === 1 ? 'a problem' : `${String(cause.issues.length)} problems`}:`,
      issues: cause.issues.map((issue) => `${issue.path}: ${issue.message}`),
    }
  }
  return errorNotice(
    title,
    `${causeText(cause)}. Choose the file again; if it keeps failing, send the plugin's makers the file.`,
  )
}
