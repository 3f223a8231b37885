'use client'
import type { DurationText, SlaConfig } from '../../config/schema'
import { formatDuration } from '../../core/duration'
import { ComparisonTable } from '../ComparisonTable'
import { Localized } from '../Localized'
import { useSupportHub, type SupportHubContextValue } from '../SupportHubProvider/context'

export interface SlaTableProps {
  /** The `sla` block of a parsed config. */
  sla: SlaConfig
  /** The visitor's plan id: its column is marked "Your plan". */
  plan?: string | undefined
  /** Extra class names for the root element. */
  className?: string
}

/** A promise as shown ("≤ 15 min") and as read aloud ("within 15 minutes"). */
export function SlaTarget({ target }: { target: DurationText | null }) {
  const hub = useSupportHub('SlaTable')
  return <>{slaTargetContent(target, hub)}</>
}

function slaTargetContent(target: DurationText | null, { t, locale }: SupportHubContextValue) {
  if (target === null) {
    return (
      <span className="rsh-table__value" data-value="not-included">
        {t('sla.notIncluded')}
      </span>
    )
  }
  if (target === 'immediate') {
    return (
      <span className="rsh-table__value" data-value="immediate">
        {t('sla.immediate')}
      </span>
    )
  }
  const short = formatDuration(target, { locale, style: 'short' }) ?? target
  const long = formatDuration(target, { locale, style: 'long' }) ?? target
  return (
    <span className="rsh-table__value" data-value="duration">
      <span aria-hidden="true">{t('sla.atMost', { duration: short })}</span>
      <span className="rsh-visually-hidden">{t('sla.within', { duration: long })}</span>
    </span>
  )
}

/**
 * Promised response times: plans as columns, channels or request types as rows, each a
 * duration ("≤ 15 min", read "within 15 minutes"), "Immediate" or "Not included". The visitor's
 * plan is marked in words and in style.
 */
export function SlaTable({ sla, plan, className }: SlaTableProps) {
  const hub = useSupportHub('SlaTable')
  const { t } = hub
  return (
    <ComparisonTable
      part="sla-table"
      className={className}
      caption={sla.caption ? <Localized value={sla.caption} /> : t('sla.caption')}
      corner={t('sla.rowHeader')}
      columns={sla.plans.map((p) => ({
        id: p.id,
        header: <Localized value={p.name} />,
        highlighted: p.id === plan,
      }))}
      rows={sla.rows.map((row, r) => ({
        id: `${r}`,
        header: <Localized value={row.label} />,
        cells: sla.plans.map((p) => slaTargetContent(row.targets[p.id] ?? null, hub)),
      }))}
      footnote={sla.footnote ? <Localized value={sla.footnote} /> : undefined}
    />
  )
}
