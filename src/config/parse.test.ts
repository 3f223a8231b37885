import * as z from 'zod/mini'
import ar from '../../test/fixtures/faq-ar.json'
import el000 from '../../test/fixtures/faq-el-000.json'
import el004 from '../../test/fixtures/faq-el-004.json'
import en from '../../test/fixtures/faq-en.json'
import { parseSupportConfig, supportConfigSchema, type ConfigError, type ParseResult } from '.'

type Json = Record<string, unknown>

/** A small valid config, fresh for each test. */
function validConfig(): Json {
  return {
    version: 1,
    brand: { name: 'Nimbus Music', logo: 'https://nimbus.example/logo.svg' },
    faq: {
      categories: [
        {
          id: 'account',
          title: 'Account',
          items: [
            { id: 'forgot-password', question: 'I forgot my password', answer: 'Reset it.' },
            { id: 'delete-account', question: 'How do I delete my account?', answer: 'Ask us.' },
          ],
        },
        {
          id: 'billing',
          title: { en: 'Billing', el: 'Χρεώσεις' },
          items: [{ id: 'invoice', question: 'Where is my invoice?', answer: 'In **Billing**.' }],
        },
      ],
    },
  }
}

/** Marks a key to delete in `configWith`. */
const REMOVE = Symbol('remove')

/**
 * The valid config with some values changed, each addressed by the same kind of path the errors
 * use (`faq.categories[0].items[1].question`); `REMOVE` deletes the key.
 */
function configWith(changes: Record<string, unknown>): Json {
  const config = validConfig()
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.match(/[^.[\]]+/g) ?? []
    const last = keys.pop() ?? ''
    let node = config
    for (const key of keys) node = node[key] as Json
    if (value === REMOVE) Reflect.deleteProperty(node, last)
    else node[last] = value
  }
  return config
}

function errorsOf(result: ParseResult): ConfigError[] {
  if (result.ok) throw new Error('expected the config to be rejected, but it was accepted')
  return result.errors
}

function errorsFor(input: unknown): ConfigError[] {
  return errorsOf(parseSupportConfig(input))
}

