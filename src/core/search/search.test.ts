import { describe, expect, it } from 'vitest'
import el000 from '../../../test/fixtures/faq-el-000.json'
import el004 from '../../../test/fixtures/faq-el-004.json'
import en from '../../../test/fixtures/faq-en.json'
import ar from '../../../test/fixtures/faq-ar.json'
import de001 from '../../../test/fixtures/search/faq-de-001.json'
import es003 from '../../../test/fixtures/search/faq-es-003.json'
import ko002 from '../../../test/fixtures/search/faq-ko-002.json'
import { parseSupportConfig, type FaqConfig, type SupportConfig } from '../../config'
import { localeChain, resolveText } from '../../i18n/locale'
import { createFaqIndex, type FaqIndex } from '.'
import { createChunkReader } from './chunks'
import { createWordSplitter, foldWord } from './text'
import { oneEditApart } from './vocabulary'

/** A fixture config, parsed as the library parses any config. */
function parsed(raw: unknown): SupportConfig & { faq: FaqConfig } {
  const result = parseSupportConfig(raw)
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2))
  const { config } = result
  if (config.faq === undefined) throw new Error('The fixture has no FAQ.')
  return { ...config, faq: config.faq }
}

/** The index of a fixture, in the fixture's own locale. */
function indexOf(raw: unknown): { index: FaqIndex; config: SupportConfig & { faq: FaqConfig } } {
  const config = parsed(raw)
  return { index: createFaqIndex(config.faq, { locale: config.locale }), config }
}

const ids = (index: FaqIndex, query: string) => index.search(query).map((result) => result.itemId)

/** The question of an item, as the index resolves it. */
function questionOf(config: SupportConfig & { faq: FaqConfig }, itemId: string): string {
  const item = config.faq.categories.flatMap((c) => c.items).find((i) => i.id === itemId)
  if (item === undefined) throw new Error(`No item ${itemId}`)
  return resolveText(item.question, localeChain(config.locale))
}

/** The highlighted words of the first result, as text. */
function highlighted(index: FaqIndex, config: SupportConfig & { faq: FaqConfig }, query: string) {
  const [first] = index.search(query)
  if (first === undefined) return []
  const question = questionOf(config, first.itemId)
  return first.highlights.map(([start, end]) => question.slice(start, end))
}

describe('the search fixtures', () => {
  it.each([
    ['German (seed 001)', de001],
    ['Korean (seed 002)', ko002],
    ['Spanish (seed 003)', es003],
  ])('are valid configs: %s', (_, raw) => {
    expect(parseSupportConfig(raw)).toMatchObject({ ok: true })
  })
})

describe('Greek, seed 000', () => {
  const { index, config } = indexOf(el000)

  it.each([
    ['κωδικο', 'forgot-password', 'κωδικό typed without tonos'],
    ['ΚΩΔΙΚΟ ΠΡΟΣΒΑΣΗΣ', 'forgot-password', 'in capitals, the final sigma as Σ'],
    ['προσβασης', 'forgot-password', 'πρόσβασής without its two tonos'],
    ['συνδρ', 'subscription-not-showing', 'the start of συνδρομή while typing'],
    ['πιστωτικι', 'change-payment-method', 'one typo in πιστωτική'],
    ['paypal', 'change-payment-method', 'a word of the answer and the tags'],
  ])('%s finds %s first (%s)', (query, expected) => {
    expect(ids(index, query)[0]).toBe(expected)
  })

  it('treats ς and σ as the same letter', () => {
    expect(foldWord('ΠΡΟΣΒΑΣΗΣ', { germanDigraphs: false })).toBe('προσβασησ')
    expect(foldWord('πρόσβασής', { germanDigraphs: false })).toBe('προσβασησ')
    expect(ids(index, 'προσβασησ')).toEqual(ids(index, 'προσβασης'))
  })

  it('highlights the accented word of the question that an unaccented query found', () => {
    expect(highlighted(index, config, 'κωδικο')).toEqual(['κωδικό'])
  })
})

describe('Greek, seed 004', () => {
  const { index, config } = indexOf(el004)

  it.each([
    ['τιμολογιο', 'get-invoice', 'τιμολόγιο without tonos'],
    ['επιστροφη χρηματων', 'cancel-or-refund', 'two words without tonos'],
    ['υπαναχωρηση', 'cancel-or-refund', 'a tag'],
    ['δυο παραγοντων', 'two-factor-authentication', 'two words of the question'],
    ['πληρομες', 'payment-security', 'one typo in πληρωμές'],
    ['ωραριο', 'opening-hours', 'a tag without tonos'],
    ['ξέχασα τον κωδικό', 'forgot-password', 'the words of the question as written'],
  ])('%s finds %s first (%s)', (query, expected) => {
    expect(ids(index, query)[0]).toBe(expected)
  })

  it('finds κρυπτονομίσματα from its first letters (κρυπτο)', () => {
    expect(ids(index, 'κρυπτο')).toContain('payment-methods')
  })

  it('marks every question word the query matched', () => {
    expect(highlighted(index, config, 'επιστροφη χρηματων')).toEqual(['επιστροφή', 'χρημάτων'])
  })
})

