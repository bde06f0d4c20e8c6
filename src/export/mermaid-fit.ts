import type { FitRole } from '../canvas/canvas-definition'
import { canvasLocale } from '../fit/fit-locale'
import { answersRole, isMismatchedLink } from '../fit/fit-rules'
import { quoteNote } from '../fit/quote-note'
import type { Locale } from '../locale/locales'
import { translator } from '../locale/translator'
import type { Area, Canvas, Note } from '../model/board'
import type { CheckResult, FindingCode } from '../model/findings'
import { escapeMermaidLabel } from './mermaid-label'

const PROVIDER_ROLES: readonly FitRole[] = ['pain-reliever', 'gain-creator']
const CONSUMER_ROLES: readonly FitRole[] = ['pain', 'gain']

const UNANSWERED_CODES: readonly FindingCode[] = ['unanswered-pain', 'unanswered-gain']
const UNUSED_CODES: readonly FindingCode[] = ['unused-pain-reliever', 'unused-gain-creator']

/** Styles of the marked notes: unanswered pains and gains red and thick, unused answers dashed. */
const CLASS_DEFS = [
  'classDef unanswered fill:#FFAFAF,stroke:#B3261E,stroke-width:3px,color:#000000',
  'classDef unused stroke:#6B6B6B,stroke-width:2px,stroke-dasharray:6 4',
]

interface DiagramNote {
  nodeId: string
  note: Note
  role: FitRole
}

const label = (text: string): string => `"${escapeMermaidLabel(text)}"`

const areaTitle = (area: Area): string =>
  area.label === '' ? area.title : `${area.label} · ${area.title}`

/**
 * The fit of one canvas as Mermaid flowchart source (Mermaid's flowchart syntax doc page),
 * without a trailing newline: the provider side (pain relievers, gain creators) on the left and
 * the consumer side (pains, gains) on the right, each area a subgraph in fill order holding its
 * notes in reading order; an edge `reliever --> pain` (or `creator --> gain`) for each pair of
 * notes linked on this canvas that answer each other, a dotted `mismatched` edge for a link
 * between kinds that do not. Notes of `result`'s `unanswered-pain`/`unanswered-gain` findings get
 * class `unanswered` (red, thick border), those of `unused-pain-reliever`/`unused-gain-creator`
 * class `unused` (dashed border). Node ids are `n1`, `n2`… in that order, never board ids; every
 * label is escaped by `escapeMermaidLabel` and shortened like a quote (`quoteNote`); a note with
 * dot votes ends its label with ` · 3 votes`. The side titles, the `mismatched` edge label and
 * the vote counts are in `locale`, by default the canvas's language (`canvasLocale`).
 * @returns the source, or undefined when no pain, gain, reliever or creator area holds a note.
 */
export function fitMermaidDiagram(
  canvas: Canvas,
  result: CheckResult,
  locale: Locale = canvasLocale(canvas),
): string | undefined {
  const t = translator(locale)
  const nodes = new Map<string, DiagramNote>()
  const lines: string[] = ['flowchart LR']
  const side = (id: string, title: string, roles: readonly FitRole[]): void => {
    const areas = canvas.areas
      .map((area, index) => ({ area, index }))
      .filter(({ area }) => roles.includes(area.role) && area.notes.length > 0)
    if (areas.length === 0) return
    lines.push(`  subgraph ${id}[${label(title)}]`, '    direction TB')
    for (const { area, index } of areas) {
      lines.push(`    subgraph a${String(index + 1)}[${label(areaTitle(area))}]`)
      for (const note of area.notes) {
        const nodeId = `n${String(nodes.size + 1)}`
        nodes.set(note.id, { nodeId, note, role: area.role })
        const votes =
          note.votes === undefined ? '' : ` · ${t('fit.voteCount', { count: note.votes.total })}`
        lines.push(`      ${nodeId}[${label(`${quoteNote(note.text).slice(1, -1)}${votes}`)}]`)
      }
      lines.push('    end')
    }
    lines.push('  end')
  }
  side('provider', t('export.mermaidProvider'), PROVIDER_ROLES)
  side('consumer', t('export.mermaidConsumer'), CONSUMER_ROLES)
  const mismatched = escapeMermaidLabel(t('export.mermaidMismatched'))
  if (nodes.size === 0) return undefined

  const drawn = new Set<string>()
  for (const from of nodes.values()) {
    for (const link of from.note.links) {
      const to = nodes.get(link.noteId)
      const pair = [from.nodeId, to?.nodeId].sort().join(' ')
      if (to === undefined || drawn.has(pair)) continue
      if (answersRole(from.role, to.role)) {
        lines.push(`  ${from.nodeId} --> ${to.nodeId}`)
      } else if (answersRole(to.role, from.role)) {
        lines.push(`  ${to.nodeId} --> ${from.nodeId}`)
      } else if (isMismatchedLink(from.role, to.role)) {
        lines.push(`  ${from.nodeId} -. ${mismatched} .-> ${to.nodeId}`)
      } else {
        continue
      }
      drawn.add(pair)
    }
  }

  const marked = (codes: readonly FindingCode[]): string[] => {
    const noteIds = new Set(
      result.findings
        .filter((finding) => finding.canvasId === canvas.id && codes.includes(finding.code))
        .flatMap((finding) => finding.noteIds),
    )
    return [...nodes.values()]
      .filter((node) => noteIds.has(node.note.id))
      .map((node) => node.nodeId)
  }
  lines.push(...CLASS_DEFS.map((classDef) => `  ${classDef}`))
  const unanswered = marked(UNANSWERED_CODES)
  const unused = marked(UNUSED_CODES)
  if (unanswered.length > 0) lines.push(`  class ${unanswered.join(',')} unanswered`)
  if (unused.length > 0) lines.push(`  class ${unused.join(',')} unused`)
  return lines.join('\n')
}
