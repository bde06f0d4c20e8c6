import { methodCanvasTitles, packagedGuide } from '../src/method/packaged-station-guide'
import { buildStationGuide, type StationGuide } from '../src/method/station-guide'

/**
 * The station guide of cycle `cycleId` in `locale` over the installed package's files and
 * canvases, as the panel's Guide tab and the command line's `status` build it.
 */
export function packagedStationGuide(cycleId: string, locale: string): StationGuide {
  return buildStationGuide(packagedGuide(), cycleId, locale, methodCanvasTitles(locale))
}