describe('German, seed 001', () => {
  const { index, config } = indexOf(de001)

  it.each([
    ['Rückerstattung', 'as written'],
    ['ruckerstattung', 'without the umlaut dots'],
    ['rueckerstattung', 'with ue for ü'],
    ['RUECKERSTATTUNG', 'in capitals with ue'],
    ['erstatt', 'by a part of the compound, while typing'],
    ['Erstattung', 'by the second part of the compound'],
  ])('finds the refund question (Rückerstattung) %s: %s', (query) => {
    expect(ids(index, query)[0]).toBe('rueckerstattung')
  })

  it.each([
    ['kundigung', 'kuendigung'],
    ['kuendigung', 'kuendigung'],
    ['Abrech', 'abrechnungszentrum'],
    ['abrechnungszentrun', 'abrechnungszentrum'],
    ['zentrum', 'abrechnungszentrum'],
    ['ausserdem', 'screenshots'],
    ['schliessen', 'screenshots'],
    ['paßende', 'ticket-erstellen'],
    ['antwort ticket', 'antwortzeit'],
  ])('%s finds %s first', (query, expected) => {
    expect(ids(index, query)[0]).toBe(expected)
  })

  it('treats ß and ss as the same letters, both ways', () => {
    const options = { germanDigraphs: true }
    expect(foldWord('außerdem', options)).toBe(foldWord('ausserdem', options))
    expect(foldWord('Straße', options)).toBe(foldWord('STRASSE', options))
  })

  it('highlights the whole compound when a part of it was typed', () => {
    expect(highlighted(index, config, 'erstatt')).toEqual(['Rückerstattung'])
  })
})

describe('Korean, seed 002', () => {
  const { index, config } = indexOf(ko002)

  it('finds a stem with particles attached: 환불 finds 환불을 and 환불이', () => {
    const found = ids(index, '환불')
    expect(found).toContain('refund-policy') // 환불을 받을 수 있나요?
    expect(found).toContain('refund-denied') // 환불이 거부되면 …
    expect(found).not.toContain('feedback')
  })

  it('starts finding from the first syllable', () => {
    expect(ids(index, '환')).toContain('refund-policy')
  })

  it.each([
    ['처리 기간', 'refund-period'],
    ['중복 결제', 'refund-policy'],
    ['피드백', 'feedback'],
    ['채팅', 'contact-methods'],
    ['고객샌터에', 'contact-methods'],
    ['유의사항', 'before-contact'],
  ])('%s finds %s first', (query, expected) => {
    expect(ids(index, query)[0]).toBe(expected)
  })

  it('highlights the word with its particle', () => {
    const [policy] = index.search('환불').filter((r) => r.itemId === 'refund-policy')
    const question = questionOf(config, 'refund-policy')
    expect(policy?.highlights.map(([s, e]) => question.slice(s, e))).toEqual(['환불을'])
  })
})

describe('Spanish, seed 003', () => {
  const { index } = indexOf(es003)

  it.each([
    ['cancelacion', 'cancelacion', 'cancelación typed without the accent'],
    ['reembolso', 'reembolso', 'a plain word'],
    ['electronico', 'correo-electronico', 'electrónico without the accent'],
    ['LINEA', 'chat-en-linea', 'línea in capitals without the accent'],
    ['estudi', 'cambiar-plan', 'the start of estudiantil while typing'],
    ['metodos de pago', 'metodo-de-pago', 'several words'],
    ['diagnostco', 'diagnostico', 'one letter missing'],
    ['reembolos', 'reembolso', 'two letters swapped'],
  ])('%s finds %s first (%s)', (query, expected) => {
    expect(ids(index, query)[0]).toBe(expected)
  })

  it('finds suscripción with one typo (suscripsion)', () => {
    expect(ids(index, 'suscripsion')).toEqual(
      expect.arrayContaining(['cambiar-plan', 'cancelacion', 'reembolso']),
    )
  })
})

