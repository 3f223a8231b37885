import { screen, waitFor, within } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FaqAccordion } from '../../src/components/FaqAccordion'
import { PaymentMethods } from '../../src/components/PaymentMethods'
import { allBrandMarks } from '../../src/components/icons/allBrandMarks'
import {
  registerBrandMarks,
  unloadBrandMarksForTests,
} from '../../src/components/icons/brandMarkRegistry'
import { SupportHub } from '../../src/components/SupportHub'
import { SupportHubProvider } from '../../src/components/SupportHubProvider'
import { exampleConfig, fixture, tablesFixture } from '../fixtures'

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
    const config = exampleConfig('004')
    const problems: unknown[][] = []
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => problems.push(args))
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => problems.push(args))
    const recoverable: unknown[] = []

    host = document.createElement('div')
    // As on a Node server (the package's node entry registers every brand mark up front); the
    // page itself then loads the marks it shows.
    registerBrandMarks(allBrandMarks)
    host.innerHTML = renderToString(<SupportHub config={config} />)
    unloadBrandMarksForTests()
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

describe('server-rendered brand marks in the browser', () => {
  let host: HTMLDivElement | undefined
  afterEach(() => host?.remove())

  it('keeps the server marks while their files load, with no mismatch', async () => {
    // The Node entry registers every mark, so the server HTML has them; this page has none yet.
    registerBrandMarks(allBrandMarks)
    const { payments } = tablesFixture('en')
    const ui = (
      <SupportHubProvider locale="en">
        <PaymentMethods payments={payments} />
      </SupportHubProvider>
    )
    host = document.createElement('div')
    host.innerHTML = renderToString(ui)
    document.body.append(host)
    unloadBrandMarksForTests()
    const path = () => screen.getByText('Visa').closest('li')!.querySelector('svg path')
    const serverPath = path()
    expect(serverPath?.getAttribute('d')).toBe(allBrandMarks.siVisa.path)

    const problems: unknown[][] = []
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => problems.push(args))
    const recoverable: unknown[] = []
    hydrateRoot(host, ui, { onRecoverableError: (error) => recoverable.push(error) })
    // Hydrated once the marks are in: the server's path element is kept, not drawn again.
    // (React marks the DOM nodes it has hydrated with its fiber: an internal, read only here.)
    const hydrated = (node: Node | null) =>
      node !== null && Object.keys(node).some((key) => key.startsWith('__reactFiber$'))
    await waitFor(() => expect(hydrated(path())).toBe(true))
    vi.restoreAllMocks()
    expect(recoverable).toEqual([])
    expect(problems).toEqual([])
    expect(path()).toBe(serverPath)
    expect(path()?.getAttribute('d')).toBe(allBrandMarks.siVisa.path)
  })
})
