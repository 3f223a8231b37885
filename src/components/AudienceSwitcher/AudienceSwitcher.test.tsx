import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Audience, FaqConfig } from '../../config'
import { Faq } from '../Faq'
import { SupportHubProvider } from '../SupportHubProvider'
import { AudienceSwitcher } from '.'

const audiences: Audience[] = [
  { id: 'users', label: { de: 'Nutzer', en: 'Users' } },
  { id: 'models', label: { de: 'Models', en: 'Models' } },
  { id: 'studios', label: { de: 'Studios', en: 'Studios' } },
]

const faq: FaqConfig = {
  categories: [
    { id: 'account', title: 'Konto', items: [{ id: 'login', question: 'Anmeldung', answer: 'a' }] },
    {
      id: 'payout',
      title: 'Auszahlung',
      audiences: ['models', 'studios'],
      items: [
        { id: 'when', question: 'Wann wird ausgezahlt?', answer: 'b' },
        { id: 'studio-split', question: 'Studio-Anteil', answer: 'c', audiences: ['studios'] },
      ],
    },
  ],
}

afterEach(() => localStorage.clear())

describe('AudienceSwitcher', () => {
  it('is a labelled radio group with "Everyone" and each audience in the locale', () => {
    render(
      <SupportHubProvider locale="de">
        <AudienceSwitcher audiences={audiences} />
      </SupportHubProvider>,
    )
    expect(screen.getByRole('group', { name: 'Fragen anzeigen für' })).toBeInTheDocument()
    expect(screen.getAllByRole('radio').map((r) => r.parentElement?.textContent)).toEqual([
      'Alle',
      'Nutzer',
      'Models',
      'Studios',
    ])
    expect(screen.getByRole('radio', { name: 'Alle' })).toBeChecked()
  })

  it('filters the FAQ to the chosen audience', async () => {
    const user = userEvent.setup()
    render(
      <SupportHubProvider locale="de">
        <Faq faq={faq} audiences={audiences} jsonLd={false} />
      </SupportHubProvider>,
    )
    const questions = () =>
      screen.getAllByRole('button', { expanded: false }).map((b) => b.textContent)
    expect(questions()).toEqual(['Anmeldung', 'Wann wird ausgezahlt?', 'Studio-Anteil'])
    await user.click(screen.getByRole('radio', { name: 'Nutzer' }))
    expect(questions()).toEqual(['Anmeldung'])
    await user.click(screen.getByRole('radio', { name: 'Models' }))
    expect(questions()).toEqual(['Anmeldung', 'Wann wird ausgezahlt?'])
  })

  it('remembers the choice for the next visit', async () => {
    const user = userEvent.setup()
    const view = render(
      <SupportHubProvider locale="en">
        <AudienceSwitcher audiences={audiences} />
      </SupportHubProvider>,
    )
    await user.click(screen.getByRole('radio', { name: 'Studios' }))
    view.unmount()
    render(
      <SupportHubProvider locale="en">
        <AudienceSwitcher audiences={audiences} />
      </SupportHubProvider>,
    )
    expect(screen.getByRole('radio', { name: 'Studios' })).toBeChecked()
  })

  it('lets the host control the audience', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(
      <SupportHubProvider locale="en">
        <AudienceSwitcher audiences={audiences} value="models" onValueChange={onValueChange} />
      </SupportHubProvider>,
    )
    expect(screen.getByRole('radio', { name: 'Models' })).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'Users' }))
    expect(onValueChange).toHaveBeenCalledWith('users')
    expect(screen.getByRole('radio', { name: 'Models' })).toBeChecked()
  })

  it('does not remember a choice the host refused', async () => {
    const user = userEvent.setup()
    render(
      <SupportHubProvider locale="en">
        <AudienceSwitcher audiences={audiences} value="models" onValueChange={() => {}} />
      </SupportHubProvider>,
    )
    await user.click(screen.getByRole('radio', { name: 'Studios' }))
    expect(localStorage.getItem('react-support-hub:audience')).not.toBe('"studios"')
  })

  it('comes back to the chosen category tab after a search is cleared', async () => {
    const user = userEvent.setup()
    render(
      <SupportHubProvider locale="de">
        <Faq faq={faq} jsonLd={false} />
      </SupportHubProvider>,
    )
    await user.click(screen.getByRole('tab', { name: /Auszahlung/ }))
    const box = screen.getByRole('searchbox')
    await user.type(box, 'Anmeldung')
    expect(screen.queryByRole('tablist')).toBeNull()
    await user.clear(box)
    expect(screen.getByRole('tab', { name: /Auszahlung/ })).toHaveAttribute('aria-selected', 'true')
  })
})