describe('typos', () => {
  it('allows one typo in words of five letters or more, and none in shorter ones', () => {
    const faq: FaqConfig = {
      categories: [
        {
          id: 'c',
          title: 'C',
          items: [
            { id: 'plan', question: 'Which plan?', answer: 'Any.' },
            { id: 'refund', question: 'A refund?', answer: 'Yes.' },
          ],
        },
      ],
    }
    const index = createFaqIndex(faq, { locale: 'en' })
    expect(ids(index, 'refnud')).toEqual(['refund'])
    expect(ids(index, 'plna')).toEqual([])
  })

  it('counts an added, dropped, replaced or swapped letter as one edit', () => {
    expect(oneEditApart('refund', 'refunds')).toBe(true)
    expect(oneEditApart('refund', 'refnd')).toBe(true)
    expect(oneEditApart('refund', 'refind')).toBe(true)
    expect(oneEditApart('refund', 'rfeund')).toBe(true)
    expect(oneEditApart('refund', 'refund')).toBe(false)
    expect(oneEditApart('refund', 'rfeudn')).toBe(false)
  })
})

describe('ranking', () => {
  const faq: FaqConfig = {
    categories: [
      {
        id: 'c',
        title: 'C',
        items: [
          { id: 'in-tags', question: 'First question', answer: 'Nothing here.', tags: ['zebra'] },
          { id: 'in-answer', question: 'Second question', answer: 'A zebra, in the answer.' },
          { id: 'in-question', question: 'Is there a zebra?', answer: 'Nothing here.' },
        ],
      },
    ],
  }

  it('weighs a match in the question over the answer, and the answer over the tags', () => {
    const index = createFaqIndex(faq, { locale: 'en' })
    expect(ids(index, 'zebra')).toEqual(['in-question', 'in-answer', 'in-tags'])
    expect(ids(index, 'zebr')).toEqual(['in-question', 'in-answer', 'in-tags'])
  })

  it('ranks an item whose question holds the query as typed first', () => {
    const locked: FaqConfig = {
      categories: [
        {
          id: 'konto',
          title: 'Konto',
          items: [
            {
              id: 'why-locked',
              question: 'Warum sperren wir ein Konto?',
              answer: 'Wir sperren ein Konto bei Betrug. Ein Konto sperren wir nie ohne Grund.',
              tags: ['Konto', 'sperren'],
            },
            { id: 'lock', question: 'Kann ich mein Konto sperren lassen?', answer: 'Ja.' },
          ],
        },
      ],
    }
    const index = createFaqIndex(locked, { locale: 'de' })
    expect(ids(index, 'konto sperren')).toEqual(['lock', 'why-locked'])
    // Without the phrase, the item that says it more often comes first.
    expect(ids(index, 'sperren konto')).toEqual(['why-locked', 'lock'])
    expect(ids(index, 'Konto sperr')[0]).toBe('lock')
  })

  it('when no item has every word, returns the items with the most of them', () => {
    const index = createFaqIndex(faq, { locale: 'en' })
    expect(ids(index, 'zebra unicorn')).toEqual(['in-question', 'in-answer', 'in-tags'])
  })
})

describe('results', () => {
  const { index, config } = indexOf(el000)

  it('say which item, which category, and what matched in which field', () => {
    const [result] = index.search('paypal')
    expect(result).toMatchObject({
      itemId: 'change-payment-method',
      categoryId: 'common-problems',
      matches: [
        { field: 'answer', terms: ['paypal'] },
        { field: 'tags', terms: ['paypal'] },
      ],
      highlights: [],
    })
    expect(result?.score).toBeGreaterThan(0)
  })

  it('come sorted by score, at most `limit` of them', () => {
    const all = index.search('συνδρομη')
    expect(all.length).toBeGreaterThan(1)
    expect(all.map((r) => r.score)).toEqual([...all.map((r) => r.score)].sort((a, b) => b - a))
    expect(index.search('συνδρομη', { limit: 1 })).toEqual([all[0]])
    expect(index.search('συνδρομη', { limit: 0 })).toEqual([])
  })

  it('highlight ranges that are whole words of the resolved question', () => {
    const question = questionOf(config, 'forgot-password')
    const [result] = index.search('κωδικό πρόσβ')
    expect(result?.highlights).toEqual([
      [question.indexOf('κωδικό'), question.indexOf('κωδικό') + 'κωδικό'.length],
      [question.indexOf('πρόσβασής'), question.indexOf('πρόσβασής') + 'πρόσβασής'.length],
    ])
  })

  it('count the items of the FAQ', () => {
    expect(index.size).toBe(3)
  })
})

