'use client'
import { Check, Minus } from '../icons/lineIcons'
import { LineIcon } from '../icons/LineIcon'
import { isSafeLinkHref } from '../../core/url'
import type { LocalizedText, PlanComparisonConfig } from '../../config/schema'
import { ComparisonTable, type ComparisonRow } from '../ComparisonTable'
import { Localized } from '../Localized'
import { useSupportHub } from '../SupportHubProvider/context'

export interface PlanComparisonProps {
  /** The `plans` block of a parsed config. */
  plans: PlanComparisonConfig
  /** The visitor's plan id: its column is marked "Your plan". */
  plan?: string | undefined
  /** Extra class names for the root element. */
  className?: string
}

/**
 * Plans side by side: features as rows (included, not included, a level or text), the price
 * formatted in its currency, who each plan suits, and a call to action per plan. Same table and
 * narrow-screen behaviour as the SLA table.
 */
export function PlanComparison({ plans, plan, className }: PlanComparisonProps) {
  const { t, intl } = useSupportHub('PlanComparison')
  const value = (v: boolean | LocalizedText | undefined) => {
    if (v === true) {
      return (
        <span className="rsh-table__value" data-value="included">
          <LineIcon icon={Check} size={18} strokeWidth={2.5} />
          <span className="rsh-visually-hidden">{t('plans.included')}</span>
        </span>
      )
    }
    if (v === false || v === undefined) {
      return (
        <span className="rsh-table__value" data-value="not-included">
          <LineIcon icon={Minus} size={18} strokeWidth={2.5} />
          <span className="rsh-visually-hidden">{t('plans.notIncluded')}</span>
        </span>
      )
    }
    return <Localized value={v} />
  }

  const rows: ComparisonRow[] = plans.features.map((feature, f) => ({
    id: `feature-${f}`,
    header: <Localized value={feature.label} />,
    cells: plans.plans.map((p) => value(feature.values[p.id])),
  }))
  if (plans.plans.some((p) => p.price)) {
    rows.push({
      id: 'price',
      header: t('plans.price'),
      cells: plans.plans.map((p) => {
        if (!p.price) return value(undefined)
        const price = intl.formatNumber(p.price.amount, {
          style: 'currency',
          currency: p.price.currency,
        })
        return (
          <span className="rsh-table__price">
            {t(p.price.period === 'year' ? 'plans.perYear' : 'plans.perMonth', { price })}
          </span>
        )
      }),
    })
  }
  if (plans.plans.some((p) => p.idealFor)) {
    rows.push({
      id: 'ideal-for',
      header: t('plans.idealFor'),
      cells: plans.plans.map((p) =>
        p.idealFor ? <Localized value={p.idealFor} /> : value(undefined),
      ),
    })
  }
  const ctas = plans.plans.some((p) => p.cta)
    ? plans.plans.map((p) =>
        // Checked by the parser, and again here: a config checked elsewhere is taken on trust.
        p.cta && isSafeLinkHref(p.cta.href) ? (
          <a className="rsh-table__cta" href={p.cta.href}>
            <Localized value={p.cta.label} />
          </a>
        ) : null,
      )
    : undefined

  return (
    <ComparisonTable
      part="plan-comparison"
      className={className}
      caption={plans.caption ? <Localized value={plans.caption} /> : t('plans.caption')}
      corner={t('plans.rowHeader')}
      columns={plans.plans.map((p) => ({
        id: p.id,
        header: <Localized value={p.name} />,
        highlighted: p.id === plan,
      }))}
      rows={rows}
      footerCells={ctas}
    />
  )
}
