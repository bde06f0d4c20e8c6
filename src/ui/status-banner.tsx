import {
  IconApprovedCheckmark16,
  IconClose16,
  IconInfo16,
  IconWarning16,
  LoadingIndicator,
} from '@create-figma-plugin/ui'
import type { JSX, Ref } from 'preact'

import { classNames } from './class-names'
import { useTranslator } from './locale-context'
import { type Notice, pendingKeys } from './panel-notices'
import type { Operation } from './panel-operation'
import type { PanelState } from './panel-state'
import { formatText } from './panel-text'
import styles from './status-banner.module.css'

export interface StatusBannerProps {
  pending: Operation | null
  progress: PanelState['progress']
  notice: Notice | null
  onDismiss: () => void
  /** The notice's Dismiss button, for the panel to move focus to it. */
  dismissRef?: Ref<HTMLButtonElement>
}

const icons: Record<Notice['tone'], JSX.Element> = {
  error: <IconWarning16 />,
  success: <IconApprovedCheckmark16 />,
  info: <IconInfo16 />,
}

/** How many of a notice's issues the banner lists; it counts the rest. */
const ISSUES_SHOWN = 8

/**
 * The panel's status: a loading indicator while the board works, and the last result or error
 * as a notice that Dismiss (or Escape anywhere in the panel) removes, with its issues (a refused
 * file's problems) listed. Errors are announced to screen readers at once, the rest politely.
 */
export function StatusBanner(props: StatusBannerProps): JSX.Element | null {
  const { pending, progress, notice } = props
  const t = useTranslator()
  if (pending === null && notice === null) return null
  return (
    <div class={styles.stack}>
      {pending === null ? null : (
        <div class={styles.pending} role="status">
          <LoadingIndicator />
          <span>
            {progress === null || progress.total === 0
              ? t(pendingKeys[pending])
              : t('panel.pendingProgress', {
                  doing: t(pendingKeys[pending]),
                  done: progress.done,
                  total: progress.total,
                })}
          </span>
        </div>
      )}
      {notice === null ? null : (
        <div
          class={classNames(styles.notice, styles[notice.tone])}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <span class={styles.icon} aria-hidden="true">
            {icons[notice.tone]}
          </span>
          <div class={styles.text}>
            <strong>{formatText(t, notice.title)}</strong>
            {notice.detail === null ? null : <span> {formatText(t, notice.detail)}</span>}
            {notice.issues === undefined || notice.issues.length === 0 ? null : (
              <ul class={styles.issues}>
                {notice.issues.slice(0, ISSUES_SHOWN).map((issue, index) => (
                  <li key={index}>{formatText(t, issue)}</li>
                ))}
                {notice.issues.length > ISSUES_SHOWN ? (
                  <li>{t('panel.moreIssues', { count: notice.issues.length - ISSUES_SHOWN })}</li>
                ) : null}
              </ul>
            )}
          </div>
          <button
            ref={props.dismissRef ?? null}
            type="button"
            class={styles.dismiss}
            aria-label={t('panel.dismiss')}
            title={t('panel.dismissTitle')}
            onClick={props.onDismiss}
          >
            <IconClose16 />
          </button>
        </div>
      )}
    </div>
  )
}
