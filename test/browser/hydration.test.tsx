import { screen, waitFor, within } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FaqAccordion } from '../../src/components/FaqAccordion'
import { SupportHub } from '../../src/components/SupportHub'
import { SupportHubProvider } from '../../src/components/SupportHubProvider'
import { fixture } from '../fixtures'

const config = fixture('faq-el-004')
const page = (
  <SupportHubProvider locale="el" theme={config.theme}>
    <FaqAccordion faq={config.faq} />
  </SupportHubProvider>
)

describe('server-rendered FAQ in the browser', () => {
  let host: HTMLDivElement | undefined
  afterEach(() => host?.remove())

  it('hydrates the server HTML without a mismatch, a warning or an error, then works', async () => {
    const problems: unknown[][] = []
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => problems.push(args))
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => problems.push(args))
    const recoverable: unknown[] = []

    host = document.createElement('div')
    host.innerHTML = renderToString(page)
    document.body.append(host)
    const serverTrigger = screen.getAllByRole('button', { expanded: false })[0]!
    // Before any script runs, the answers are in the page, hidden.
    expect(document.getElementById(serverTrigger.getAttribute('aria-controls')!)).toHaveAttribute(
      'hidden',
    )

    hydrateRoot(host, page, { onRecoverableError: (error) => recoverable.push(error) })
    // Hydrated once its effects have run: collapsed answers become findable.
    const answer = document.getElementById(serverTrigger.getAttribute('aria-controls')!)
    await waitFor(() => expect(answer).toHaveAttribute('hidden', 'until-found'))
    vi.restoreAllMocks()
    expect(recoverable).toEqual([])
    expect(problems).toEqual([])

    // The same button the server drew now works.
    const trigger = screen.getAllByRole('button', { expanded: false })[0]!
    expect(trigger).toBe(serverTrigger)
    await userEvent.click(trigger)
    await waitFor(() => expect(trigger).toHaveAttribute('aria-expanded', 'true'))
  })
})

describe('server-rendered SupportHub in the browser', () => {
  let host: HTMLDivElement | undefined
  afterEach(() => host?.remove())

  it('hydrates the whole page without a warning, then shows live opening status', async () => {
    const examples = import.meta.glob<{ default: unknown }>('../../examples/004-*.json', {
      eager: true,
    })
    const config = Object.values(examples)[0]!.default
    const problems: unknown[][] = []
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => problems.push(args))
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => problems.push(args))
    const recoverable: unknown[] = []

    host = document.createElement('div')
    host.innerHTML = renderToString(<SupportHub config={config} />)
    document.body.append(host)
    // The server cannot know the reader's clock: it shows the hours, not "open" or "closed".
    const status = () => [...host!.querySelectorAll('[data-part="channel-status"]')]
    expect(status().length).toBeGreaterThan(0)
    expect(status().every((s) => s.getAttribute('data-state') === 'unknown')).toBe(true)
    const serverHeading = screen.getByRole('heading', { level: 1 })

    hydrateRoot(host, <SupportHub config={config} />, {
      onRecoverableError: (error) => recoverable.push(error),
    })
    await waitFor(() =>
      expect(status().some((s) => s.getAttribute('data-state') !== 'unknown')).toBe(true),
    )
    vi.restoreAllMocks()
    expect(recoverable).toEqual([])
    expect(problems).toEqual([])
    expect(screen.getByRole('heading', { level: 1 })).toBe(serverHeading)

    // The hydrated page works: a form opens and loads.
    const ticket = document.getElementById('ticket')!
    await userEvent.click(within(ticket).getByRole('button', { expanded: false }))
    await waitFor(() => expect(within(ticket).getAllByRole('textbox').length).toBeGreaterThan(0))
  })
})
