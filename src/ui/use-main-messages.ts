import { useEffect, useRef } from 'preact/hooks'

import {
  type MainToUiName,
  mainToUiNames,
  type MainToUiPayload,
  onMessageFromMain,
  sendToMain,
} from '../messages'

/** One handler for every message the main thread sends to the panel. */
export type MainMessageHandlers = {
  [N in MainToUiName]: (payload: MainToUiPayload<N>) => void
}

function handlerFor<N extends MainToUiName>(
  handlers: MainMessageHandlers,
  name: N,
): (payload: MainToUiPayload<N>) => void {
  return handlers[name]
}

/**
 * Subscribes the panel to every main-thread message (payloads typed by src/model/plugin-messages.ts), then
 * sends UI_READY once, on mount. Handlers may change between renders; the latest ones run.
 * A handler that throws reaches `onError`.
 */
export function useMainMessages(
  handlers: MainMessageHandlers,
  onError: (error: Error) => void,
): void {
  const latest = useRef({ handlers, onError })
  latest.current = { handlers, onError }
  useEffect(() => {
    const unsubscribes = mainToUiNames.map((name) =>
      onMessageFromMain(
        name,
        (payload) => {
          handlerFor(latest.current.handlers, name)(payload)
        },
        (error) => {
          latest.current.onError(error)
        },
      ),
    )
    sendToMain('UI_READY', {})
    return () => {
      for (const unsubscribe of unsubscribes) unsubscribe()
    }
  }, [])
}
