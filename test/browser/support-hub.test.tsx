import { act, render, screen, waitFor, within } from '@testing-library/react'
import { StrictMode } from 'react'
import { userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SupportHub } from '../../src/components/SupportHub'
import {
  registerConfigParser,
  unloadConfigParserForTests,
} from '../../src/components/SupportHub/configParser'
import { parseSectionedConfig, type ConfigError } from '../../src/config'
import { expectNoAxeViolations } from '../axe'

const examples = import.meta.glob<{ default: Record<string, unknown> }>('../../examples/*.json', {
  eager: true,
})
const example = (name: string) => {
  const found = Object.entries(examples).find(([path]) => path.includes(name))
  if (!found) throw new Error(`No example ${name}`)
  return found[1].default
}

/** A fixed weekday morning in Athens, so opening hours are the same on every run. */
const NOW = new Date('2026-11-18T09:30:00Z')

afterEach(() => {
  window.localStorage.clear()
  history.replaceState(null, '', window.location.pathname)
})

describe('SupportHub with each seed config', () => {
  it.each([
    ['000-el-music-social', 'el'],
    ['001-de-streaming-audiences', 'de'],
    ['002-ko-music-refund', 'ko'],
    ['003-es-channels-plans', 'es'],
    ['004-el-company-faq', 'el'],
  ])(
    '%s renders every listed section in its language, with no axe violation',
    async (name, lang) => {
      const config = example(name)
      const onConfigError = vi.fn()
      const { container } = render(
        <SupportHub config={config} now={NOW} onConfigError={onConfigError} />,
      )
      expect(onConfigError).not.toHaveBeenCalled()
      const root = container.querySelector('[data-rsh-root]')!
      expect(root).toHaveAttribute('lang', lang)
      expect(screen.getByRole('heading', { level: 1 })).toBeVisible()
      const sections = config.sections as string[]
      const rendered = [...container.querySelectorAll('[data-part="hub-section"]')].map((s) =>
        s.getAttribute('data-section'),
      )
      expect(rendered).toEqual(sections)
      // Every section is a named region, and the table of contents links to each one.
      const nav = screen.getByRole('navigation')
      expect(within(nav).getAllByRole('link')).toHaveLength(sections.length)
      for (const link of within(nav).getAllByRole('link')) {
        const target = document.getElementById(link.getAttribute('href')!.slice(1))
        expect(target).not.toBeNull()
        expect(screen.getByRole('region', { name: link.textContent })).toBe(target)
      }
      expect(container.querySelector('[data-part="config-error"]')).toBeNull()
      await expectNoAxeViolations()
    },
  )
})

describe('SupportHub with a broken config', () => {
  const broken = () => {
    const config = structuredClone(example('004-el-company-faq')) as Record<string, unknown> & {
      faq: { categories: { items: Record<string, unknown>[] }[] }
      sla: { rows: Record<string, unknown>[] }
    }
    delete config.faq.categories[0]!.items[1]!.answer
    config.sla.rows[0]!.targets = 'fast'
    return config
  }

  it('renders the other sections and lists both paths in the panels', async () => {
    const onConfigError = vi.fn<(errors: ConfigError[]) => void>()
    render(<SupportHub config={broken()} now={NOW} onConfigError={onConfigError} />)

    const faq = screen.getByRole('region', { name: 'Συχνές ερωτήσεις' })
    expect(within(faq).getByText('faq.categories[0].items[1].answer')).toBeVisible()
    expect(within(faq).queryByRole('button', { expanded: false })).toBeNull()
    const sla = document.getElementById('sla')!
    expect(within(sla).getByText('sla.rows[0].targets')).toBeVisible()
    expect(within(sla).queryByRole('table')).toBeNull()

    // The rest of the page works.
    const contact = screen.getByRole('region', { name: 'Επικοινωνία' })
    expect(within(contact).getAllByRole('listitem').length).toBeGreaterThan(2)
    expect(screen.getByRole('region', { name: 'Τρόποι πληρωμής' })).toBeVisible()
    // No search over a FAQ that is not there.
    expect(screen.queryByRole('search')).toBeNull()

    await waitFor(() => expect(onConfigError).toHaveBeenCalledTimes(1))
    expect(onConfigError.mock.calls[0]![0].map((e) => e.path).sort()).toEqual([
      'faq.categories[0].items[1].answer',
      'sla.rows[0].targets',
    ])
    await expectNoAxeViolations()
  })

  it('leaves broken sections out of the page and its contents in production', () => {
    render(<SupportHub config={broken()} now={NOW} showErrors={false} />)
    expect(document.getElementById('faq')).toBeNull()
    expect(document.getElementById('sla')).toBeNull()
    expect(document.querySelector('[data-part="config-error"]')).toBeNull()
    const toc = screen.getByRole('navigation')
    expect(within(toc).queryByRole('link', { name: 'Συχνές ερωτήσεις' })).toBeNull()
    expect(within(toc).getByRole('link', { name: 'Επικοινωνία' })).toBeVisible()
  })

  it('keeps a section that throws while rendering inside its own panel', async () => {
    const onConfigError = vi.fn<(errors: ConfigError[]) => void>()
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    // An invalid date from the host makes the channels' time formatting throw.
    render(
      <SupportHub
        config={example('004-el-company-faq')}
        now={new Date(Number.NaN)}
        onConfigError={onConfigError}
      />,
    )
    const contact = screen.getByRole('region', { name: 'Επικοινωνία' })
    expect(within(contact).getByText('channels')).toBeVisible()
    expect(screen.getByRole('table', { name: /χρόνοι απόκρισης/i })).toBeVisible()
    await waitFor(() => expect(onConfigError).toHaveBeenCalled())
    expect(onConfigError.mock.calls[0]![0][0]!.message).toMatch(/could not be shown/)
    vi.restoreAllMocks()
  })

  it('shows one clear panel when nothing can be shown, and never throws', () => {
    render(<SupportHub config={{ version: 3 }} />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/config/)
    expect(screen.getByText('version')).toBeVisible()
    expect(screen.getByText(/Config version 3 is not supported/)).toBeVisible()
  })

  it('says the page is unavailable in production when nothing can be shown', () => {
    render(<SupportHub config="not json" showErrors={false} locale="de" />)
    expect(screen.getByText(/nicht verfügbar/)).toBeVisible()
  })
})

