import { render, screen, waitFor, within } from '@testing-library/react'
import { commands, userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PaymentMethods } from '../../src/components/PaymentMethods'
import { SupportHub } from '../../src/components/SupportHub'
import { exampleConfig, tablesFixture } from '../fixtures'
import { renderInPage } from '../render'

// What a reader sees when a file the page loads on demand never arrives (offline, a bad deploy).
// The failure is made at the network, for this test file's own page, which has loaded no mark yet.

afterEach(async () => {
  await commands.failRequests(null)
  vi.restoreAllMocks()
})

describe('a brand mark that cannot be loaded', () => {
  it('leaves an empty box of its size beside the name; the other marks and the page are fine', async () => {
    const problems: unknown[][] = []
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => problems.push(args))
    await commands.failRequests('/marks/siVisa')
    const { payments } = tablesFixture('en')
    renderInPage(<PaymentMethods payments={payments} />, { locale: 'en' })

    const icon = (name: string) => screen.getByText(name).closest('li')!.querySelector('svg')!
    await waitFor(() => expect(icon('Mastercard').querySelector('path')).not.toBeNull())
    // Give the failed import time to settle, then: the name, a box, no path, no error.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(screen.getByText('Visa')).toBeVisible()
    expect(icon('Visa').querySelector('path')).toBeNull()
    expect(icon('Visa').getBoundingClientRect().width).toBe(24)
    expect(problems).toEqual([])
  })
})

describe('a form whose code cannot be loaded', () => {
  it('says so with a Try again button, which loads it once the network is back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await commands.failRequests('/TicketForm/')
    const config = exampleConfig('004')
    render(<SupportHub config={config} locale="en" />)
    const ticket = document.getElementById('ticket')!
    await userEvent.click(within(ticket).getByRole('button', { expanded: false }))

    const alert = await within(ticket).findByRole('alert')
    expect(alert).toHaveTextContent(/could not be loaded/)
    await commands.failRequests(null)
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(within(ticket).getAllByRole('textbox').length).toBeGreaterThan(0))
    expect(within(ticket).queryByRole('alert')).toBeNull()
  })
})
