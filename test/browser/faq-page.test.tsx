import { screen, waitFor, within } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { commands, userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it } from 'vitest'
import { Faq } from '../../src/components/Faq'
import { FaqJsonLd } from '../../src/components/FaqJsonLd'
import { SupportHubProvider } from '../../src/components/SupportHubProvider'
import type { FaqConfig } from '../../src/config'
import { expectNoAxeViolations } from '../axe'
import { fixture } from '../fixtures'
import { renderInPage } from '../render'

const greek = fixture('faq-el-004')

afterEach(async () => {
  localStorage.clear()
  await commands.emulateMedia({ colorScheme: null })
})

describe('the complete FAQ in Chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations after searching, switching tabs and voting (${colorScheme})`, async () => {
      await commands.emulateMedia({ colorScheme })
      const { container } = renderInPage(<Faq faq={greek.faq} />, { locale: 'el' })
      await expectNoAxeViolations(container)

      const box = screen.getByRole('searchbox')
      await userEvent.type(box, 'κωδικο')
      await waitFor(() => expect(container.querySelector('mark')).not.toBeNull())
      await expectNoAxeViolations(container)

      await userEvent.clear(box)
      await userEvent.type(box, 'ξξξξ')
      expect(screen.getByRole('link', { name: 'Επικοινωνία με την υποστήριξη' })).toBeVisible()
      await expectNoAxeViolations(container)

      await userEvent.clear(box)
      await userEvent.click(screen.getAllByRole('tab')[3]!)
      const question = screen.getAllByRole('button', { expanded: false })[0]!
      await userEvent.click(question)
      const answer = within(screen.getByRole('region', { name: question.textContent }))
      await userEvent.click(answer.getByRole('button', { name: 'Όχι' }))
      await expectNoAxeViolations(container)
      await userEvent.click(answer.getByRole('button', { name: 'Παράλειψη' }))
      await waitFor(() =>
        expect(screen.getByText('Σας ευχαριστούμε για τα σχόλιά σας.')).toHaveFocus(),
      )
      await expectNoAxeViolations(container)
    })
  }
})

describe('searching the complete FAQ', () => {
  it('keeps the FAQ mounted and hidden while results show: no repeated id, the same elements after clearing', async () => {
    renderInPage(<Faq faq={greek.faq} />, { locale: 'el' })
    const tab = screen.getAllByRole('tab')[2]!
    await userEvent.click(tab)
    const question = screen.getAllByRole('button', { expanded: false })[0]!

    const box = screen.getByRole('searchbox')
    await userEvent.type(box, 'κωδικο')
    await waitFor(() => expect(document.querySelector('mark')).not.toBeNull())
    // The tabs and the questions are hidden from everyone, not removed.
    expect(screen.queryByRole('tablist')).toBeNull()
    expect(tab.isConnected).toBe(true)
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])

    await userEvent.clear(box)
    expect(screen.getAllByRole('tab')[2]).toBe(tab)
    expect(tab).toHaveAttribute('aria-selected', 'true')
    expect(screen.getAllByRole('button', { expanded: false })[0]).toBe(question)
  })
})

describe('the FAQ hidden during a search', () => {
  it('is not shown, takes no room, and Tab goes from the box to the results, never into it', async () => {
    renderInPage(<Faq faq={greek.faq} />, { locale: 'el' })
    const browse = document.querySelector<HTMLElement>('[data-part="faq-search-browse"]')!
    const box = screen.getByRole('searchbox')
    await userEvent.type(box, 'κωδικο')
    await waitFor(() => expect(document.querySelector('mark')).not.toBeNull())

    expect(browse.checkVisibility()).toBe(true) // skipped, not display: none…
    expect(browse.getBoundingClientRect().height).toBe(0) // …with no size,
    const tabs = [...browse.querySelectorAll('[role="tab"]')]
    expect(tabs.length).toBeGreaterThan(0)
    expect(tabs.every((tab) => !(tab as HTMLElement).checkVisibility())).toBe(true) // nothing drawn
    // and no gap of its own: the results are one gap below the count, as the count is below the box.
    const rect = (part: string) =>
      document.querySelector(`[data-part="${part}"]`)!.getBoundingClientRect()
    const results = document.querySelector('[data-part="faq-search"] > .rsh-faq')!
    const gap = rect('faq-search-count').top - rect('faq-search-form').bottom
    expect(gap).toBeGreaterThan(0)
    expect(results.getBoundingClientRect().top - rect('faq-search-count').bottom).toBeCloseTo(
      gap,
      0,
    )

    box.focus()
    for (let i = 0; i < 3; i++) {
      await userEvent.keyboard('{Tab}')
      expect(browse.contains(document.activeElement)).toBe(false)
    }
    expect(results.contains(document.activeElement)).toBe(true)

    await userEvent.clear(box)
    expect(browse.inert).toBe(false)
    expect(screen.getAllByRole('tab').length).toBeGreaterThan(0)
    expect(browse.getBoundingClientRect().height).toBeGreaterThan(100)
  })
})

describe('unstyled', () => {
  it('keeps screen-reader-only text off screen', () => {
    renderInPage(<Faq faq={greek.faq} />, { locale: 'el', unstyled: true })
    const status = document.querySelector<HTMLElement>('[data-part="faq-search-status"]')!
    expect(status).toHaveClass('rsh-visually-hidden')
    expect(status.getBoundingClientRect().width).toBeLessThanOrEqual(1)
    expect(getComputedStyle(status).position).toBe('absolute')
  })
})

describe('FAQPage JSON-LD in a real page', () => {
  it('parses as FAQPage and content with </script> stays inside the element: no dialog', async () => {
    const hostile: FaqConfig = {
      categories: [
        {
          id: 'c',
          title: 'C',
          items: [
            {
              id: 'x',
              question: 'Break out? </script><script>alert("question")</script>',
              answer: '<!-- <script>alert("answer")</script> --> done',
            },
          ],
        },
      ],
    }
    const html = renderToString(
      <SupportHubProvider locale="en">
        <FaqJsonLd faq={hostile} />
      </SupportHubProvider>,
    )
    // A real document parses the server HTML, with a guard that records any dialog first.
    const frame = document.createElement('iframe')
    frame.srcdoc = `<!doctype html><script>window.dialogs = []; window.alert = (m) => window.dialogs.push(String(m))</script>${html}`
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }))
    document.body.append(frame)
    await loaded
    const doc = frame.contentDocument!
    const win = frame.contentWindow as Window & { dialogs: string[] }
    expect(win.dialogs).toEqual([])
    const scripts = doc.querySelectorAll('script')
    expect(scripts).toHaveLength(2)
    const data = JSON.parse(
      doc.querySelector('script[type="application/ld+json"]')!.textContent,
    ) as {
      '@type': string
      mainEntity: {
        '@type': string
        name: string
        acceptedAnswer: { '@type': string; text: string }
      }[]
    }
    expect(data['@type']).toBe('FAQPage')
    expect(data.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: 'Break out? </script><script>alert("question")</script>',
      acceptedAnswer: { '@type': 'Answer', text: '<!-- <script>alert("answer")</script> --> done' },
    })
    frame.remove()
  })
})