describe('parseSupportConfig', () => {
  describe('accepts the example configs', () => {
    it.each([
      ['faq-el-000', el000],
      ['faq-el-004', el004],
      ['faq-en', en],
      ['faq-ar', ar],
    ])('accepts %s', (_name, config) => {
      const result = parseSupportConfig(config)
      expect(result.ok ? [] : result.errors).toEqual([])
    })

    it('keeps the seed 004 structure: seven categories and the last-updated date', () => {
      const result = parseSupportConfig(el004)
      if (!result.ok) throw new Error('faq-el-004 should be valid')
      expect(result.config.faq?.categories.map((category) => category.id)).toEqual([
        'general',
        'account',
        'payments',
        'services',
        'security',
        'support',
        'contact',
      ])
      expect(result.config.faq?.updated).toBe('2025-04-23')
      expect(result.config.timeZone).toBe('Europe/Athens')
    })
  })

  it('fills in locale "en" and time zone "UTC" when the config leaves them out', () => {
    const result = parseSupportConfig(validConfig())
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.config.locale).toBe('en')
      expect(result.config.timeZone).toBe('UTC')
    }
  })

  it('accepts a "$schema" key for editors', () => {
    const config = { $schema: './support-config.schema.json', ...validConfig() }
    expect(parseSupportConfig(config).ok).toBe(true)
  })

  describe('never throws, and rejects anything that is not a JSON object', () => {
    it.each([
      [null, 'null'],
      [undefined, 'nothing (undefined)'],
      ['x', 'a string'],
      [42, 'a number'],
      [[], 'an array'],
      [true, 'a boolean'],
    ])('rejects %j at the root', (input, kind) => {
      let result: ParseResult | undefined
      expect(() => (result = parseSupportConfig(input))).not.toThrow()
      expect(errorsOf(result!)).toEqual([
        { path: '', message: `The config must be a JSON object, but got ${kind}.` },
      ])
    })

    it('reports an object whose properties throw when read, instead of throwing', () => {
      const hostile = validConfig()
      Object.defineProperty(hostile, 'brand', {
        enumerable: true,
        get() {
          throw new Error('boom')
        },
      })
      const errors = errorsFor(hostile)
      expect(errors).toHaveLength(1)
      expect(errors[0]?.path).toBe('')
      expect(errors[0]?.message).toContain('boom')
    })
  })

  describe('wrong types', () => {
    it('points at a question given as a number', () => {
      const config = configWith({ 'faq.categories[0].items[1].question': 42 })
      expect(errorsFor(config)).toEqual([
        {
          path: 'faq.categories[0].items[1].question',
          message: 'Expected text (a string or a map of locale to string), but got a number.',
        },
      ])
    })

    it('points inside a localized text at the entry that is not a string', () => {
      const config = configWith({ 'faq.categories[1].title': { en: 'Billing', el: 7 } })
      expect(errorsFor(config)).toEqual([
        { path: 'faq.categories[1].title.el', message: 'Expected a string, but got a number.' },
      ])
    })

    it('rejects a localized text keyed by something that is not a locale tag', () => {
      const config = configWith({ 'brand.name': { en_US: 'Nimbus' } })
      expect(errorsFor(config)).toEqual([
        {
          path: 'brand.name.en_US',
          message: '"en_US" is not a valid locale tag (BCP 47, for example "el" or "pt-BR").',
        },
      ])
    })

    it('rejects empty text and an empty locale map', () => {
      const config = configWith({ 'brand.name': '', 'faq.categories[0].title': {} })
      expect(errorsFor(config)).toEqual([
        { path: 'brand.name', message: 'Must not be empty.' },
        {
          path: 'faq.categories[0].title',
          message: 'Must contain at least one locale, for example { "en": "…" }.',
        },
      ])
    })

    it('names the expected type when a list is given as an object', () => {
      const config = configWith({ 'faq.categories': { account: {} } })
      expect(errorsFor(config)).toEqual([
        { path: 'faq.categories', message: 'Expected an array, but got an object.' },
      ])
    })
  })

  describe('missing fields', () => {
    it('reports a missing brand at "brand"', () => {
      const config = configWith({ brand: REMOVE })
      expect(errorsFor(config)).toEqual([{ path: 'brand', message: 'Required field is missing.' }])
    })

    it("reports a missing answer at the item's path", () => {
      const config = configWith({ 'faq.categories[1].items[0].answer': REMOVE })
      expect(errorsFor(config)).toEqual([
        { path: 'faq.categories[1].items[0].answer', message: 'Required field is missing.' },
      ])
    })

    it('reports a missing version', () => {
      const config = configWith({ version: REMOVE })
      expect(errorsFor(config)).toEqual([
        { path: 'version', message: 'Required field is missing.' },
      ])
    })

    it('requires at least one category and one question', () => {
      const config = configWith({ 'faq.categories[1].items': [] })
      expect(errorsFor(config)).toEqual([
        { path: 'faq.categories[1].items', message: 'Must contain at least 1 item.' },
      ])
    })
  })

  describe('version', () => {
    it('explains that a future version is not supported, and reports nothing else', () => {
      const config = { ...validConfig(), version: 2, channels: [] }
      expect(errorsFor(config)).toEqual([
        {
          path: 'version',
          message:
            'Config version 2 is not supported by this release of react-support-hub (supported: 1).',
        },
      ])
    })

    it('rejects the version written as a string', () => {
      const config = { ...validConfig(), version: '1' }
      expect(errorsFor(config)).toEqual([{ path: 'version', message: 'Must be 1, but got "1".' }])
    })

    it('gives the same message when the schema is used directly', () => {
      const result = supportConfigSchema.safeParse({ ...validConfig(), version: 3 })
      expect(result.error?.issues.map((issue) => issue.message)).toContain(
        'Config version 3 is not supported by this release of react-support-hub (supported: 1).',
      )
    })
  })

  describe('time zone and locale', () => {
    it.each(['UTC', 'Europe/Athens', 'America/Argentina/Buenos_Aires', 'Asia/Seoul'])(
      'accepts the IANA time zone %s',
      (timeZone) => {
        expect(parseSupportConfig({ ...validConfig(), timeZone }).ok).toBe(true)
      },
    )

    it('rejects an unknown time zone, naming it', () => {
      expect(errorsFor({ ...validConfig(), timeZone: 'Mars/Olympus' })).toEqual([
        {
          path: 'timeZone',
          message: '"Mars/Olympus" is not a valid IANA time zone (for example "Europe/Athens").',
        },
      ])
    })

    it('rejects a UTC offset, which is not a time zone name', () => {
      expect(errorsFor({ ...validConfig(), timeZone: '+03:00' })[0]?.path).toBe('timeZone')
    })

    it('rejects a locale that is not a BCP 47 tag', () => {
      expect(errorsFor({ ...validConfig(), locale: 'greek!' })).toEqual([
        {
          path: 'locale',
          message: '"greek!" is not a valid locale tag (BCP 47, for example "el" or "pt-BR").',
        },
      ])
    })
  })

  describe('links', () => {
    it.each([
      ['javascript:alert(1)', 'javascript:'],
      ['JAVASCRIPT:alert(1)', 'javascript:'],
      [' javascript:alert(1)', 'javascript:'],
      ['java\tscript:alert(1)', 'javascript:'],
      ['data:image/svg+xml,<svg onload=alert(1)>', 'data:'],
    ])('refuses the logo URL %j', (logo, scheme) => {
      const config = configWith({ 'brand.logo': logo })
      expect(errorsFor(config)).toEqual([
        {
          path: 'brand.logo',
          message: `Only https:, http:, mailto: and tel: links are allowed, but this one starts with "${scheme}".`,
        },
      ])
    })

    it('refuses a relative logo URL, asking for an absolute one', () => {
      const config = configWith({ 'brand.logo': '/logo.svg' })
      expect(errorsFor(config)[0]).toEqual({
        path: 'brand.logo',
        message:
          'Expected an absolute URL starting with https:, http:, mailto: or tel:, but got "/logo.svg".',
      })
    })

    it.each(['https://nimbus.example/', 'http://nimbus.example/', 'mailto:help@nimbus.example'])(
      'accepts the brand URL %s',
      (url) => {
        const config = configWith({ 'brand.url': url })
        expect(parseSupportConfig(config).ok).toBe(true)
      },
    )
  })

  describe('unknown keys', () => {
    it('suggests the key a typo most likely meant, at the typo’s own path', () => {
      const config = configWith({
        'faq.categories[0].items[0].question': REMOVE,
        'faq.categories[0].items[0].quesiton': 'I forgot my password',
      })
      expect(errorsFor(config)).toEqual([
        { path: 'faq.categories[0].items[0].question', message: 'Required field is missing.' },
        {
          path: 'faq.categories[0].items[0].quesiton',
          message: 'Unknown key "quesiton". Did you mean "question"?',
        },
      ])
    })

    it('suggests a key whose only difference is letter case', () => {
      const errors = errorsFor({ ...validConfig(), timezone: 'Europe/Athens' })
      expect(errors).toEqual([
        { path: 'timezone', message: 'Unknown key "timezone". Did you mean "timeZone"?' },
      ])
    })

    it('lists the allowed keys when nothing is close, one error per unknown key', () => {
      const config = configWith({ theme: { accent: '#5b3df5', shadow: 'large', spacing: 4 } })
      expect(errorsFor(config)).toEqual([
        {
          path: 'theme.shadow',
          message:
            'Unknown key "shadow". Allowed keys here: "accent", "radius", "font", "colorScheme".',
        },
        {
          path: 'theme.spacing',
          message:
            'Unknown key "spacing". Allowed keys here: "accent", "radius", "font", "colorScheme".',
        },
      ])
    })
  })

  describe('ids', () => {
    it('reports a duplicate question id at the second occurrence, naming the first', () => {
      const config = configWith({ 'faq.categories[1].items[0].id': 'forgot-password' })
      expect(errorsFor(config)).toEqual([
        {
          path: 'faq.categories[1].items[0].id',
          message:
            'The id "forgot-password" is already used by faq.categories[0].items[0]; question ids must be unique across the whole FAQ, because each becomes the link #faq-forgot-password.',
        },
      ])
    })

    it('reports a duplicate category id', () => {
      const config = configWith({ 'faq.categories[1].id': 'account' })
      expect(errorsFor(config)).toEqual([
        {
          path: 'faq.categories[1].id',
          message:
            'The category id "account" is already used by faq.categories[0]; category ids must be unique.',
        },
      ])
    })

    it('still reports duplicate ids when another field is broken', () => {
      const config = configWith({
        'faq.categories[0].items[1].answer': 5,
        'faq.categories[1].items[0].id': 'forgot-password',
      })
      expect(errorsFor(config).map((error) => error.path)).toEqual([
        'faq.categories[0].items[1].answer',
        'faq.categories[1].items[0].id',
      ])
    })

    it('refuses an id that cannot be a URL anchor, and says why', () => {
      const config = configWith({ 'faq.categories[0].items[0].id': 'forgot password' })
      expect(errorsFor(config)).toEqual([
        {
          path: 'faq.categories[0].items[0].id',
          message:
            '"forgot password" is not a valid id: use letters, digits, "-" and "_", starting with a letter or digit (ids become URL anchors like #faq-<id>).',
        },
      ])
    })
  })

  describe('theme and dates', () => {
    it('checks the accent colour, radius, colour scheme and font', () => {
      const config = configWith({
        theme: { accent: 'purple', radius: 40, colorScheme: 'sepia', font: 'Inter; color: red' },
      })
      expect(errorsFor(config)).toEqual([
        {
          path: 'theme.accent',
          message: '"purple" is not a hex colour: use "#rrggbb" or "#rgb" (for example "#5b3df5").',
        },
        { path: 'theme.radius', message: 'The radius is in pixels and must be between 0 and 32.' },
        {
          path: 'theme.font',
          message:
            'A font list may not contain ; { } < > \\ or control characters (got "Inter; color: red").',
        },
        {
          path: 'theme.colorScheme',
          message: 'Must be one of "light", "dark" or "auto", but got "sepia".',
        },
      ])
    })

    it('accepts a valid theme', () => {
      const config = configWith({
        theme: { accent: '#5b3df5', radius: 0, colorScheme: 'dark', font: '"Inter", sans-serif' },
      })
      expect(parseSupportConfig(config).ok).toBe(true)
    })

    it.each([
      [
        '23/04/2025',
        '"23/04/2025" is not a date in the form YYYY-MM-DD (for example "2025-04-23").',
      ],
      ['2025-02-30', '"2025-02-30" is not a real date.'],
    ])('rejects the FAQ date %s', (updated, message) => {
      const config = configWith({ 'faq.updated': updated })
      expect(errorsFor(config)).toEqual([{ path: 'faq.updated', message }])
    })
  })

  it('reports every problem at once, not just the first', () => {
    const config = configWith({
      brand: REMOVE,
      timeZone: 'Mars/Olympus',
      'faq.categories[0].items[0].question': 42,
      'faq.categories[1].items[0].answer': '',
      'faq.categories[1].items[0].tags': ['billing', 3],
      extra: true,
    })
    expect(errorsFor(config).map((error) => error.path)).toEqual([
      'brand',
      'timeZone',
      'faq.categories[0].items[0].question',
      'faq.categories[1].items[0].answer',
      'faq.categories[1].items[0].tags[1]',
      'extra',
    ])
  })
})

