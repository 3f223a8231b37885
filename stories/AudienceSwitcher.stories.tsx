import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { AudienceSwitcher } from '../src'
import { seedPart } from '../test/fixtures'

const audiences = seedPart('001', 'audiences')

const meta = {
  title: 'Components/AudienceSwitcher',
  component: AudienceSwitcher,
  // Stories do not remember a choice: each one starts from its own `defaultValue`.
  args: { audiences, remember: false, onValueChange: fn() },
  parameters: { provider: { locale: 'de' } },
  beforeEach: () => {
    localStorage.clear()
  },
} satisfies Meta<typeof AudienceSwitcher>

export default meta
type Story = StoryObj<typeof meta>

/** Seed 001: "Everyone", users, independent models and studios, in German. */
export const GermanStreamingPlatform: Story = {}

/** Studios chosen at first. */
export const StudiosChosen: Story = { args: { defaultValue: 'studios' } }

/** No "Everyone" option: the reader is always one of the audiences. */
export const WithoutEveryone: Story = { args: { showAll: false, defaultValue: 'users' } }

/** The same audiences with the English interface: their labels come from the config's `en` text. */
export const English: Story = { parameters: { provider: { locale: 'en' } } }

/** A radio group: the arrow keys move the choice, and each choice is reported. */
export const ArrowKeys: Story = {
  parameters: { provider: { locale: 'en' } },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('radio', { name: 'Everyone' }))
    await userEvent.keyboard('{ArrowDown}')
    await expect(canvas.getByRole('radio', { name: 'Users' })).toBeChecked()
    await expect(canvas.getByRole('radio', { name: 'Users' })).toHaveFocus()
    await expect(args.onValueChange).toHaveBeenLastCalledWith('users')
  },
}

export const Dark: Story = {
  args: { defaultValue: 'models' },
  parameters: { provider: { locale: 'de', theme: { colorScheme: 'dark' } } },
}
