import type { JSX } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'

import { findCanvasDefinition } from '../canvas/canvas-catalog'
import { topVotedNeeds } from '../fit/top-voted'
import { findMethodCanvasDefinition } from '../method/method-canvases'
import type { Area } from '../model/board'
import { ActionButton } from './action-button'
import styles from './facilitate-tab.module.css'
import { facilitationText as text } from './facilitation-text'
import { FitBar } from './fit-bar'
import type { BoardCheck } from './panel-state'
import { SelectField } from './select-field'
import { TopVotes } from './top-votes'
import type { Facilitation } from './use-facilitation'

export interface FacilitateTabProps {
  facilitation: Facilitation
  check: BoardCheck | null
  /** Canvas whose relaunch button opened the panel: chosen first. */
  relaunchCanvasId: string | null
}

const areaName = (area: Area | undefined): string =>
  area === undefined ? '' : `${area.label} ${area.title}`.trim()

/**
 * The Facilitate tab: choose a canvas, set minutes per area (the plan saved on the canvas), then
 * walk through its areas with Back, Next and Stop while FigJam's timer runs; after the last area,
 * the canvas's fit and its top-voted unanswered pains and gains. Keyboard focus moves to Next
 * when a walk starts and back to Facilitate when it ends.
 */
export function FacilitateTab({
  facilitation,
  check,
  relaunchCanvasId,
}: FacilitateTabProps): JSX.Element {
  const { read, step, finishedId, readPlan, move } = facilitation
  const canvases = check?.board.canvases ?? []
  const [chosen, setChosen] = useState(relaunchCanvasId)
  const canvas = canvases.find((c) => c.id === chosen) ?? canvases[0]
  const canvasId = canvas?.id
  useEffect(() => {
    if (canvasId !== undefined) readPlan(canvasId)
  }, [canvasId, readPlan])

  const primary = useRef<HTMLButtonElement>(null)
  const running = step !== null
  const wasRunning = useRef(running)
  useEffect(() => {
    if (wasRunning.current !== running) primary.current?.focus()
    wasRunning.current = running
  }, [running])

  if (step !== null) {
    const walked = canvases.find((c) => c.id === step.canvasId)
    const templateId = walked?.templateId ?? ''
    const definition = findCanvasDefinition(templateId) ?? findMethodCanvasDefinition(templateId)
    return (
      <section class={styles.stack} aria-labelledby="facilitated-area">
        <p class={styles.hint}>{text.step(step.index, step.stepCount, step.minutes, step.timer)}</p>
        <h2 id="facilitated-area">{areaName(walked?.areas.find((a) => a.id === step.areaId))}</h2>
        <p>{definition?.areas.find((a) => a.id === step.areaId)?.prompt}</p>
        <p class={styles.hint}>{text.stickies(step.stickyCount)}</p>
        <div class={styles.row}>
          <ActionButton
            secondary
            disabled={step.index === 0}
            onClick={() => {
              move('back')
            }}
          >
            {text.back}
          </ActionButton>
          <ActionButton
            buttonRef={primary}
            onClick={() => {
              move('next')
            }}
          >
            {step.index + 1 === step.stepCount ? text.finish : text.next}
          </ActionButton>
          <ActionButton
            secondary
            onClick={() => {
              move('stop')
            }}
          >
            {text.stop}
          </ActionButton>
        </div>
      </section>
    )
  }

  if (canvas === undefined) return <p class={styles.hint}>{text.noCanvas}</p>
  const fit = check?.result.fit.find((summary) => summary.canvasId === finishedId)
  return (
    <div class={styles.stack}>
      {check === null || finishedId !== canvas.id ? null : (
        <section class={styles.stack} aria-label={text.summary}>
          <h2>
            {text.summary}: {canvas.title}
          </h2>
          {fit === undefined ? null : (
            <>
              <FitBar kind="pain" answered={fit.painsAnswered} total={fit.painsTotal} />
              <FitBar kind="gain" answered={fit.gainsAnswered} total={fit.gainsTotal} />
            </>
          )}
          <TopVotes
            needs={topVotedNeeds(check.board, check.result, { unansweredOnly: true })
              .filter((need) => need.canvasId === finishedId)
              .slice(0, 5)}
            board={check.board}
            title={text.topUnanswered}
          />
        </section>
      )}
      <p class={styles.hint}>{text.intro}</p>
      {canvases.length > 1 ? (
        <SelectField
          label={text.canvas}
          value={canvas.id}
          options={canvases.map((c) => ({ value: c.id, text: c.title }))}
          onChange={setChosen}
        />
      ) : null}
      {read?.canvasId !== canvas.id ? null : (
        <section class={styles.stack} aria-labelledby="plan-title">
          <h2 id="plan-title">{text.plan}</h2>
          {read.damaged ? <p role="status">{text.damaged}</p> : null}
          <ol>
            {read.plan.steps.map((entry, index) => (
              <li key={entry.areaId}>
                <label class={styles.row}>
                  {areaName(canvas.areas.find((a) => a.id === entry.areaId))}
                  <input
                    type="number"
                    min={1}
                    max={120}
                    value={entry.minutes}
                    onChange={(event) => {
                      facilitation.setMinutes(index, event.currentTarget.valueAsNumber)
                    }}
                  />
                </label>
              </li>
            ))}
          </ol>
          <ActionButton buttonRef={primary} onClick={facilitation.start}>
            {text.start}
          </ActionButton>
        </section>
      )}
    </div>
  )
}
