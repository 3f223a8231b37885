'use client'
import { useRef, type ReactNode } from 'react'
import { useIsomorphicLayoutEffect } from '../../internal/useIsomorphicLayoutEffect'
import { useLatestRef } from '../../internal/useLatestRef'

// Browsers with `hidden="until-found"` let find-in-page reach collapsed answers and fire
// `beforematch` before revealing them (Chromium 102+). Elsewhere the answer stays plain hidden.
function supportsHiddenUntilFound(): boolean {
  return typeof document !== 'undefined' && 'onbeforematch' in document.body
}

export interface FaqAnswerProps {
  id: string
  labelledBy: string
  open: boolean
  onBeforeMatch: () => void
  children: ReactNode
}

/**
 * The answer region. It is always rendered (in the DOM and in server HTML), hidden while
 * collapsed, so find-in-page, crawlers and deep links reach it.
 */
export function FaqAnswer({ id, labelledBy, open, onBeforeMatch, children }: FaqAnswerProps) {
  const ref = useRef<HTMLDivElement>(null)
  const mounted = useRef(false)
  const onBeforeMatchRef = useLatestRef(onBeforeMatch)
  const openRef = useLatestRef(open)

  // React renders `hidden` as a boolean; upgrade it to `until-found` where the browser has it.
  useIsomorphicLayoutEffect(() => {
    const node = ref.current
    if (!node) return
    if (open) {
      // The open animation grows to the answer's own height; answers open at load do not animate.
      node.style.setProperty('--rsh-faq-answer-height', `${node.scrollHeight}px`)
      node.toggleAttribute('data-animate', mounted.current)
      mounted.current = true
      return
    }
    mounted.current = true
    if (!supportsHiddenUntilFound()) return
    node.setAttribute('hidden', 'until-found')
    const reveal = () => {
      onBeforeMatchRef.current()
      // The browser has already removed `hidden`; if the item did not open (a controlled host
      // said no), hide the answer again so what is shown matches aria-expanded.
      requestAnimationFrame(() => {
        if (!openRef.current) node.setAttribute('hidden', 'until-found')
      })
    }
    node.addEventListener('beforematch', reveal)
    return () => node.removeEventListener('beforematch', reveal)
  }, [open, onBeforeMatchRef, openRef])

  return (
    <div
      ref={ref}
      id={id}
      role="region"
      aria-labelledby={labelledBy}
      hidden={!open}
      className="rsh-faq__answer"
      data-part="faq-answer"
      data-state={open ? 'open' : 'closed'}
    >
      <div className="rsh-faq__answer-body" data-part="faq-answer-body">
        {children}
      </div>
    </div>
  )
}
