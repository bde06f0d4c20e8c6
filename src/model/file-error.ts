import type { MessageKey } from '../locale/catalogues'
import type { Translate } from './board-text'

/** A message of the `common` part saying what is wrong at one place of a file. */
export type FileIssueKey = Extract<MessageKey, `common.issue${string}`>

/** A sentence about a file, not yet worded: a message of the catalogue and what it names. */
export interface FileText {
  key: MessageKey
  values?: Readonly<Record<string, string | number>> | undefined
}

/**
 * One thing wrong with a file: its JSON path (`board.canvases[0].templateId`) and what is wrong,
 * not yet worded: a message of the `common` part and what it names (`fileIssueText` words it).
 */
export interface FileIssue extends FileText {
  path: string
  key: FileIssueKey
}

/** The kinds of file the plugin and the command line read. */
export type FileKind = 'canvas-creator' | 'board-export'

/**
 * `path: what is wrong` (`common.atPath`) in the language of `t`; the whole file, `(file)`, is
 * named in that language too.
 */
export const fileIssueText = (issue: FileIssue, t: Translate): string =>
  t('common.atPath', {
    path: issue.path === '(file)' ? t('common.wholeFile') : issue.path,
    issue: t(issue.key, issue.values),
  })

/**
 * `This board export cannot be used:` (the kind named, or `This file` when it is not known)
 * followed by one `path: problem` line per issue, in the language of `t`.
 */
export function fileErrorText(
  error: { kind: FileKind | null; issues: readonly FileIssue[] },
  t: Translate,
): string {
  const kind =
    error.kind === 'canvas-creator'
      ? 'canvasCreator'
      : error.kind === 'board-export'
        ? 'boardExport'
        : 'file'
  const lines = error.issues.map((issue) => `\n${fileIssueText(issue, t)}`)
  return `${t('common.fileCannotBeUsed', { kind })}${lines.join('')}`
}

/**
 * A file that cannot be used: what it was read as (`kind`, null when not even that could be told)
 * and every problem found, each with its JSON path, for the reader to word (`fileErrorText`). The
 * message, for logs, is one `path: key` line per issue (`(file): common.issueNotJson`).
 */
export class FileError extends Error {
  readonly kind: FileKind | null
  readonly issues: readonly FileIssue[]

  constructor(kind: FileKind | null, issues: readonly FileIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.key}`).join('\n'))
    this.name = 'FileError'
    this.kind = kind
    this.issues = issues
  }
}

/** The JSON type of a value, as JSON Schema names it: `null`, `array`, `object`, `string`… */
export function jsonTypeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/**
 * The JSON path of a place in a file, from its segments: `board.canvases[0].areas[2].id` for
 * `board`, `canvases`, 0, `areas`, 2, `id`. Numbers are array indexes; a key that is not an
 * identifier is written `["a key"]`. No segments give `(file)`: the whole file.
 */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let path = ''
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${String(segment)}]`
    else {
      const key = String(segment)
      path += IDENTIFIER.test(key) ? `${path === '' ? '' : '.'}${key}` : `[${JSON.stringify(key)}]`
    }
  }
  return path === '' ? '(file)' : path
}
