import { screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { commands, page, userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FaqAccordion } from '../../src/components/FaqAccordion'
import type { FaqConfig } from '../../src/config'
import { expectNoAxeViolations } from '../axe'
import { fixture, longFaq } from '../fixtures'
import { renderInPage } from '../render'

const en = fixture('faq-en')

afterEach(async () => {
  await commands.emulateMedia({ colorScheme: null, reducedMotion: null })
})
/** The question buttons (answers also hold feedback and copy-link buttons). */
const questions = () =>
  screen.getAllByRole('button').filter((button) => button.hasAttribute('aria-expanded'))

function renderFaq(
  faq: FaqConfig = en.faq,
  props: Partial<Parameters<typeof FaqAccordion>[0]> = {},
) {
  return renderInPage(<FaqAccordion faq={faq} {...props} />, { locale: 'en' })
}

describe('FaqAccordion keyboard (WAI-ARIA APG accordion)', () => {
  it('Enter opens the focused question and Enter again closes it', async () => {
    renderFaq()
    const first = questions()[0]!
    first.focus()
    await userEvent.keyboard('{Enter}')
    expect(first).toHaveAttribute('aria-expanded', 'true')
    // Visible once the short opening animation has run.
    await waitFor(() =>
      expect(screen.getByRole('region', { name: first.textContent })).toBeVisible(),
    )
    await userEvent.keyboard('{Enter}')
    expect(first).toHaveAttribute('aria-expanded', 'false')
  })

  it('Space opens the focused question and Space again closes it', async () => {
    renderFaq()
    const second = questions()[1]!
    second.focus()
    await userEvent.keyboard(' ')
    expect(second).toHaveAttribute('aria-expanded', 'true')
    await userEvent.keyboard(' ')
    expect(second).toHaveAttribute('aria-expanded', 'false')
  })

  it('ArrowDown moves focus to the next question, across categories', async () => {
    renderFaq()
    const all = questions()
    const lastOfFirstCategory = en.faq.categories[0]!.items.length - 1
    all[lastOfFirstCategory]!.focus()
    await userEvent.keyboard('{ArrowDown}')
    expect(all[lastOfFirstCategory + 1]).toHaveFocus()
  })

  it('ArrowDown on the last question wraps to the first', async () => {
    renderFaq()
    const all = questions()
    all.at(-1)!.focus()
    await userEvent.keyboard('{ArrowDown}')
    expect(all[0]).toHaveFocus()
  })

  it('ArrowUp moves focus to the previous question', async () => {
    renderFaq()
    const all = questions()
    all[2]!.focus()
    await userEvent.keyboard('{ArrowUp}')
    expect(all[1]).toHaveFocus()
  })

  it('ArrowUp on the first question wraps to the last', async () => {
    renderFaq()
    const all = questions()
    all[0]!.focus()
    await userEvent.keyboard('{ArrowUp}')
    expect(all.at(-1)).toHaveFocus()
  })

  it('Home moves focus to the first question', async () => {
    renderFaq()
    const all = questions()
    all[3]!.focus()
    await userEvent.keyboard('{Home}')
    expect(all[0]).toHaveFocus()
  })

  it('End moves focus to the last question', async () => {
    renderFaq()
    const all = questions()
    all[1]!.focus()
    await userEvent.keyboard('{End}')
    expect(all.at(-1)).toHaveFocus()
  })

  it('Tab leaves the question for the next focusable element, not the next question', async () => {
    renderInPage(
      <>
        <FaqAccordion faq={en.faq} />
        <button type="button">After the FAQ</button>
      </>,
    )
    const all = screen.getAllByRole('button', { expanded: false })
    all[0]!.focus()
    await userEvent.keyboard('{Tab}')
    expect(all[1]).toHaveFocus()
    // Questions are each a tab stop (APG: the headers are in the tab sequence).
  })

  it('arrow keys keep working in a right-to-left page', async () => {
    renderInPage(<FaqAccordion faq={fixture('faq-ar').faq} />, { locale: 'ar' })
    const all = questions()
    expect(all[0]!.closest('[dir]')).toHaveAttribute('dir', 'rtl')
    all[0]!.focus()
    await userEvent.keyboard('{ArrowDown}')
    expect(all[1]).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    expect(all[1]).toHaveAttribute('aria-expanded', 'true')
  })
})

describe('FaqAccordion accessibility (axe in Chromium)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no violations after render and after opening an item, ${colorScheme} scheme`, async () => {
      const { container } = renderInPage(<FaqAccordion faq={fixture('faq-el-004').faq} />, {
        locale: 'el',
        theme: { colorScheme },
      })
      await expectNoAxeViolations(container)
      await userEvent.click(questions()[1]!)
      expect(questions()[1]).toHaveAttribute('aria-expanded', 'true')
      await expectNoAxeViolations(container)
    })
  }

  it('follows the system dark scheme when the theme says auto, with no violations', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' })
    const { container } = renderInPage(
      <FaqAccordion faq={en.faq} defaultValue={[en.faq.categories[0]!.items[0]!.id]} />,
      { theme: { colorScheme: 'auto' } },
    )
    const root = container.querySelector<HTMLElement>('.rsh-root')!
    expect(getComputedStyle(root).colorScheme).toBe('dark')
    await expectNoAxeViolations(container)
  })

  it('stays light under a dark system scheme when the theme pins light', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' })
    const { container } = renderInPage(<FaqAccordion faq={en.faq} />, {
      theme: { colorScheme: 'light' },
    })
    expect(getComputedStyle(container.querySelector('.rsh-root')!).backgroundColor).toBe(
      'rgb(255, 255, 255)',
    )
  })

  it('keeps AA contrast with a host accent that is too light to read', async () => {
    const { container } = renderInPage(
      <FaqAccordion faq={en.faq} defaultValue={[en.faq.categories[0]!.items[0]!.id]} />,
      {
        theme: { accent: '#ffe066' },
      },
    )
    await expectNoAxeViolations(container)
  })

  it('shows a visible focus ring on the focused question', async () => {
    renderFaq()
    const first = questions()[0]!
    first.focus()
    await userEvent.keyboard('{ArrowDown}')
    const style = getComputedStyle(questions()[1]!)
    expect(style.outlineStyle).toBe('solid')
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2)
  })

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await page.viewport(320, 640)
    try {
      const config = fixture('faq-el-004')
      renderInPage(
        <FaqAccordion
          faq={config.faq}
          defaultValue={config.faq.categories.flatMap((c) => c.items.map((item) => item.id))}
        />,
        { locale: 'el' },
      )
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320)
    } finally {
      await page.viewport(414, 896)
    }
  })

  it('gives every question a touch target at least 44 px tall', () => {
    renderFaq()
    for (const button of questions())
      expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(44)
  })
})

