import { describe, expect, it } from 'vitest'
import type { OpeningHours } from '../../config'
import {
  formatOpeningHours,
  formatTime,
  getOpeningStatus,
  groupWeeklyHours,
  resolveChannelHours,
  sameOffset,
  timeZoneCity,
  type HoursSpec,
  type OpeningStatus,
} from '.'

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const
const ATHENS = 'Europe/Athens'
const NEW_YORK = 'America/New_York'
const SEOUL = 'Asia/Seoul'

/** The status at an ISO instant, with the instants as ISO strings for readable assertions. */
function statusAt(hours: HoursSpec, iso: string, timeZone = ATHENS) {
  const status: OpeningStatus = getOpeningStatus(hours, { at: new Date(iso), timeZone })
  return {
    ...status,
    closesAt: status.closesAt?.toISOString(),
    opensAt: status.opensAt?.toISOString(),
    nextChange: status.nextChange?.toISOString(),
  }
}

const officeHours: OpeningHours = {
  weekly: [{ days: [...WEEKDAYS], open: '09:00', close: '18:00' }],
}

/** Seed 004: Monday to Friday 9:00–18:00 Greek time, closed on Greek public holidays. */
const greekOffice: OpeningHours = {
  weekly: [{ days: [...WEEKDAYS], open: '09:00', close: '18:00' }],
  closed: [
    { date: '2026-03-25', label: { el: 'Εθνική Επέτειος', en: 'Independence Day' } },
    { date: '2026-04-10', until: '2026-04-13', label: { el: 'Πάσχα', en: 'Orthodox Easter' } },
    { date: '2026-12-25', until: '2026-12-26', label: 'Christmas' },
    { date: '2027-01-01', label: "New Year's Day" },
  ],
  special: [
    { date: '2026-12-24', ranges: [{ open: '09:00', close: '14:00' }], label: 'Christmas Eve' },
    { date: '2026-12-31', ranges: [], label: "New Year's Eve" },
  ],
  timeZone: ATHENS,
}

