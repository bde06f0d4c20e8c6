/** One thing wrong with a file: its JSON path (`board.canvases[0].templateId`) and what is wrong. */
export interface FileIssue {
  path: string
  message: string
}

/** The kinds of file the plugin and the command line read. */
export type FileKind = 'canvas-creator' | 'board-export'

const kindNames: Readonly<Record<FileKind, string>> = {
  'canvas-creator': 'Canvas Creator file',
  'board-export': 'board export',
}

/**
 * A file that cannot be used: what it was read as (`kind`, null when not even that could be told)
 * and every problem found, each with its JSON path. The message is
 * `This board export cannot be used:` followed by one `path: problem` line per issue.
 */
export class FileError extends Error {
  readonly kind: FileKind | null
  readonly issues: readonly FileIssue[]

  constructor(kind: FileKind | null, issues: readonly FileIssue[]) {
    super(
      `${kind === null ? 'This file' : `This ${kindNames[kind]}`} cannot be used:\n${issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n')}`,
    )
    this.name = 'FileError'
    this.kind = kind
    this.issues = issues
  }
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
