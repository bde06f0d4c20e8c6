import { createContext } from 'preact'
import { useContext } from 'preact/hooks'

import { DEFAULT_LOCALE } from '../locale/locales'
import { type Translator, translator } from '../locale/translator'

/** The panel's translator, provided once at the panel's root; English outside a provider. */
export const LocaleContext = createContext<Translator>(translator(DEFAULT_LOCALE))

/** The translator of the panel's language: `t('panel.checkFit')`, `t.locale`. */
export function useTranslator(): Translator {
  return useContext(LocaleContext)
}
