import { describe, expect, it } from 'vitest'
import type { FaqConfig } from '../../config'
import { markdownToPlainText } from '../markdown/plainText'
import { filterFaqByAudience, serializeJsonLd, toFaqPageJsonLd } from '.'

const faq: FaqConfig = {
  updated: '2025-04-23',
  categories: [
    {
      id: 'viewers',
      title: 'Viewers',
      items: [
        { id: 'login', question: { de: 'Anmeldung?', en: 'Sign in?' }, answer: 'Use **Sign in**.' },
        {
          id: 'tips',
          question: 'Tips?',
          answer: 'Tips go to [models](https://x.example).',
          audiences: ['models'],
        },
      ],
    },
    {
      id: 'studio',
      title: 'Studios',
      audiences: ['studios'],
      items: [{ id: 'contract', question: 'Contract?', answer: '1. Sign\n2. Send' }],
    },
  ],
}

describe('filterFaqByAudience', () => {
  it('keeps questions for everyone and for the chosen audience, and drops empty categories', () => {
    const models = filterFaqByAudience(faq, 'models')
    expect(models.categories.map((c) => c.items.map((i) => i.id))).toEqual([['login', 'tips']])
    const studios = filterFaqByAudience(faq, 'studios')
    expect(studios.categories.map((c) => c.items.map((i) => i.id))).toEqual([
      ['login'],
      ['contract'],
    ])
  })

  it('returns the whole FAQ when no audience is chosen', () => {
    expect(filterFaqByAudience(faq, undefined)).toBe(faq)
  })
})

describe('markdownToPlainText', () => {
  it('keeps the words and drops the syntax', () => {
    expect(
      markdownToPlainText(
        'Use **Sign in** and *then* [the guide](https://x.example).\n\n1. One\n2. Two\n\n- a\n- b',
      ),
    ).toBe('Use Sign in and then the guide.\nOne\nTwo\na\nb')
    expect(markdownToPlainText('snake_case_name stays, \\*stars\\* too')).toBe(
      'snake_case_name stays, *stars* too',
    )
  })
})

describe('FAQPage JSON-LD', () => {
  it('has the schema.org FAQPage shape with plain-text answers in the locale', () => {
    const data = toFaqPageJsonLd(faq, { locale: 'de' })
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: 'de',
      dateModified: '2025-04-23',
    })
    expect(data.mainEntity).toHaveLength(3)
    expect(data.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: 'Anmeldung?',
      acceptedAnswer: { '@type': 'Answer', text: 'Use Sign in.' },
    })
  })

  it('serializes to JSON that parses back and cannot close its script element', () => {
    const hostile = '</script><script>alert(1)</script> <!-- & \u2028'
    const json = serializeJsonLd({ text: hostile })
    expect(json).not.toMatch(/<|>|&/)
    expect(JSON.parse(json)).toEqual({ text: hostile })
  })
})