describe('getOpeningStatus: regular weekly hours', () => {
  it('is open during office hours and says when it closes (Athens, winter time)', () => {
    // Friday 12:00 in Athens (UTC+2 until 29 March 2026): it closes at 18:00 local, 16:00 UTC.
    expect(statusAt(officeHours, '2026-03-27T10:00:00Z')).toEqual({
      open: true,
      reason: 'regular',
      closesAt: '2026-03-27T16:00:00.000Z',
      opensAt: undefined,
      nextChange: '2026-03-27T16:00:00.000Z',
      timeZone: ATHENS,
    })
  })

  it('on the Saturday before the spring change, opens on Monday at 09:00 summer time', () => {
    expect(statusAt(officeHours, '2026-03-28T10:00:00Z')).toEqual({
      open: false,
      reason: 'closed',
      closesAt: undefined,
      opensAt: '2026-03-30T06:00:00.000Z',
      nextChange: '2026-03-30T06:00:00.000Z',
      timeZone: ATHENS,
    })
  })

  it('is closed the minute before opening and open at exactly 09:00', () => {
    // Monday 23 March 2026, Athens UTC+2: 09:00 local is 07:00 UTC.
    expect(statusAt(officeHours, '2026-03-23T06:59:00Z')).toMatchObject({
      open: false,
      opensAt: '2026-03-23T07:00:00.000Z',
    })
    expect(statusAt(officeHours, '2026-03-23T06:59:59.999Z').open).toBe(false)
    expect(statusAt(officeHours, '2026-03-23T07:00:00Z')).toMatchObject({
      open: true,
      closesAt: '2026-03-23T16:00:00.000Z',
    })
  })

  it('is open the minute before closing and closed at exactly 18:00', () => {
    expect(statusAt(officeHours, '2026-03-23T15:59:00Z')).toMatchObject({
      open: true,
      closesAt: '2026-03-23T16:00:00.000Z',
    })
    expect(statusAt(officeHours, '2026-03-23T16:00:00Z')).toMatchObject({
      open: false,
      reason: 'closed',
      opensAt: '2026-03-24T07:00:00.000Z',
    })
  })

  it('closes for a lunch break and reopens the same day', () => {
    const lunchBreak: OpeningHours = {
      weekly: [
        { days: [...WEEKDAYS], open: '09:00', close: '13:00' },
        { days: [...WEEKDAYS], open: '14:00', close: '18:00' },
      ],
    }
    expect(statusAt(lunchBreak, '2026-03-23T10:00:00Z')).toMatchObject({
      open: true,
      closesAt: '2026-03-23T11:00:00.000Z',
    })
    expect(statusAt(lunchBreak, '2026-03-23T11:30:00Z')).toMatchObject({
      open: false,
      reason: 'closed',
      opensAt: '2026-03-23T12:00:00.000Z',
    })
    expect(statusAt(lunchBreak, '2026-03-23T12:00:00Z')).toMatchObject({
      open: true,
      closesAt: '2026-03-23T16:00:00.000Z',
    })
  })

  it('does not close between ranges that touch', () => {
    const split: OpeningHours = {
      weekly: [
        { days: ['mon'], open: '09:00', close: '13:00' },
        { days: ['mon'], open: '13:00', close: '18:00' },
      ],
    }
    expect(statusAt(split, '2026-03-23T10:00:00Z').closesAt).toBe('2026-03-23T16:00:00.000Z')
  })

  it('reports a whole week of 00:00–24:00 as open with no closing within 400 days', () => {
    const allWeek: OpeningHours = {
      weekly: [{ days: [...WEEKDAYS, 'sat', 'sun'], open: '00:00', close: '24:00' }],
    }
    expect(statusAt(allWeek, '2026-03-23T10:00:00Z')).toMatchObject({
      open: true,
      reason: 'regular',
      closesAt: undefined,
      nextChange: undefined,
    })
  })

  it('is open all the time for always, in the time zone it was given', () => {
    expect(statusAt('always', '2026-12-25T03:00:00Z', SEOUL)).toEqual({
      open: true,
      reason: 'always',
      closesAt: undefined,
      opensAt: undefined,
      nextChange: undefined,
      timeZone: SEOUL,
    })
  })

  it('reports no next opening when there are no weekly hours', () => {
    expect(statusAt({ weekly: [] }, '2026-03-23T10:00:00Z')).toMatchObject({
      open: false,
      reason: 'closed',
      opensAt: undefined,
      nextChange: undefined,
    })
  })

  it('reports no next opening when every day of the next 400 days is closed', () => {
    const longClosure: OpeningHours = {
      ...officeHours,
      closed: [{ date: '2026-03-01', until: '2027-12-31', label: 'Closed for good' }],
    }
    expect(statusAt(longClosure, '2026-03-23T10:00:00Z')).toMatchObject({
      open: false,
      reason: 'holiday',
      label: 'Closed for good',
      opensAt: undefined,
    })
  })
})

describe('getOpeningStatus: overnight ranges', () => {
  // Athens summer time (UTC+3) in June 2026.
  const nights: OpeningHours = {
    weekly: [{ days: ['fri', 'sat', 'sun'], open: '22:00', close: '02:00' }],
  }

  it('is open after midnight in a range that started the evening before', () => {
    // Saturday 01:00 local, in Friday's range.
    expect(statusAt(nights, '2026-06-05T22:00:00Z')).toMatchObject({
      open: true,
      reason: 'regular',
      closesAt: '2026-06-05T23:00:00.000Z',
    })
  })

  it('runs Sunday night into Monday morning and then waits for Friday', () => {
    // Monday 8 June 01:30 local.
    expect(statusAt(nights, '2026-06-07T22:30:00Z')).toMatchObject({
      open: true,
      closesAt: '2026-06-07T23:00:00.000Z',
    })
    // Monday 02:00 local: closed until Friday 22:00 local.
    expect(statusAt(nights, '2026-06-07T23:00:00Z')).toMatchObject({
      open: false,
      reason: 'closed',
      opensAt: '2026-06-12T19:00:00.000Z',
    })
  })

  it('opens at 22:00 on the evening it starts', () => {
    expect(statusAt(nights, '2026-06-05T18:59:00Z').opensAt).toBe('2026-06-05T19:00:00.000Z')
    expect(statusAt(nights, '2026-06-05T19:00:00Z')).toMatchObject({
      open: true,
      closesAt: '2026-06-05T23:00:00.000Z',
    })
  })
})

