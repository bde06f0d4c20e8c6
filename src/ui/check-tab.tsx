import type { JSX } from 'preact'

import { topVotedNeeds } from '../fit/top-voted'
import type { Scope } from '../messages'
import type { Finding } from '../model/findings'
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
  const t = useTranslator()
  const canvases = [...(check?.board.canvases ?? [])].sort(
    (a, b) => Number(b.id === props.relaunchCanvasId) - Number(a.id === props.relaunchCanvasId),
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