describe('FaqAccordion unstyled', () => {
  it('draws no card, border or background when the provider is unstyled', () => {
    const { container } = renderInPage(<FaqAccordion faq={en.faq} />, { unstyled: true })
    const item = container.querySelector('[data-part="faq-item"]')!
    expect(getComputedStyle(item).borderTopWidth).toBe('0px')
    const trigger = questions()[0]!
    // The browser's own button look, not ours.
    expect(getComputedStyle(trigger).minHeight).not.toBe('44px')
    expect(getComputedStyle(container.querySelector('.rsh-root')!).backgroundColor).toBe(
      'rgba(0, 0, 0, 0)',
    )
  })
})

describe('FaqAccordion motion', () => {
  it('animates an answer opening, and not at all under prefers-reduced-motion', async () => {
    renderFaq()
    const [first, second] = questions()
    await userEvent.click(first!)
    const animated = document.getElementById(first!.getAttribute('aria-controls')!)!
    expect(getComputedStyle(animated).animationName).toBe('rsh-faq-open')

    await commands.emulateMedia({ reducedMotion: 'reduce' })
    await userEvent.click(second!)
    const still = document.getElementById(second!.getAttribute('aria-controls')!)!
    expect(getComputedStyle(still).animationName).toBe('none')
    expect(still).toBeVisible()
  })
})

