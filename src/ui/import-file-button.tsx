import { FileUploadButton } from '@create-figma-plugin/ui'
import type { JSX } from 'preact'
import { useRef } from 'preact/hooks'

import { useTranslator } from './locale-context'

export interface ImportFileButtonProps {
  disabled: boolean
  loading: boolean
  /** The file chosen; called once per choice, also when the same file is chosen again. */
  onFile: (file: File) => void
}

/**
 * “Import file…”: a file input for `.json` files styled as a button, reached with Tab and opened
 * with Enter or Space. The input forgets its file after each choice, so choosing the same file
 * again (after fixing it) imports it again.
 */
export function ImportFileButton(props: ImportFileButtonProps): JSX.Element {
  const input = useRef<HTMLInputElement>(null)
  const t = useTranslator()
  return (
    <FileUploadButton
      ref={input}
      secondary
      acceptedFileTypes={['.json', 'application/json']}
      aria-label={t('panel.importFile')}
      aria-busy={props.loading}
      disabled={props.disabled}
      loading={props.loading}
      onSelectedFiles={(files) => {
        const [file] = files
        if (input.current !== null) input.current.value = ''
        if (file !== undefined) props.onFile(file)
      }}
    >
      {t('panel.importFile')}
    </FileUploadButton>
  )
}
