import type { BrandMark } from './brandMarks'

/**
 * A brand mark (./brandMarks, generated from simple-icons), drawn in the current text colour,
 * hidden from screen readers.
 */
export function BrandIcon({ icon, size = 20 }: { icon: BrandMark; size?: number }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
      data-part="icon"
    >
      <path d={icon.path} />
    </svg>
  )
}
