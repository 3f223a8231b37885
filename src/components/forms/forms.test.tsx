import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FormHarness as Harness } from '../../../test/harness/FormHarness'
import { SupportHubProvider } from '../SupportHubProvider'

function setup(locale = 'en') {
  const user = userEvent.setup()
  render(
    <SupportHubProvider locale={locale}>
      <Harness />
    </SupportHubProvider>,
  )
  return { user }
}

describe('form fields, the GOV.UK way', () => {
  it('labels optional fields "(optional)" and describes inputs only by what is rendered', () => {
    setup()
    expect(screen.getByRole('textbox', { name: 'Username (optional)' })).not.toHaveAttribute(
      'aria-describedby',
    )
    const email = screen.getByRole('textbox', { name: 'Email address' })
    expect(email).toHaveAccessibleDescription('We reply here')
    expect(email).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('group', { name: 'Where is the problem?' })).toBeInTheDocument()
  })

  it('on a failed submit, shows a summary that takes focus and links to each field', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const summary = screen.getByRole('alert')
    expect(summary).toHaveFocus()
    expect(summary).toHaveTextContent('There is a problem')
    const links = screen.getAllByRole('link')
    expect(links.map((l) => l.textContent)).toEqual([
      'Enter Email address',
      'Enter Subject',
      'Select Where is the problem?',
    ])
    await user.click(links[2]!)
    expect(screen.getByRole('radio', { name: 'Viewer side' })).toHaveFocus()
  })

  it('marks invalid fields with an inline error: visually hidden prefix, described, no alert role', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const email = screen.getByRole('textbox', { name: 'Email address' })
    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(email).toHaveAccessibleDescription('We reply here Error: Enter Email address')
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    const prefix = screen.getAllByText('Error:')[0]!
    expect(prefix).toHaveClass('rsh-visually-hidden')
    await user.type(email, 'nope')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(email).toHaveAccessibleDescription(
      'We reply here Error: Enter an email address in the correct format, like name@example.com',
    )
  })

  // Regression: the summary took focus back on every keystroke after a failed submit.
  it('leaves focus in the field the reader is fixing, and takes it again on the next failed submit', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const subject = screen.getByRole('textbox', { name: 'Subject' })
    await user.click(subject)
    await user.keyboard('Stream')
    expect(subject).toHaveFocus()
    expect(subject).toHaveValue('Stream')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(screen.getByRole('alert')).toHaveFocus()
  })

  it('never takes focus back when a fixed field is emptied again (only a submit does)', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const subject = screen.getByRole('textbox', { name: 'Subject' })
    await user.type(subject, 'x')
    await user.clear(subject)
    await user.tab()
    expect(screen.getByRole('alert')).not.toHaveFocus()
  })

  it('speaks the errors in the reader’s language', async () => {
    const { user } = setup('de')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Es gibt ein Problem')
  })
})
