import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { channelsFixture } from '../../../test/fixtures'
import { SupportHubProvider } from '../SupportHubProvider'
import { ContactChannels, type ContactChannelsProps } from '.'

const kyma = channelsFixture('el-004')
const athens = 'Europe/Athens'
/** Monday 23 November 2026, 12:00 in Athens (UTC+2). */
const mondayNoon = new Date('2026-11-23T10:00:00Z')
/** Saturday 28 November 2026, 12:00 in Athens. */
const saturdayNoon = new Date('2026-11-28T10:00:00Z')

function setup(props: Partial<ContactChannelsProps> = {}, onEvent = vi.fn(), config = kyma) {
  render(
    <SupportHubProvider locale="en-GB" onEvent={onEvent}>
      <ContactChannels
        channels={config.channels}
        hours={config.hours}
        timeZone={config.timeZone}
        visitorTimeZone={athens}
        {...props}
      />
    </SupportHubProvider>,
  )
  const card = (name: string) => screen.getByRole('heading', { name }).closest('li')!
  return { onEvent, card }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('ContactChannels', () => {
  it('lists every channel with a clear action and an accessible name that says what happens', () => {
    setup({ now: mondayNoon, planNames: { premium: 'Premium', business: 'Business' } })
    expect(screen.getByRole('list', { name: 'Ways to contact us' })).toBeInTheDocument()
    expect(screen.getAllByRole('listitem')).toHaveLength(4)
    const email = screen.getByRole('link', {
      name: 'Email support@kyma.example, opens your mail app',
    })
    expect(email).toHaveAttribute('href', 'mailto:support@kyma.example')
    expect(email).toHaveTextContent('support@kyma.example')
    const phone = screen.getByRole('link', { name: 'Call +30 210 000 0000' })
    expect(phone).toHaveAttribute('href', 'tel:+302100000000')
    expect(screen.getByRole('link', { name: 'Open the ticket form' })).toHaveAttribute(
      'href',
      '#ticket',
    )
  })

  it('says open now and when it closes, in the visitor’s time', () => {
    const { card } = setup({ now: mondayNoon })
    expect(
      within(card('Ζωντανή συνομιλία')).getByText('Open now · closes at 18:00'),
    ).toBeInTheDocument()
    expect(
      within(card('Τηλεφωνική υποστήριξη')).getByText('Open now · closes at 17:00'),
    ).toBeInTheDocument()
    expect(within(card('Email')).getByText('Available 24/7')).toBeInTheDocument()
  })

  it('says when a closed channel opens, and marks it unavailable when the config says so', () => {
    const { card } = setup({ now: saturdayNoon })
    const phone = card('Τηλεφωνική υποστήριξη')
    expect(within(phone).getByText('Closed · opens Monday at 09:00')).toBeInTheDocument()
    const chat = card('Ζωντανή συνομιλία')
    expect(within(chat).getByText('Closed · opens Monday at 09:00')).toBeInTheDocument()
    expect(within(chat).queryByRole('link')).toBeNull()
    expect(screen.getByText('Open now: Email or Αίτημα υποστήριξης')).toBeInTheDocument()
  })

  it('names the holiday when closed for one, and when it opens again', () => {
    const { card } = setup({ now: new Date('2026-12-25T10:00:00Z') })
    expect(
      within(card('Ζωντανή συνομιλία')).getByText(
        'Closed today: Χριστούγεννα · opens Monday at 09:00',
      ),
    ).toBeInTheDocument()
    // The phone has hours of its own, without the company's holidays.
    expect(
      within(card('Τηλεφωνική υποστήριξη')).getByText('Open now · closes at 17:00'),
    ).toBeInTheDocument()
  })

  it('shows the company time too when the visitor is in another time zone', () => {
    const { card } = setup({ now: mondayNoon, visitorTimeZone: 'America/New_York' })
    const chat = within(card('Ζωντανή συνομιλία'))
    expect(chat.getByText(/^Open now · closes at 11:00/)).toBeInTheDocument()
    expect(chat.getByText('(18:00 Athens time)')).toBeInTheDocument()
  })

  it('shows reply times from ISO 8601 durations', () => {
    const { card } = setup({ now: mondayNoon })
    expect(within(card('Email')).getByText('Usually replies within 24 hours')).toBeInTheDocument()
    expect(
      within(card('Ζωντανή συνομιλία')).getByText('Usually replies within 5 minutes'),
    ).toBeInTheDocument()
    expect(
      within(card('Τηλεφωνική υποστήριξη')).getByText('Usually replies right away'),
    ).toBeInTheDocument()
  })

  it('names the plans a channel belongs to, and marks it for a visitor on another plan', () => {
    const names = { premium: 'Premium', business: 'Business' }
    const first = setup({ now: mondayNoon, planNames: names })
    expect(
      within(first.card('Τηλεφωνική υποστήριξη')).getByText('Included in Premium and Business'),
    ).toBeInTheDocument()
    document.body.innerHTML = ''
    const basic = setup({ now: mondayNoon, planNames: names, plan: 'basic' })
    const phone = within(basic.card('Τηλεφωνική υποστήριξη'))
    expect(phone.getByText('Not included in your plan')).toBeInTheDocument()
    expect(phone.queryByRole('link')).toBeNull()
  })

  it('hides a closed channel when the config says so (seed 003: chat only at certain hours)', () => {
    const sonora = channelsFixture('es-003')
    /** Sunday 22 November 2026, 12:00 in Madrid. */
    setup(
      { now: new Date('2026-11-22T11:00:00Z'), visitorTimeZone: 'Europe/Madrid' },
      vi.fn(),
      sonora,
    )
    expect(screen.queryByRole('heading', { name: 'Chat en vivo' })).toBeNull()
    expect(screen.getAllByRole('listitem')).toHaveLength(3)
  })

  it('filters channels by audience like the FAQ', () => {
    const livora = channelsFixture('de-001')
    setup({ now: mondayNoon, audience: 'models' }, vi.fn(), livora)
    expect(screen.queryByRole('heading', { name: /Abrechnungs-Support/ })).toBeNull()
    expect(screen.getAllByRole('listitem')).toHaveLength(4)
  })

  it('makes a social-only page look deliberate: brand names, handles and the knowledge base', () => {
    const nimbus = channelsFixture('el-000')
    setup({ now: mondayNoon }, vi.fn(), nimbus)
    expect(
      screen.getByRole('link', { name: 'Instagram: @nimbusmusic, opens Instagram' }),
    ).toHaveAttribute('href', 'https://www.instagram.com/nimbusmusic/')
    expect(
      screen.getByRole('link', { name: 'Βάση γνώσης at blog.nimbus.example' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'X' })).toBeInTheDocument()
  })

  it('sends channel_clicked when a channel is used', async () => {
    const user = userEvent.setup()
    const { onEvent } = setup({ now: mondayNoon })
    const link = screen.getByRole('link', { name: 'Open the ticket form' })
    await user.click(link)
    expect(onEvent).toHaveBeenCalledWith({
      type: 'channel_clicked',
      channelId: 'ticket',
      channelType: 'form',
      open: true,
    })
  })

  it('flips the badge by itself at the closing instant, with one timer', () => {
    vi.useFakeTimers({
      now: new Date('2026-11-27T15:59:30Z'),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    })
    const { card } = setup()
    act(() => {
      vi.advanceTimersByTime(0)
    })
    const chat = within(card('Ζωντανή συνομιλία'))
    expect(chat.getByText('Open now · closes at 18:00')).toBeInTheDocument()
    // One timer, set to the next change: no polling.
    expect(vi.getTimerCount()).toBe(1)
    act(() => {
      vi.advanceTimersByTime(29_000)
    })
    expect(chat.getByText('Open now · closes at 18:00')).toBeInTheDocument()
    act(() => {
      vi.advanceTimersByTime(1_000)
    })
    expect(chat.getByText('Closed · opens Monday at 09:00')).toBeInTheDocument()
    expect(chat.queryByRole('link')).toBeNull()
    expect(within(card('Email')).getByText('Available 24/7')).toBeInTheDocument()
  })

  it('reads the clock again at midnight, when "today" becomes another day', () => {
    // Saturday 26 December 2026, 23:59:30 in Athens: the Christmas holiday ends at midnight.
    vi.useFakeTimers({
      now: new Date('2026-12-26T21:59:30Z'),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    })
    const { card } = setup()
    act(() => {
      vi.advanceTimersByTime(0)
    })
    const chat = within(card('Ζωντανή συνομιλία'))
    expect(chat.getByText('Closed today: Χριστούγεννα · opens Monday at 09:00')).toBeInTheDocument()
    act(() => {
      vi.advanceTimersByTime(30_000)
    })
    expect(chat.getByText('Closed · opens Monday at 09:00')).toBeInTheDocument()
    act(() => {
      vi.advanceTimersByTime(24 * 60 * 60 * 1000)
    })
    expect(chat.getByText('Closed · opens at 09:00')).toBeInTheDocument()
  })

  it('never makes a link of an unsafe address passed as a prop', () => {
    render(
      <SupportHubProvider locale="en-GB">
        <ContactChannels
          channels={[{ id: 'bad', type: 'chat', url: 'javascript:alert(1)', label: 'Bad chat' }]}
          timeZone="UTC"
          now={mondayNoon}
        />
      </SupportHubProvider>,
    )
    expect(screen.getByRole('heading', { name: 'Bad chat' })).toBeInTheDocument()
    expect(screen.queryByRole('link')).toBeNull()
  })

  it('shows the hours, not a status, before the clock is read (server HTML, first render)', () => {
    vi.useFakeTimers({ now: mondayNoon, toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { card } = setup()
    expect(within(card('Ζωντανή συνομιλία')).getByText(/^Hours: Mon/)).toBeInTheDocument()
  })

  it('renders under a malformed locale tag (en_US) in English instead of throwing', () => {
    // Saturday: chat and phone are closed, so the "open now" list and the weekdays are shown.
    render(
      <SupportHubProvider locale="en_US">
        <ContactChannels
          channels={kyma.channels}
          hours={kyma.hours}
          timeZone={kyma.timeZone}
          visitorTimeZone={athens}
          now={saturdayNoon}
          planNames={{ premium: 'Premium', business: 'Business' }}
        />
      </SupportHubProvider>,
    )
    const chat = screen.getByRole('heading', { name: 'Ζωντανή συνομιλία' }).closest('li')!
    expect(within(chat).getByText('Closed · opens Monday at 9:00 AM')).toBeInTheDocument()
  })
})
