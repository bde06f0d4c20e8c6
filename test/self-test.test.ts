import { describe, expect, it, vi } from 'vitest'

import { runSelfTestAsync } from '../src/board/self-test-async'
import { SELF_TEST_PROBES } from '../src/board/self-test-probes'
import { translator } from '../src/locale/translator'
import { formatSelfTestReport, selfTestSeenText } from '../src/model/self-test-report'
import { boardSnapshot } from './board-helpers'
import { createFakeFigJam } from './fake-figjam/fake-figjam'
import { FAKE_PROFILES } from './fake-figjam/fake-readings'
import { useFakeProfile } from './fake-figjam/use-fake-profile'

describe.each(FAKE_PROFILES)('the FigJam self-test, with the fake taking the $name', (profile) => {
  useFakeProfile(profile)

  it('finds every fact the plugin relies on, and leaves the board and view as they were', async () => {
    const fake = createFakeFigJam()
    fake.person.addSticky({ text: 'Already here', x: 10, y: 10 })
    fake.viewport.center = { x: 300, y: 200 }
    fake.viewport.zoom = 0.5
    const before = boardSnapshot(fake)

    const report = await runSelfTestAsync(fake)

    expect(report.facts.filter((fact) => !fact.passed)).toEqual([])
    expect(report.facts.map((fact) => fact.id)).toEqual(SELF_TEST_PROBES.map((probe) => probe.id))
    expect(report.cleanedUp).toBe(true)
    expect(boardSnapshot(fake)).toBe(before)
    expect(fake.viewport.state).toEqual({ center: { x: 300, y: 200 }, zoom: 0.5 })
    expect(fake.undoCommits).toBe(1)
  })

  it('reports the default fonts FigJam gave the new nodes', async () => {
    const fake = createFakeFigJam()
    const report = await runSelfTestAsync(fake)
    const seen = (id: string) => {
      const fact = report.facts.find((candidate) => candidate.id === id)
      return fact === undefined ? undefined : selfTestSeenText(translator('en'), fact)
    }
    const name = (font: FontName) => `${font.family} ${font.style} loaded`
    expect(seen('sticky-font')).toBe(name(fake.readings.stickyFont))
    expect(seen('text-font')).toBe(name(fake.readings.textFont))
    expect(seen('shape-font')).toBe(name(fake.readings.shapeFont))
  })
})

describe('a fact that does not hold', () => {
  it('is reported as failed with what was seen and its doc page, the others still checked', async () => {
    const fake = createFakeFigJam()
    const stale = fake.person.addSticky({ text: 'Stale', x: 0, y: 0 })
    const find = fake.getNodeByIdAsync.bind(fake)
    vi.spyOn(fake, 'getNodeByIdAsync').mockImplementation(async (id) => (await find(id)) ?? stale)
    const report = await runSelfTestAsync(fake)
    const failed = report.facts.filter((fact) => !fact.passed)
    expect(failed).toEqual([{ id: 'removed-node', passed: false, seen: { type: 'STICKY' } }])
    const text = formatSelfTestReport(translator('en'), report)
    expect(text.split('\n').slice(0, 2)).toEqual([
      'API Canvas: FigJam self-test',
      `1 of ${String(SELF_TEST_PROBES.length)} facts do not hold in this FigJam.`,
    ])
    expect(text).toContain(
      'FAIL getNodeByIdAsync gives null for a node that was removed (a STICKY node came back) https://developers.figma.com/docs/plugins/api/properties/figma-getnodebyidasync',
    )
    expect(text.match(/^PASS /gm)).toHaveLength(SELF_TEST_PROBES.length - 1)
  })
})

describe('the self-test report in another language', () => {
  it('words the facts and what was seen in the panel’s language, doc links kept', async () => {
    const report = await runSelfTestAsync(createFakeFigJam())
    const text = formatSelfTestReport(translator('fi'), report)
    expect(text.split('\n').slice(0, 2)).toEqual([
      'API Canvas: FigJamin itsetestaus',
      `Kaikki ${String(SELF_TEST_PROBES.length)} oletusta pätevät tässä FigJamissa.`,
    ])
    expect(text).toContain(
      'OK getNodeByIdAsync palauttaa null poistetulle elementille (null) https://developers.figma.com/docs/plugins/api/properties/figma-getnodebyidasync',
    )
    expect(text).not.toMatch(/PASS|facts hold|node came back/)
  })

  it('words a probe FigJam refused with the reason the board code gave', () => {
    const text = formatSelfTestReport(translator('de'), {
      facts: [{ id: 'sticky-font', passed: false, failure: { key: 'board.mixedFonts' } }],
      cleanedUp: false,
    })
    expect(text.split('\n')).toEqual([
      'API Canvas: FigJam-Selbsttest',
      '1 von 1 Annahmen gilt nicht in diesem FigJam.',
      'Der Arbeitsabschnitt konnte nicht entfernt werden: einmal rückgängig machen.',
      '',
      'FEHLER Der Text einer neuen Haftnotiz hat eine Schriftart, die das Plugin vor dem Schreiben laden kann (Der Text mischt mehrere Schriftarten; das Plugin schreibt jeden Text in einer einzigen Schriftart.) https://developers.figma.com/docs/plugins/api/StickyNode',
    ])
  })
})
