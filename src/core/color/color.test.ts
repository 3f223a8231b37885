import { describe, expect, it } from 'vitest'
import { contrastRatio, ensureContrast, parseHex, readableOn, toHex } from '.'
import { SURFACES, themeToCssVariables } from '../../theme/tokens'

describe('colour maths', () => {
  it('parses short and long hex and refuses anything else', () => {
    expect(parseHex('#fff')).toEqual([255, 255, 255])
    expect(parseHex('#5b3df5')).toEqual([91, 61, 245])
    expect(parseHex('red')).toBeUndefined()
    expect(parseHex('#12345')).toBeUndefined()
  })

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5)
    expect(contrastRatio([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2)
  })

  it('darkens a light accent until it reads on white, and lightens a dark one on a dark surface', () => {
    const white = parseHex(SURFACES.light)!
    const dark = parseHex(SURFACES.dark)!
    expect(
      contrastRatio(ensureContrast(parseHex('#ffe066')!, white), white),
    ).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(ensureContrast(parseHex('#1e3a8a')!, dark), dark)).toBeGreaterThanOrEqual(
      4.5,
    )
    // An accent that already reads is left as it is.
    expect(toHex(ensureContrast(parseHex('#1e3a8a')!, white))).toBe('#1e3a8a')
  })

  it('picks black or white text for an accent fill', () => {
    expect(readableOn([255, 224, 102])).toEqual([17, 17, 17])
    expect(readableOn([30, 58, 138])).toEqual([255, 255, 255])
  })
})

describe('theme tokens', () => {
  it('map theme config to CSS custom properties', () => {
    const vars = themeToCssVariables({ accent: '#5b3df5', radius: 12, font: 'Inter, sans-serif' })
    expect(vars['--rsh-accent-light']).toBe('#5b3df5')
    expect(vars['--rsh-radius']).toBe('12px')
    expect(vars['--rsh-font-family']).toBe('Inter, sans-serif')
    expect(
      contrastRatio(parseHex(vars['--rsh-accent-dark']!)!, parseHex(SURFACES.dark)!),
    ).toBeGreaterThanOrEqual(4.5)
  })

  it('set nothing for an empty theme', () => {
    expect(themeToCssVariables(undefined)).toEqual({})
  })
})
