import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { tablesFixture } from '../../../test/fixtures'
import { ContactChannels } from '../ContactChannels'
import { PlanComparison } from '../PlanComparison'
import { SupportHubProvider } from '../SupportHubProvider'
import { SlaTable } from '.'

const en = tablesFixture('en')
const el = tablesFixture('el')

function renderIn(locale: string, ui: React.ReactNode) {
  return render(<SupportHubProvider locale={locale}>{ui}</SupportHubProvider>)
}

describe('SlaTable', () => {
  it('is a real table: caption, column and row headers with scope, a footnote', () => {
    renderIn('en', <SlaTable sla={en.sla} />)
    const table = screen.getByRole('table', { name: 'Response times by plan' })
    const columns = within(table).getAllByRole('columnheader')
    expect(columns.map((c) => c.textContent)).toEqual([
      'Support channel',
      'Basic',
      'Premium',
      'Business',
    ])
    for (const c of columns) expect(c).toHaveAttribute('scope', 'col')
    const rows = within(table).getAllByRole('rowheader')
    expect(rows.map((r) => r.textContent)).toEqual([
      'Live chat',
      'Email',
      'Phone',
      'Tickets',
      'Critical incidents',
    ])
    for (const r of rows) expect(r).toHaveAttribute('scope', 'row')
    expect(screen.getByText(/guaranteed maxima/)).toBeInTheDocument()
  })

  it('shows short promises and reads them in full', () => {
    renderIn('en', <SlaTable sla={en.sla} />)
    const chat = screen.getByRole('rowheader', { name: 'Live chat' }).closest('tr')!
    const cells = within(chat).getAllByRole('cell')
    expect(cells.map((c) => c.textContent)).toEqual([
      '≤ 15 minwithin 15 minutes',
      '≤ 5 minwithin 5 minutes',
      'Immediate',
    ])
    expect(within(cells[0]!).getByText('≤ 15 min')).toHaveAttribute('aria-hidden', 'true')
    const phone = screen.getByRole('rowheader', { name: 'Phone' }).closest('tr')!
    expect(within(phone).getAllByRole('cell')[0]).toHaveTextContent('Not included')
  })

  it.each([
    ['de', '≤ 24 Std.', 'innerhalb von 24 Stunden'],
    ['el', '≤ 24 ώ.', 'μέσα σε 24 ώρες'],
    ['es', '≤ 24 h', 'en un plazo de 24 horas'],
    ['ko', '≤ 24시간', '24시간 이내'],
    ['ar', '24 ساعة', '24 ساعة'],
  ])('formats promises in %s', (locale, short, long) => {
    renderIn(locale, <SlaTable sla={en.sla} />)
    const email = screen.getAllByRole('row')[2]!
    const first = within(email).getAllByRole('cell')[0]!
    expect(first.textContent).toContain(short)
    expect(first.textContent).toContain(long)
  })

  it('marks the visitor’s plan in words, so every cell of it is read with it', () => {
    renderIn('en', <SlaTable sla={en.sla} plan="premium" />)
    const header = screen.getByRole('columnheader', { name: 'Premium Your plan' })
    expect(header).toHaveAttribute('data-highlighted')
    const chat = screen.getByRole('rowheader', { name: 'Live chat' }).closest('tr')!
    expect(within(chat).getAllByRole('cell')[1]).toHaveAttribute('data-highlighted')
  })

  it('keeps Greek content from the seed', () => {
    renderIn('el', <SlaTable sla={el.sla} />)
    expect(screen.getByRole('table', { name: 'Χρόνοι απόκρισης ανά πακέτο' })).toBeInTheDocument()
    expect(screen.getByRole('rowheader', { name: 'Κρίσιμα περιστατικά' })).toBeInTheDocument()
    expect(screen.getAllByText('Δεν περιλαμβάνεται')).toHaveLength(1)
  })
})

describe('one source for a channel promise', () => {
  it('shows on a channel the same reply time as its SLA row, per plan', () => {
    renderIn(
      'en',
      <>
        <ContactChannels
          channels={en.channels}
          timeZone="UTC"
          sla={en.sla}
          plan="premium"
          now={new Date('2026-11-23T10:00:00Z')}
        />
        <SlaTable sla={en.sla} plan="premium" />
      </>,
    )
    const chat = screen.getByRole('heading', { name: 'Live chat' }).closest('li')!
    expect(within(chat).getByText('Usually replies within 5 minutes')).toBeInTheDocument()
    const email = screen.getByRole('heading', { name: 'Email' }).closest('li')!
    expect(within(email).getByText('Usually replies within 8 hours')).toBeInTheDocument()
  })

  it('without a plan, promises the slowest target, which holds for every plan', () => {
    renderIn(
      'en',
      <ContactChannels
        channels={en.channels}
        timeZone="UTC"
        sla={en.sla}
        now={new Date('2026-11-23T10:00:00Z')}
      />,
    )
    const tickets = screen.getByRole('heading', { name: 'Tickets' }).closest('li')!
    expect(within(tickets).getByText('Usually replies within 48 hours')).toBeInTheDocument()
  })
})

describe('PlanComparison', () => {
  it('compares features, prices in their currency, who each plan suits, and links to each', () => {
    renderIn('en-US', <PlanComparison plans={en.plans} plan="service-b" />)
    const table = screen.getByRole('table', { name: 'Compare our services' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Features', 'Kyma Start', 'Kyma Pro Your plan'])
    const shops = screen.getByRole('rowheader', { name: 'Several shops' }).closest('tr')!
    expect(
      within(shops)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Not included', 'Included'])
    const price = screen.getByRole('rowheader', { name: 'Price' }).closest('tr')!
    expect(
      within(price)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['€29.00 / month', '€79.00 / month'])
    expect(screen.getByRole('link', { name: 'Choose Kyma Pro' })).toHaveAttribute(
      'href',
      'https://kyma.example/pro',
    )
  })

  it.each([
    ['el', '29,00\u00a0€'],
    ['de', '29,00\u00a0€'],
    ['ko', '€29.00'],
  ])('formats prices for %s', (locale, price) => {
    renderIn(locale, <PlanComparison plans={el.plans} />)
    expect(screen.getByRole('table').textContent).toContain(price)
  })
})
