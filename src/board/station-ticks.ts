import type { PluginDataEntry } from '../model/station-ticks'
import { STATION_TICKS_NAMESPACE } from '../model/station-ticks-namespace'
import type { FigJamPort } from './figjam-port'

/**
 * Every shared plugin data entry of the current page in the ticks' namespace, unparsed: the
 * panel parses them (`parseStationTicks`), as another plugin or version may have written them.
 */
export function readStationTickEntries(figma: Pick<FigJamPort, 'currentPage'>): PluginDataEntry[] {
  const page = figma.currentPage
  return page.getSharedPluginDataKeys(STATION_TICKS_NAMESPACE).map((key) => ({
    key,
    value: page.getSharedPluginData(STATION_TICKS_NAMESPACE, key),
  }))
}

/**
 * Writes one entry on the current page's shared plugin data (everyone opening the plugin on the
 * board sees it); an empty `value` removes the key (Figma's setSharedPluginData doc page).
 * @throws Error from Figma when the entry is over 100 kB.
 */
export function writeStationTickEntry(
  figma: Pick<FigJamPort, 'currentPage'>,
  entry: PluginDataEntry,
): void {
  figma.currentPage.setSharedPluginData(STATION_TICKS_NAMESPACE, entry.key, entry.value)
}
