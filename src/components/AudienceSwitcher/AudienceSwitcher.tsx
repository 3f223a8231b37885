'use client'
import { useEffect, useId, useRef } from 'react'
import type { Audience } from '../../config/schema'
import { readStored, writeStored } from '../../internal/storage'
import { useControllableState } from '../../internal/useControllableState'
import { useSupportHub } from '../SupportHubProvider/context'

/** The value of the "Everyone" option. */
export const ALL_AUDIENCES = 'all'
const STORAGE_KEY = 'audience'
const isString = (value: unknown): value is string => typeof value === 'string'

export interface AudienceSwitcherProps {
  /** The `audiences` of a parsed config. */
  audiences: readonly Audience[]
  /** The chosen audience id, or `'all'` (controlled). Use with `onValueChange`. */
  value?: string
  /**
   * The audience chosen at first (uncontrolled); a choice remembered from an earlier visit wins.
   * @default 'all'
   */
  defaultValue?: string
  /** Called with the newly chosen audience id, or `'all'`. */
  onValueChange?: (value: string) => void
  /**
   * Offer an "Everyone" option that shows every question.
   * @default true
   */
  showAll?: boolean
  /**
   * Remember the choice in localStorage and restore it on the next visit. When controlled, the
   * restored choice reaches the host through `onValueChange` after mount.
   * @default true
   */
  remember?: boolean
  /** Extra class names for the root element. */
  className?: string
}

/**
 * Who the reader is (seed 001: users, models, studios), as a radio group: arrow keys move and
 * choose, the choice filters the FAQ and is remembered.
 */
export function AudienceSwitcher({
  audiences,
  value,
  defaultValue = ALL_AUDIENCES,
  onValueChange,
  showAll = true,
  remember = true,
  className,
}: AudienceSwitcherProps) {
  const { t, localize } = useSupportHub('AudienceSwitcher')
  const name = useId()
  const [chosen, setChosen] = useControllableState({
    value,
    defaultValue,
    onChange: onValueChange,
  })

  // Remember what is actually shown: a controlled host may refuse a choice. The first render
  // is skipped, so the default never overwrites a choice from an earlier visit.
  const rendered = useRef(false)
  useEffect(() => {
    if (!rendered.current) {
      rendered.current = true
      return
    }
    if (remember) writeStored(STORAGE_KEY, chosen)
  }, [chosen, remember])

  // Restored after mount (never during render), so server and client HTML agree.
  useEffect(() => {
    if (!remember) return
    const stored = readStored(STORAGE_KEY, isString)
    if (stored && stored !== chosen && audiences.some((a) => a.id === stored)) setChosen(stored)
    // Only on mount: later changes are the reader's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const options = [
    ...(showAll
      ? [{ id: ALL_AUDIENCES, label: { text: t('faq.audience.all'), lang: undefined } }]
      : []),
    ...audiences.map((a) => ({ id: a.id, label: localize(a.label) })),
  ]

  return (
    <fieldset
      className={className ? `rsh-audience ${className}` : 'rsh-audience'}
      data-part="audience-switcher"
    >
      <legend className="rsh-audience__legend">{t('faq.audience.label')}</legend>
      {options.map((option) => (
        <label
          key={option.id}
          className="rsh-audience__option"
          data-part="audience-option"
          data-state={option.id === chosen ? 'checked' : 'unchecked'}
        >
          <input
            type="radio"
            className="rsh-audience__input"
            name={name}
            value={option.id}
            checked={option.id === chosen}
            onChange={() => setChosen(option.id)}
          />
          <span lang={option.label.lang}>{option.label.text}</span>
        </label>
      ))}
    </fieldset>
  )
}
