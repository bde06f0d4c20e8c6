import type { JSX } from 'preact'

import { topVotedNeeds } from '../fit/top-voted'
import type { Scope } from '../messages'
import type { Finding } from '../model/findings'
import { ActionButton } from './action-button'
import { CanvasReport } from './canvas-report'
import styles from './check-tab.module.css'
import layout from './layout.module.css'
import { LiveSwitch } from './live-switch'
import type { Operation } from './panel-operation'
import type { BoardCheck } from './panel-state'
import { ScopeControl } from './scope-control'
import { SuggestionList } from './suggestion-list'
import { TopVotes } from './top-votes'

export interface CheckTabProps {
  check: BoardCheck | null
  stale: boolean
  scope: Scope
  pending: Operation | null
  selectionCount: number
  /** Canvas whose relaunch button opened the panel: listed first. */
  relaunchCanvasId: string | null
  flagCount: number | null
  onScopeChange: (scope: Scope) => void
  onCheck: () => void
  onFocus: (finding: Finding) => void
  onLink: (fromNoteId: string, toNoteId: string) => void
  onLinkSelection: () => void
  onFlag: () => void
  onClearFlags: () => void
  onOpenTemplates: () => void
  /** The "Live" switch: the fit follows changes on the board without a click. */
  live: boolean
  onLiveChange: (live: boolean) => void
}

/** The Check tab: fit per canvas, findings, suggested matches, linking and flags. */
export function CheckTab(props: CheckTabProps): JSX.Element {
  const { check, pending } = props
  const busy = pending !== null
  const canvases = [...(check?.board.canvases ?? [])].sort(
    (a, b) => Number(b.id === props.relaunchCanvasId) - Number(a.id === props.relaunchCanvasId),
  )
  return (
    <div class={layout.stack}>
      <div class={styles.toolbar}>
        <ScopeControl scope={props.scope} onChange={props.onScopeChange} />
        <ActionButton loading={pending === 'read'} disabled={busy} onClick={props.onCheck}>
          {check === null ? 'Check fit' : 'Check again'}
        </ActionButton>
        <LiveSwitch live={props.live} onChange={props.onLiveChange} />
      </div>
      {props.stale ? (
        <p class={layout.hint}>The board changed since this check. Check again to see it.</p>
      ) : null}
      {check === null ? (
        <p class={layout.hint}>
          Check the fit to see which pains and gains nothing answers yet and which areas are empty.
        </p>
      ) : canvases.length === 0 ? (
        <div class={layout.column}>
          <p>
            {check.scope === 'selection'
              ? 'No canvas is selected. Select a canvas section on the board, or read the whole page.'
              : 'There is no canvas on this page yet.'}
          </p>
          <ActionButton secondary onClick={props.onOpenTemplates}>
            Place a template
          </ActionButton>
        </div>
      ) : (
        <>
          {canvases.map((canvas) => (
            <CanvasReport
              key={canvas.id}
              canvas={canvas}
              fit={check.result.fit.find((summary) => summary.canvasId === canvas.id)}
              findings={check.result.findings.filter((finding) => finding.canvasId === canvas.id)}
              onFocus={props.onFocus}
            />
          ))}
          <TopVotes
            needs={topVotedNeeds(check.board, check.result, { limit: 5 })}
            board={check.board}
          />
          <SuggestionList
            suggestions={check.suggestions}
            board={check.board}
            disabled={busy}
            onLink={props.onLink}
          />
        </>
      )}
      <section class={layout.section} aria-labelledby="link-title">
        <h2 id="link-title" class={layout.sectionTitle}>
          Link two stickies
        </h2>
        <p class={layout.hint}>
          Select a pain and the pain reliever that answers it (or a gain and its gain creator) on
          the board. Selected now: {props.selectionCount}.
        </p>
        <ActionButton
          secondary
          disabled={busy || props.selectionCount !== 2}
          loading={pending === 'link'}
          onClick={props.onLinkSelection}
        >
          Link selected
        </ActionButton>
      </section>
      <section class={layout.section} aria-labelledby="flags-title">
        <h2 id="flags-title" class={layout.sectionTitle}>
          Flags on the board
        </h2>
        <p class={layout.hint}>
          Mark empty areas and unanswered pains and gains on the board, so the team sees them.
        </p>
        <div class={layout.buttonRow}>
          <ActionButton
            secondary
            disabled={busy || check === null}
            loading={pending === 'flag'}
            onClick={props.onFlag}
          >
            Flag gaps on the board
          </ActionButton>
          <ActionButton
            secondary
            disabled={busy}
            loading={pending === 'unflag'}
            onClick={props.onClearFlags}
          >
            Remove flags
          </ActionButton>
        </div>
      </section>
    </div>
  )
}
