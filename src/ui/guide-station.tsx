import type { JSX } from 'preact'
import { useState } from 'preact/hooks'

import type { Translator } from '../locale/translator'
import type { CanvasEvidence, StationReportEntry } from '../model/station-report'
import { TICK_NOTE_MAX_LENGTH } from '../model/station-ticks'
import { ActionButton } from './action-button'
import formControl from './form-control.module.css'
import styles from './guide-station.module.css'
import { useTranslator } from './locale-context'

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

/**
 * One line on what the board shows of a recommended canvas: `on the board, 3 / 9 areas with
 * notes, fit`, `not on the board` or `not in this version of the method`.
 */
function evidenceText(t: Translator, evidence: CanvasEvidence): string {
  if (!evidence.inMethod) return t('guide.notInMethod')
  if (evidence.boardCanvasIds.length === 0) return t('guide.notOnBoard')
  return t('guide.onBoard', {
    filled: evidence.areasWithNotes,
    count: evidence.areaCount,
    fit: evidence.fit === 'fit' ? 'fit' : evidence.fit === 'not-fit' ? 'notFit' : 'none',
  })
}

/** A criterion being ticked: the evidence note typed so far. */
interface Draft {
  criterionId: string
  note: string
}

/**
 * One station of the guide: its state, purpose, the canvases the method recommends with what the
 * board shows of them, its other resources (listed, never placed), a button placing its missing
 * canvases, and its criteria as a checklist; ticking asks for a short evidence note first
 * (Enter or Tick saves it, Escape drops it; focus goes back to the criterion's checkbox).
 */
export function GuideStation(props: GuideStationProps): JSX.Element {
  const { station, number } = props
  const [draft, setDraft] = useState<Draft | null>(null)
  const t = useTranslator()
  const headingId = `guide-station-${station.id}`
  const checkboxId = (criterionId: string): string => `${headingId}-${criterionId}`
  const close = (done: Draft, save: boolean): void => {
    if (save) props.onTick(done.criterionId, done.note.trim())
    setDraft(null)
    document.getElementById(checkboxId(done.criterionId))?.focus()
  }
  return (
    <details class={styles.station} data-state={station.state} open={station.state === 'current'}>
      <summary id={headingId}>
        {number}. {station.title}{' '}
        <span class={styles.state}>{t('guide.stationState', { state: station.state })}</span>
      </summary>
      <div class={styles.body}>
        {station.purpose === '' ? null : <p class={styles.purpose}>{station.purpose}</p>}
        <ul class={styles.list} aria-label={t('guide.canvasesOf', { station: station.title })}>
          {station.canvases.map((canvas) => (
            <li key={canvas.resourceId}>
              {canvas.title}: {evidenceText(t, canvas)}
            </li>
          ))}
          {station.otherResources.map((resource) => (
            <li key={resource.id}>{t('guide.otherResource', { title: resource.title })}</li>
          ))}
        </ul>
        {props.canvasesToPlace === 0 ? null : (
          <ActionButton
            secondary
            disabled={props.busy}
            label={t('guide.placeStationCanvasesOf', {
              count: props.canvasesToPlace,
              station: station.title,
            })}
            onClick={props.onPlace}
          >
            {t('guide.placeStationCanvases', { count: props.canvasesToPlace })}
          </ActionButton>
        )}
        <ul class={styles.criteria} aria-label={t('guide.criteriaOf', { station: station.title })}>
          {station.criteria.map((criterion) => {
            const editing = draft?.criterionId === criterion.id ? draft : null
            return (
              <li key={criterion.id}>
                <label class={styles.criterion}>
                  <input
                    id={checkboxId(criterion.id)}
                    type="checkbox"
                    checked={criterion.tick !== null || editing !== null}
                    onChange={() => {
                      if (criterion.tick !== null) props.onTick(criterion.id, null)
                      else
                        setDraft(editing === null ? { criterionId: criterion.id, note: '' } : null)
                    }}
                  />
                  <span>{criterion.text}</span>
                </label>
                {criterion.tick === null || criterion.tick.note === '' ? null : (
                  <p class={styles.evidence}>
                    {t('guide.evidence', { note: criterion.tick.note })}
                  </p>
                )}
                {editing === null ? null : (
                  <form
                    class={styles.note}
                    onSubmit={(event) => {
                      event.preventDefault()
                      close(editing, true)
                    }}
                  >
                    <input
                      class={formControl.control}
                      aria-label={t('guide.evidenceFor', { criterion: criterion.text })}
                      placeholder={t('guide.evidencePlaceholder')}
                      maxLength={TICK_NOTE_MAX_LENGTH}
                      value={editing.note}
                      onKeyDown={(event) => {
                        if (event.key !== 'Escape') return
                        event.preventDefault()
                        close(editing, false)
                      }}
                      onInput={(event) => {
                        setDraft({ criterionId: criterion.id, note: event.currentTarget.value })
                      }}
                    />
                    <ActionButton
                      secondary
                      label={t('guide.tickCriterion', { criterion: criterion.text })}
                      onClick={() => {
                        close(editing, true)
                      }}
                    >
                      {t('guide.tick')}
                    </ActionButton>
                  </form>
                )}
              </li>
            )
          })}
        </ul>
      </div>
    </details>
  )
}
