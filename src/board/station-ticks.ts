import type { PluginDataEntry } from '../model/station-ticks'
import type { FigJamPort } from './figjam-port'
import { PLUGIN_DATA_NAMESPACE } from './plugin-data'

/**
 * Writes `entry` (when given) on the current page's shared plugin data under
 * `PLUGIN_DATA_NAMESPACE`, the namespace of the criteria ticks, so everyone opening the plugin on
 * the board sees it; an empty `value` removes the key (Figma's setSharedPluginData doc page).
 * Then returns every entry of that namespace on the page, unparsed: the panel parses them
 * (`parseStationTicks`), as another plugin or version may have written them.
 * @throws Error from Figma when the entry is over 100 kB.
 */
export function syncStationTicks(
  figma: Pick<FigJamPort, 'currentPage'>,
  entry: PluginDataEntry | null,
): PluginDataEntry[] {
  const page = figma.currentPage
  if (entry) page.setSharedPluginData(PLUGIN_DATA_NAMESPACE, entry.key, entry.value)
  return page.getSharedPluginDataKeys(PLUGIN_DATA_NAMESPACE).map((key) => ({
    key,
    value: page.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key),
  }))
}