describe('getOpeningStatus: holidays (seed 004, Greek public holidays)', () => {
  it('is closed on Independence Day with its label, and opens the next morning', () => {
    expect(statusAt(greekOffice, '2026-03-25T10:00:00Z')).toEqual({
      open: false,
      reason: 'holiday',
      label: { el: 'Εθνική Επέτειος', en: 'Independence Day' },
      closesAt: undefined,
      opensAt: '2026-03-26T07:00:00.000Z',
      nextChange: '2026-03-26T07:00:00.000Z',
      timeZone: ATHENS,
    })
  })

  it('keeps the whole Easter date range closed, both ends included', () => {
    for (const at of ['2026-04-10T07:00:00Z', '2026-04-11T10:00:00Z', '2026-04-13T14:59:00Z']) {
      expect(statusAt(greekOffice, at)).toMatchObject({
        open: false,
        reason: 'holiday',
        label: { en: 'Orthodox Easter' },
        opensAt: '2026-04-14T06:00:00.000Z',
      })
    }
    expect(statusAt(greekOffice, '2026-04-14T06:00:00Z').open).toBe(true)
  })

  it('after closing before three holidays and a weekend, opens on the first working day', () => {
    // Thursday 9 April 19:00 local: Friday to Monday are closed.
    expect(statusAt(greekOffice, '2026-04-09T16:00:00Z')).toMatchObject({
      open: false,
      reason: 'closed',
      opensAt: '2026-04-14T06:00:00.000Z',
    })
  })

  it('lets an overnight range that started the day before run into a holiday, and not start on it', () => {
    const lateShift: OpeningHours = {
      weekly: [{ days: [...WEEKDAYS], open: '22:00', close: '02:00' }],
      closed: [{ date: '2026-03-25', label: 'Independence Day' }],
    }
    // Wednesday 25 March 01:00 local (UTC+2): Tuesday's range is still running.
    expect(statusAt(lateShift, '2026-03-24T23:00:00Z')).toMatchObject({
      open: true,
      reason: 'regular',
      closesAt: '2026-03-25T00:00:00.000Z',
    })
    // Wednesday 23:00 local: the holiday's own range does not start.
    expect(statusAt(lateShift, '2026-03-25T21:00:00Z')).toMatchObject({
      open: false,
      reason: 'holiday',
      label: 'Independence Day',
      opensAt: '2026-03-26T20:00:00.000Z',
    })
    // Thursday 01:00 local: nothing carried over from the holiday.
    expect(statusAt(lateShift, '2026-03-25T23:00:00Z')).toMatchObject({
      open: false,
      reason: 'closed',
    })
  })
})

describe('getOpeningStatus: special days', () => {
  it('keeps the short hours of Christmas Eve with their label', () => {
    // Thursday 24 December 2026, 12:00 local (UTC+2).
    expect(statusAt(greekOffice, '2026-12-24T10:00:00Z')).toMatchObject({
      open: true,
      reason: 'special',
      label: 'Christmas Eve',
      closesAt: '2026-12-24T12:00:00.000Z',
    })
  })

  it('after the short day closes, names the day and skips the Christmas holidays', () => {
    expect(statusAt(greekOffice, '2026-12-24T13:00:00Z')).toMatchObject({
      open: false,
      reason: 'special',
      label: 'Christmas Eve',
      opensAt: '2026-12-28T07:00:00.000Z',
    })
  })

  it('closes a special day without ranges, with its label', () => {
    expect(statusAt(greekOffice, '2026-12-31T10:00:00Z')).toMatchObject({
      open: false,
      reason: 'special',
      label: "New Year's Eve",
      opensAt: '2027-01-04T07:00:00.000Z',
    })
  })

  it('opens on a special day inside a closed date range', () => {
    const summerBreak: OpeningHours = {
      ...officeHours,
      closed: [{ date: '2026-08-10', until: '2026-08-21', label: 'Summer break' }],
      special: [{ date: '2026-08-14', ranges: [{ open: '10:00', close: '12:00' }] }],
    }
    expect(statusAt(summerBreak, '2026-08-14T08:00:00Z')).toMatchObject({
      open: true,
      reason: 'special',
      closesAt: '2026-08-14T09:00:00.000Z',
    })
    expect(statusAt(summerBreak, '2026-08-13T08:00:00Z')).toMatchObject({
      open: false,
      reason: 'holiday',
      label: 'Summer break',
      opensAt: '2026-08-14T07:00:00.000Z',
    })
  })
})

