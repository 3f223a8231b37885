import { describe, expect, it } from 'vitest'
import { parseSectionedConfig } from './sections'

const faq = {
  categories: [
    { id: 'account', title: 'Account', items: [{ id: 'q1', question: 'Q?', answer: 'A.' }] },
  ],
}
const channels = [
  { id: 'chat', type: 'chat', url: 'https://example.com/chat', hours: 'always' },
  { id: 'mail', type: 'email', address: 'help@example.com' },
]
const sla = {
  plans: [{ id: 'basic', name: 'Basic' }],
  rows: [{ label: 'Chat', channel: 'chat', targets: { basic: 'PT5M' } }],
}
const payments = { groups: [{ id: 'cards', label: 'Cards', methods: ['visa'] }] }

function config(extra: Record<string, unknown> = {}) {
  return { version: 1, brand: { name: 'Nimbus' }, faq, channels, sla, payments, ...extra }
}

describe('parseSectionedConfig', () => {
  it('returns a valid config whole, in the default section order', () => {
    const result = parseSectionedConfig(config())
    expect(result.errors).toEqual([])
    expect(result.config?.brand.name).toBe('Nimbus')
    expect(result.order).toEqual(['faq', 'channels', 'sla', 'payments'])
  })

  it('follows `sections` when given', () => {
    const result = parseSectionedConfig(config({ sections: ['payments', 'faq'] }))
    expect(result.order).toEqual(['payments', 'faq'])
  })

  it('takes out only the broken sections and files each problem under its section', () => {
    const broken = config({
      faq: { categories: [{ id: 'a', title: 'A', items: [{ id: 'q', question: 'Q?' }] }] },
      payments: { groups: [{ id: 'cards', label: 'Cards', methods: ['visa'], extra: 1 }] },
    })
    const result = parseSectionedConfig(broken)
    expect(result.config).toBeDefined()
    expect(result.config?.faq).toBeUndefined()
    expect(result.config?.payments).toBeUndefined()
    expect(result.config?.channels).toHaveLength(2)
    expect(result.config?.sla?.rows).toHaveLength(1)
    expect(result.byScope.faq?.map((e) => e.path)).toEqual(['faq.categories[0].items[0].answer'])
    expect(result.byScope.payments?.map((e) => e.path)).toEqual(['payments.groups[0].extra'])
    expect(result.errors).toHaveLength(2)
    // Broken sections keep their place in the page, for their error panels.
    expect(result.order).toEqual(['faq', 'channels', 'sla', 'payments'])
  })

  it('takes out what depended on a removed section, and says why', () => {
    const broken = config({
      channels: [
        { id: 'chat', type: 'chat', url: 'javascript:alert(1)' },
        { id: 'mail', type: 'email', address: 'help@example.com' },
      ],
    })
    const result = parseSectionedConfig(broken)
    expect(result.config?.channels).toBeUndefined()
    // The SLA row names the channel that was taken out.
    expect(result.config?.sla).toBeUndefined()
    expect(result.byScope.channels?.[0]?.path).toBe('channels[0].url')
    expect(result.byScope.sla?.[0]?.path).toBe('sla.rows[0].channel')
    expect(result.config?.faq).toBeDefined()
  })

  it('takes out the channels when the hours or the time zone are broken', () => {
    const hours = parseSectionedConfig(config({ hours: { weekly: 'always' } }))
    expect(hours.byScope.channels?.[0]?.path).toBe('hours.weekly')
    expect(hours.config?.channels).toBeUndefined()
    const zone = parseSectionedConfig(config({ timeZone: 'Mars/Olympus' }))
    expect(zone.byScope.channels?.[0]?.path).toBe('timeZone')
    expect(zone.config?.channels).toBeUndefined()
    expect(zone.config?.faq).toBeDefined()
  })

  it('falls back to defaults for broken page settings', () => {
    const result = parseSectionedConfig(
      config({ theme: { accent: 'red' }, locale: 'not a locale!', sectons: ['faq'] }),
    )
    expect(result.config?.theme).toBeUndefined()
    expect(result.config?.locale).toBe('en')
    expect(result.byScope.page?.map((e) => e.path).sort()).toEqual([
      'locale',
      'sectons',
      'theme.accent',
    ])
    expect(result.byScope.page?.find((e) => e.path === 'sectons')?.message).toContain(
      'Did you mean "sections"?',
    )
    expect(result.config?.faq).toBeDefined()
  })

  it('reports a broken brand under the header and keeps the page', () => {
    const result = parseSectionedConfig(config({ brand: { name: 5 } }))
    expect(result.byScope.header?.[0]?.path).toBe('brand.name')
    expect(result.config?.brand.name).toBe('')
    expect(result.config?.faq).toBeDefined()
  })

  it('splits the forms: a broken ticket form leaves the refund form', () => {
    const result = parseSectionedConfig(
      config({
        forms: {
          ticket: { submit: { endpoint: 'ftp://x' } },
          refund: {
            policy: { eligibleReasons: ['duplicate-charge'] },
            submit: { endpoint: '/api/refunds' },
          },
        },
      }),
    )
    expect(result.byScope.ticket?.[0]?.path).toMatch(/^forms\.ticket\./)
    expect(result.config?.forms?.ticket).toBeUndefined()
    expect(result.config?.forms?.refund).toBeDefined()
  })

  it('keeps the listed order when a listed section is taken out', () => {
    const result = parseSectionedConfig(
      config({
        sections: ['sla', 'faq', 'channels'],
        faq: { categories: 'none' },
      }),
    )
    expect(result.order).toEqual(['sla', 'faq', 'channels'])
    expect(result.byScope.page).toBeUndefined()
    expect(result.config?.sections).toEqual(['sla', 'channels'])
  })

  it('gives nothing to show for a config that is not an object or is for another version', () => {
    for (const input of [null, 'config', [], { version: 2, brand: { name: 'x' } }]) {
      const result = parseSectionedConfig(input)
      expect(result.config).toBeUndefined()
      expect(result.errors.length).toBeGreaterThan(0)
      expect(result.byScope.page).toEqual(result.errors)
    }
  })
})

describe('channel plans', () => {
  it('must be declared plans when the config declares any', () => {
    const result = parseSectionedConfig(
      config({
        channels: [
          { id: 'chat', type: 'chat', url: 'https://example.com/chat', plans: ['constructor'] },
        ],
      }),
    )
    expect(result.byScope.channels?.[0]).toEqual({
      path: 'channels[0].plans[0]',
      message: '"constructor" is not one of the plans ("basic").',
    })
  })
})
