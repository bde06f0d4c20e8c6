import { TextboxMultiline } from '@create-figma-plugin/ui'
import type { JSX } from 'preact'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'

import { ActionButton } from './action-button'
import {
  type BackstageSpecDraft,
  BackstageSpecFields,
  defaultBackstageSpec,
} from './backstage-spec-fields'
import { copyTextAsync } from './copy-text-async'
import { downloadText } from './download-text'
import { type ExportFiles, exportFiles } from './export-files'
import { EXPORT_FORMATS } from './export-formats'
import styles from './export-tab.module.css'
import layout from './layout.module.css'
import { useTranslator } from './locale-context'
import type { Notice } from './panel-notices'
import type { Operation } from './panel-operation'
import type { ExportFormat } from './panel-settings'
import type { BoardCheck } from './panel-state'
import { formatText, message } from './panel-text'
import { SelectField } from './select-field'

const ALL_CANVASES = 'all'

export interface ExportTabProps {
  check: BoardCheck | null
  format: ExportFormat
  pending: Operation | null
  /** Canvas whose relaunch button opened the panel: exported unless another is chosen. */
  relaunchCanvasId: string | null
  onFormatChange: (format: ExportFormat) => void
  onRead: () => void
  onNotice: (notice: Notice) => void
}

type Rendered = ({ ok: true } & ExportFiles) | { ok: false; error: string }

function render(
  check: BoardCheck,
  canvasId: string | null,
  format: ExportFormat,
  date: Date,
  spec: BackstageSpecDraft,
): Rendered {
  try {
    const { board, result, stationReport } = check
    return {
      ok: true,
      ...exportFiles(board, result, canvasId, format, date, spec, stationReport),
    }
  } catch (cause) {
    return { ok: false, error: cause instanceof Error ? cause.message : String(cause) }
  }
}

/**
 * The Export tab: the board (or one canvas) as Markdown, JSON or Canvas Creator files,
 * previewed, downloadable and copyable. Canvas Creator keeps one canvas per file, so that
 * format can give several files: each is chosen, previewed and downloaded on its own.
 */
export function ExportTab(props: ExportTabProps): JSX.Element {
  const { check, format } = props
  const t = useTranslator()
  const [chosenCanvasId, setChosenCanvasId] = useState<string | null>(props.relaunchCanvasId)
  const [chosenFileName, setChosenFileName] = useState<string | null>(null)
  const [spec, setSpec] = useState<BackstageSpecDraft>(defaultBackstageSpec)
  const preview = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    if (preview.current !== null) preview.current.readOnly = true
  })
  const canvases = check?.board.canvases ?? []
  const canvasId = canvases.some((canvas) => canvas.id === chosenCanvasId) ? chosenCanvasId : null
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the date is that of the check shown
  const date = useMemo(() => new Date(), [check])
  const rendered = useMemo(
    () => (check === null ? null : render(check, canvasId, format, date, spec)),
    [check, canvasId, format, date, spec],
  )

  if (check === null || rendered === null) {
    return (
      <div class={layout.stack}>
        <p class={layout.hint}>{t('panel.exportReadFirst')}</p>
        <ActionButton
          loading={props.pending === 'read'}
          disabled={props.pending !== null}
          onClick={props.onRead}
        >
          {t('panel.readBoard')}
        </ActionButton>
      </div>
    )
  }

  const files = rendered.ok ? rendered.files : []
  const file = files.find((candidate) => candidate.fileName === chosenFileName) ?? files[0]
  const copy = async (): Promise<void> => {
    if (file === undefined) return
    if (await copyTextAsync(file.text)) {
      props.onNotice({ tone: 'success', title: message('panel.copiedExport'), detail: null })
      return
    }
    preview.current?.focus()
    preview.current?.select()
    props.onNotice({
      tone: 'info',
      title: message('panel.copyRefused'),
      detail: message('panel.copyRefusedNext'),
    })
  }

  return (
    <div class={layout.stack}>
      <SelectField
        label={t('panel.format')}
        name={t('panel.formatName')}
        value={format}
        options={EXPORT_FORMATS.map(({ value, text }) => ({ value, text: formatText(t, text) }))}
        onChange={(value) => {
          const chosen = EXPORT_FORMATS.find((candidate) => candidate.value === value)
          if (chosen !== undefined) props.onFormatChange(chosen.value)
        }}
      />
      {format === 'backstage' ? <BackstageSpecFields spec={spec} onChange={setSpec} /> : null}
      {canvases.length > 1 ? (
        <SelectField
          label={t('panel.canvas')}
          name={t('panel.canvasName')}
          value={canvasId ?? ALL_CANVASES}
          options={[
            { value: ALL_CANVASES, text: t('panel.allCanvases', { count: canvases.length }) },
            ...canvases.map((canvas) => ({ value: canvas.id, text: canvas.title })),
          ]}
          onChange={(value) => {
            setChosenCanvasId(value === ALL_CANVASES ? null : value)
          }}
        />
      ) : null}
      {!rendered.ok ? (
        <p class={layout.hint} role="alert">
          {t('panel.exportFailed', { cause: rendered.error })}
        </p>
      ) : (
        <>
          {rendered.leftOut.length === 0 ? null : (
            <p class={layout.hint}>
              {formatText(
                t,
                message('panel.leftOut', {
                  titles: {
                    list: rendered.leftOut.map((text) => message('panel.quoted', { text })),
                  },
                  count: rendered.leftOut.length,
                }),
              )}
            </p>
          )}
          {files.length > 1 ? (
            <div class={layout.field}>
              <p class={layout.hint}>
                {t('panel.severalFiles', {
                  format: format === 'canvas-creator' ? 'canvasCreator' : 'overlay',
                  count: files.length,
                })}
              </p>
              <SelectField
                label={t('panel.file')}
                name={t('panel.fileName')}
                value={file?.fileName ?? ''}
                options={files.map((candidate) => ({
                  value: candidate.fileName,
                  text: candidate.fileName,
                }))}
                onChange={setChosenFileName}
              />
            </div>
          ) : null}
          {file === undefined ? (
            <p class={layout.hint}>
              {formatText(t, rendered.emptyReason ?? message('panel.nothingForCanvasCreator'))}
            </p>
          ) : (
            <>
              <label class={styles.previewLabel} for="export-preview">
                {t('panel.previewOf', { fileName: file.fileName })}
              </label>
              <div class={styles.preview}>
                <TextboxMultiline
                  id="export-preview"
                  ref={preview}
                  value={file.text}
                  rows={14}
                  spellCheck={false}
                />
              </div>
              <div class={layout.buttonRow}>
                <ActionButton
                  onClick={() => {
                    downloadText(file.fileName, file.text, file.mimeType)
                  }}
                >
                  {t('panel.download')}
                </ActionButton>
                <ActionButton
                  secondary
                  onClick={() => {
                    void copy()
                  }}
                >
                  {t('panel.copy')}
                </ActionButton>
              </div>
            </>
          )}
        </>
      )}
    </div>
  )
}
