import type { FormField, TicketFormConfig } from '../../config/schema'
import type { SupportHubContextValue } from '../SupportHubProvider/context'

type Preset = NonNullable<TicketFormConfig['preset']>

/**
 * The ready-made fields of a preset, labelled in the reader's locale from the catalogs:
 * contact (name, email, subject, message), bug report (seed 004) and creator platform (seed 001).
 */
export function presetFields(
  preset: Preset | undefined,
  { t }: Pick<SupportHubContextValue, 't'>,
): FormField[] {
  const email: FormField = {
    id: 'email',
    type: 'email',
    label: t('ticket.field.email'),
    hint: t('ticket.field.email.hint'),
    required: true,
    autocomplete: 'email',
  }
  const subject = (recommend: boolean): FormField => ({
    id: 'subject',
    type: 'text',
    label: t('ticket.field.subject'),
    hint: t('ticket.field.subject.hint'),
    required: true,
    maxLength: 150,
    ...(recommend ? { recommend: { minWords: 5, maxWords: 7 } } : {}),
  })
  const screenshots: FormField = {
    id: 'screenshots',
    type: 'file',
    label: t('ticket.field.screenshots'),
  }
  switch (preset) {
    case 'bug-report':
      return [
        email,
        {
          id: 'category',
          type: 'radio',
          label: t('ticket.field.category'),
          required: true,
          options: [
            { value: 'bug', label: t('ticket.field.category.bug') },
            { value: 'error', label: t('ticket.field.category.error') },
            { value: 'suggestion', label: t('ticket.field.category.suggestion') },
          ],
        },
        subject(false),
        {
          id: 'steps',
          type: 'textarea',
          label: t('ticket.field.steps'),
          required: true,
          maxLength: 5000,
        },
        {
          id: 'actual',
          type: 'textarea',
          label: t('ticket.field.actual'),
          required: true,
          maxLength: 5000,
        },
        { id: 'expected', type: 'textarea', label: t('ticket.field.expected'), maxLength: 5000 },
        { id: 'browser', type: 'text', label: t('ticket.field.browser'), maxLength: 200 },
        { id: 'device', type: 'text', label: t('ticket.field.device'), maxLength: 200 },
        screenshots,
      ]
    case 'creator-platform':
      return [
        {
          id: 'username',
          type: 'text',
          label: t('ticket.field.username'),
          hint: t('ticket.field.username.hint'),
          autocomplete: 'username',
          maxLength: 100,
        },
        email,
        subject(true),
        {
          id: 'side',
          type: 'radio',
          label: t('ticket.field.side'),
          required: true,
          options: [
            { value: 'viewer', label: t('ticket.field.side.viewer') },
            { value: 'creator', label: t('ticket.field.side.creator') },
          ],
        },
        {
          id: 'description',
          type: 'textarea',
          label: t('ticket.field.description'),
          hint: t('ticket.field.description.hint'),
          required: true,
          maxLength: 5000,
        },
        screenshots,
      ]
    case 'contact':
    case undefined:
      return [
        {
          id: 'name',
          type: 'text',
          label: t('ticket.field.name'),
          required: true,
          autocomplete: 'name',
          maxLength: 200,
        },
        email,
        subject(false),
        {
          id: 'message',
          type: 'textarea',
          label: t('ticket.field.message'),
          required: true,
          maxLength: 5000,
        },
      ]
  }
}
