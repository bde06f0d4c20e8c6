import { findCanvasDefinition } from '../canvas/canvas-catalog'
import { quoteNote } from '../fit/quote-note'
import type { MessageKey } from '../locale/catalogues'
import type { MainToUiPayload, UiToMainName } from '../messages'
import { findMethodCanvasDefinition } from '../method/method-canvases'
import type { Operation, Placement } from './panel-operation'
import { message, type PanelMessage, type PanelText } from './panel-text'
import { ImportFileError, importKindKey } from './plan-file-import'

/**
 * A message at the top of the panel: what happened and, for errors, what to do next. Its words
 * are message descriptors, formatted when the panel renders, so a language switch changes them.
 */
export interface Notice {
  tone: 'error' | 'success' | 'info'
  title: PanelText
  detail: PanelText | null
  /** Problems listed under the detail, e.g. `sections[3].sectionId: …` for a refused file. */
  issues?: readonly PanelText[]
}

/** What the panel shows while an operation runs. */
export const pendingKeys: Record<Operation, MessageKey> = {
  place: 'panel.pendingPlace',
  read: 'panel.pendingRead',
  link: 'panel.pendingLink',
  flag: 'panel.pendingFlag',
  unflag: 'panel.pendingUnflag',
}

/** The first sentence of the error when an operation fails. */
export const failureTitles: Record<Operation, PanelMessage> = {
  place: message('panel.failedPlace'),
  read: message('panel.failedRead'),
  link: message('panel.failedLink'),
  flag: message('panel.failedFlag'),
  unflag: message('panel.failedUnflag'),
}

/** The first sentence of the error when a message that starts no operation fails. */
export const otherFailureTitles: Partial<Record<UiToMainName, PanelMessage>> = {
  UI_READY: message('panel.failedOpen'),
  FOCUS_NODES: message('panel.failedFocus'),
  SAVE_SETTINGS: message('panel.failedSaveSettings'),
  LIVE_FIT: message('panel.failedLiveFit'),
  READ_PLAN: message('facilitation.failedRead'),
  FACILITATE: message('facilitation.failedStart'),
  FACILITATION_MOVE: message('facilitation.failedMove'),
}

/** An error notice: what failed, then what happened or what to do. */
export function errorNotice(title: PanelText, detail: PanelText): Notice {
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

const quoted = (text: string): PanelMessage => message('panel.quoted', { text })

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
      ...(placement.noteCount === 0
        ? []
        : [message('common.stickyCount', { count: placement.noteCount })]),
      ...(placement.connectorCount === 0
        ? []
        : [message('common.connectorCount', { count: placement.connectorCount })]),
    ]
    const canvases = { list: titles.map(quoted) }
    const title =
      contents.length === 0
        ? message('panel.importedFile', { fileName: placement.fileName ?? '', titles: canvases })
        : message('panel.importedFileWith', {
            fileName: placement.fileName ?? '',
            titles: canvases,
            contents: { list: contents },
          })
    return {
      tone: 'success',
      title,
      detail: [...placement.remarks, message('panel.importedNext')],
    }
  }
  if (placement?.source === 'kit' || titles.length > 1) {
    return {
      tone: 'success',
      title: message('panel.placedKit', { titles: { list: titles } }),
      detail: message('panel.placedKitNext'),
    }
  }
  return {
    tone: 'success',
    title: message('panel.placedTemplate', { title: titles[0] ?? '' }),
    detail: message('panel.placedTemplateNext'),
  }
}

/** Two stickies linked; their texts when the panel knows them (null when it does not). */
export function linkedNotice(fromText: string | null, toText: string | null): Notice {
  return {
    tone: 'success',
    title:
      fromText === null || toText === null
        ? message('panel.linkedTwo')
        : message('panel.linked', { from: quoteNote(fromText), to: quoteNote(toText) }),
    detail: message('panel.linkedNext'),
  }
}

/** Flags drawn on the board (`flagCount` > 0) or removed from it (0). */
export function flagsNotice(flagCount: number): Notice {
  return flagCount === 0
    ? { tone: 'success', title: message('panel.flagsRemoved'), detail: null }
    : {
        tone: 'success',
        title: message('panel.flagsPut', {
          flags: message('common.flagCount', { count: flagCount }),
        }),
        detail: message('panel.flagsPutNext'),
      }
}

/** The fit check threw on a board the main thread read. */
export function checkFailedNotice(cause: unknown): Notice {
  return errorNotice(
    message('panel.checkFailed'),
    message('panel.checkFailedNext', { cause: causeText(cause) }),
  )
}

/** The main thread did not answer an operation within the panel's timeout. */
export function timedOutNotice(operation: Operation): Notice {
  return errorNotice(
    [failureTitles[operation], message('panel.timedOut')],
    message('panel.timedOutNext'),
  )
}

/** A message from the main thread the panel could not read (`message` says why). */
export function refusedMessageNotice(refusal: string): Notice {
  return errorNotice(
    message('panel.refusedMessage'),
    message('panel.refusedMessageNext', { cause: refusal }),
  )
}

/** The notice for a file the panel refused: its problems by JSON path, nothing placed. */
export function refusedFileNotice(fileName: string, cause: unknown): Notice {
  const title = message('panel.refusedFile', { fileName })
  if (cause instanceof ImportFileError) {
    return {
      tone: 'error',
      title,
      detail:
        cause.kind === null
          ? null
          : message('panel.refusedFileProblems', {
              kind: message(importKindKey(cause.kind)),
              count: cause.issues.length,
            }),
      issues: cause.issues.map((issue) =>
        message('common.atPath', {
          path: issue.path === '(file)' ? message('common.wholeFile') : issue.path,
          issue: message(issue.key, issue.values),
        }),
      ),
    }
  }
  return errorNotice(title, message('panel.refusedFileNext', { cause: causeText(cause) }))
}
