import type { ThemeConfig } from '../config/schema'
import { ensureContrast, parseHex, readableOn, toHex } from '../core/color'

/** The card surfaces text sits on in the light and dark schemes (kept in step with styles.css). */
export const SURFACES = { light: '#ffffff', dark: '#1e2128' } as const

/**
 * CSS custom properties for a theme config. The accent is adjusted per scheme so that text and
 * focus rings drawn in it keep WCAG AA contrast (4.5:1) on the page background, whatever colour
 * the host picks; the text drawn on accent fills is black or white, whichever reads.
 */
export function themeToCssVariables(theme: ThemeConfig | undefined): Record<string, string> {
  const vars: Record<string, string> = {}
  if (!theme) return vars
  const accent = theme.accent ? parseHex(theme.accent) : undefined
  if (accent) {
    const light = ensureContrast(accent, parseHex(SURFACES.light) ?? [255, 255, 255])
    const dark = ensureContrast(accent, parseHex(SURFACES.dark) ?? [0, 0, 0])
    vars['--rsh-accent-light'] = toHex(light)
    vars['--rsh-accent-dark'] = toHex(dark)
    vars['--rsh-on-accent-light'] = toHex(readableOn(light))
    vars['--rsh-on-accent-dark'] = toHex(readableOn(dark))
  }
  if (theme.radius !== undefined) vars['--rsh-radius'] = `${theme.radius}px`
  if (theme.font) vars['--rsh-font-family'] = theme.font
  return vars
}
