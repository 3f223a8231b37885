import { renderToStaticMarkup } from 'react-dom/server'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { tablesFixture } from '../../../test/fixtures'
import type { PaymentsConfig } from '../../config/schema'
import { messagesFor } from '../../i18n'
import { SupportHubProvider } from '../SupportHubProvider'
import { PaymentMethods, type PaymentMethodsProps } from '.'
import { LineIcon } from '../icons/LineIcon'
import { Wallet } from '../icons/lineIcons'

function setup(payments: PaymentsConfig, locale = 'en', props: Partial<PaymentMethodsProps> = {}) {
  return render(
    <SupportHubProvider locale={locale}>
      <PaymentMethods payments={payments} {...props} />
    </SupportHubProvider>,
  )
}

/** The method tiles listed under a group's heading. */
function methodsOf(group: string) {
  return within(screen.getByRole('list', { name: group }))
    .getAllByRole('listitem')
    .map((item) => item.textContent)
}

const brands = {
  cards: ['Visa', 'Mastercard', 'American Express'],
  wallets: ['PayPal', 'Apple Pay', 'Google Pay'],
  crypto: ['Bitcoin', 'Ethereum'],
}

describe('PaymentMethods', () => {
  it('gives each group a heading and a list of its methods, named by the heading', () => {
    setup(tablesFixture('en').payments)
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(headings).toEqual([
      'Bank cards',
      'E-wallets',
      'Bank transfer',
      'Direct debit',
      'Cryptocurrencies',
      'Secure payments',
    ])
    expect(screen.getByRole('group', { name: 'Payment methods' })).toBeInTheDocument()
    expect(methodsOf('Bank cards')).toEqual(brands.cards)
    expect(methodsOf('E-wallets')).toEqual(brands.wallets)
    expect(methodsOf('Bank transfer')).toEqual(['Bank transfer'])
    expect(methodsOf('Direct debit')).toEqual(['Direct debit'])
    expect(methodsOf('Cryptocurrencies')).toEqual(brands.crypto)
  })

  it('names every method of seed 004 in Greek, brands as proper nouns', () => {
    setup(tablesFixture('el').payments, 'el')
    const el = messagesFor('el')
    expect(screen.getByRole('group', { name: el['payments.label'] })).toBeInTheDocument()
    expect(methodsOf('Τραπεζικές κάρτες')).toEqual(brands.cards)
    expect(methodsOf('Ηλεκτρονικά πορτοφόλια')).toEqual(brands.wallets)
    expect(methodsOf('Τραπεζικά εμβάσματα')).toEqual([el['payments.method.bankTransfer']])
    expect(methodsOf('Αυτόματη χρέωση')).toEqual([el['payments.method.directDebit']])
    expect(methodsOf('Κρυπτονομίσματα')).toEqual(brands.crypto)
    // 10 methods and 4 security notes.
    expect(screen.getAllByRole('listitem')).toHaveLength(14)
  })

  it('takes the heading level from the host page', () => {
    setup(tablesFixture('en').payments, 'en', { headingLevel: 4 })
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(6)
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull()
  })

  it('shows an unknown method with a neutral icon and its label or readable id, without crashing', () => {
    const { container } = setup({
      groups: [
        {
          id: 'other',
          label: 'Other ways',
          methods: [{ id: 'gift-card', label: 'Gift card' }, 'voucher', 'store_credit', 'visa'],
        },
      ],
    })
    expect(methodsOf('Other ways')).toEqual(['Gift card', 'Voucher', 'Store credit', 'Visa'])
    const tile = (name: string) => screen.getByText(name).closest('li')!
    const wallet = renderToStaticMarkup(<LineIcon icon={Wallet} />)
    for (const name of ['Gift card', 'Voucher', 'Store credit']) {
      expect(tile(name)).toHaveAttribute('data-known', 'false')
      expect(tile(name).querySelector('svg')!.outerHTML).toBe(wallet)
    }
    expect(tile('Visa')).toHaveAttribute('data-known', 'true')
    expect(tile('Visa').querySelector('svg')!.outerHTML).not.toBe(wallet)
    expect(container.querySelectorAll('svg')).toHaveLength(4)
  })

  it('names known methods by their UI message and lets a label override the name', () => {
    setup({
      groups: [
        {
          id: 'all',
          label: 'All',
          methods: [
            'card',
            'sepa',
            'cash',
            'klarna',
            { id: 'paypal', label: { en: 'PayPal account', el: 'Λογαριασμός PayPal' } },
          ],
        },
      ],
    })
    expect(methodsOf('All')).toEqual([
      'Bank card',
      'SEPA transfer',
      'Cash',
      'Klarna',
      'PayPal account',
    ])
  })

  it('shows a method’s note under its name, marked with its language when it fell back', () => {
    setup(
      {
        groups: [
          {
            id: 'cards',
            label: 'Karten',
            methods: [{ id: 'amex', note: { en: 'Not for refunds' } }, 'visa'],
          },
        ],
      },
      'de',
    )
    const amex = screen.getByText('American Express').closest('li')!
    const note = within(amex).getByText('Not for refunds')
    expect(note).toHaveAttribute('lang', 'en')
    expect(within(amex).getByText('American Express').nextElementSibling).toBe(note)
  })

  it.each([
    ['el', '500,00\u00a0€'],
    ['en-US', '€500.00'],
    ['de', '500,00\u00a0€'],
  ])('formats the minimum amount as currency in %s', (locale, amount) => {
    const { container } = setup(tablesFixture('en').payments, locale)
    const condition = container.querySelector('[data-condition="min-amount"]')!
    expect(condition.textContent).toBe(
      messagesFor(locale)['payments.minAmount'].replace('{amount}', amount),
    )
  })

  it('lists the conditions under each group’s heading', () => {
    setup(tablesFixture('en').payments)
    const group = (name: string) => screen.getByRole('heading', { name }).parentElement!
    expect(within(group('Bank transfer')).getByText('For orders above €500.00')).toBeInTheDocument()
    expect(within(group('Direct debit')).getByText('For subscriptions only')).toBeInTheDocument()
    expect(
      within(group('Direct debit')).getByText('For monthly or yearly subscriptions'),
    ).toBeInTheDocument()
    expect(
      within(group('Cryptocurrencies')).getByText('For some services only'),
    ).toBeInTheDocument()
    expect(within(group('Bank cards')).queryByText(/^For /)).toBeNull()
  })

  it('marks a group note with its language when it fell back', () => {
    setup(
      {
        groups: [
          {
            id: 'debit',
            label: { en: 'Direct debit', de: 'Lastschrift' },
            methods: ['direct-debit'],
            note: { en: 'Monthly plans only' },
          },
        ],
      },
      'de',
    )
    expect(screen.getByRole('heading', { name: 'Lastschrift' })).not.toHaveAttribute('lang')
    expect(screen.getByText('Monthly plans only')).toHaveAttribute('lang', 'en')
  })

  it('lists the security notes under "Secure payments", custom text too', () => {
    setup({
      groups: tablesFixture('en').payments.groups,
      security: [
        'tls',
        'pci-dss',
        'no-cvv-storage',
        'fraud-detection',
        '3d-secure',
        { text: 'Audited yearly' },
      ],
    })
    const notes = within(screen.getByRole('list', { name: 'Secure payments' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(notes).toEqual([
      'Payment pages are encrypted (TLS).',
      "We comply with PCI DSS, the card industry's security standard.",
      "We never store your card's security code (CVV).",
      'Fraud detection protects your account.',
      'Card payments are confirmed with 3-D Secure.',
      'Audited yearly',
    ])
  })

  it('leaves out the security section when the config has none', () => {
    setup({ groups: tablesFixture('en').payments.groups })
    expect(screen.queryByRole('heading', { name: 'Secure payments' })).toBeNull()
  })

  it('hides every icon from screen readers', () => {
    const { container } = setup(tablesFixture('en').payments)
    const icons = container.querySelectorAll('svg')
    // 10 method tiles and 4 security notes.
    expect(icons).toHaveLength(14)
    for (const icon of icons) {
      expect(icon).toHaveAttribute('aria-hidden', 'true')
      expect(icon).toHaveAttribute('focusable', 'false')
    }
  })

  it('names the component and the fix when rendered outside the provider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() => render(<PaymentMethods payments={tablesFixture('en').payments} />)).toThrow(
      /PaymentMethods must be used inside <SupportHubProvider>/,
    )
    spy.mockRestore()
  })
})
