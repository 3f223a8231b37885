/**
 * The example configs in `examples/`: one complete support page per seed document
 * (`/work/shared/seeds`), in the seed's own language. Each must parse, and each must keep what its
 * seed asks of the library.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { contrastRatio, parseHex } from '../core/color'
import { parseSupportConfig, type ContactChannel, type FormField, type SupportConfig } from '.'

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples')

const FILES = [
  '000-el-music-social.json',
  '001-de-streaming-audiences.json',
  '002-ko-music-refund.json',
  '003-es-channels-plans.json',
  '004-el-company-faq.json',
] as const

type ExampleFile = (typeof FILES)[number]

function source(file: ExampleFile): string {
  return readFileSync(join(EXAMPLES, file), 'utf8')
}

function raw(file: ExampleFile): Record<string, unknown> {
  return JSON.parse(source(file)) as Record<string, unknown>
}

/** The parsed example; a broken one fails with every problem listed, path first. */
function load(file: ExampleFile): SupportConfig {
  const result = parseSupportConfig(raw(file))
  if (!result.ok) {
    const problems = result.errors
      .map((error) => `  ${error.path === '' ? '(config)' : error.path}: ${error.message}`)
      .join('\n')
    throw new Error(`examples/${file} is not a valid config:\n${problems}`)
  }
  return result.config
}

function channelsOf<T extends ContactChannel['type']>(
  config: SupportConfig,
  type: T,
): Extract<ContactChannel, { type: T }>[] {
  return (config.channels ?? []).filter(
    (channel): channel is Extract<ContactChannel, { type: T }> => channel.type === type,
  )
}

function field(fields: readonly FormField[] | undefined, id: string): FormField {
  const found = fields?.find((f) => f.id === id)
  if (!found) throw new Error(`no field "${id}"`)
  return found
}

function allAnswers(config: SupportConfig): string[] {
  return (config.faq?.categories ?? []).flatMap((category) =>
    category.items.map((item) => (typeof item.answer === 'string' ? item.answer : '')),
  )
}

function faqItemIds(config: SupportConfig): string[] {
  return (config.faq?.categories ?? []).flatMap((category) => category.items.map((i) => i.id))
}

