import { createContext } from 'preact'
import { useContext, useEffect, useState } from 'preact/hooks'

import { DEFAULT_LOCALE, type Locale } from '../locale/locales'
import { type Translator, translator } from '../locale/translator'
import { browserLanguages, panelLocale } from './panel-locale'

/** The panel's translator, provided once at the panel's root; English outside a provider. */
export const LocaleContext = createContext<Translator>(translator(DEFAULT_LOCALE))

/** The translator of the panel's language: `t('panel.checkFit')`, `t.locale`. */
export function useTranslator(): Translator {
  return useContext(LocaleContext)
}

/**
 * The translator of the panel's language (`panelLocale`: `chosen`, else the browser's languages
 * as the panel opened, else English), keeping the document's `lang` and `title` in step.
 */
export function usePanelTranslator(chosen: Locale | null, title: string): Translator {
  const [languages] = useState(browserLanguages)
  const t = translator(panelLocale(chosen, languages))
  useEffect(() => {
    document.documentElement.lang = t.locale
    document.title = title
  }, [t.locale, title])
  return t
}
