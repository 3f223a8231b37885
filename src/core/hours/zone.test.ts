import { describe, expect, it } from 'vitest'
import { dayOfIsoDate, localDate } from './zone'

describe('localDate', () => {
  it('is the wall-clock date in the given zone, not the UTC date', () => {
    const at = new Date('2026-03-24T22:30:00Z')
    expect(localDate(at, 'UTC')).toBe('2026-03-24')
    // Athens is UTC+2 in March: already the 25th.
    expect(localDate(at, 'Europe/Athens')).toBe('2026-03-25')
    // New York is UTC-4 after 8 March: still the 24th.
    expect(localDate(new Date('2026-03-25T03:30:00Z'), 'America/New_York')).toBe('2026-03-24')
  })

  it('turns over at local midnight across a DST change', () => {
    // Athens falls back 04:00 -> 03:00 on 25 October 2026 (UTC+3 -> UTC+2).
    expect(localDate(new Date('2026-10-24T20:59:59Z'), 'Europe/Athens')).toBe('2026-10-24')
    expect(localDate(new Date('2026-10-24T21:00:00Z'), 'Europe/Athens')).toBe('2026-10-25')
    expect(localDate(new Date('2026-10-25T21:59:59Z'), 'Europe/Athens')).toBe('2026-10-25')
    expect(localDate(new Date('2026-10-25T22:00:00Z'), 'Europe/Athens')).toBe('2026-10-26')
  })

  it("defaults to the runtime's zone", () => {
    const at = new Date('2026-07-01T12:00:00Z')
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone
    expect(localDate(at)).toBe(localDate(at, zone))
    const expected = [at.getFullYear(), at.getMonth() + 1, at.getDate()]
      .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
      .join('-')
    expect(localDate(at)).toBe(expected)
  })

  it('round-trips with dayOfIsoDate', () => {
    const text = localDate(new Date('2026-02-28T12:00:00Z'), 'Asia/Seoul')
    expect(text).toBe('2026-02-28')
    expect(dayOfIsoDate(text)).toBe(Math.floor(Date.UTC(2026, 1, 28) / 86_400_000))
  })
})
