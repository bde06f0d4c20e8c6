import { emit, on } from '@create-figma-plugin/utilities'
import type { JSX } from 'preact'
import { useEffect, useState } from 'preact/hooks'

import { DEFAULT_LOCALE } from '../locale/locales'
import { translator } from '../locale/translator'
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
import styles from './self-test-footer.module.css'

/**
 * The panel's footer: "Run FigJam self-test", and once a run is done its report: each fact
 * passed or failed with what was seen and its Figma doc page, and the report as text to select
 * or copy (the clipboard often refuses in the plugin's iframe). The menu command of the same name
 * runs it as soon as this footer listens.
 */
export function SelfTestFooter(): JSX.Element {
  const [running, setRunning] = useState(false)
  const [report, setReport] = useState<SelfTestReport | null>(null)
  const [copyNote, setCopyNote] = useState('')
  useEffect(() => {
    const offStarted = on<SelfTestStartedHandler>('SELF_TEST_STARTED', () => {
      setRunning(true)
    })
    const offDone = on<SelfTestDoneHandler>('SELF_TEST_DONE', (done) => {
      setRunning(false)
      setCopyNote('')
      setReport(done)
    })
    emit<SelfTestPanelReadyHandler>('SELF_TEST_PANEL_READY')
    return () => {
      offStarted()
      offDone()
    }
  }, [])

  const t = translator(DEFAULT_LOCALE)
  const text = report === null ? '' : formatSelfTestReport(t, report)
  return (
    <footer class={styles.footer}>
      {report !== null && (
        <section class={styles.report} aria-labelledby="self-test-title">
          <h2 id="self-test-title" class={styles.title}>
            FigJam self-test
          </h2>
          <p class={styles.summary} role="status">
            {text.split('\n')[1]}
          </p>
          <ul class={styles.facts}>
            {report.facts.map((fact) => (
              <li key={fact.id}>
                <span class={fact.passed ? styles.passed : styles.failed}>
                  {fact.passed ? 'Passed' : 'Failed'}
                </span>{' '}
                {selfTestFactText(t, fact.id)}{' '}
                <span class={styles.detail}>({selfTestSeenText(t, fact)})</span>{' '}
                <a href={SELF_TEST_FACTS[fact.id].doc} target="_blank" rel="noreferrer">
                  Figma docs
                </a>
              </li>
            ))}
          </ul>
          <textarea
            class={styles.text}
            readOnly
            aria-label="Self-test report as text"
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
                  setCopyNote(copied ? 'Copied.' : 'Select the text above and copy it (⌘C).')
                })
              }}
            >
              Copy report
            </ActionButton>
            <ActionButton
              secondary
              onClick={() => {
                setReport(null)
              }}
            >
              Close report
            </ActionButton>
          </div>
          {copyNote !== '' && <p class={styles.summary}>{copyNote}</p>}
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
          Run FigJam self-test
        </ActionButton>
      </div>
    </footer>
  )
}