describe('supportConfigSchema as JSON Schema', () => {
  it('carries the field descriptions into the generated JSON Schema', () => {
    const schema = z.toJSONSchema(supportConfigSchema, { io: 'input' })
    const timeZone = schema.properties?.timeZone as z.core.JSONSchema.BaseSchema
    expect(timeZone.description).toMatch(/IANA time zone/)
    expect(timeZone.default).toBe('UTC')
    const faq = schema.properties?.faq as z.core.JSONSchema.ObjectSchema
    const categories = faq.properties?.categories as z.core.JSONSchema.ArraySchema
    const category = categories.items as z.core.JSONSchema.ObjectSchema
    const items = category.properties?.items as z.core.JSONSchema.ArraySchema
    const item = items.items as z.core.JSONSchema.ObjectSchema
    expect((item.properties?.answer as z.core.JSONSchema.BaseSchema).description).toMatch(
      /Markdown/,
    )
    expect(item.additionalProperties).toBe(false)
    expect(schema.required).toEqual(['version', 'brand'])
  })
})

describe('audiences', () => {
  function withAudiences(): Json {
    const config = validConfig() as { faq: { categories: Json[] } } & Json
    return {
      ...config,
      audiences: [
        { id: 'users', label: { de: 'Nutzer', en: 'Users' } },
        { id: 'models', label: 'Models' },
      ],
      faq: {
        categories: [
          {
            id: 'creators',
            title: 'Creators',
            audiences: ['models'],
            items: [
              { id: 'payout', question: 'Payout?', answer: 'Monthly.', audiences: ['models'] },
            ],
          },
        ],
      },
    }
  }

  it('accepts categories and questions that name declared audiences', () => {
    const result = parseSupportConfig(withAudiences())
    expect(result.ok).toBe(true)
  })

  it('reports an audience that is not declared, at its path, listing the declared ones', () => {
    const config = withAudiences() as { faq: { categories: { items: Json[] }[] } } & Json
    config.faq.categories[0]!.items[0]!.audiences = ['studios']
    expect(errorsFor(config)).toEqual([
      {
        path: 'faq.categories[0].items[0].audiences[0]',
        message:
          'The audience "studios" is not declared in "audiences" (declared: "users", "models").',
      },
    ])
  })

  it('reports a duplicate audience id and an audience named when none are declared', () => {
    const duplicate = withAudiences() as { audiences: Json[] } & Json
    duplicate.audiences.push({ id: 'users', label: 'Again' })
    expect(errorsFor(duplicate).map((e) => e.path)).toEqual(['audiences[2].id'])

    const undeclared = withAudiences()
    delete undeclared.audiences
    expect(errorsFor(undeclared).map((e) => e.path)).toEqual([
      'faq.categories[0].audiences[0]',
      'faq.categories[0].items[0].audiences[0]',
    ])
  })
})

