/** Colour maths for theming: parse hex, WCAG contrast, and nudge a colour until it reads. */

export type Rgb = readonly [number, number, number]

/** `#abc` or `#aabbcc` to 0..255 channels; `undefined` for anything else. */
export function parseHex(hex: string): Rgb | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())
  if (!match?.[1]) return undefined
  const digits = match[1].length === 3 ? match[1].replace(/./g, '$&$&') : match[1]
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`
}

/** WCAG 2 relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** WCAG 2 contrast ratio between two colours, 1..21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return from.map((c, i) => c + ((to[i] ?? 0) - c) * amount) as unknown as Rgb
}

/**
 * The colour closest to `color` that reaches `ratio` against `background`: mixed step by step
 * toward black (on a light background) or white (on a dark one).
 */
export function ensureContrast(color: Rgb, background: Rgb, ratio = 4.5): Rgb {
  const target: Rgb = luminance(background) > 0.18 ? [0, 0, 0] : [255, 255, 255]
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(color, target, step / 20)
    if (contrastRatio(candidate, background) >= ratio) return candidate
  }
  return target
}

/** Black or white, whichever reads better on `fill`. */
export function readableOn(fill: Rgb): Rgb {
  return contrastRatio(fill, [255, 255, 255]) >= contrastRatio(fill, [0, 0, 0])
    ? [255, 255, 255]
    : [17, 17, 17]
}
