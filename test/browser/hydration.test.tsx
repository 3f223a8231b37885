import { screen, waitFor } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FaqAccordion } from '../../src/components/FaqAccordion'
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
