import { Button } from '@create-figma-plugin/ui'
import type { JSX } from 'preact'
import { useState } from 'preact/hooks'

import { canvasEvidenceText, STATION_STATE_LABELS } from '../export/station-report-text'
import type { StationReportEntry } from '../model/station-report'
import { TICK_NOTE_MAX_LENGTH } from '../model/station-ticks'

export interface GuideStationProps {
  station: StationReportEntry
  /** 1-based place of the station in its cycle. */
  number: number
  /** What the place button would place; 0 hides the button. */
  canvasesToPlace: number
  busy: boolean
  onPlace: () => void
  /** Ticks a criterion with `note`, or unticks it (`note` null). */
  onTick: (criterionId: string, note: string | null) => void
}

/** A criterion being ticked: the evidence note typed so far. */
interface Draft {
  criterionId: string
  note: string
}

/**
 * One station of the guide: its state, purpose, the canvases the method recommends with what the
 * board shows of them, its other resources (listed, never placed), a button placing its missing
 * canvases, and its criteria as a checklist; ticking asks for a short evidence note first.
 */
export function GuideStation(props: GuideStationProps): JSX.Element {
  const { station, number } = props
  const [draft, setDraft] = useState<Draft | null>(null)
  const headingId = `guide-station-${station.id}`
  return (
    <details class="guide-station" data-state={station.state} open={station.state === 'current'}>
      <summary id={headingId}>
        {number}. {station.title}{' '}
        <span class="guide-state">({STATION_STATE_LABELS[station.state]})</span>
      </summary>
      {station.purpose === '' ? null : <p class="guide-purpose">{station.purpose}</p>}
      <ul class="guide-list" aria-label={`Canvases of ${station.title}`}>
        {station.canvases.map((canvas) => (
          <li key={canvas.resourceId}>
            {canvas.title}: {canvasEvidenceText(canvas)}
          </li>
        ))}
        {station.otherResources.map((resource) => (
          <li key={resource.id}>{resource.title} (guide, not placed)</li>
        ))}
      </ul>
      {props.canvasesToPlace === 0 ? null : (
        <Button secondary disabled={props.busy} onClick={props.onPlace}>
          Place the canvases of this station ({props.canvasesToPlace})
        </Button>
      )}
      <ul class="guide-criteria" aria-label={`Criteria of ${station.title}`}>
        {station.criteria.map((criterion) => {
          const editing = draft?.criterionId === criterion.id ? draft : null
          return (
            <li key={criterion.id}>
              <label>
                <input
                  type="checkbox"
                  checked={criterion.tick !== null || editing !== null}
                  onChange={() => {
                    if (criterion.tick !== null) props.onTick(criterion.id, null)
                    else setDraft(editing === null ? { criterionId: criterion.id, note: '' } : null)
                  }}
                />
                <span>{criterion.text}</span>
              </label>
              {criterion.tick === null || criterion.tick.note === '' ? null : (
                <p class="guide-evidence">Evidence: {criterion.tick.note}</p>
              )}
              {editing === null ? null : (
                <form
                  class="guide-note"
                  onSubmit={(event) => {
                    event.preventDefault()
                    props.onTick(criterion.id, editing.note.trim())
                    setDraft(null)
                  }}
                >
                  <input
                    aria-label={`Evidence for: ${criterion.text}`}
                    placeholder="Evidence (where on the board, who agreed)"
                    maxLength={TICK_NOTE_MAX_LENGTH}
                    value={editing.note}
                    onInput={(event) => {
                      setDraft({ criterionId: criterion.id, note: event.currentTarget.value })
                    }}
                  />
                  <Button secondary>Tick</Button>
                </form>
              )}
            </li>
          )
        })}
      </ul>
    </details>
  )
}