describe('opening hours and contact channels', () => {
  const base = { version: 1, brand: { name: 'Kyma' } }

  it('accepts every seed channel set', async () => {
    const { channelSeeds, channelsFixture } = await import('../../test/fixtures')
    for (const seed of channelSeeds)
      expect(channelsFixture(seed).channels.length).toBeGreaterThan(0)
  })

  it('reports bad days, times and durations at their paths', () => {
    const errors = errorsFor({
      ...base,
      hours: { weekly: [{ days: ['monday'], open: '25:00', close: '18:00' }] },
      channels: [{ id: 'e', type: 'email', address: 'help@kyma.example', replyTime: '24h' }],
    })
    expect(errors.map((e) => e.path)).toEqual([
      'hours.weekly[0].days[0]',
      'hours.weekly[0].open',
      'channels[0].replyTime',
    ])
    expect(errors[1]!.message).toBe(
      '"25:00" is not a time in the form HH:MM (for example "09:00" or "18:30").',
    )
  })

  it('names the channel types when a type is unknown or missing', () => {
    const errors = errorsFor({ ...base, channels: [{ id: 'a', type: 'fax' }, { id: 'b' }] })
    expect(errors).toEqual([
      {
        path: 'channels[0].type',
        message:
          'Must be one of "chat", "email", "phone", "social", "link", "form" or "postal", but got "fax".',
      },
      {
        path: 'channels[1].type',
        message:
          'Required field is missing: "type" must be one of "chat", "email", "phone", "social", "link", "form" or "postal".',
      },
    ])
  })

  it('refuses unsafe channel links, bad addresses and numbers, and suggests misspelt keys', () => {
    const errors = errorsFor({
      ...base,
      channels: [
        { id: 'c', type: 'chat', url: 'javascript:alert(1)' },
        { id: 'm', type: 'email', address: 'nope' },
        { id: 'p', type: 'phone', numbr: '+30 210 000 0000' },
      ],
    })
    expect(errors).toEqual([
      {
        path: 'channels[0].url',
        message:
          'Only https:, http:, mailto: and tel: links are allowed, but this one starts with "javascript:".',
      },
      { path: 'channels[1].address', message: '"nope" is not an email address.' },
      { path: 'channels[2].number', message: 'Required field is missing.' },
      { path: 'channels[2].numbr', message: 'Unknown key "numbr". Did you mean "number"?' },
    ])
  })
})

