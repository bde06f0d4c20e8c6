import { describe, expect, test } from 'vitest'

import { workshopCanvases } from '../src/canvas/canvas-catalog'
import { buildMethodCanvasDefinition, methodCanvasIds } from '../src/method/method-canvases'
import { chosenTemplate } from '../src/ui/chosen-template'

const finnish = methodCanvasIds().map((id) => buildMethodCanvasDefinition(id, 'fi'))

describe('chosenTemplate', () => {
  test('a remembered workshop template or method canvas is chosen again', () => {
    expect(chosenTemplate('api-canvas', workshopCanvases, finnish).id).toBe('api-canvas')
    expect(chosenTemplate('method:restCanvas:fi', workshopCanvases, finnish)).toEqual(
      buildMethodCanvasDefinition('restCanvas', 'fi'),
    )
  })

  test('a method canvas remembered in another language is chosen in the shown language', () => {
    expect(chosenTemplate('method:restCanvas:de', workshopCanvases, finnish).id).toBe(
      'method:restCanvas:fi',
    )
  })

  test('nothing remembered, or a template that is gone, chooses the first workshop template', () => {
    for (const remembered of [null, 'api-kanvas', 'method:noSuchCanvas:fi']) {
      expect(chosenTemplate(remembered, workshopCanvases, finnish).id).toBe('api-business-goals')
    }
  })

  test('refuses to choose from no workshop templates', () => {
    expect(() => chosenTemplate(null, [], finnish)).toThrow('There is no workshop template')
  })
})