describe('examples/', () => {
  it('holds exactly the five seed examples', () => {
    const found = readdirSync(EXAMPLES)
      .filter((name) => name.endsWith('.json'))
      .sort()
    expect(found).toEqual([...FILES])
  })

  it.each(FILES)('%s is a valid config', (file) => {
    const result = parseSupportConfig(raw(file))
    const problems = result.ok
      ? ''
      : result.errors
          .map((error) => `${error.path === '' ? '(config)' : error.path}: ${error.message}`)
          .join('\n')
    expect(result.ok, `examples/${file} is not a valid config:\n${problems}`).toBe(true)
  })

  it.each(FILES)('%s has the common header, a theme and a sections list', (file) => {
    const json = raw(file)
    expect(json.$schema).toBe('../schema.json')
    expect(json.version).toBe(1)
    const config = load(file)
    expect(config.locale).toBe(file.split('-')[1])
    expect(config.theme?.accent).toMatch(/^#[0-9a-f]{6}$/i)
    // Readable as is on the light background (the library adjusts it for dark mode).
    const accent = parseHex(config.theme?.accent ?? '')
    expect(accent && contrastRatio(accent, [255, 255, 255])).toBeGreaterThanOrEqual(4.5)
    expect(config.sections?.length).toBeGreaterThan(0)
  })

  it('gives each brand its own name and accent', () => {
    const configs = FILES.map(load)
    const accents = configs.map((config) => config.theme?.accent?.toLowerCase())
    expect(new Set(accents).size).toBe(FILES.length)
    const names = configs.map((config) => config.brand.name)
    expect(new Set(names).size).toBe(FILES.length)
  })

  it.each(FILES)('%s uses fictional brands only', (file) => {
    expect(source(file)).not.toMatch(/spotify|soundcloud|stripchat|ox zino/i)
  })

  it.each(FILES)('%s sends its forms to the example endpoints', (file) => {
    const { forms } = load(file)
    if (forms?.ticket) expect(forms.ticket.submit).toEqual({ endpoint: '/api/tickets' })
    if (forms?.refund) expect(forms.refund.submit).toEqual({ endpoint: '/api/refunds' })
  })
})

describe('000 (Greek music platform): social channels only', () => {
  let config: SupportConfig
  beforeAll(() => {
    config = load('000-el-music-social.json')
  })

  it('has no email, chat or phone, but Instagram, Facebook, Twitter and a knowledge base', () => {
    const types = new Set((config.channels ?? []).map((channel) => channel.type))
    expect(types.has('email')).toBe(false)
    expect(types.has('chat')).toBe(false)
    expect(types.has('phone')).toBe(false)
    const networks = channelsOf(config, 'social').map((channel) => channel.network)
    expect(networks).toEqual(expect.arrayContaining(['instagram', 'facebook']))
    expect(networks.some((network) => network === 'twitter' || network === 'x')).toBe(true)
    expect(channelsOf(config, 'link').map((link) => link.kind)).toContain('knowledge-base')
    expect(config.sections).toEqual(['channels', 'faq'])
  })

  it('keeps the step lists and the note', () => {
    expect(faqItemIds(config)).toEqual(
      expect.arrayContaining([
        'forgot-password',
        'subscription-not-showing',
        'change-payment-method',
      ]),
    )
    const answers = allAnswers(config).join('\n')
    expect(answers).toMatch(/iPhone και Android/)
    expect(answers).toMatch(/\*\*Στο web:\*\*/)
    expect(answers).toMatch(/^1\. /m)
    expect(answers).toMatch(/PayPal/)
    expect(answers).toMatch(/\*\*Σημείωση:\*\*/)
  })
})

describe('001 (German streaming platform): audiences and the ticket form', () => {
  let config: SupportConfig
  beforeAll(() => {
    config = load('001-de-streaming-audiences.json')
  })

  it('has three audiences, each with FAQ categories of its own', () => {
    expect(config.audiences?.map((audience) => audience.id)).toEqual(['users', 'models', 'studios'])
    for (const audience of ['users', 'models', 'studios']) {
      const own = config.faq?.categories.filter((category) =>
        category.audiences?.includes(audience),
      )
      expect(own?.length, `categories for ${audience}`).toBeGreaterThan(0)
    }
  })

  it('asks for an optional username, a short subject, the side of the problem and screenshots', () => {
    const ticket = config.forms?.ticket
    expect(ticket?.preset).toBe('creator-platform')
    const username = field(ticket?.fields, 'username')
    expect(username.required).toBeFalsy()
    expect(username.hint).toMatch(/empfohlen/)
    expect(field(ticket?.fields, 'subject').recommend).toEqual({ minWords: 5, maxWords: 7 })
    const side = field(ticket?.fields, 'side')
    expect(side.required).toBe(true)
    expect(side.options?.map((option) => option.value)).toEqual(['viewer', 'creator'])
    expect(field(ticket?.fields, 'description').required).toBe(true)
    expect(field(ticket?.fields, 'screenshots').type).toBe('file')
    expect(ticket?.attachments?.accept).toContain('image/*')
    expect(ticket?.replyTime).toBe('PT24H')
  })

  it('has the email fallback, billing contacts per centre and social channels as a reserve', () => {
    const emails = channelsOf(config, 'email')
    expect(emails.some((email) => email.audiences === undefined)).toBe(true)
    const billing = (config.channels ?? []).filter((channel) => channel.id.startsWith('billing'))
    expect(billing.length).toBeGreaterThanOrEqual(2)
    expect(billing.every((channel) => channel.audiences?.includes('users'))).toBe(true)
    expect(channelsOf(config, 'social').length).toBeGreaterThan(0)
    expect(channelsOf(config, 'form').map((form) => form.form)).toContain('ticket')
  })
})

describe('002 (Korean music service): channels with hours and the refund policy', () => {
  let config: SupportConfig
  beforeAll(() => {
    config = load('002-ko-music-refund.json')
  })

  it('puts the FAQ first and offers phone, email and chat with hours', () => {
    expect(config.sections?.[0]).toBe('faq')
    expect(config.hours?.weekly.length).toBeGreaterThan(0)
    expect(channelsOf(config, 'phone')).toHaveLength(1)
    expect(channelsOf(config, 'email')[0]?.hours).toBe('always')
    expect(typeof channelsOf(config, 'chat')[0]?.hours).toBe('object')
    expect(faqItemIds(config)).toEqual(
      expect.arrayContaining(['before-contact', 'feedback', 'refund-denied', 'refund-documents']),
    )
  })

  it('refunds only duplicate charges and technical failures, in 5 to 10 days', () => {
    const refund = config.forms?.refund
    expect(refund?.policy).toEqual({
      eligibleReasons: ['duplicate-charge', 'technical-failure'],
      otherwise: 'not-eligible',
      processingDays: [5, 10],
    })
    expect(refund?.reasons).not.toContain('withdrawal')
    expect(refund?.description).toMatch(/거부/)
  })

  it('asks for the reason, username, subscription type and evidence', () => {
    const refund = config.forms?.refund
    expect(field(refund?.fields, 'details').required).toBe(true)
    expect(field(refund?.fields, 'username').required).toBe(true)
    expect(field(refund?.fields, 'plan').required).toBe(true)
    expect(field(refund?.fields, 'evidence').type).toBe('file')
    expect(refund?.attachments).toBeDefined()
  })
})

describe('003 (Spanish streaming service): channels and plans', () => {
  let config: SupportConfig
  beforeAll(() => {
    config = load('003-es-channels-plans.json')
  })

  it('has X and Facebook, a slower email and a chat with set hours', () => {
    expect(channelsOf(config, 'social').map((channel) => channel.network)).toEqual([
      'x',
      'facebook',
    ])
    expect(channelsOf(config, 'email')[0]?.replyTime).toBe('P2D')
    const chat = channelsOf(config, 'chat')[0]
    expect(typeof chat?.hours).toBe('object')
    expect(chat?.replyTime).toBe('PT5M')
  })

  it('compares the individual, family and student plans', () => {
    expect(config.plans?.plans.map((plan) => plan.id)).toEqual([
      'individual',
      'familiar',
      'estudiantes',
    ])
    expect(config.sections).toContain('plans')
  })

  it('answers plan changes, cancellation and the languages of support', () => {
    expect(faqItemIds(config)).toEqual(
      expect.arrayContaining(['cambiar-plan', 'cancelacion', 'idiomas']),
    )
  })
})

describe('004 (Greek company FAQ): the whole page', () => {
  let config: SupportConfig
  beforeAll(() => {
    config = load('004-el-company-faq.json')
  })

  it('shows every section', () => {
    expect(config.sections).toEqual([
      'faq',
      'channels',
      'sla',
      'plans',
      'payments',
      'ticket',
      'refund',
    ])
  })

  it('has seven FAQ categories, the last-updated date and numbered steps', () => {
    expect(config.faq?.categories).toHaveLength(7)
    expect(config.faq?.updated).toBe('2025-04-23')
    expect(allAnswers(config).filter((answer) => /^1\. /m.test(answer)).length).toBeGreaterThan(5)
  })

  it('opens Mon to Fri 09:00 to 18:00 in Athens and closes on the public holidays of 2026 and 2027', () => {
    expect(config.timeZone).toBe('Europe/Athens')
    expect(config.hours?.weekly).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '18:00' },
    ])
    const closed = config.hours?.closed ?? []
    expect(closed.every((day) => day.label !== undefined)).toBe(true)
    const dates = closed.map((day) => day.date)
    // Fixed holidays in both years, and the movable ones around Orthodox Easter.
    for (const year of ['2026', '2027']) {
      for (const day of ['01-01', '01-06', '03-25', '05-01', '08-15', '10-28', '12-25', '12-26']) {
        const date = `${year}-${day}`
        const covered = closed.some((c) => c.date <= date && date <= (c.until ?? c.date))
        expect(covered, `${date} is closed`).toBe(true)
      }
    }
    expect(dates).toEqual(
      expect.arrayContaining(['2026-02-23', '2026-06-01', '2027-03-15', '2027-06-21']),
    )
  })

  it('lists the channels of the seed with their hours and plans', () => {
    expect(channelsOf(config, 'chat')[0]?.hours).toBe('inherit')
    expect(channelsOf(config, 'email')[0]?.hours).toBe('always')
    const phone = channelsOf(config, 'phone')[0]
    expect(phone?.plans).toEqual(['premium', 'business'])
    expect(phone?.hours).toEqual({
      weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }],
    })
    const form = channelsOf(config, 'form')[0]
    expect(form?.form).toBe('ticket')
    expect(form?.hours).toBe('always')
  })

  it('has the SLA table per plan, with "not included" and "immediate"', () => {
    expect(config.sla?.plans.map((plan) => plan.id)).toEqual(['basic', 'premium', 'business'])
    const targets = config.sla?.rows.flatMap((row) => Object.values(row.targets)) ?? []
    expect(targets).toContain(null)
    expect(targets).toContain('immediate')
    expect(config.plans?.plans.map((plan) => plan.id)).toEqual(['basic', 'premium', 'business'])
  })

  it('accepts cards, wallets, bank transfer above an amount, direct debit and crypto', () => {
    const groups = config.payments?.groups ?? []
    const methods = groups.flatMap((group) =>
      group.methods.map((method) => (typeof method === 'string' ? method : method.id)),
    )
    expect(methods).toEqual([
      'visa',
      'mastercard',
      'amex',
      'paypal',
      'apple-pay',
      'google-pay',
      'bank-transfer',
      'direct-debit',
      'bitcoin',
      'ethereum',
    ])
    expect(groups.find((group) => group.id === 'transfer')?.minAmount).toEqual({
      value: 500,
      currency: 'EUR',
    })
  })

  it('has a bug report form and a refund form with the 14-day withdrawal right', () => {
    const ticket = config.forms?.ticket
    expect(ticket?.preset).toBe('bug-report')
    expect(field(ticket?.fields, 'category').options?.map((option) => option.value)).toEqual([
      'bug',
      'error',
      'suggestion',
    ])
    for (const id of ['steps', 'actual', 'expected', 'browser', 'device', 'screenshots']) {
      expect(
        ticket?.fields?.some((f) => f.id === id),
        id,
      ).toBe(true)
    }
    expect(ticket?.attachments).toBeDefined()
    const refund = config.forms?.refund
    expect(refund?.policy).toEqual({ withdrawalDays: 14, otherwise: 'review' })
    expect(field(refund?.fields, 'order-number').required).toBe(true)
  })
})
