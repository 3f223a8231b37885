'use client'
import { Suspense } from 'react'
import type { BrandMarkName } from './brandMarks'
import { readBrandMark } from './brandMarkRegistry'

interface BrandIconProps {
  /** The mark, by its simple-icons export name (`siVisa`). */
  mark: BrandMarkName
  size?: number
}

/**
 * A brand mark (generated from simple-icons, see ./brandMarks), drawn in the current text colour,
 * hidden from screen readers: the brand's name is always beside it as text. Its path loads on
 * demand; meanwhile (or if it cannot load) the icon is an empty box of the same size, so nothing
 * moves when it arrives. When hydrating server HTML, the server's mark stays until the path is in.
 */
export function BrandIcon({ mark, size = 20 }: BrandIconProps) {
  return (
    <Suspense fallback={<MarkSvg size={size} />}>
      <LoadedMark mark={mark} size={size} />
    </Suspense>
  )
}

function LoadedMark({ mark, size }: Required<BrandIconProps>) {
  const icon = readBrandMark(mark)
  return <MarkSvg size={size} path={icon?.path} />
}

function MarkSvg({ size, path }: { size: number; path?: string | undefined }) {
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
      {path ? <path d={path} /> : null}
    </svg>
  )
}