describe('localized text', () => {
  const faq: FaqConfig = {
    categories: [
      {
        id: 'billing',
        title: { de: 'Abrechnung', en: 'Billing' },
        items: [
          {
            id: 'refund',
            question: { de: 'Wie bekomme ich eine Rückerstattung?', en: 'How do I get a refund?' },
            answer: { de: 'Schreiben Sie uns.', en: 'Write to us.' },
          },
        ],
      },
    ],
  }

  it('searches the text of the reader’s locale, with its fallbacks', () => {
    expect(ids(createFaqIndex(faq, { locale: 'de-AT' }), 'ruckerstattung')).toEqual(['refund'])
    expect(ids(createFaqIndex(faq, { locale: 'de-AT' }), 'refund')).toEqual([])
    expect(ids(createFaqIndex(faq, { locale: 'en' }), 'refund')).toEqual(['refund'])
    expect(ids(createFaqIndex(faq, { locale: 'fr' }), 'refund')).toEqual(['refund'])
  })

  it('highlights ranges in the question resolved for the locale', () => {
    const [result] = createFaqIndex(faq, { locale: 'de' }).search('rueckerstattung')
    const question = 'Wie bekomme ich eine Rückerstattung?'
    expect(result?.highlights.map(([s, e]) => question.slice(s, e))).toEqual(['Rückerstattung'])
  })
})

describe('Markdown answers', () => {
  const faq: FaqConfig = {
    categories: [
      {
        id: 'c',
        title: 'C',
        items: [
          {
            id: 'md',
            question: 'Where?',
            answer:
              '1. Open **Settings**\n- Choose _Billing_ and \\*Invoices\\*\n\nSee [the guide](https://help.example.com/zebra), <https://unicorn.example> or [the FAQ][faq].\n\n[faq]: https://help.example.com/okapi',
          },
        ],
      },
    ],
  }
  const index = createFaqIndex(faq, { locale: 'en' })

  it('index the text a reader sees, not the syntax', () => {
    expect(ids(index, 'settings')).toEqual(['md'])
    expect(ids(index, 'billing')).toEqual(['md'])
    expect(ids(index, 'invoices')).toEqual(['md'])
    expect(ids(index, 'guide')).toEqual(['md'])
  })

  it('leave link addresses out', () => {
    expect(ids(index, 'zebra')).toEqual([])
    expect(ids(index, 'unicorn')).toEqual([])
    expect(ids(index, 'okapi')).toEqual([])
    expect(ids(index, 'https')).toEqual([])
    expect(ids(index, 'faq')).toEqual(['md'])
  })
})

describe('words', () => {
  const texts = (raw: unknown) => {
    const { faq, locale } = parsed(raw)
    const chain = localeChain(locale)
    return {
      locale,
      texts: faq.categories.flatMap((category) =>
        category.items.flatMap((item) => [
          resolveText(item.question, chain),
          resolveText(item.answer, chain),
          ...(item.tags ?? []).map((tag) => resolveText(tag, chain)),
        ]),
      ),
    }
  }

  it.each([
    ['el-000', el000],
    ['el-004', el004],
    ['de-001', de001],
    ['ko-002', ko002],
    ['es-003', es003],
    ['en', en],
    ['ar', ar],
  ])('are the words Intl.Segmenter finds, in every fixture: %s', (_, raw) => {
    const fixture = texts(raw)
    const split = createWordSplitter(fixture.locale)
    const segmenter = new Intl.Segmenter(fixture.locale, { granularity: 'word' })
    for (const text of fixture.texts) {
      const expected = [...segmenter.segment(text)]
        .filter((segment) => segment.isWordLike)
        .map((segment) => [segment.segment, segment.index])
      expect(split.words(text).map((word) => [word.text, word.start])).toEqual(expected)
    }
  })

  it.each([
    "l'adresse e.g. U.S.A. example.com",
    '3.5 1,000 9:00-18:00 24/7',
    'E-Mail-Adresse support@kyma.example',
    '(Rückerstattung), «Kündigung»',
    '10일 5-10일 2FA인증 (환불을),',
    'שלום א"ב',
  ])('follow the Unicode word boundaries: %s', (text) => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' })
    const expected = [...segmenter.segment(text)]
      .filter((segment) => segment.isWordLike)
      .map((segment) => segment.segment)
    expect(
      createWordSplitter('en')
        .words(text)
        .map((word) => word.text),
    ).toEqual(expected)
  })

  it('find Japanese and Chinese words, written without spaces', () => {
    const faq: FaqConfig = {
      categories: [
        {
          id: 'c',
          title: 'C',
          items: [
            {
              id: 'ja',
              question: '返金の手続きはどうすればいいですか？',
              answer: 'サポートに連絡してください。',
            },
            { id: 'zh', question: '如何申请退款？', answer: '请联系客服。' },
          ],
        },
      ],
    }
    const ja = createFaqIndex(faq, { locale: 'ja' })
    expect(ids(ja, '返金')).toEqual(['ja'])
    expect(ids(ja, '手続')).toEqual(['ja'])
    expect(ids(ja, 'サポート')).toEqual(['ja'])
    const zh = createFaqIndex(faq, { locale: 'zh' })
    expect(ids(zh, '退款')).toEqual(['zh'])
    expect(ids(zh, '客服')).toEqual(['zh'])
  })
})