describe('getOpeningStatus: daylight saving time', () => {
  const sundayFrom = (open: string, close: string): OpeningHours => ({
    weekly: [{ days: ['sun'], open, close }],
  })

  describe('Europe/Athens (03:00 -> 04:00 on 29 March, 04:00 -> 03:00 on 25 October 2026)', () => {
    it('opens inside the skipped hour at the moment the clock jumps', () => {
      const hours = sundayFrom('03:30', '12:00')
      // 02:30 local, UTC+2.
      expect(statusAt(hours, '2026-03-29T00:30:00Z').opensAt).toBe('2026-03-29T01:00:00.000Z')
      expect(statusAt(hours, '2026-03-29T01:00:00Z')).toMatchObject({
        open: true,
        closesAt: '2026-03-29T09:00:00.000Z',
      })
    })

    it('is an hour shorter across the spring change', () => {
      const hours: OpeningHours = { weekly: [{ days: ['sat'], open: '22:00', close: '06:00' }] }
      expect(statusAt(hours, '2026-03-28T21:00:00Z').closesAt).toBe('2026-03-29T03:00:00.000Z')
    })

    it('opens inside the repeated hour the first time the clock shows it', () => {
      const hours = sundayFrom('03:30', '12:00')
      // 03:00 summer time (UTC+3), before the change.
      expect(statusAt(hours, '2026-10-25T00:00:00Z').opensAt).toBe('2026-10-25T00:30:00.000Z')
      expect(statusAt(hours, '2026-10-25T00:30:00Z')).toMatchObject({
        open: true,
        closesAt: '2026-10-25T10:00:00.000Z',
      })
    })

    it('opens on the Monday after the autumn change at 09:00 winter time', () => {
      expect(statusAt(officeHours, '2026-10-24T12:00:00Z').opensAt).toBe('2026-10-26T07:00:00.000Z')
    })
  })

  describe('America/New_York (02:00 -> 03:00 on 8 March, 02:00 -> 01:00 on 1 November 2026)', () => {
    it('opens inside the skipped hour at the moment the clock jumps', () => {
      const hours = sundayFrom('02:30', '09:00')
      expect(statusAt(hours, '2026-03-08T06:30:00Z', NEW_YORK).opensAt).toBe(
        '2026-03-08T07:00:00.000Z',
      )
      expect(statusAt(hours, '2026-03-08T07:00:00Z', NEW_YORK)).toMatchObject({
        open: true,
        closesAt: '2026-03-08T13:00:00.000Z',
      })
    })

    it('opens inside the repeated hour the first time and stays open the second time', () => {
      const hours = sundayFrom('01:30', '09:00')
      // 01:00 EDT.
      expect(statusAt(hours, '2026-11-01T05:00:00Z', NEW_YORK).opensAt).toBe(
        '2026-11-01T05:30:00.000Z',
      )
      // 01:15 EST, the second time the clock shows 01:15.
      expect(statusAt(hours, '2026-11-01T06:15:00Z', NEW_YORK)).toMatchObject({
        open: true,
        closesAt: '2026-11-01T14:00:00.000Z',
      })
    })

    it('closes inside the repeated hour the first time the clock shows it', () => {
      const hours = sundayFrom('00:00', '01:30')
      expect(statusAt(hours, '2026-11-01T05:10:00Z', NEW_YORK)).toMatchObject({
        open: true,
        closesAt: '2026-11-01T05:30:00.000Z',
      })
      expect(statusAt(hours, '2026-11-01T06:10:00Z', NEW_YORK).open).toBe(false)
    })

    it('opens on the Monday after the spring change at 09:00 daylight time', () => {
      const office: OpeningHours = { ...officeHours, timeZone: NEW_YORK }
      expect(statusAt(office, '2026-03-06T23:00:00Z', ATHENS)).toMatchObject({
        open: false,
        opensAt: '2026-03-09T13:00:00.000Z',
        timeZone: NEW_YORK,
      })
    })
  })

  describe('Asia/Seoul (no daylight saving time)', () => {
    it('keeps UTC+9 on the days Europe and America change', () => {
      expect(statusAt(officeHours, '2026-03-28T03:00:00Z', SEOUL).opensAt).toBe(
        '2026-03-30T00:00:00.000Z',
      )
      expect(statusAt(officeHours, '2026-03-06T10:00:00Z', SEOUL).opensAt).toBe(
        '2026-03-09T00:00:00.000Z',
      )
    })

    it('opens at 02:30 on 8 March, an hour that exists in Seoul', () => {
      const hours = sundayFrom('02:30', '09:00')
      expect(statusAt(hours, '2026-03-07T17:00:00Z', SEOUL).opensAt).toBe(
        '2026-03-07T17:30:00.000Z',
      )
    })
  })
})

