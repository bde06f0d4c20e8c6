import type { ListItem, RootContent } from 'mdast'

import type { StationReport, StationReportEntry } from '../model/station-report'
import { heading, list, listItem, oneLine, paragraph, text } from './markdown-nodes'
import {
  canvasEvidenceText,
  currentStationTitle,
  STATION_STATE_LABELS,
} from './station-report-text'

const line = (value: string): ListItem => listItem([text(oneLine(value))])

function stationContent(station: StationReportEntry, index: number): RootContent[] {
  const content: RootContent[] = [
    heading(3, oneLine(`${index + 1}. ${station.title} (${STATION_STATE_LABELS[station.state]})`)),
  ]
  if (station.purpose !== '') content.push(paragraph([text(oneLine(station.purpose))]))
  const resources = [
    ...station.canvases.map((canvas) => line(`${canvas.title}: ${canvasEvidenceText(canvas)}`)),
    ...station.otherResources.map((resource) => line(`${resource.title} (guide, not placed)`)),
  ]
  if (resources.length > 0) content.push(list(resources))
  if (station.criteria.length > 0) {
    content.push(
      list(
        station.criteria.map(({ text: criterion, tick }) =>
          listItem(
            [
              text(
                oneLine(
                  tick === null || tick.note.trim() === ''
                    ? criterion
                    : `${criterion} Evidence: ${tick.note}`,
                ),
              ),
            ],
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
    heading(2, oneLine(`Station report: ${report.cycleTitle}`)),
    paragraph([
      text(
        oneLine(current === undefined ? 'Every station is ready.' : `Where you are: ${current}.`),
      ),
    ]),
    ...report.stations.flatMap(stationContent),
  ]
}