describe('folding', () => {
  const options = { germanDigraphs: false }

  it.each([
    ['ＲＥＦＵＮＤ', 'refund', 'full-width letters'],
    ['ﬁnance', 'finance', 'a ligature'],
    ['Cancelación', 'cancelacion', 'an accent'],
    ['çà', 'ca', 'a cedilla and a grave accent'],
    ['Ελλάδα', 'ελλαδα', 'Greek capitals and tonos'],
    ['ΐ', 'ι', 'a Greek dialytika with tonos'],
    ['فَاتُورَة', 'فاتورة', 'Arabic vowel marks'],
    ['e\u0301', 'e', 'an accent typed as a separate mark'],
    ['환불을', '환불을', 'Hangul, unchanged'],
    ['ガイド', 'ガイド', 'kana with a voicing mark, unchanged'],
    ['ｶﾞｲﾄﾞ', 'ガイド', 'half-width kana'],
  ])('%s folds to %s (%s)', (word, folded) => {
    expect(foldWord(word, options)).toBe(folded)
  })

  it('folds German ae, oe, ue like ä, ö, ü only for German', () => {
    expect(foldWord('Rückerstattung', { germanDigraphs: true })).toBe('ruckerstattung')
    expect(foldWord('Rueckerstattung', { germanDigraphs: true })).toBe('ruckerstattung')
    expect(foldWord('rueda', options)).toBe('rueda')
  })
})

describe('chunks of text', () => {
  it('are the runs between any kind of space, each analysed once', () => {
    const seen: string[] = []
    const reader = createChunkReader((chunk) => {
      seen.push(chunk)
      return chunk.toUpperCase()
    })
    const read: string[] = []
    const text = ' one\ttwo\u00a0one\n\nthree\u3000two\u2003 '
    reader.read(text, (value) => read.push(value))
    expect(read).toEqual(['ONE', 'TWO', 'ONE', 'THREE', 'TWO'])
    expect(seen).toEqual(['one', 'two', 'three'])
  })

  it('tell apart many thousands of distinct chunks', () => {
    let analysed = 0
    const reader = createChunkReader((chunk) => {
      analysed++
      return chunk
    })
    const text = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`).join(' ')
    const first: string[] = []
    reader.read(text, (value) => first.push(value))
    const second: string[] = []
    reader.read(text, (value) => second.push(value))
    expect(analysed).toBe(20_000)
    expect(second).toEqual(first)
    expect(first).toEqual(text.split(' '))
  })
})

describe('odd input', () => {
  const { index } = indexOf(de001)

  it.each(['', ' ', '   \n\t ', '\u00a0\u3000'])('returns nothing for a blank query (%j)', (q) => {
    expect(index.search(q)).toEqual([])
  })

  // Speed is the benchmark's job (npm run bench:search), never a timed assertion here.
  it('answers blank queries with nothing', () => {
    for (const blank of ['', '   ', '\t\n', '\u00a0\u3000']) expect(index.search(blank)).toEqual([])
  })

  it.each([
    '🙂',
    '👩‍👩‍👧 🇩🇪',
    '.*+?^${}()|[]\\',
    '[a-z]+',
    '(',
    '\\',
    '\u0000\u0001',
    '\ud800',
    '\u0301\u0301',
    '\u200f\u202e',
    'x'.repeat(100_000),
    'Rückerstattung '.repeat(10_000),
  ])('never throws: %j', (query) => {
    expect(() => index.search(query).map((result) => result.highlights)).not.toThrow()
  })

  it('ignores what is not a string', () => {
    expect(index.search(undefined as unknown as string)).toEqual([])
    expect(index.search(42 as unknown as string)).toEqual([])
  })

  it('reads regular-expression characters as text, not as a pattern', () => {
    expect(index.search('.*')).toEqual([])
    expect(ids(index, 'Rückerstattung?*')[0]).toBe('rueckerstattung')
  })
})