describe('FaqAccordion with hostile answers', () => {
  it('renders no element from raw HTML or a javascript: link and runs nothing', async () => {
    const dialogs: string[] = []
    const errors: string[] = []
    const onError = (event: ErrorEvent) => errors.push(event.message)
    window.addEventListener('error', onError)
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      vi.spyOn(window, name).mockImplementation((message?: string) => {
        dialogs.push(`${name}: ${String(message)}`)
        return null as never
      })
    }
    const hostile: FaqConfig = {
      categories: [
        {
          id: 'evil',
          title: 'Evil',
          items: [
            {
              id: 'xss',
              question: 'Is this safe?',
              answer: [
                '<script>window.__rshPwned = "script"; alert("script")</script>',
                '<img src="x" onerror="window.__rshPwned = \'img\'; alert(\'img\')">',
                '[Click me](javascript:alert("link"))',
                '<a href="javascript:alert(1)">raw link</a> <iframe src="https://example.com"></iframe>',
                '![tracker](https://tracker.example.com/pixel.png)',
              ].join('\n\n'),
            },
          ],
        },
      ],
    }
    renderFaq(hostile)
    await userEvent.click(screen.getByRole('button', { name: 'Is this safe?' }))
    const answer = screen.getByRole('region', { name: 'Is this safe?' })
    await new Promise((resolve) => setTimeout(resolve, 200))

    expect(answer.querySelector('script, img, iframe, [onerror]')).toBeNull()
    expect(answer.querySelectorAll('a')).toHaveLength(0)
    expect(answer).toHaveTextContent('<script>')
    expect(answer).toHaveTextContent('Click me')
    expect((window as { __rshPwned?: string }).__rshPwned).toBeUndefined()
    expect(dialogs).toEqual([])
    expect(errors).toEqual([])
    await userEvent.click(screen.getByText('Click me'))
    expect(dialogs).toEqual([])
    window.removeEventListener('error', onError)
    vi.restoreAllMocks()
  })
})

describe('FaqAccordion deep links and find-in-page', () => {
  const faq = longFaq(100)

  it('opens the item named in the address when the page loads and brings it into view', async () => {
    history.replaceState(null, '', '#faq-question-87')
    renderFaq(faq)
    const trigger = screen.getByRole('button', { name: /^Question 87:/ })
    await waitFor(() => expect(trigger).toHaveAttribute('aria-expanded', 'true'))
    await waitFor(() => {
      const rect = trigger.getBoundingClientRect()
      expect(rect.top).toBeGreaterThanOrEqual(0)
      expect(rect.bottom).toBeLessThanOrEqual(window.innerHeight)
    })
    expect(trigger).toHaveFocus()
  })

  it('opens and scrolls to an item when the hash changes', async () => {
    renderFaq(faq)
    const trigger = screen.getByRole('button', { name: /^Question 64:/ })
    expect(trigger).toHaveAttribute('aria-expanded', 'false')
    window.location.hash = '#faq-question-64'
    await waitFor(() => expect(trigger).toHaveAttribute('aria-expanded', 'true'))
    await waitFor(() => {
      const rect = trigger.getBoundingClientRect()
      expect(rect.top).toBeGreaterThanOrEqual(0)
      expect(rect.bottom).toBeLessThanOrEqual(window.innerHeight)
    })
  })

  it('emits faq_opened with source deep-link for an item opened from the address', async () => {
    history.replaceState(null, '', '#faq-question-3')
    const onEvent = vi.fn()
    renderInPage(<FaqAccordion faq={faq} />, { onEvent })
    await waitFor(() =>
      expect(onEvent).toHaveBeenCalledWith({
        type: 'faq_opened',
        itemId: 'question-3',
        categoryId: 'topic-1',
        source: 'deep-link',
      }),
    )
  })

  it('hides the answer again when a controlled host refuses to open it on beforematch', async () => {
    function Refusing() {
      const [value] = useState<string[]>([])
      return <FaqAccordion faq={faq} value={value} onValueChange={() => {}} />
    }
    renderInPage(<Refusing />)
    const trigger = screen.getByRole('button', { name: /^Question 2:/ })
    const answer = document.getElementById(trigger.getAttribute('aria-controls')!)!
    // What the browser does on a find-in-page match: reveal, then fire beforematch.
    answer.removeAttribute('hidden')
    answer.dispatchEvent(new Event('beforematch', { bubbles: true }))
    await waitFor(() => expect(answer).toHaveAttribute('hidden', 'until-found'))
    expect(trigger).toHaveAttribute('aria-expanded', 'false')
  })

  it('keeps collapsed answers findable: hidden="until-found", opened by the browser\'s beforematch', async () => {
    renderFaq(faq)
    const trigger = screen.getByRole('button', { name: /^Question 5:/ })
    const answer = document.getElementById(trigger.getAttribute('aria-controls')!)!
    expect(answer).toHaveAttribute('hidden', 'until-found')
    expect(answer).toHaveTextContent('Feature 5 works in three steps')
    answer.dispatchEvent(new Event('beforematch', { bubbles: true }))
    await waitFor(() => expect(trigger).toHaveAttribute('aria-expanded', 'true'))
    expect(answer).not.toHaveAttribute('hidden')
    await waitFor(() => expect(answer).toBeVisible())
  })
})
