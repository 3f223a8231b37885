import { createElement } from 'react'
import type { LineIconNode } from './lineIcons'

interface LineIconProps {
  /** The icon's shapes (./lineIcons, generated from lucide). */
  icon: LineIconNode
  /** @default 20 */
  size?: number
  /** @default 2 */
  strokeWidth?: number
  className?: string
}

/**
 * A line icon (lucide's shapes), stroked in the current text colour, hidden from screen readers:
 * every icon here sits beside text that says the same.
 */
export function LineIcon({ icon, size = 20, strokeWidth = 2, className }: LineIconProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-part="icon"
      className={className}
    >
      {icon.map(([tag, attributes], index) => createElement(tag, { key: index, ...attributes }))}
    </svg>
  )
}
