import { afterEach, beforeEach } from 'vitest'

import { setDefaultReadings } from './fake-figjam'
import { type FakeProfile, STRICTEST_READINGS } from './fake-readings'

/**
 * Makes every fake board created in the calling `describe` block take `profile`'s readings; use
 * it inside `describe.each(FAKE_PROFILES)` to run a suite under each reading of Figma's docs.
 */
export function useFakeProfile(profile: FakeProfile): void {
  beforeEach(() => {
    setDefaultReadings(profile.readings)
  })
  afterEach(() => {
    setDefaultReadings(STRICTEST_READINGS)
  })
}