describe('SLA, plans and payments', () => {
  it('accepts seed 004 tables in Greek and English', async () => {
    const { tablesFixture } = await import('../../test/fixtures')
    expect(tablesFixture('el').sla.rows).toHaveLength(5)
    expect(tablesFixture('en').payments.groups).toHaveLength(5)
  })

  it('keeps one source for a promise and checks every plan and channel named', async () => {
    const { tablesFixture } = await import('../../test/fixtures')
    const config = structuredClone(tablesFixture('en')) as unknown as {
      channels: Json[]
      sla: { rows: Json[] }
      plans: { features: Json[] }
    }
    config.channels[0]!.replyTime = 'PT5M'
    config.sla.rows[1]!.targets = { basic: 'PT1H', gold: 'PT1H', premium: null }
    config.sla.rows[2]!.channel = 'fax'
    config.plans.features[0]!.values = { 'service-a': true }
    expect(errorsFor(config)).toEqual([
      {
        path: 'channels[0].replyTime',
        message:
          'This channel\'s reply time comes from sla.rows[0]; remove "replyTime" here so the page does not promise two different times.',
      },
      {
        path: 'sla.rows[1].targets.gold',
        message: '"gold" is not one of the plans ("basic", "premium", "business").',
      },
      {
        path: 'sla.rows[1].targets',
        message: 'Missing target for the plan "business" (use null for "not included").',
      },
      {
        path: 'sla.rows[2].channel',
        message:
          'There is no channel with the id "fax" (channels: "chat", "email", "phone", "ticket").',
      },
      { path: 'plans.features[0].values', message: 'Missing value for the plan "service-b".' },
    ])
  })

  it('refuses a currency that is not an ISO code and an unknown security note', () => {
    const errors = errorsFor({
      version: 1,
      brand: { name: 'Kyma' },
      payments: {
        groups: [
          {
            id: 'bank',
            label: 'Bank',
            methods: ['bank-transfer'],
            minAmount: { value: 500, currency: 'euro' },
          },
        ],
        security: ['pci-dss', 'ssl-v2'],
      },
    })
    expect(errors.map((e) => e.path)).toEqual([
      'payments.groups[0].minAmount.currency',
      'payments.security[1]',
    ])
  })
})

