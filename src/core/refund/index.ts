/**
 * Refund eligibility from a policy and a purchase date (no React). Seeds: 002 refunds only for a
 * duplicate charge or a technical failure; 004 a 14-day withdrawal right on new subscriptions,
 * otherwise case by case.
 */
import { localDate } from '../hours/zone'

/** Reasons a refund form offers; a policy may name its own too. */
export type RefundReason =
  'duplicate-charge' | 'technical-failure' | 'withdrawal' | 'other' | (string & {})

export interface RefundPolicy {
  /**
   * The legal withdrawal window, in days after the purchase day (EU: 14). Inside it, a refund is
   * due whatever the reason.
   */
  withdrawalDays?: number
  /** Reasons that are always refunded (seed 002: duplicate charge, technical failure). */
  eligibleReasons?: readonly RefundReason[]
  /**
   * Everything else: looked at case by case (`review`, the default) or refused (`not-eligible`).
   * @default 'review'
   */
  otherwise?: 'review' | 'not-eligible'
}

export type RefundRule =
  /** Inside the withdrawal window. */
  | 'withdrawal-window'
  /** The reason is one the policy always refunds. */
  | 'eligible-reason'
  /** Looked at case by case. */
  | 'case-by-case'
  /** The policy refunds only other reasons (or the window has passed and nothing else applies). */
  | 'not-covered'

export interface RefundEligibility {
  status: 'eligible' | 'not-eligible' | 'review'
  /** The rule that decided it. */
  rule: RefundRule
  /** Days left in the withdrawal window (0 on its last day); only when the window applies. */
  daysLeft?: number
  /** The last day of the withdrawal window, `YYYY-MM-DD`, when the policy has one. */
  windowEnds?: string
  /** Whether the purchase is still inside the withdrawal window (when the policy has one). */
  insideWindow?: boolean
}

const DAY = 24 * 60 * 60 * 1000

/** Whole days from one `YYYY-MM-DD` to another (calendar days, no time zone involved). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY)
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
}

/**
 * Whether a refund request is likely to be granted, and by which rule. The purchase date is a
 * calendar date; "today" is the calendar date of `now` in the company's `timeZone`, so the
 * window's last day is the same wherever the reader is.
 */
export function checkRefundEligibility(
  policy: RefundPolicy,
  request: { reason: RefundReason; purchasedAt: string; now: Date; timeZone: string },
): RefundEligibility {
  const window: Pick<RefundEligibility, 'windowEnds' | 'insideWindow' | 'daysLeft'> = {}
  if (policy.withdrawalDays !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(request.purchasedAt)) {
    const elapsed = daysBetween(request.purchasedAt, localDate(request.now, request.timeZone))
    window.windowEnds = addDays(request.purchasedAt, policy.withdrawalDays)
    // A purchase "in the future" (a wrong date or clock) is treated as made today.
    window.insideWindow = elapsed <= policy.withdrawalDays
    if (window.insideWindow) window.daysLeft = policy.withdrawalDays - Math.max(elapsed, 0)
  }
  if (window.insideWindow) return { status: 'eligible', rule: 'withdrawal-window', ...window }
  if (policy.eligibleReasons?.includes(request.reason)) {
    return { status: 'eligible', rule: 'eligible-reason', ...window }
  }
  if ((policy.otherwise ?? 'review') === 'review') {
    return { status: 'review', rule: 'case-by-case', ...window }
  }
  return { status: 'not-eligible', rule: 'not-covered', ...window }
}
