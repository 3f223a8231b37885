'use client'
import { useCallback, useState } from 'react'
import { useLatestRef } from './useLatestRef'

interface ControllableStateOptions<T> {
  /** The controlled value; when defined, the component follows it and never holds its own. */
  value: T | undefined
  /** The initial value when uncontrolled. */
  defaultValue: T
  /** Called with every new value, controlled or not. */
  onChange: ((value: T) => void) | undefined
}

/**
 * One state that is either controlled (`value` + `onChange`) or uncontrolled (`defaultValue`),
 * the contract every stateful component here follows.
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
}: ControllableStateOptions<T>): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue)
  const controlled = value !== undefined
  const current = controlled ? value : own
  const onChangeRef = useLatestRef(onChange)

  const setValue = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next)
      onChangeRef.current?.(next)
    },
    [controlled, onChangeRef],
  )
  return [current, setValue]
}
