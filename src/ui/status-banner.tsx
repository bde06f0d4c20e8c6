import {
  Banner,
  IconApprovedCheckmark24,
  IconButton,
  IconClose16,
  IconInfoSmall24,
  IconWarningSmall24,
  LoadingIndicator,
} from '@create-figma-plugin/ui'
import type { JSX } from 'preact'

import { type Notice, type Operation, type PanelState, pendingWords } from './panel-state'

export interface StatusBannerProps {
  pending: Operation | null
  progress: PanelState['progress']
  notice: Notice | null
  onDismiss: () => void
}

const icons: Record<Notice['tone'], JSX.Element> = {
  error: <IconWarningSmall24 />,
  success: <IconApprovedCheckmark24 />,
  info: <IconInfoSmall24 />,
}

/** How many of a notice's issues the banner lists; it counts the rest. */
const ISSUES_SHOWN = 8

/**
 * The panel's status: a loading indicator while the board works, and the last result or error
 * as a banner that can be dismissed, with its issues (a refused file's problems) listed. Errors
 * are announced to screen readers at once.
 */
export function StatusBanner(props: StatusBannerProps): JSX.Element | null {
  const { pending, progress, notice } = props
  if (pending === null && notice === null) return null
  return (
    <div class="status-stack">
      {pending === null ? null : (
        <div class="status-pending" role="status">
          <LoadingIndicator />
          <span>
            {pendingWords[pending]}
            {progress === null || progress.total === 0
              ? null
              : ` ${progress.done} of ${progress.total}`}
          </span>
        </div>
      )}
      {notice === null ? null : (
        <div class="status-notice" role={notice.tone === 'error' ? 'alert' : 'status'}>
          <Banner
            icon={icons[notice.tone]}
            {...(notice.tone === 'error'
              ? { variant: 'warning' as const }
              : notice.tone === 'success'
                ? { variant: 'success' as const }
                : {})}
          >
            <div class="notice-body">
              <div class="notice-text">
                <strong>{notice.title}</strong>
                {notice.detail === null ? null : <span> {notice.detail}</span>}
                {notice.issues === undefined || notice.issues.length === 0 ? null : (
                  <ul class="notice-issues">
                    {notice.issues.slice(0, ISSUES_SHOWN).map((issue, index) => (
                      <li key={index}>{issue}</li>
                    ))}
                    {notice.issues.length > ISSUES_SHOWN ? (
                      <li>and {notice.issues.length - ISSUES_SHOWN} more</li>
                    ) : null}
                  </ul>
                )}
              </div>
              <IconButton aria-label="Dismiss" title="Dismiss" onClick={props.onDismiss}>
                <IconClose16 />
              </IconButton>
            </div>
          </Banner>
        </div>
      )}
    </div>
  )
}
