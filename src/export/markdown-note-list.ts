import type { Break, Emphasis, Paragraph } from 'mdast'
import type { Handle, Info, State } from 'mdast-util-to-markdown'
import type { Node } from 'unist'

import { safeWithMatchingPatterns } from './markdown-text-handler'

/** One sticky in a `NoteList`: its text and a line of details (empty for none). */
export interface NoteListItem {
  readonly text: string
  readonly details: string
}

/**
 * A tight bullet list of stickies, each item a paragraph: the text, and when there are details a
 * hard break and the details in emphasis. Written by `noteListHandler`, which iterates `items`
 * once, as it writes the list: a lazy iterable keeps each item short-lived on big boards.
 */
export interface NoteList extends Node {
  type: 'noteList'
  items: Iterable<NoteListItem>
}

declare module 'mdast' {
  interface RootContentMap {
    noteList: NoteList
  }
}

const lineBreak: Break = { type: 'break' }

const writtenDetails = new WeakMap<State, Map<string, Map<string, string>>>()

/**
 * Writes a details line in emphasis, once per distinct text, preceding character and enclosing
 * constructs in one `toMarkdown` run: workshop stickies share few authors.
 */
function emphasisWriter(
  paragraph: Paragraph,
  state: State,
): (details: string, info: Info) => string {
  let byConstructs = writtenDetails.get(state)
  if (byConstructs === undefined) {
    byConstructs = new Map()
    writtenDetails.set(state, byConstructs)
  }
  const constructs = state.stack.join(' ')
  let written = byConstructs.get(constructs)
  if (written === undefined) {
    written = new Map()
    byConstructs.set(constructs, written)
  }
  const cache = written
  return (details, info) => {
    const key = `${info.before}${details}`
    let value = cache.get(key)
    if (value === undefined) {
      const emphasis: Emphasis = { type: 'emphasis', children: [{ type: 'text', value: details }] }
      value = state.handle(emphasis, paragraph, state, info)
      cache.set(key, value)
    }
    return value
  }
}

const firstCharacter = (value: string): string => value.charAt(0)
const lastCharacter = (value: string): string => value.charAt(value.length - 1)

/**
 * Writes a `NoteList` byte for byte as mdast-util-to-markdown writes the same list as `list` >
 * `listItem` > `paragraph` > text, `break`, `emphasis`: the same constructs entered, the same
 * neighbouring characters given to `state.safe` and the `break` and `emphasis` handlers, the item
 * lines indented by `state.indentLines`. It skips the library's per-item flow joining, position
 * tracking and emphasis pairing over the whole paragraph, which cost more than the escaping on
 * boards of thousands of stickies. The bullet is the `bullet` option (default `*`) and lines after
 * the first are indented by two spaces (the default `listItemIndent: 'one'`); like every list the
 * export writes, a note list must not directly follow another list (the library would switch
 * bullets there).
 */
export const noteListHandler: Handle = (node: NoteList, _parent, state, info: Info) => {
  const bullet = state.options.bullet ?? '*'
  const place = { now: info.now, lineShift: info.lineShift }
  const paragraph: Paragraph = { type: 'paragraph', children: [] }
  const exitList = state.enter('list')
  const exitItem = state.enter('listItem')
  const exitParagraph = state.enter('paragraph')
  const exitPhrasing = state.enter('phrasing')
  const breakStart = firstCharacter(
    state.handle(lineBreak, paragraph, state, { ...place, before: '', after: '' }),
  )
  const emphasis = emphasisWriter(paragraph, state)
  const lines: string[] = []
  for (const item of node.items) {
    const hasDetails = item.details !== ''
    let value = safeWithMatchingPatterns(state, item.text, {
      before: '\n',
      after: hasDetails ? breakStart : '\n',
      afterNode: hasDetails ? lineBreak : undefined,
    })
    if (hasDetails) {
      const lineEnd = state.handle(lineBreak, paragraph, state, {
        ...place,
        before: value === '' ? '\n' : lastCharacter(value),
        after: state.options.emphasis ?? '*',
      })
      value += lineEnd
      value += emphasis(item.details, {
        ...place,
        before: lineEnd === '' ? lastCharacter(value) || '\n' : lastCharacter(lineEnd),
        after: '\n',
      })
    }
    lines.push(
      state.indentLines(value, (line, index, blank) => {
        if (index > 0) return blank ? '' : `  ${line}`
        return blank ? bullet : `${bullet} ${line}`
      }),
    )
  }
  exitPhrasing()
  exitParagraph()
  exitItem()
  exitList()
  return lines.join('\n')
}
