import { screen, waitFor } from '@testing-library/react'
import { render } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SupportHub } from '../../src/components/SupportHub'
import { FaqAccordion } from '../../src/components/FaqAccordion'
import { SupportHubProvider } from '../../src/components/SupportHubProvider'
import { unloadLocaleForTests } from '../../src/i18n/catalogs'
import { de, el, ko, registerLocales } from '../../src/locales'
import { exampleConfig, fixture } from '../fixtures'

// The setup registers every catalog; these tests take one away to see it load on demand.
afterEach(() => registerLocales(de, el, ko))

describe('UI catalogs load on demand', () => {
  it('loads the catalog a locale needs, then shows the content in that language', async () => {
    unloadLocaleForTests('de')
    const { faq } = fixture('faq-en')
    render(
      <SupportHubProvider locale="de-AT">
        <FaqAccordion faq={faq} />
      </SupportHubProvider>,
    )
    // Nothing half-translated meanwhile: the content waits for its catalog.
    expect(screen.queryByRole('button')).toBeNull()
    expect(await screen.findByText(/Zuletzt aktualisiert/)).toBeVisible()
    expect(screen.getAllByRole('button').length).toBeGreaterThan(0)
  })

  it('lets <SupportHub> render a Korean config with no setup', async () => {
    unloadLocaleForTests('ko')
    render(<SupportHub config={exampleConfig('002')} />)
    expect(await screen.findByRole('navigation', { name: '이 페이지의 내용' })).toBeVisible()
  })

  it('keeps the server HTML while the catalog loads during hydration, with no mismatch', async () => {
    const { faq } = fixture('faq-el-004')
    const page = (
      <SupportHubProvider locale="el">
        <FaqAccordion faq={faq} />
      </SupportHubProvider>
    )
    const host = document.createElement('div')
    host.innerHTML = renderToString(page)
    document.body.append(host)
    const serverButton = screen.getAllByRole('button')[0]!

    unloadLocaleForTests('el')
    const problems: unknown[][] = []
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => problems.push(args))
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => problems.push(args))
    const recoverable: unknown[] = []
    hydrateRoot(host, page, { onRecoverableError: (error) => recoverable.push(error) })
    // Until the Greek catalog is in, the server's Greek HTML stays as it was.
    expect(screen.getAllByRole('button')[0]).toBe(serverButton)
    const answer = document.getElementById(serverButton.getAttribute('aria-controls')!)
    await waitFor(() => expect(answer).toHaveAttribute('hidden', 'until-found'))
    vi.restoreAllMocks()
    expect(recoverable).toEqual([])
    expect(problems).toEqual([])
    expect(screen.getAllByRole('button')[0]).toBe(serverButton)
    host.remove()
  })
})
