import type { JSX } from 'preact'
import { memo } from 'preact/compat'

import type { Canvas } from '../model/board'
import type { Finding, FitSummary } from '../model/findings'
import styles from './canvas-report.module.css'
import { FindingButton } from './finding-button'
import { FitBar } from './fit-bar'
import layout from './layout.module.css'
import { useTranslator } from './locale-context'
import { ShowMoreButton } from './show-more-button'
import { PAGE_ITEM_ATTRIBUTE, useShowMore } from './use-show-more'
import { voteFitText } from './vote-text'

/** Findings a canvas shows at first, and how many more each "Show more" press adds. */
export const FINDINGS_PAGE_SIZE = 25

export interface CanvasReportProps {
  canvas: Canvas
  /** Absent for canvases without pains and gains (the API Canvas). */
  fit: FitSummary | undefined
  findings: readonly Finding[]
  /** Should stay the same function between renders, so an unchanged report is not redrawn. */
  onFocus: (finding: Finding) => void
}

interface FindingGroup {
  key: string
  title: string
  findings: Finding[]
}

function groupByArea(
  canvas: Canvas,
  findings: readonly Finding[],
  wholeTitle: string,
): FindingGroup[] {
  const whole: FindingGroup = { key: '', title: wholeTitle, findings: [] }
  const groups = new Map<string, FindingGroup>(
    canvas.areas.map((area) => [
      area.id,
      {
        key: area.id,
        title: area.label === '' ? area.title : `${area.label} · ${area.title}`,
        findings: [],
      },
    ]),
  )
  for (const finding of findings) {
    const group = finding.areaId === null ? undefined : groups.get(finding.areaId)
    ;(group ?? whole).findings.push(finding)
  }
  return [whole, ...groups.values()].filter((group) => group.findings.length > 0)
}

/** The groups cut to their first `count` findings in order; groups left empty go. */
function firstFindings(groups: readonly FindingGroup[], count: number): FindingGroup[] {
  const kept: FindingGroup[] = []
  let left = count
  for (const group of groups) {
    if (left <= 0) break
    kept.push({ ...group, findings: group.findings.slice(0, left) })
    left -= group.findings.length
  }
  return kept
}

/**
 * One canvas on the Check tab: its fit bars, then its findings grouped by area, the first
 * `FINDINGS_PAGE_SIZE` of them and a "Show more" button for the rest. Redrawn only when its
 * props change.
 */
export const CanvasReport = memo(function CanvasReport({
  canvas,
  fit,
  findings,
  onFocus,
}: CanvasReportProps): JSX.Element {
  const t = useTranslator()
  const page = useShowMore<HTMLElement>(findings.length, FINDINGS_PAGE_SIZE)
  const groups = firstFindings(groupByArea(canvas, findings, t('panel.wholeCanvas')), page.shown)
  return (
    <section ref={page.listRef} class={styles.report} aria-label={canvas.title}>
      <h2 class={layout.sectionTitle}>{canvas.title}</h2>
      {fit === undefined ? null : (
        <div class={styles.fitBars}>
          <FitBar kind="pain" answered={fit.painsAnswered} total={fit.painsTotal} />
          <FitBar kind="gain" answered={fit.gainsAnswered} total={fit.gainsTotal} />
          {fit.votes === undefined ? null : <p class={layout.hint}>{voteFitText(t, fit.votes)}</p>}
        </div>
      )}
      {groups.length === 0 ? (
        <p class={layout.hint}>{t('panel.nothingToReport')}</p>
      ) : (
        groups.map((group) => (
          <div key={group.key}>
            <h3 class={styles.areaTitle}>{group.title}</h3>
            <ul class={styles.findings}>
              {group.findings.map((finding, index) => (
                <li key={index} {...{ [PAGE_ITEM_ATTRIBUTE]: '' }}>
                  <FindingButton finding={finding} onFocus={onFocus} />
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {page.hidden === 0 ? null : (
        <div>
          <ShowMoreButton
            hidden={page.hidden}
            pageSize={FINDINGS_PAGE_SIZE}
            kind="finding"
            onShowMore={page.showMore}
          />
        </div>
      )}
    </section>
  )
})
