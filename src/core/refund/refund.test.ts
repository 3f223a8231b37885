import { describe, expect, it } from 'vitest'
import { checkRefundEligibility, type RefundPolicy } from '.'

/** Seed 004: a 14-day withdrawal right on new subscriptions, otherwise case by case. */
const seed004: RefundPolicy = { withdrawalDays: 14 }
/** Seed 002: no refunds in general, except a duplicate charge or a technical failure. */
const seed002: RefundPolicy = {
  eligibleReasons: ['duplicate-charge', 'technical-failure'],
  otherwise: 'not-eligible',
}

const athens = 'Europe/Athens'
const check = (
  policy: RefundPolicy,
  reason: string,
  purchasedAt: string,
  now: string,
  timeZone = athens,
) => checkRefundEligibility(policy, { reason, purchasedAt, now: new Date(now), timeZone })

describe('refund eligibility', () => {
  it.each([
    // [what, policy, reason, purchased, now (UTC), status, rule, daysLeft]
    [
      'inside the window, any reason',
      seed004,
      'other',
      '2026-11-10',
      '2026-11-20T10:00:00Z',
      'eligible',
      'withdrawal-window',
      4,
    ],
    [
      'on the purchase day',
      seed004,
      'other',
      '2026-11-10',
      '2026-11-10T10:00:00Z',
      'eligible',
      'withdrawal-window',
      14,
    ],
    [
      'on the last day of the window',
      seed004,
      'withdrawal',
      '2026-11-10',
      '2026-11-24T20:00:00Z',
      'eligible',
      'withdrawal-window',
      0,
    ],
    [
      'the day after the window: case by case',
      seed004,
      'withdrawal',
      '2026-11-10',
      '2026-11-25T10:00:00Z',
      'review',
      'case-by-case',
      undefined,
    ],
    [
      'seed 002: a duplicate charge',
      seed002,
      'duplicate-charge',
      '2025-01-01',
      '2026-11-20T10:00:00Z',
      'eligible',
      'eligible-reason',
      undefined,
    ],
    [
      'seed 002: a technical failure',
      seed002,
      'technical-failure',
      '2026-11-01',
      '2026-11-20T10:00:00Z',
      'eligible',
      'eligible-reason',
      undefined,
    ],
    [
      'seed 002: any other reason',
      seed002,
      'other',
      '2026-11-19',
      '2026-11-20T10:00:00Z',
      'not-eligible',
      'not-covered',
      undefined,
    ],
    [
      'seed 002: withdrawal is not a covered reason',
      seed002,
      'withdrawal',
      '2026-11-19',
      '2026-11-20T10:00:00Z',
      'not-eligible',
      'not-covered',
      undefined,
    ],
  ] as const)('%s', (_, policy, reason, purchased, now, status, rule, daysLeft) => {
    const result = check(policy, reason, purchased, now)
    expect(result.status).toBe(status)
    expect(result.rule).toBe(rule)
    expect(result.daysLeft).toBe(daysLeft)
  })

  it('names the last day of the window and whether the purchase is inside it', () => {
    expect(check(seed004, 'other', '2026-11-10', '2026-11-20T10:00:00Z')).toEqual({
      status: 'eligible',
      rule: 'withdrawal-window',
      daysLeft: 4,
      windowEnds: '2026-11-24',
      insideWindow: true,
    })
    expect(check(seed004, 'other', '2026-11-10', '2026-12-01T10:00:00Z')).toMatchObject({
      windowEnds: '2026-11-24',
      insideWindow: false,
    })
  })

  it('counts days in the company time zone at the date boundary', () => {
    // 23:30 UTC on the 24th is already the 25th in Athens: the window has closed there.
    expect(check(seed004, 'other', '2026-11-10', '2026-11-24T23:30:00Z').status).toBe('review')
    // The same instant is still the 24th in New York: the last day of the window.
    const newYork = check(
      seed004,
      'other',
      '2026-11-10',
      '2026-11-24T23:30:00Z',
      'America/New_York',
    )
    expect(newYork).toMatchObject({ status: 'eligible', daysLeft: 0 })
  })

  it('counts calendar days across a daylight-saving change', () => {
    // Europe moves its clocks on 29 March 2026; 14 calendar days still end on 4 April.
    expect(check(seed004, 'other', '2026-03-21', '2026-04-04T20:59:00Z')).toMatchObject({
      status: 'eligible',
      daysLeft: 0,
    })
    expect(check(seed004, 'other', '2026-03-21', '2026-04-04T21:00:00Z').status).toBe('review')
  })

  it('both rules: an eligible reason outside the window is still eligible, by reason', () => {
    const both: RefundPolicy = {
      withdrawalDays: 14,
      eligibleReasons: ['duplicate-charge'],
      otherwise: 'not-eligible',
    }
    expect(check(both, 'duplicate-charge', '2025-01-01', '2026-11-20T10:00:00Z')).toMatchObject({
      status: 'eligible',
      rule: 'eligible-reason',
      insideWindow: false,
    })
    expect(check(both, 'other', '2025-01-01', '2026-11-20T10:00:00Z').status).toBe('not-eligible')
  })

  it('treats a purchase date in the future as today, and ignores a malformed date', () => {
    expect(check(seed004, 'other', '2026-12-01', '2026-11-20T10:00:00Z')).toMatchObject({
      status: 'eligible',
      daysLeft: 14,
    })
    expect(check(seed004, 'other', 'yesterday', '2026-11-20T10:00:00Z')).toEqual({
      status: 'review',
      rule: 'case-by-case',
    })
  })
})
