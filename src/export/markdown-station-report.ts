import type { List, ListItem, PhrasingContent, RootContent } from 'mdast'

import type { StationReport, StationReportEntry } from '../model/station-report'
import {
  canvasEvidenceText,
  currentStationTitle,
  STATION_STATE_LABELS,
} from './station-report-text'

// Readers turn U+0000 into U+FFFD (CommonMark §2.3); the escaper must see it too.
const text = (value: string): PhrasingContent => ({
  type: 'text',
  value: value.replace(/\0/g, '\uFFFD').replace(/\s+/g, ' ').trim(),
})

const item = (value: string, checked: boolean | null = null): ListItem => ({
  type: 'listItem',
  checked,
  spread: false,
  children: [{ type: 'paragraph', children: [text(value)] }],
})

const list = (children: ListItem[]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children,
})

function stationContent(station: StationReportEntry, index: number): RootContent[] {
  const content: RootContent[] = [
    {
      type: 'heading',
      depth: 3,
      children: [text(`${index + 1}. ${station.title} (${STATION_STATE_LABELS[station.state]})`)],
    },
  ]
  if (station.purpose !== '') {
    content.push({ type: 'paragraph', children: [text(station.purpose)] })
  }
  const resources = [
    ...station.canvases.map((canvas) => item(`${canvas.title}: ${canvasEvidenceText(canvas)}`)),
    ...station.otherResources.map((resource) => item(`${resource.title} (guide, not placed)`)),
  ]
  if (resources.length > 0) content.push(list(resources))
  if (station.criteria.length > 0) {
    content.push(
      list(
        station.criteria.map(({ text: criterion, tick }) =>
          item(
            tick === null || tick.note.trim() === ''
              ? criterion
              : `${criterion} Evidence: ${tick.note}`,
            tick !== null,
          ),
        ),
      ),
    )
  }
  return content
}

/**
 * The station report as Markdown content: a `## Station report: <cycle>` heading, where the
 * team is, then per station a `###` heading with its state, its purpose, its canvases with what
 * the board shows of them and its other resources, and its criteria as a task list (ticked ones
 * checked, with their evidence note). All text is `text` nodes, escaped by the serializer.
 */
export function stationReportMarkdown(report: StationReport): RootContent[] {
  const current = currentStationTitle(report)
  return [
    { type: 'heading', depth: 2, children: [text(`Station report: ${report.cycleTitle}`)] },
    {
      type: 'paragraph',
      children: [
        text(current === undefined ? 'Every station is ready.' : `Where you are: ${current}.`),
      ],
    },
    ...report.stations.flatMap(stationContent),
  ]
}
