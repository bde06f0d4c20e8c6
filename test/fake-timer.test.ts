import { describe, expect, test } from 'vitest'

import { createFakeFigJam } from './fake-figjam/fake-figjam'
import type { FakeTimer } from './fake-figjam/fake-timer'

function timer(): FakeTimer {
  const figma = createFakeFigJam({ readings: { timerAvailable: true } })
  if (figma.timer === undefined) throw new Error('the reading gives a timer')
  return figma.timer
}

describe("the in-memory FigJam's timer", () => {
  test('is undefined under the strictest reading', () => {
    expect(createFakeFigJam().timer).toBe(undefined)
  })

  test('reads 0 and STOPPED before a start, and does nothing at pause, resume or stop', () => {
    const clock = timer()
    clock.pause()
    clock.resume()
    clock.stop()
    expect([clock.remaining, clock.total, clock.state]).toEqual([0, 0, 'STOPPED'])
    clock.events.flush()
    expect(clock.events.delivered).toEqual([])
  })

  test('counts down, pauses, adjusts the total at a restart and finishes at 0', () => {
    const clock = timer()
    clock.start(300)
    clock.advance(100)
    clock.pause()
    clock.advance(50)
    expect(clock.snapshot).toEqual({ state: 'PAUSED', total: 300, remaining: 200 })
    clock.start(60)
    expect(clock.snapshot).toEqual({ state: 'RUNNING', total: 160, remaining: 60 })
    clock.advance(60)
    expect(clock.snapshot).toEqual({ state: 'STOPPED', total: 160, remaining: 0 })
    clock.events.flush()
    expect(clock.events.delivered).toEqual([
      'timerstart',
      'timerpause',
      'timeradjust',
      'timerresume',
      'timerdone',
    ])
  })

  test('delivers events after the code that caused them, once per kind in a turn', async () => {
    const clock = timer()
    const heard: string[] = []
    clock.events.on('timeradjust', () => heard.push('adjust'))
    clock.start(300)
    clock.start(200)
    clock.start(100)
    expect(heard).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(heard).toEqual(['adjust'])
  })

  test('refuses a start with no time', () => {
    expect(() => {
      timer().start(0)
    }).toThrow('in start: seconds must be a number above 0, got 0')
  })
})
