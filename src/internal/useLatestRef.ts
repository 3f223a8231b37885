'use client'
import { useRef } from 'react'
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect'

/**
 * A ref that holds the value of the latest committed render, for callbacks that must stay stable
 * (event handlers, listeners added once) yet call what the host passed last. Updated in a layout
 * effect, not during render (a render React throws away must not leak into it) and not in a
 * passive effect (which runs after the browser may already have fired events at the new DOM).
 */
export function useLatestRef<T>(value: T): { readonly current: T } {
  const ref = useRef(value)
  useIsomorphicLayoutEffect(() => {
    ref.current = value
  })
  return ref
}