describe('SupportHub page behaviour', () => {
  it('searches the FAQ from the header and shows the results in the FAQ section', async () => {
    render(<SupportHub config={example('004-el-company-faq')} now={NOW} />)
    const search = screen.getByRole('search')
    expect(search.closest('header')).not.toBeNull()
    // One search box on the page, not one in the header and one in the FAQ.
    expect(screen.getAllByRole('searchbox')).toHaveLength(1)
    await userEvent.type(within(search).getByRole('searchbox'), 'PayPal')
    const faq = document.getElementById('faq')!
    await waitFor(() =>
      expect(within(faq).getByRole('heading', { name: /αποτέλεσμα/i })).toBeVisible(),
    )
    expect(within(faq).getAllByRole('button', { expanded: false }).length).toBeGreaterThan(0)
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(within(faq).getByRole('tablist')).toBeVisible())
  })

  it('loads a form only when it is opened, then focuses its first field', async () => {
    render(<SupportHub config={example('004-el-company-faq')} now={NOW} />)
    const ticket = document.getElementById('ticket')!
    expect(within(ticket).queryByRole('textbox')).toBeNull()
    await userEvent.click(within(ticket).getByRole('button', { expanded: false }))
    const first = await within(ticket).findAllByRole('textbox')
    await waitFor(() => expect(ticket.contains(document.activeElement)).toBe(true))
    expect(first.length).toBeGreaterThan(1)
    expect(['INPUT', 'SELECT', 'TEXTAREA']).toContain(document.activeElement?.tagName)
  })

  it('opens a form from the keyboard: Enter and Space on its button', async () => {
    render(<SupportHub config={example('004-el-company-faq')} now={NOW} />)
    for (const [id, key] of [
      ['ticket', '{Enter}'],
      ['refund', ' '],
    ] as const) {
      const section = document.getElementById(id)!
      within(section).getByRole('button', { expanded: false }).focus()
      await userEvent.keyboard(key)
      await waitFor(() => expect(section.contains(document.activeElement)).toBe(true))
      expect(['INPUT', 'SELECT', 'TEXTAREA']).toContain(document.activeElement?.tagName)
    }
  })

  it('opens a form from the "Still need help?" link', async () => {
    render(<SupportHub config={example('004-el-company-faq')} now={NOW} />)
    const help = document.querySelector('[data-part="still-need-help"]') as HTMLElement
    const link = within(help)
      .getAllByRole('link')
      .find((a) => a.getAttribute('href') === '#ticket')!
    await userEvent.click(link)
    const ticket = document.getElementById('ticket')!
    await waitFor(() => expect(within(ticket).getAllByRole('textbox').length).toBeGreaterThan(0))
  })

  it('opens a form at once when a draft was kept, so nothing typed is hidden', async () => {
    const config = example('004-el-company-faq')
    const first = render(<SupportHub config={config} now={NOW} />)
    const ticket = document.getElementById('ticket')!
    await userEvent.click(within(ticket).getByRole('button', { expanded: false }))
    const field = (await within(ticket).findAllByRole('textbox'))[0]!
    await userEvent.type(field, 'Kept text')
    // Drafts are saved when typing pauses, and when the page is hidden.
    act(() => {
      window.dispatchEvent(new Event('pagehide'))
    })
    first.unmount()

    render(<SupportHub config={config} now={NOW} />)
    const again = document.getElementById('ticket')!
    await waitFor(() => expect(within(again).getByDisplayValue('Kept text')).toBeVisible())
  })

  it('follows the locale prop, then the config, and resolves content maps on the same chain', () => {
    const config = {
      version: 1,
      brand: { name: { el: 'Νίμπους', en: 'Nimbus' } },
      locale: 'el',
      faq: {
        categories: [
          {
            id: 'a',
            title: { el: 'Λογαριασμός', en: 'Account' },
            items: [{ id: 'q', question: { el: 'Ερώτηση;', en: 'Question?' }, answer: 'A.' }],
          },
        ],
      },
    }
    const { rerender, container } = render(<SupportHub config={config} />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Νίμπους')
    expect(container.querySelector('[data-rsh-root]')).toHaveAttribute('lang', 'el')
    rerender(<SupportHub config={config} locale="en-GB" />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Nimbus support')
    expect(screen.getByRole('button', { name: 'Question?' })).toBeVisible()
    rerender(<SupportHub config={config} locale="ar" />)
    const root = container.querySelector('[data-rsh-root]')!
    expect(root).toHaveAttribute('dir', 'rtl')
    expect(root).toHaveAttribute('lang', 'ar')
  })

  it('uses the browser language when neither the prop nor the config sets one', () => {
    const { container } = render(
      <SupportHub
        config={{ version: 1, brand: { name: 'Nimbus' }, faq: example('004-el-company-faq').faq }}
      />,
    )
    expect(container.querySelector('[data-rsh-root]')).toHaveAttribute('lang', navigator.language)
  })

  it("marks the reader's plan in the tables", () => {
    render(<SupportHub config={example('004-el-company-faq')} now={NOW} plan="premium" />)
    const sla = document.getElementById('sla')!
    expect(within(sla).getByRole('columnheader', { name: /Premium/ })).toHaveTextContent(
      /Το πακέτο σας/,
    )
  })
})

describe('the config checker', () => {
  afterEach(() => registerConfigParser(parseSectionedConfig))

  it('loads on demand for raw JSON: the page shows once it is in', async () => {
    unloadConfigParserForTests()
    render(<SupportHub config={example('004')} now={NOW} />)
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull()
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible()
    expect(screen.getAllByRole('region').length).toBeGreaterThan(3)
  })

  it('is not needed for a config checked ahead: it renders at once, problems and all', () => {
    unloadConfigParserForTests()
    const onConfigError = vi.fn()
    const broken = { ...example('004'), sla: { plans: 'none' } }
    // As a server would send it: the result of parseSectionedConfig() through JSON.
    const checked: unknown = JSON.parse(JSON.stringify(parseSectionedConfig(broken)))
    render(<SupportHub config={checked} now={NOW} onConfigError={onConfigError} />)
    expect(screen.getByRole('heading', { level: 1 })).toBeVisible()
    expect(document.querySelector('[data-part="config-error"]')).not.toBeNull()
    expect(onConfigError).toHaveBeenCalledTimes(1)
    const errors = onConfigError.mock.calls[0]![0] as ConfigError[]
    expect(errors.map((error) => error.path)).toContain('sla.plans')
  })
})

describe('onConfigError in StrictMode', () => {
  it('is called once per config, not once per effect run', async () => {
    const onConfigError = vi.fn()
    const broken = { ...example('004'), sla: { plans: 'none' } }
    const { rerender } = render(
      <StrictMode>
        <SupportHub config={broken} now={NOW} onConfigError={onConfigError} />
      </StrictMode>,
    )
    await screen.findByRole('heading', { level: 1 })
    expect(onConfigError).toHaveBeenCalledTimes(1)
    // Another config object is another config: reported again.
    rerender(
      <StrictMode>
        <SupportHub config={{ ...broken }} now={NOW} onConfigError={onConfigError} />
      </StrictMode>,
    )
    await waitFor(() => expect(onConfigError).toHaveBeenCalledTimes(2))
  })
})

describe('the language of config text (WCAG 3.1.2)', () => {
  const langOf = (element: Element) => element.closest('[lang]')?.getAttribute('lang')

  it('marks the Greek config text with lang="el" under an English UI, and the UI text not', async () => {
    render(<SupportHub config={example('004')} locale="en" now={NOW} />)
    const faq = document.getElementById('faq')!
    const question = within(faq).getAllByRole('button', { expanded: false })[0]!
    expect(question.textContent).toMatch(/[α-ω]/i)
    expect(langOf(question.querySelector('.rsh-faq__question-text')!)).toBe('el')
    // So are the ticket form's own title (heading and table of contents) and description.
    const ticketHeading = within(document.getElementById('ticket')!).getByRole('heading', {
      name: 'Αναφορά προβλήματος',
    })
    expect(langOf(ticketHeading.querySelector('[lang]') ?? ticketHeading)).toBe('el')
    const toc = within(screen.getByRole('navigation')).getByRole('link', {
      name: 'Αναφορά προβλήματος',
    })
    expect(langOf(toc.querySelector('[lang]') ?? toc)).toBe('el')
    // The UI's own words are English, in the root's language.
    const search = screen.getByRole('searchbox')
    expect(langOf(search)).toBe('en')
    await expectNoAxeViolations(document.body)
  })

  it('adds no lang of its own when the UI and the config share a language', () => {
    render(<SupportHub config={example('004')} now={NOW} />)
    const faq = document.getElementById('faq')!
    const question = within(faq).getAllByRole('button', { expanded: false })[0]!
    expect(question.querySelector('[lang]')).toBeNull()
    expect(langOf(question)).toBe('el')
  })
})
