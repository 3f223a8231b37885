import { screen } from '@testing-library/react'
import { commands, userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '../axe'
import { FormHarness } from '../harness/FormHarness'
import { renderInPage } from '../render'

afterEach(async () => {
  await commands.emulateMedia({ colorScheme: null })
})

describe('form fields and the error summary in Chromium', () => {
  for (const [name, locale, scheme] of [
    ['English, light', 'en', 'light'],
    ['Greek, dark', 'el', 'dark'],
    ['Arabic, right to left', 'ar', 'light'],
  ] as const) {
    it(`has no axe violations before and after a failed submit (${name})`, async () => {
      await commands.emulateMedia({ colorScheme: scheme })
      const { container } = renderInPage(<FormHarness />, { locale })
      await expectNoAxeViolations(container)
      await userEvent.click(screen.getByRole('button', { name: 'Send' }))
      expect(screen.getByRole('alert')).toHaveFocus()
      await expectNoAxeViolations(container)
    })
  }

  it('can be completed with the keyboard alone, and the summary links move focus to a field', async () => {
    renderInPage(<FormHarness />)
    screen.getByRole('textbox', { name: 'Email address' }).focus()
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Enter}')
    const summary = screen.getByRole('alert')
    expect(summary).toHaveFocus()
    await userEvent.keyboard('{Tab}{Tab}{Enter}')
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveFocus()
    await userEvent.keyboard('Stream stops after ten minutes')
    await userEvent.keyboard('{Tab}{ArrowDown}')
    expect(screen.getByRole('radio', { name: 'Creator side' })).toBeChecked()
  })
})
