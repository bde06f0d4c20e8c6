import type { JSX } from 'preact'
import { useMemo } from 'preact/hooks'

import { currentStationTitle } from '../export/station-report-text'
import { methodCanvasCopies } from '../interchange/station-evidence'
import { buildStationReport } from '../interchange/station-report'
import { methodCanvasTitles, packagedGuide } from '../method/packaged-station-guide'
import { buildStationGuide, guideCycles, guideLocales } from '../method/station-guide'
import type { Board } from '../model/board'
import type { CheckResult } from '../model/findings'
import type { PlannedPlacement } from '../model/planned-placement'
import { stationKit } from '../model/station-kit'
import { ActionButton } from './action-button'
import type { GuideState } from './guide-state'
import { GuideStation } from './guide-station'
import styles from './guide-tab.module.css'
import layout from './layout.module.css'
import { useTranslator } from './locale-context'
import { languageName } from './method-canvas-filter'
import { SelectField } from './select-field'

export interface GuideTabProps {
  /** The board as last read, with its check; null before the first read. */
  check: { board: Board; result: CheckResult; scope: 'selection' | 'page' } | null
  guide: GuideState
  busy: boolean
  /** Reads the whole page again. */
  onReadBoard: () => void
  /** Places canvases side by side (one undo step); `titles` for the notice. */
  onPlace: (placement: PlannedPlacement) => void
}

/**
 * The Guide tab: a cycle of the APIOps Cycles method (default: the one for a new API) in a
 * language, its stations in order with what the board shows of their canvases, where the team
 * is, and the criteria the facilitator ticks (stored on the page, seen by everyone).
 */
export function GuideTab(props: GuideTabProps): JSX.Element {
  const files = useMemo(() => packagedGuide(), [])
  const locales = guideLocales(files)
  const { cycleId, locale, ticks, choose } = props.guide
  const guide = useMemo(
    () => buildStationGuide(files, cycleId, locale, methodCanvasTitles(locale)),
    [files, cycleId, locale],
  )
  const board = props.check?.board ?? { schemaVersion: 1 as const, canvases: [], problems: [] }
  const result = props.check?.result ?? { findings: [], fit: [] }
  const report = buildStationReport(guide, board, result, ticks)
  const onBoard = new Set(methodCanvasCopies(board).keys())
  const current = currentStationTitle(report)
  const damaged = props.guide.damaged
  const t = useTranslator()

  return (
    <div class={layout.stack}>
      <div class={styles.choices}>
        <SelectField
          label={t('guide.cycle')}
          name={t('guide.cycleName')}
          value={cycleId}
          options={guideCycles(files, locale).map((cycle) => ({
            value: cycle.id,
            text: cycle.title,
          }))}
          onChange={(chosen) => {
            choose({ cycleId: chosen })
          }}
        />
        <SelectField
          label={t('guide.language')}
          name={t('guide.languageName')}
          value={locale}
          options={locales.map((code) => ({ value: code, text: languageName(code) }))}
          onChange={(chosen) => {
            choose({ locale: chosen })
          }}
        />
        <ActionButton secondary disabled={props.busy} onClick={props.onReadBoard}>
          {t('guide.readBoard')}
        </ActionButton>
      </div>
      {damaged.length === 0 ? null : (
        <div class={styles.warning} role="alert">
          <p>
            {t('guide.damagedTicks', {
              count: damaged.length,
              ticks: damaged.map((entry) => `${entry.key} (${entry.reason})`).join('; '),
            })}
          </p>
          <ActionButton
            secondary
            label={t('guide.dismissDamaged')}
            onClick={props.guide.dismissDamaged}
          >
            {t('guide.dismiss')}
          </ActionButton>
        </div>
      )}
      {guide.cyclePurpose === '' ? null : <p class={layout.hint}>{guide.cyclePurpose}</p>}
      <p class={styles.where}>
        {props.check === null
          ? t('guide.readToSeeWhere')
          : current === undefined
            ? t('guide.everyStationReady')
            : t('guide.whereYouAre', { station: current })}
        {props.check?.scope === 'selection' ? ` ${t('guide.fromSelectionOnly')}` : ''}
      </p>
      {report.stations.map((station, index) => {
        const source = guide.stations[index]
        const kit = source === undefined ? undefined : stationKit(source, locale, onBoard)
        return (
          <GuideStation
            key={station.id}
            station={station}
            number={index + 1}
            canvasesToPlace={kit?.canvases.length ?? 0}
            busy={props.busy}
            onPlace={() => {
              if (kit !== undefined) props.onPlace(kit)
            }}
            onTick={(criterionId, note) => {
              props.guide.save({ cycleId, stationId: station.id, criterionId }, note)
            }}
          />
        )
      })}
    </div>
  )
}