describe('resolveChannelHours', () => {
  it('gives a channel the company hours unless it has its own', () => {
    expect(resolveChannelHours('inherit', greekOffice)).toBe(greekOffice)
    expect(resolveChannelHours(undefined, greekOffice)).toBe(greekOffice)
    expect(resolveChannelHours('always', greekOffice)).toBe('always')
    expect(resolveChannelHours(officeHours, greekOffice)).toBe(officeHours)
  })

  it('treats a channel without hours as always open when the company has none', () => {
    expect(resolveChannelHours('inherit', undefined)).toBe('always')
    expect(resolveChannelHours(undefined, undefined)).toBe('always')
  })

  it('uses a channel’s own time zone rather than the company’s', () => {
    const phoneInNewYork: OpeningHours = {
      weekly: [{ days: [...WEEKDAYS], open: '09:00', close: '17:00' }],
      timeZone: NEW_YORK,
    }
    const company: OpeningHours = officeHours
    const options = { at: new Date('2026-06-08T16:00:00Z'), timeZone: ATHENS }
    // Monday 19:00 in Athens (closed), 12:00 in New York (open).
    expect(getOpeningStatus(resolveChannelHours('inherit', company), options)).toMatchObject({
      open: false,
      timeZone: ATHENS,
    })
    const phone = getOpeningStatus(resolveChannelHours(phoneInNewYork, company), options)
    expect(phone).toMatchObject({ open: true, timeZone: NEW_YORK })
    expect(phone.closesAt?.toISOString()).toBe('2026-06-08T21:00:00.000Z')
  })
})

describe('groupWeeklyHours', () => {
  it('groups consecutive days with the same ranges, in order, leaving closed days out', () => {
    const hours: OpeningHours = {
      weekly: [
        { days: ['sat'], open: '10:00', close: '14:00' },
        { days: ['mon', 'tue', 'wed', 'thu'], open: '14:00', close: '18:00' },
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '13:00' },
        { days: ['sun'], open: '10:00', close: '14:00' },
      ],
    }
    expect(groupWeeklyHours(hours)).toEqual([
      {
        days: ['mon', 'tue', 'wed', 'thu'],
        ranges: [
          { open: '09:00', close: '13:00' },
          { open: '14:00', close: '18:00' },
        ],
      },
      { days: ['fri'], ranges: [{ open: '09:00', close: '13:00' }] },
      { days: ['sat', 'sun'], ranges: [{ open: '10:00', close: '14:00' }] },
    ])
  })

  it('does not join days separated by a closed day', () => {
    const hours: OpeningHours = {
      weekly: [{ days: ['mon', 'wed'], open: '09:00', close: '17:00' }],
    }
    expect(groupWeeklyHours(hours).map((group) => group.days)).toEqual([['mon'], ['wed']])
  })
})

