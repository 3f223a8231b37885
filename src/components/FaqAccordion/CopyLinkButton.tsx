'use client'
import { useEffect, useRef, useState } from 'react'
import { useSupportHub } from '../SupportHubProvider/context'
import { faqAnchor } from './anchors'

function LinkIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}

/**
 * Copies the question's address (`…#faq-<id>`) and says so in a polite live region; the button
 * is described by its question, so each one is told apart. Where the
 * clipboard is refused, the address bar gets the link instead, and the reader is told.
 */
export function CopyLinkButton({ itemId, questionId }: { itemId: string; questionId: string }) {
  const { t } = useSupportHub('CopyLinkButton')
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  async function copy() {
    const url = new URL(window.location.href)
    url.hash = faqAnchor(itemId)
    let next: 'copied' | 'failed' = 'copied'
    try {
      await navigator.clipboard.writeText(url.href)
    } catch {
      history.replaceState(history.state, '', url.href)
      next = 'failed'
    }
    setStatus(next)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setStatus('idle'), 4000)
  }

  return (
    <span className="rsh-copy-link" data-part="faq-copy-link">
      <button
        type="button"
        className="rsh-button"
        data-variant="quiet"
        // Its name is what it shows; the question it links to is its description.
        aria-describedby={questionId}
        onClick={() => void copy()}
      >
        <LinkIcon />
        <span>{t('faq.copyLink')}</span>
      </button>
      <span role="status" className="rsh-copy-link__status">
        {status === 'copied'
          ? t('faq.copyLink.copied')
          : status === 'failed'
            ? t('faq.copyLink.failed')
            : ''}
      </span>
    </span>
  )
}
