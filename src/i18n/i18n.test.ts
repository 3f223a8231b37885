import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import * as locales from '../locales'
import {
  builtInLocales,
  createSupportIntl,
  localeChain,
  messagesFor,
  resolveText,
  textDirection,
} from '.'

const builtInCatalogs = {
  en: locales.en.messages,
  de: locales.de.messages,
  el: locales.el.messages,
  es: locales.es.messages,
  ko: locales.ko.messages,
  fr: locales.fr.messages,
  ar: locales.ar.messages,
}
const english = builtInCatalogs.en

/** The argument names a message uses, from the ICU parse tree (plural, select and nested too). */
function argumentsOf(message: string): string[] {
  const names = new Set<string>()
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue
      names.add(element.value)
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value)
      }
      if (element.type === TYPE.tag) walk(element.children)
    }
  }
  walk(parse(message))
  return [...names].sort()
}

/** Words that are the same in English and in a language, correctly. */
const SAME_AS_ENGLISH: Partial<Record<string, string[]>> = {
  de: [
    'sla.atMost',
    'forms.optional',
    'ticket.field.screenshots',
    'ticket.diagnostics.system',
    'hub.title.noBrand',
  ],
  el: ['sla.atMost'],
  es: ['faq.feedback.no', 'sla.atMost', 'forms.errorPrefix'],
  ko: ['sla.atMost'],
  fr: ['sla.atMost', 'ticket.diagnostics.page'],
  ar: ['sla.atMost'],
}

describe('UI catalogs', () => {
  it('ship en, de, el, es, ko, fr and ar', () => {
    expect([...builtInLocales].sort()).toEqual(['ar', 'de', 'el', 'en', 'es', 'fr', 'ko'])
  })

  for (const locale of builtInLocales) {
    it(`${locale}: has every message id of the English catalog and no other`, () => {
      expect(Object.keys(builtInCatalogs[locale]).sort()).toEqual(Object.keys(english).sort())
    })

    it(`${locale}: every message is valid ICU MessageFormat with the same arguments as English`, () => {
      for (const [id, message] of Object.entries(builtInCatalogs[locale])) {
        expect(() => parse(message), `${locale} ${id}`).not.toThrow()
        expect(argumentsOf(message), `${locale} ${id}`).toEqual(
          argumentsOf(english[id as keyof typeof english]),
        )
      }
    })

    if (locale !== 'en') {
      it(`${locale}: is translated (no message left in English)`, () => {
        for (const [id, message] of Object.entries(builtInCatalogs[locale])) {
          if (SAME_AS_ENGLISH[locale]?.includes(id)) continue
          expect(message, `${locale} ${id}`).not.toBe(english[id as keyof typeof english])
        }
      })
    }
  }
})

describe('locale handling', () => {
  it('walks from a regional tag to its language, then English', () => {
    expect(localeChain('de-AT')).toEqual(['de-AT', 'de', 'en'])
    expect(localeChain('en-GB')).toEqual(['en-GB', 'en'])
  })

  it('uses the closest catalog and English for an unknown language', () => {
    expect(messagesFor('de-AT')['faq.empty']).toBe(builtInCatalogs.de['faq.empty'])
    expect(messagesFor('sw')['faq.empty']).toBe(english['faq.empty'])
  })

  it('merges host overrides over the catalog', () => {
    expect(messagesFor('el', { 'faq.empty': 'Τίποτα' })['faq.empty']).toBe('Τίποτα')
  })

  it('resolves config text maps along the chain, then to the first entry', () => {
    const text = { el: 'Γεια', en: 'Hello' }
    expect(resolveText(text, localeChain('el-GR'))).toBe('Γεια')
    expect(resolveText(text, localeChain('fr'))).toBe('Hello')
    expect(resolveText({ ko: '안녕' }, localeChain('fr'))).toBe('안녕')
    expect(resolveText('plain', localeChain('fr'))).toBe('plain')
  })

  it('knows which languages are written right to left', () => {
    expect(textDirection('ar')).toBe('rtl')
    expect(textDirection('he-IL')).toBe('rtl')
    expect(textDirection('el')).toBe('ltr')
  })

  it('formats messages in the locale', () => {
    const intl = createSupportIntl('de')
    expect(intl.formatMessage({ id: 'faq.updated' }, { date: '23. April 2025' })).toBe(
      'Zuletzt aktualisiert am 23. April 2025',
    )
  })
})