describe('forms', () => {
  const base = { version: 1, brand: { name: 'Kyma' } }

  it('accepts a ticket form from a preset and a refund form with its policy', () => {
    const result = parseSupportConfig({
      ...base,
      forms: {
        ticket: {
          preset: 'creator-platform',
          fields: [
            {
              id: 'subject',
              type: 'text',
              label: 'Betreff',
              required: true,
              recommend: { minWords: 5, maxWords: 7 },
            },
          ],
          attachments: { maxFiles: 5, maxBytes: 10485760, accept: ['image/*', 'application/pdf'] },
          submit: { endpoint: '/api/tickets' },
          replyTime: 'PT24H',
        },
        refund: {
          policy: {
            eligibleReasons: ['duplicate-charge', 'technical-failure'],
            otherwise: 'not-eligible',
            processingDays: [5, 10],
          },
          submit: { endpoint: 'https://api.example.com/refunds' },
        },
      },
    })
    expect(result.ok).toBe(true)
  })

  it('refuses a broken pattern, an unknown field type and a mailto endpoint, at their paths', () => {
    const errors = errorsFor({
      ...base,
      forms: {
        ticket: {
          fields: [
            {
              id: 'order',
              type: 'text',
              label: 'Order',
              pattern: { regex: '([', message: 'Like AB-1' },
            },
            { id: 'x', type: 'color', label: 'Colour' },
          ],
          submit: { endpoint: 'mailto:help@example.com' },
        },
      },
    })
    expect(errors.map((e) => e.path)).toEqual([
      'forms.ticket.fields[0].pattern.regex',
      'forms.ticket.fields[1].type',
      'forms.ticket.submit.endpoint',
    ])
  })

  it.each([
    '//evil.example/tickets',
    '/\t/evil.example/t',
    '\\\\evil.example',
    'ftp://example.com/t',
  ])('refuses an endpoint that leaves the site or is not http(s): %j', (endpoint) => {
    const errors = errorsFor({ ...base, forms: { ticket: { submit: { endpoint } } } })
    expect(errors.map((e) => e.path)).toEqual(['forms.ticket.submit.endpoint'])
    expect(errors[0]!.message).toContain('https or http URL or a path on this site')
  })

  it.each([
    '/api/tickets',
    'api/tickets',
    'https://api.example.com/t',
    'http://localhost:8787/tickets',
  ])('accepts an endpoint on this site or at an http(s) URL: %s', (endpoint) => {
    const result = parseSupportConfig({ ...base, forms: { ticket: { submit: { endpoint } } } })
    expect(result.ok ? [] : result.errors).toEqual([])
  })
})
