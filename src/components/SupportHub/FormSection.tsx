'use client'
import {
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react'
import { loadDraft } from '../../submit'
import { useSupportHub } from '../SupportHubProvider/context'
import { SectionBoundary } from './SectionBoundary'

interface FormSectionProps<P extends object> {
  /** The section's id, also the hash that opens it (`#ticket`). */
  id: string
  /** Loads the form's chunk. */
  load: () => Promise<{ default: ComponentType<P> }>
  /** The form's props. */
  props: P
  /** The draft key: a kept draft opens the form at once, so nothing typed is hidden. */
  draftKey: string | false
  /** The text of the button that opens the form. */
  openLabel: string
  /** Text under the section heading while the form is closed. */
  intro?: ReactNode
}

/**
 * A form that loads only when the reader opens it: with the button, with a link to `#<id>` (the
 * channels' "Open the ticket form", the FAQ's "Still need help?"), or by itself when a draft was
 * kept. Opening moves focus to the form's first field; a chunk that fails to load can be retried.
 */
export function FormSection<P extends object>({
  id,
  load,
  props,
  draftKey,
  openLabel,
  intro,
}: FormSectionProps<P>) {
  const { t } = useSupportHub('SupportHub')
  const [open, setOpen] = useState(false)
  // A new lazy component per attempt: React keeps a failed import's error for good.
  const [attempt, setAttempt] = useState(() => ({ Form: lazy(load) }))
  const [focusOnLoad, setFocusOnLoad] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)

  // After hydration only (the server never knows the hash or the drafts).
  useEffect(() => {
    const openFromHash = () => {
      if (window.location.hash === `#${id}`) {
        setOpen(true)
        setFocusOnLoad(true)
      }
    }
    openFromHash()
    // Drafts live in localStorage, which server HTML cannot read: checked after mount.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (draftKey && loadDraft(draftKey) !== undefined) setOpen(true)
    window.addEventListener('hashchange', openFromHash)
    return () => window.removeEventListener('hashchange', openFromHash)
  }, [id, draftKey])

  const { Form } = attempt

  if (!open) {
    return (
      <div className="rsh-hub__form-closed" data-part="form-closed">
        {intro}
        <button
          type="button"
          className="rsh-button"
          data-variant="primary"
          aria-expanded="false"
          onClick={() => {
            setOpen(true)
            setFocusOnLoad(true)
          }}
        >
          {openLabel}
        </button>
      </div>
    )
  }

  return (
    <div ref={rootRef} className="rsh-hub__form" data-part="form-open">
      <SectionBoundary
        resetKey={attempt}
        onError={() => undefined}
        fallback={() => (
          <div className="rsh-hub__form-failed" data-part="form-load-failed" role="alert">
            <p>{t('hub.form.loadFailed')}</p>
            <button
              type="button"
              className="rsh-button"
              onClick={() => {
                setAttempt({ Form: lazy(load) })
                setFocusOnLoad(true)
              }}
            >
              {t('ticket.retry')}
            </button>
          </div>
        )}
      >
        <Suspense
          fallback={
            <p role="status" className="rsh-hub__form-loading" data-part="form-loading">
              {t('hub.form.loading')}
            </p>
          }
        >
          <Form {...props} />
          <FocusFirstField
            rootRef={rootRef}
            enabled={focusOnLoad}
            onDone={() => setFocusOnLoad(false)}
          />
        </Suspense>
      </SectionBoundary>
    </div>
  )
}

/** Rendered with the form (same Suspense boundary): focuses its first field once it is there. */
function FocusFirstField({
  rootRef,
  enabled,
  onDone,
}: {
  rootRef: React.RefObject<HTMLDivElement | null>
  enabled: boolean
  onDone: () => void
}) {
  useEffect(() => {
    if (!enabled) return
    const field = rootRef.current?.querySelector<HTMLElement>(
      'input:not([type="hidden"]):not([tabindex="-1"]), select, textarea',
    )
    field?.focus()
    onDone()
  }, [enabled, rootRef, onDone])
  return null
}
