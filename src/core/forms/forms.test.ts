import { describe, expect, it } from 'vitest'
import type { FormField } from '../../config'
import {
  buildFormSchema,
  checkField,
  countWords,
  isFieldVisible,
  mergeFields,
  recommendationFor,
  validateForm,
  valuesToSend,
} from '.'

const today = '2026-11-21'

/** Seed 001's ticket: username optional, subject of 5 to 7 words, which side, description. */
const creatorTicket: FormField[] = [
  { id: 'username', type: 'text', label: 'Benutzername', autocomplete: 'username' },
  {
    id: 'subject',
    type: 'text',
    label: 'Betreff',
    required: true,
    maxLength: 120,
    recommend: { minWords: 5, maxWords: 7 },
  },
  {
    id: 'side',
    type: 'radio',
    label: 'Wo liegt das Problem?',
    required: true,
    options: [
      { value: 'viewer', label: 'Nutzerseite' },
      { value: 'creator', label: 'Creator-Seite' },
    ],
  },
  {
    id: 'studio',
    type: 'text',
    label: 'Studio',
    showWhen: { field: 'side', equals: 'creator' },
    required: true,
  },
  { id: 'description', type: 'textarea', label: 'Beschreibung', required: true, minLength: 20 },
  { id: 'email', type: 'email', label: 'E-Mail', required: true },
  { id: 'purchased', type: 'date', label: 'Kaufdatum', max: 'today' },
  { id: 'amount', type: 'number', label: 'Betrag', min: 1, max: 1000 },
  {
    id: 'order',
    type: 'text',
    label: 'Bestellnummer',
    pattern: { regex: '^[A-Z]{2}-\\d{6}$', message: 'Wie AB-123456' },
  },
  { id: 'terms', type: 'checkbox', label: 'die Bedingungen', required: true },
]

describe('form rules', () => {
  it('reports every problem, in field order, by code', () => {
    const errors = validateForm(
      creatorTicket,
      {
        side: 'creator',
        description: 'zu kurz',
        email: 'nope',
        purchased: '2026-12-01',
        amount: '0',
        order: 'x',
      },
      { today },
    )
    expect(errors.map((e) => [e.fieldId, e.code])).toEqual([
      ['subject', 'required'],
      ['studio', 'required'],
      ['description', 'minLength'],
      ['email', 'email'],
      ['purchased', 'dateFuture'],
      ['amount', 'min'],
      ['order', 'pattern'],
      ['terms', 'requiredCheckbox'],
    ])
    expect(errors[2]!.params).toEqual({ min: 20 })
  })

  it('passes a complete form, and leaves optional empty fields alone', () => {
    const values = {
      subject: 'Stream bricht nach zehn Minuten ab',
      side: 'viewer',
      description: 'Seit gestern bricht jeder Stream nach zehn Minuten ab.',
      email: 'kunde@example.com',
      terms: true,
    }
    expect(validateForm(creatorTicket, values, { today })).toEqual([])
  })

  it('checks a field only while it shows', () => {
    const studio = creatorTicket[3]!
    expect(isFieldVisible(studio, { side: 'viewer' })).toBe(false)
    expect(isFieldVisible(studio, { side: 'creator' })).toBe(true)
    expect(
      isFieldVisible(
        { ...studio, showWhen: { field: 'side', equals: ['creator', 'studio'] } },
        { side: 'studio' },
      ),
    ).toBe(true)
    expect(
      validateForm(creatorTicket, { side: 'viewer' }, { today }).map((e) => e.fieldId),
    ).not.toContain('studio')
  })

  it('refuses a choice that is not one of the options, and dates that do not exist', () => {
    expect(checkField(creatorTicket[2]!, 'admin', { today })?.code).toBe('requiredChoice')
    expect(checkField(creatorTicket[6]!, '2026-02-30', { today })?.code).toBe('date')
    expect(checkField(creatorTicket[7]!, 'zwölf', { today })?.code).toBe('number')
    expect(checkField(creatorTicket[7]!, '1001', { today })).toMatchObject({
      code: 'max',
      params: { max: 1000 },
    })
    expect(
      checkField({ id: 'f', type: 'file', label: 'Screenshots', required: true }, [], { today })
        ?.code,
    ).toBe('requiredChoice')
  })

  it('builds a zod schema whose issues sit at the field paths', () => {
    const result = buildFormSchema(creatorTicket, { today }).safeParse({ side: 'viewer' })
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual([
      'subject',
      'description',
      'email',
      'terms',
    ])
  })

  it('sends visible fields only, trimmed, without files', () => {
    const fields: FormField[] = [
      ...creatorTicket,
      { id: 'shots', type: 'file', label: 'Screenshots' },
    ]
    expect(
      valuesToSend(fields, { subject: '  Hallo  ', side: 'viewer', studio: 'hidden', shots: [] }),
    ).toMatchObject({
      subject: 'Hallo',
      side: 'viewer',
    })
    expect(valuesToSend(fields, { side: 'viewer', studio: 'x' })).not.toHaveProperty('studio')
  })
})

describe('soft recommendations', () => {
  it('recommends 5 to 7 words for a subject without blocking (seed 001)', () => {
    const subject = creatorTicket[1]!
    expect(recommendationFor(subject, 'Stream bricht ab', 'de')).toEqual({
      min: 5,
      max: 7,
      count: 3,
    })
    expect(recommendationFor(subject, 'Stream bricht nach zehn Minuten ab', 'de')).toBeUndefined()
    expect(validateForm([subject], { subject: 'Stream bricht ab' }, { today })).toEqual([])
  })

  it('counts words by the locale’s own boundaries', () => {
    expect(countWords('환불 요청을 하고 싶어요', 'ko')).toBe(4)
    expect(countWords('Δεν μπορώ να συνδεθώ.', 'el')).toBe(4)
  })
})

describe('merging built-in and config fields', () => {
  const attachments = { maxFiles: 2, maxBytes: 1000 }
  const details = { id: 'details', type: 'textarea', label: 'Details' } as const
  const builtIn: FormField[] = [
    { id: 'email', type: 'email', label: 'Email', required: true },
    { ...details, showWhen: { field: 'reason', equals: '' } },
    { ...details, required: true, showWhen: { field: 'reason', equals: 'other' } },
    { id: 'evidence', type: 'file', label: 'Evidence' },
  ]

  it('keeps the built-in fields, in order, when the config has none', () => {
    expect(mergeFields(builtIn, undefined, { attachments })).toEqual(builtIn)
  })

  it('puts a config field in the first place of the id it replaces, and adds the others', () => {
    const own: FormField[] = [
      { id: 'order', type: 'text', label: 'Order' },
      { id: 'details', type: 'textarea', label: 'Tell us more', required: true },
    ]
    expect(mergeFields(builtIn, own, { attachments })).toEqual([
      builtIn[0],
      own[1],
      builtIn[3],
      own[0],
    ])
  })

  it('drops file fields, built-in or the config’s, without attachments', () => {
    const own: FormField[] = [{ id: 'shots', type: 'file', label: 'Shots', required: true }]
    expect(mergeFields(builtIn, own, { attachments: undefined })).toEqual(builtIn.slice(0, 3))
    expect(mergeFields(builtIn, own, { attachments }).map((f) => f.id)).toContain('shots')
  })
})
