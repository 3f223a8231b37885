'use client'
import { useState } from 'react'
import type { MessageId } from '../../i18n'
import { useSupportHub } from '../SupportHubProvider/context'

type DiagnosticsKey = 'browser' | 'system' | 'device' | 'page' | 'timeZone'
export type Diagnostics = Partial<Record<DiagnosticsKey, string>>

const LABELS: Record<DiagnosticsKey, MessageId> = {
  browser: 'ticket.field.browser',
  system: 'ticket.diagnostics.system',
  device: 'ticket.field.device',
  page: 'ticket.diagnostics.page',
  timeZone: 'ticket.diagnostics.timeZone',
}

/** What the browser tells about itself: read only when the reader agrees, never before. */
function collectDiagnostics(): Diagnostics {
  const nav = navigator as Navigator & {
    userAgentData?: { brands?: { brand: string; version: string }[]; platform?: string }
  }
  const brand = nav.userAgentData?.brands?.find((b) => !/not.?a.?brand/i.test(b.brand))
  const touch = navigator.maxTouchPoints > 0 ? ' · touch' : ''
  return {
    browser: brand ? `${brand.brand} ${brand.version}` : navigator.userAgent,
    system: nav.userAgentData?.platform || navigator.platform || 'unknown',
    device: `${screen.width}×${screen.height}${touch}`,
    page: location.href,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  }
}

/**
 * "Include technical details": unticked by default; once ticked, every detail is shown before
 * sending and each can be removed. `onChange` receives what will be sent (empty: nothing).
 */
export function DiagnosticsConsent({ onChange }: { onChange: (value: Diagnostics) => void }) {
  const { t } = useSupportHub('DiagnosticsConsent')
  const [details, setDetails] = useState<Diagnostics | null>(null)
  const update = (next: Diagnostics | null) => {
    setDetails(next)
    onChange(next ?? {})
  }
  return (
    <div className="rsh-field rsh-diagnostics" data-part="diagnostics">
      <label className="rsh-field__choice">
        <input
          type="checkbox"
          checked={details !== null}
          onChange={(event) => update(event.target.checked ? collectDiagnostics() : null)}
        />
        <span>{t('ticket.diagnostics.consent')}</span>
      </label>
      {details && (
        <dl className="rsh-diagnostics__list">
          {(Object.keys(details) as DiagnosticsKey[]).map((key) => (
            <div key={key} className="rsh-diagnostics__item">
              <dt>{t(LABELS[key])}</dt>
              <dd>
                <bdi>{details[key]}</bdi>{' '}
                <button
                  type="button"
                  className="rsh-button"
                  data-variant="quiet"
                  onClick={() => {
                    update(
                      Object.fromEntries(Object.entries(details).filter(([name]) => name !== key)),
                    )
                  }}
                >
                  {t('ticket.diagnostics.remove', { name: t(LABELS[key]) })}
                </button>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  )
}
