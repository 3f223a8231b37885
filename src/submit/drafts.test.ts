import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clearDraft, createDraftSaver, loadDraft, saveDraft } from './drafts'

const stored = (formId: string) => localStorage.getItem(`react-support-hub:draft:${formId}`)

beforeEach(() => {
  localStorage.clear()
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('drafts', () => {
  it('keeps what was typed, and gives it back', () => {
    saveDraft('ticket', { subject: 'Login fails', count: 2, consent: true, side: '' })
    expect(loadDraft('ticket')).toEqual({
      subject: 'Login fails',
      count: 2,
      consent: true,
      side: '',
    })
    expect(loadDraft('refund')).toBeUndefined()
  })

  it('never stores files, objects or sensitive fields', () => {
    const screenshot = new File(['png'], 'screen.png', { type: 'image/png' })
    saveDraft(
      'ticket',
      {
        subject: 'Card declined',
        cardNumber: '4111 1111 1111 1111',
        password: 'hunter2',
        screenshots: [screenshot],
        file: screenshot,
        purchasedAt: new Date('2026-01-02'),
        amount: Number.NaN,
        nothing: null,
      },
      { exclude: ['cardNumber', 'password'] },
    )
    expect(loadDraft('ticket')).toEqual({ subject: 'Card declined' })
    expect(stored('ticket')).not.toMatch(/4111|hunter2|screen\.png/)
  })

  it('stores nothing for a form with nothing filled in', () => {
    saveDraft('ticket', { subject: 'Something' })
    saveDraft('ticket', { subject: '', consent: false })
    expect(loadDraft('ticket')).toBeUndefined()
  })

  it('drops fields excluded at load time, and anything that is not a draft value', () => {
    localStorage.setItem(
      'react-support-hub:draft:ticket',
      JSON.stringify({ version: 1, values: { subject: 'Hi', token: 'secret', nested: { a: 1 } } }),
    )
    expect(loadDraft('ticket', { exclude: ['token'] })).toEqual({ subject: 'Hi' })
  })

  it.each(['not json', '[]', 'null', '{"version":2,"values":{"a":"b"}}', '{"version":1}'])(
    'reads %j in storage as no draft',
    (raw) => {
      localStorage.setItem('react-support-hub:draft:ticket', raw)
      expect(loadDraft('ticket')).toBeUndefined()
    },
  )

  it('keeps a field named __proto__ a plain field', () => {
    saveDraft('ticket', JSON.parse('{"__proto__":"x","subject":"y"}') as object)
    const draft = loadDraft('ticket')!
    expect(Object.getPrototypeOf(draft)).toBe(Object.prototype)
    expect(Object.keys(draft).sort()).toEqual(['__proto__', 'subject'])
  })

  it('clears a draft (after a successful send)', () => {
    saveDraft('ticket', { subject: 'Sent' })
    clearDraft('ticket')
    expect(loadDraft('ticket')).toBeUndefined()
  })

  it('never throws when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    expect(() => saveDraft('ticket', { subject: 'x' })).not.toThrow()
    expect(loadDraft('ticket')).toBeUndefined()
    expect(() => clearDraft('ticket')).not.toThrow()
  })
})

describe('createDraftSaver', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('saves once typing pauses, with the last values', () => {
    const saver = createDraftSaver('ticket', { exclude: ['password'] })
    saver.save({ subject: 'L' })
    vi.advanceTimersByTime(300)
    saver.save({ subject: 'Lo', password: 'p' })
    vi.advanceTimersByTime(499)
    expect(loadDraft('ticket')).toBeUndefined()
    vi.advanceTimersByTime(1)
    expect(loadDraft('ticket')).toEqual({ subject: 'Lo' })
  })

  it('saves the values as they were when save was called', () => {
    const saver = createDraftSaver('ticket', { delayMs: 100 })
    const values = { subject: 'Before' }
    saver.save(values)
    values.subject = 'After'
    vi.advanceTimersByTime(100)
    expect(loadDraft('ticket')).toEqual({ subject: 'Before' })
  })

  it('flushes now, and cancel drops what is pending', () => {
    const saver = createDraftSaver('ticket')
    saver.save({ subject: 'Flushed' })
    saver.flush()
    expect(loadDraft('ticket')).toEqual({ subject: 'Flushed' })

    saver.save({ subject: 'Dropped' })
    saver.cancel()
    vi.runAllTimers()
    saver.flush()
    expect(loadDraft('ticket')).toEqual({ subject: 'Flushed' })
  })
})
