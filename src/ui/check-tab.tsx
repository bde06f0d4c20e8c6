import type { JSX } from 'preact'
import { useCallback, useMemo, useRef } from 'preact/hooks'

import { suggestMatches } from '../fit/suggest-matches'
import { topVotedNeeds } from '../fit/top-voted'
import type { Scope } from '../messages'
import type { Canvas } from '../model/board'
import type { Finding, FitSummary } from '../model/findings'
import { ActionButton } from './action-button'
import { CanvasReport } from './canvas-report'
import styles from './check-tab.module.css'
import layout from './layout.module.css'
import { LiveSwitch } from './live-switch'
import { useTranslator } from './locale-context'
import type { Operation } from './panel-operation'
import type { BoardCheck } from './panel-state'
import { ScopeControl } from './scope-control'
import { SuggestionList } from './suggestion-list'
import { TopVotes } from './top-votes'
import { useGrowingCount } from './use-growing-count'

/** Canvas reports drawn in the first frame after a check, then in each frame after it. */
const FIRST_CANVASES = 4
const CANVASES_PER_FRAME = 6

/** A check cut up for the canvas reports: canvases in order, and each one's fit and findings. */
interface CanvasReports {
  canvases: Canvas[]
  fit: Map<string, FitSummary>
  findings: Map<string, Finding[]>
}

const noReports: CanvasReports = { canvases: [], fit: new Map(), findings: new Map() }

function canvasReports(check: BoardCheck | null, firstCanvasId: string | null): CanvasReports {
  if (check === null) return noReports
  const canvases = [...check.board.canvases].sort(
    (a, b) => Number(b.id === firstCanvasId) - Number(a.id === firstCanvasId),
  )
  const fit = new Map(check.result.fit.map((summary) => [summary.canvasId, summary]))
  const findings = new Map<string, Finding[]>(canvases.map((canvas) => [canvas.id, []]))
  for (const finding of check.result.findings) findings.get(finding.canvasId)?.push(finding)
  return { canvases, fit, findings }
}

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

/**
 * The Check tab: fit per canvas, findings, suggested matches, linking and flags. After a check
 * the first `FIRST_CANVASES` canvas reports are drawn at once and `CANVASES_PER_FRAME` more in
 * each animation frame after, so thousands of findings never hold up the first paint; the
 * suggested matches are worked out and listed once every canvas report is drawn.
 */
export function CheckTab(props: CheckTabProps): JSX.Element {
  const { check, pending } = props
  const busy = pending !== null
  const t = useTranslator()
  const reports = useMemo(
    () => canvasReports(check, props.relaunchCanvasId),
    [check, props.relaunchCanvasId],
  )
  const { canvases } = reports
  const topVoted = useMemo(
    () => (check === null ? [] : topVotedNeeds(check.board, check.result, { limit: 5 })),
    [check],
  )
  const latestOnFocus = useRef(props.onFocus)
  latestOnFocus.current = props.onFocus
  const onFocus = useCallback((finding: Finding) => {
    latestOnFocus.current(finding)
  }, [])
  const drawn = useGrowingCount(canvases.length, FIRST_CANVASES, CANVASES_PER_FRAME)
  const allDrawn = drawn === canvases.length
  const suggestions = useMemo(
    () => (check === null || !allDrawn ? null : suggestMatches(check.board, check.result)),
    [check, allDrawn],
  )
  return (
    <div class={layout.stack}>
      <div class={styles.toolbar}>
        <ScopeControl scope={props.scope} onChange={props.onScopeChange} />
        <ActionButton loading={pending === 'read'} disabled={busy} onClick={props.onCheck}>
          {check === null ? t('panel.checkFit') : t('panel.checkAgain')}
        </ActionButton>
        <LiveSwitch live={props.live} onChange={props.onLiveChange} />
      </div>
      {props.stale ? <p class={layout.hint}>{t('panel.staleCheck')}</p> : null}
      {check === null ? (
        <p class={layout.hint}>{t('panel.checkHint')}</p>
      ) : canvases.length === 0 ? (
        <div class={layout.column}>
          <p>
            {check.scope === 'selection' ? t('panel.noCanvasSelected') : t('panel.noCanvasOnPage')}
          </p>
          <ActionButton secondary onClick={props.onOpenTemplates}>
            {t('panel.placeATemplate')}
          </ActionButton>
        </div>
      ) : (
        <>
          {canvases.slice(0, drawn).map((canvas) => (
            <CanvasReport
              key={canvas.id}
              canvas={canvas}
              fit={reports.fit.get(canvas.id)}
              findings={reports.findings.get(canvas.id) ?? []}
              onFocus={onFocus}
            />
          ))}
          <TopVotes needs={topVoted} board={check.board} />
          {suggestions === null ? null : (
            <SuggestionList
              suggestions={suggestions}
              board={check.board}
              disabled={busy}
              onLink={props.onLink}
            />
          )}
        </>
      )}
      <section class={layout.section} aria-labelledby="link-title">
        <h2 id="link-title" class={layout.sectionTitle}>
          {t('panel.linkTitle')}
        </h2>
        <p class={layout.hint}>{t('panel.linkHint', { count: props.selectionCount })}</p>
        <ActionButton
          secondary
          disabled={busy || props.selectionCount !== 2}
          loading={pending === 'link'}
          onClick={props.onLinkSelection}
        >
          {t('panel.linkSelected')}
        </ActionButton>
      </section>
      <section class={layout.section} aria-labelledby="flags-title">
        <h2 id="flags-title" class={layout.sectionTitle}>
          {t('panel.flagsTitle')}
        </h2>
        <p class={layout.hint}>{t('panel.flagsHint')}</p>
        <div class={layout.buttonRow}>
          <ActionButton
            secondary
            disabled={busy || check === null}
            loading={pending === 'flag'}
            onClick={props.onFlag}
          >
            {t('panel.flagGaps')}
          </ActionButton>
          <ActionButton
            secondary
            disabled={busy}
            loading={pending === 'unflag'}
            onClick={props.onClearFlags}
          >
            {t('panel.removeFlags')}
          </ActionButton>
        </div>
      </section>
    </div>
  )
}
