import { emit, on } from '@create-figma-plugin/utilities'
import type { ComponentChildren, JSX } from 'preact'
import { useEffect, useState } from 'preact/hooks'

import { SELF_TEST_FACTS } from '../model/self-test-facts'
import {
  formatSelfTestReport,
  type RunSelfTestHandler,
  type SelfTestDoneHandler,
  selfTestFactText,
  type SelfTestPanelReadyHandler,
  type SelfTestReport,
  selfTestSeenText,
  type SelfTestStartedHandler,
} from '../model/self-test-report'
import { ActionButton } from './action-button'
import { copyTextAsync } from './copy-text-async'
import { useTranslator } from './locale-context'
import styles from './self-test-footer.module.css'

/**
 * The panel's footer: "Run FigJam self-test", and once a run is done its report: each fact
 * passed or failed with what was seen and its Figma doc page, and the report as text to select
 * or copy (the clipboard often refuses in the plugin's iframe). The menu command of the same name
 * runs it as soon as this footer listens. `children` (the language switch) sit beside the button.
 */
export function SelfTestFooter({ children }: { children?: ComponentChildren }): JSX.Element {
  const t = useTranslator()
  const [running, setRunning] = useState(false)
  const [report, setReport] = useState<SelfTestReport | null>(null)
  const [copyNote, setCopyNote] = useState<'copied' | 'refused' | null>(null)
  useEffect(() => {
    const offStarted = on<SelfTestStartedHandler>('SELF_TEST_STARTED', () => {
      setRunning(true)
    })
    const offDone = on<SelfTestDoneHandler>('SELF_TEST_DONE', (done) => {
      setRunning(false)
      setCopyNote(null)
      setReport(done)
    })
    emit<SelfTestPanelReadyHandler>('SELF_TEST_PANEL_READY')
    return () => {
      offStarted()
      offDone()
    }
  }, [])

  const text = report === null ? '' : formatSelfTestReport(t, report)
  return (
    <footer class={styles.footer}>
      {report !== null && (
        <section class={styles.report} aria-labelledby="self-test-title">
          <h2 id="self-test-title" class={styles.title}>
            {t('panel.selfTestTitle')}
          </h2>
          <p class={styles.summary} role="status">
            {text.split('\n')[1]}
          </p>
          <ul class={styles.facts}>
            {report.facts.map((fact) => (
              <li key={fact.id}>
                <span class={fact.passed ? styles.passed : styles.failed}>
                  {fact.passed ? t('panel.selfTestPassed') : t('panel.selfTestFailed')}
                </span>{' '}
                {selfTestFactText(t, fact.id)}{' '}
                <span class={styles.detail}>({selfTestSeenText(t, fact)})</span>{' '}
                <a href={SELF_TEST_FACTS[fact.id].doc} target="_blank" rel="noreferrer">
                  {t('panel.selfTestDocs')}
                </a>
              </li>
            ))}
          </ul>
          <textarea
            class={styles.text}
            readOnly
            aria-label={t('panel.selfTestText')}
            value={text}
            onFocus={(event) => {
              event.currentTarget.select()
            }}
          />
          <div class={styles.actions}>
            <ActionButton
              secondary
              onClick={() => {
                void copyTextAsync(text).then((copied) => {
                  setCopyNote(copied ? 'copied' : 'refused')
                })
              }}
            >
              {t('panel.selfTestCopy')}
            </ActionButton>
            <ActionButton
              secondary
              onClick={() => {
                setReport(null)
              }}
            >
              {t('panel.selfTestClose')}
            </ActionButton>
          </div>
          {copyNote !== null && (
            <p class={styles.summary}>
              {copyNote === 'copied' ? t('panel.selfTestCopied') : t('panel.selfTestCopyRefused')}
            </p>
          )}
        </section>
      )}
      <div class={styles.actions}>
        <ActionButton
          secondary
          loading={running}
          onClick={() => {
            setRunning(true)
            emit<RunSelfTestHandler>('RUN_SELF_TEST')
          }}
        >
          {t('panel.selfTestRun')}
        </ActionButton>
        {children}
      </div>
    </footer>
  )
}
