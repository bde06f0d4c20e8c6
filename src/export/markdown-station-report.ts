import type { ListItem, RootContent } from 'mdast'

import type { Translator } from '../locale/translator'
import type { StationReport, StationReportEntry } from '../model/station-report'
import { heading, list, listItem, oneLine, paragraph, text } from './markdown-nodes'
import { canvasEvidenceText, currentStationTitle, stationStateLabel } from './station-report-text'

const line = (value: string): ListItem => listItem([text(oneLine(value))])

function stationContent(station: StationReportEntry, index: number, t: Translator): RootContent[] {
  const state = stationStateLabel(station.state, t)
  const content: RootContent[] = [heading(3, oneLine(`${index + 1}. ${station.title} (${state})`))]
  if (station.purpose !== '') content.push(paragraph([text(oneLine(station.purpose))]))
  const resources = [
    ...station.canvases.map((canvas) => line(`${canvas.title}: ${canvasEvidenceText(canvas, t)}`)),
    ...station.otherResources.map((resource) =>
      line(t('export.guideNotPlaced', { title: resource.title })),
    ),
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
                    : t('export.criterionEvidence', { criterion, evidence: tick.note }),
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
 * checked, with their evidence note). The words the report adds are in the language of `t`;
 * station titles, purposes and criteria are the guide's. All text is `text` nodes, escaped by the
 * serializer.
 */
export function stationReportMarkdown(report: StationReport, t: Translator): RootContent[] {
  const current = currentStationTitle(report)
  return [
    heading(2, oneLine(t('export.stationReportHeading', { cycle: report.cycleTitle }))),
    paragraph([
      text(
        oneLine(
          current === undefined
            ? t('export.everyStationReady')
            : t('export.whereYouAre', { station: current }),
        ),
      ),
    ]),
    ...report.stations.flatMap((station, index) => stationContent(station, index, t)),
  ]
}
