import type { JSX } from 'preact'

import type { Canvas } from '../model/board'
import type { Finding, FitSummary } from '../model/findings'
import styles from './canvas-report.module.css'
import { FindingButton } from './finding-button'
import { FitBar } from './fit-bar'
import layout from './layout.module.css'
import { useTranslator } from './locale-context'
import { voteFitText } from './vote-text'

export interface CanvasReportProps {
  canvas: Canvas
  /** Absent for canvases without pains and gains (the API Canvas). */
  fit: FitSummary | undefined
  findings: readonly Finding[]
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

/** One canvas on the Check tab: its fit bars, then its findings grouped by area. */
export function CanvasReport({ canvas, fit, findings, onFocus }: CanvasReportProps): JSX.Element {
  const t = useTranslator()
  const groups = groupByArea(canvas, findings, t('panel.wholeCanvas'))
  return (
    <section class={styles.report} aria-label={canvas.title}>
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
                <li key={index}>
                  <FindingButton finding={finding} onFocus={onFocus} />
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  )
}
