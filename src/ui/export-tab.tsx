import { Button, Dropdown, SegmentedControl, TextboxMultiline } from '@create-figma-plugin/ui'
import type { JSX } from 'preact'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import * as z from 'zod/mini'

import { exportJson } from '../export/board-export'
import { exportMarkdown } from '../export/export-markdown'
import { checkFit } from '../fit/check-fit'
import { ActionButton } from './action-button'
import { boardSubset } from './board-subset'
import { copyTextAsync } from './copy-text-async'
import { downloadText } from './download-text'
import { exportFileName } from './export-file-name'
import type { BoardCheck, Notice, Operation } from './panel-state'
import { exportFormatSchema, type ExportFormat } from './panel-settings'

const ALL_CANVASES = 'all'

const mimeTypes: Record<ExportFormat, string> = {
  markdown: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
}

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

type Rendered = { ok: true; text: string; fileTitle: string } | { ok: false; error: string }

function renderExport(check: BoardCheck, canvasId: string | null, format: ExportFormat): Rendered {
  try {
    const board = boardSubset(check.board, canvasId)
    const result = canvasId === null ? check.result : checkFit(board)
    const text = format === 'markdown' ? exportMarkdown(board, result) : exportJson(board, result)
    const only = board.canvases.length === 1 ? board.canvases[0] : undefined
    return { ok: true, text, fileTitle: only?.title ?? 'api-canvases' }
  } catch (cause) {
    return { ok: false, error: cause instanceof Error ? cause.message : String(cause) }
  }
}

/** The Export tab: the board as Markdown or JSON, previewed, downloadable and copyable. */
export function ExportTab(props: ExportTabProps): JSX.Element {
  const { check, format } = props
  const [chosenCanvasId, setChosenCanvasId] = useState<string | null>(props.relaunchCanvasId)
  const preview = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    if (preview.current !== null) preview.current.readOnly = true
  })
  const canvases = check?.board.canvases ?? []
  const canvasId = canvases.some((canvas) => canvas.id === chosenCanvasId) ? chosenCanvasId : null
  const rendered = useMemo(
    () => (check === null ? null : renderExport(check, canvasId, format)),
    [check, canvasId, format],
  )

  if (check === null || rendered === null) {
    return (
      <div class="stack">
        <p class="hint">Read the board first; the export shows what is on its canvases.</p>
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

  const fileName = rendered.ok ? exportFileName(rendered.fileTitle, format, new Date()) : ''
  const copy = async (): Promise<void> => {
    if (!rendered.ok) return
    if (await copyTextAsync(rendered.text)) {
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
    <div class="stack export-tab">
      <div class="field">
        <span class="field-label">Format</span>
        <SegmentedControl
          value={format}
          options={[
            { value: 'markdown', children: 'Markdown' },
            { value: 'json', children: 'JSON' },
          ]}
          onValueChange={(value) => {
            const parsed = z.safeParse(exportFormatSchema, value)
            if (parsed.success) props.onFormatChange(parsed.data)
          }}
        />
      </div>
      {canvases.length > 1 ? (
        <div class="field">
          <span class="field-label">Canvas</span>
          <Dropdown
            aria-label="Canvas to export"
            value={canvasId ?? ALL_CANVASES}
            options={[
              { value: ALL_CANVASES, text: `All ${canvases.length} canvases` },
              ...canvases.map((canvas) => ({ value: canvas.id, text: canvas.title })),
            ]}
            onValueChange={(value) => {
              setChosenCanvasId(value === ALL_CANVASES ? null : value)
            }}
          />
        </div>
      ) : null}
      {rendered.ok ? (
        <>
          <label class="preview-label" for="export-preview">
            Preview of {fileName}
          </label>
          <div class="export-preview">
            <TextboxMultiline
              id="export-preview"
              ref={preview}
              value={rendered.text}
              rows={14}
              spellCheck={false}
            />
          </div>
          <div class="button-row">
            <Button
              onClick={() => {
                downloadText(fileName, rendered.text, mimeTypes[format])
              }}
            >
              Download
            </Button>
            <Button
              secondary
              onClick={() => {
                void copy()
              }}
            >
              Copy
            </Button>
          </div>
        </>
      ) : (
        <p class="hint" role="alert">
          The export could not be made: {rendered.error}. Check the board again; if it keeps
          failing, send the plugin's makers a screenshot of this message.
        </p>
      )}
    </div>
  )
}