describe('formatOpeningHours', () => {
  const week: OpeningHours = {
    weekly: [
      { days: [...WEEKDAYS], open: '09:00', close: '18:00' },
      { days: ['sat'], open: '10:00', close: '14:00' },
    ],
  }
  const lateNights: OpeningHours = {
    weekly: [
      { days: [...WEEKDAYS], open: '09:00', close: '13:00' },
      { days: [...WEEKDAYS], open: '14:00', close: '18:00' },
      { days: ['sat', 'sun'], open: '22:00', close: '24:00' },
    ],
  }

  it.each([
    ['en', 'Mon–Fri 9:00 AM–6:00 PM, Sat 10:00 AM–2:00 PM'],
    ['de', 'Mo–Fr 09:00–18:00 und Sa 10:00–14:00'],
    ['el', 'Δευ–Παρ 9:00 π.μ.–6:00 μ.μ., Σάβ 10:00 π.μ.–2:00 μ.μ.'],
    ['es', 'lun–vie 9:00–18:00 y sáb 10:00–14:00'],
    ['ko', '월–금 AM 9:00–PM 6:00 및 토 AM 10:00–PM 2:00'],
  ])('summarizes a week in %s with its own day names and time style', (locale, expected) => {
    expect(formatOpeningHours(week, { locale })).toBe(expected)
  })

  it.each([
    ['en', 'Mon–Fri 9:00 AM–1:00 PM, 2:00 PM–6:00 PM, Sat–Sun 10:00 PM–12:00 AM'],
    ['de', 'Mo–Fr 09:00–13:00 und 14:00–18:00 und Sa–So 22:00–24:00'],
    ['el', 'Δευ–Παρ 9:00 π.μ.–1:00 μ.μ., 2:00 μ.μ.–6:00 μ.μ., Σάβ–Κυρ 10:00 μ.μ.–12:00 π.μ.'],
    ['es', 'lun–vie 9:00–13:00 y 14:00–18:00 y sáb–dom 22:00–24:00'],
    ['ko', '월–금 AM 9:00–PM 1:00 및 PM 2:00–PM 6:00 및 토–일 PM 10:00–AM 12:00'],
  ])(
    'in %s, lists a lunch break and writes the end of the day as 24:00 in 24-hour locales',
    (locale, expected) => {
      expect(formatOpeningHours(lateNights, { locale })).toBe(expected)
    },
  )

  it('summarizes a week in Arabic with Arabic day names', () => {
    const text = formatOpeningHours(week, { locale: 'ar' })
    expect(text).toContain('الاثنين')
    expect(text).toContain('الجمعة')
    expect(text).toContain('السبت')
    expect(text).toContain('–')
  })

  it('follows an explicit hour cycle in the locale tag', () => {
    expect(formatOpeningHours(week, { locale: 'en-u-hc-h23' })).toBe(
      'Mon–Fri 09:00–18:00, Sat 10:00–14:00',
    )
  })

  it('says 24/7 for always, or the label given', () => {
    expect(formatOpeningHours('always', { locale: 'en' })).toBe('24/7')
    expect(formatOpeningHours('always', { locale: 'el', alwaysLabel: 'Όλο το 24ωρο' })).toBe(
      'Όλο το 24ωρο',
    )
  })

  it('gives the closed label, or nothing, when there are no weekly hours', () => {
    expect(formatOpeningHours({ weekly: [] }, { locale: 'en' })).toBe('')
    expect(formatOpeningHours({ weekly: [] }, { locale: 'en', closedLabel: 'Closed' })).toBe(
      'Closed',
    )
  })
})

describe('formatTime', () => {
  it('shows an instant on the clock of the zone, in the locale’s style', () => {
    const at = new Date('2026-03-27T16:00:00Z')
    expect(formatTime(at, { locale: 'en', timeZone: ATHENS })).toBe('6:00 PM')
    expect(formatTime(at, { locale: 'de', timeZone: ATHENS })).toBe('18:00')
    expect(formatTime(at, { locale: 'de', timeZone: NEW_YORK })).toBe('12:00')
    expect(formatTime(at, { locale: 'es', timeZone: SEOUL })).toBe('1:00')
  })
})

describe('timeZoneCity and sameOffset', () => {
  it('names the city of a zone', () => {
    expect(timeZoneCity(ATHENS, 'en')).toBe('Athens')
    expect(timeZoneCity(NEW_YORK, 'de')).toBe('New York')
    expect(timeZoneCity('America/Argentina/Buenos_Aires', 'es')).toBe('Buenos Aires')
  })

  it('names a zone without a city by its short name', () => {
    expect(timeZoneCity('UTC', 'en')).toBe('UTC')
    expect(timeZoneCity('Etc/GMT-3', 'en')).toBe('GMT+3')
  })

  it('tells whether two zones show the same clock at an instant', () => {
    const winter = new Date('2026-01-15T12:00:00Z')
    const summer = new Date('2026-07-15T12:00:00Z')
    expect(sameOffset(ATHENS, 'Europe/Bucharest', summer)).toBe(true)
    expect(sameOffset(ATHENS, 'Europe/Berlin', summer)).toBe(false)
    expect(sameOffset('Europe/London', 'UTC', winter)).toBe(true)
    expect(sameOffset('Europe/London', 'UTC', summer)).toBe(false)
    // Zones with the same rules agree, on a day when Europe and America are out of step.
    expect(sameOffset(NEW_YORK, 'America/Toronto', new Date('2026-03-20T12:00:00Z'))).toBe(true)
  })
})
