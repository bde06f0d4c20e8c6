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
import type { Notice } from './panel-notices'
import type { Operation } from './panel-operation'
import type { ExportFormat } from './panel-settings'
import type { BoardCheck } from './panel-state'
import { SelectField } from './select-field'

const ALL_CANVASES = 'all'

const formatOptions = EXPORT_FORMATS.map(({ value, text }) => ({ value, text }))

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
    return { ok: true, ...exportFiles(check.board, check.result, canvasId, format, date, spec) }
  } catch (cause) {
    return { ok: false, error: cause instanceof Error ? cause.message : String(cause) }
  }
}

function quoteList(titles: readonly string[]): string {
  return titles.map((title) => `“${title}”`).join(', ')
}

/**
 * The Export tab: the board (or one canvas) as Markdown, JSON or Canvas Creator files,
 * previewed, downloadable and copyable. Canvas Creator keeps one canvas per file, so that
 * format can give several files: each is chosen, previewed and downloaded on its own.
 */
export function ExportTab(props: ExportTabProps): JSX.Element {
  const { check, format } = props
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
        <p class={layout.hint}>Read the board first; the export shows what is on its canvases.</p>
        <ActionButton
          loading={props.pending === 'read'}
          disabled={props.pending !== null}
          onClick={props.onRead}
        >
          Read the board
        </ActionButton>
      </div>
    )
  }

  const files = rendered.ok ? rendered.files : []
  const file = files.find((candidate) => candidate.fileName === chosenFileName) ?? files[0]
  const copy = async (): Promise<void> => {
    if (file === undefined) return
    if (await copyTextAsync(file.text)) {
      props.onNotice({ tone: 'success', title: 'Copied the export.', detail: null })
      return
    }
    preview.current?.focus()
    preview.current?.select()
    props.onNotice({
      tone: 'info',
      title: 'This panel may not copy for you.',
      detail: 'The text in the preview is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    })
  }

  return (
    <div class={layout.stack}>
      <SelectField
        label="Format"
        name="Format to export"
        value={format}
        options={formatOptions}
        onChange={(value) => {
          const chosen = EXPORT_FORMATS.find((candidate) => candidate.value === value)
          if (chosen !== undefined) props.onFormatChange(chosen.value)
        }}
      />
      {format === 'backstage' ? <BackstageSpecFields spec={spec} onChange={setSpec} /> : null}
      {canvases.length > 1 ? (
        <SelectField
          label="Canvas"
          name="Canvas to export"
          value={canvasId ?? ALL_CANVASES}
          options={[
            { value: ALL_CANVASES, text: `All ${canvases.length} canvases` },
            ...canvases.map((canvas) => ({ value: canvas.id, text: canvas.title })),
          ]}
          onChange={(value) => {
            setChosenCanvasId(value === ALL_CANVASES ? null : value)
          }}
        />
      ) : null}
      {!rendered.ok ? (
        <p class={layout.hint} role="alert">
          The export could not be made: {rendered.error}. Check the board again; if it keeps
          failing, send the plugin's makers a screenshot of this message.
        </p>
      ) : (
        <>
          {rendered.leftOut.length === 0 ? null : (
            <p class={layout.hint}>
              Left out: {quoteList(rendered.leftOut)}. The APIOps Cycles method has no Canvas
              Creator template for {rendered.leftOut.length === 1 ? 'it' : 'them'}.
            </p>
          )}
          {files.length > 1 ? (
            <div class={layout.field}>
              <p class={layout.hint}>
                {format === 'canvas-creator'
                  ? 'Canvas Creator holds one canvas per file,'
                  : 'An overlay describes one API,'}{' '}
                so this export is {files.length} files: choose each one to preview and download it.
              </p>
              <SelectField
                label="File"
                name="File to preview and download"
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
              {rendered.emptyReason ??
                'Nothing to save for Canvas Creator: none of these canvases has a template in the APIOps Cycles method.'}
            </p>
          ) : (
            <>
              <label class={styles.previewLabel} for="export-preview">
                Preview of {file.fileName}
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
                  Download
                </ActionButton>
                <ActionButton
                  secondary
                  onClick={() => {
                    void copy()
                  }}
                >
                  Copy
                </ActionButton>
              </div>
            </>
          )}
        </>
      )}
    </div>
  )
}
