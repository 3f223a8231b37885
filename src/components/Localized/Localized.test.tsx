import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ContactChannels } from '../ContactChannels'
import { SupportHubProvider } from '../SupportHubProvider'
import { Localized } from '.'

function html(node: React.ReactNode, contentLocale?: string) {
  const { container } = render(
    <SupportHubProvider locale="en-GB" contentLocale={contentLocale}>
      {node}
    </SupportHubProvider>,
  )
  return container.querySelector('[data-rsh-root]')!.innerHTML
}

describe('Localized', () => {
  it('is the bare text when it is in the page’s language', () => {
    expect(html(<Localized value={{ el: 'Γεια', en: 'Hello' }} />)).toBe('Hello')
    expect(html(<Localized value="Hello" />)).toBe('Hello')
    expect(html(<Localized value="Hello" />, 'en')).toBe('Hello')
  })

  it('marks text in another language with lang (a map’s fallback, plain text in contentLocale)', () => {
    expect(html(<Localized value={{ el: 'Γεια' }} />)).toBe('<span lang="el">Γεια</span>')
    expect(html(<Localized value="Γεια" />, 'el')).toBe('<span lang="el">Γεια</span>')
  })
})

describe('ContactChannels: language of parts', () => {
  it('marks a channel’s description and postal address with the config’s language', () => {
    const { container } = render(
      <SupportHubProvider locale="en-GB" contentLocale="el">
        <ContactChannels
          timeZone="Europe/Athens"
          channels={[
            { id: 'post', type: 'postal', address: 'Οδός 1\nΑθήνα', description: 'Γραφεία' },
          ]}
        />
      </SupportHubProvider>,
    )
    expect(container.querySelector('.rsh-channel__description')!.innerHTML).toBe(
      '<span lang="el">Γραφεία</span>',
    )
    const address = container.querySelector('address')!
    expect(address).toHaveAttribute('lang', 'el')
    expect(address.innerHTML).toBe('Οδός 1<br>Αθήνα')
  })
})
