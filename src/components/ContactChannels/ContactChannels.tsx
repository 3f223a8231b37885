'use client'
import { useCallback, useId, useMemo, type ReactNode } from 'react'
import type { ContactChannel, DurationText, OpeningHours, SlaConfig } from '../../config/schema'
import { formatDuration, slowestPromise } from '../../core/duration'
import { isSafeLinkHref } from '../../core/url'
import {
  formatOpeningHours,
  formatTime,
  getOpeningStatus,
  resolveChannelHours,
  sameOffset,
  timeZoneCity,
  type HoursSpec,
  type OpeningStatus,
} from '../../core/hours'
import { DAY_MS, instantOfWallClock, localDayAt } from '../../core/hours/zone'
import { usableLocale } from '../../i18n/intl'
import { useNow, useVisitorTimeZone } from '../../internal/useNow'
import { Localized } from '../Localized'
import { useSupportHub, type SupportHubContextValue } from '../SupportHubProvider/context'
import { ChannelIcon, NETWORKS } from './channelIcons'

export interface ContactChannelsProps {
  /** The `channels` of a parsed config, in display order. */
  channels: readonly ContactChannel[]
  /** The company's opening hours (`config.hours`), inherited by channels without their own. */
  hours?: OpeningHours | undefined
  /** The company's IANA time zone (`config.timeZone`). */
  timeZone: string
  /** The visitor's plan id: channels outside it are marked or hidden (`outsidePlan`). */
  plan?: string | undefined
  /**
   * The config's `sla`: a channel named by an SLA row takes its reply time from there (the
   * visitor's plan's target, or without a plan the slowest one, which holds for every plan), so
   * the page never shows two numbers for one promise.
   */
  sla?: SlaConfig | undefined
  /** Plan names by id, for "Included in Premium and Business". */
  planNames?: Readonly<Record<string, string>>
  /** The visitor's audience id: channels for other audiences are left out. */
  audience?: string | undefined
  /** A fixed "now" (stories, tests, a host clock). By default the real time, read after mount. */
  now?: Date
  /** The visitor's IANA time zone. By default the browser's, read after mount. */
  visitorTimeZone?: string
  /**
   * The heading level of each channel's name.
   * @default 3
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6
  /** Extra class names for the root element. */
  className?: string
}

interface Entry {
  channel: ContactChannel
  hours: HoursSpec
  status: OpeningStatus | null
  unavailable: 'closed' | 'plan' | null
}

const TYPE_LABELS = {
  chat: 'channels.type.chat',
  email: 'channels.type.email',
  phone: 'channels.type.phone',
  postal: 'channels.type.postal',
} as const

/** The channel's own label, or the default for its type, kind, form or network. */
function channelLabel(channel: ContactChannel, hub: SupportHubContextValue) {
  if (channel.label !== undefined) return hub.localize(channel.label)
  const text = (() => {
    switch (channel.type) {
      case 'social':
        return NETWORKS[channel.network].name || hostOf(channel.url)
      case 'link':
        return hub.t(
          channel.kind === 'knowledge-base'
            ? 'channels.type.knowledgeBase'
            : channel.kind === 'community'
              ? 'channels.type.community'
              : channel.kind === 'status'
                ? 'channels.type.status'
                : 'channels.type.link',
        )
      case 'form':
        return hub.t(channel.form === 'refund' ? 'channels.type.refund' : 'channels.type.ticket')
      default:
        return hub.t(TYPE_LABELS[channel.type])
    }
  })()
  return { text, lang: undefined }
}

/** The first instant of the next calendar day in `timeZone` after `at`. */
function nextMidnight(at: Date, timeZone: string): Date {
  const tomorrow = localDayAt(at.getTime(), timeZone) + 1
  return new Date(instantOfWallClock(tomorrow * DAY_MS, timeZone))
}

/** The host name of a URL, or the text itself when it cannot be parsed (never a crash). */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return url
  }
}

/** `+30 210 000 0000` -> `tel:+302100000000`. */
function telHref(number: string) {
  return `tel:${number.replace(/[^\d+]/g, '')}`
}

/** The postal address as lines. */
function lines(text: string): ReactNode[] {
  return text.split(/\r?\n/).flatMap((line, i) => (i === 0 ? [line] : [<br key={i} />, line]))
}

/**
 * The ways to reach support, each with its icon, a clear action, its opening status (in the
 * visitor's time, with the company's when they differ), its usual reply time and its plans.
 * The status changes by itself at the next opening or closing.
 */
export function ContactChannels({
  channels,
  hours,
  timeZone,
  plan,
  sla,
  planNames,
  audience,
  now: fixedNow,
  visitorTimeZone,
  headingLevel = 3,
  className,
}: ContactChannelsProps) {
  const hub = useSupportHub('ContactChannels')
  const { t, intl, emit } = hub
  // The core formatters build `Intl` formatters from the tag as given: a malformed one (`en_US`)
  // would throw while rendering, so they get the tag `intl` formats with (English if unusable).
  const locale = usableLocale(hub.locale)
  const listId = useId()

  const visible = useMemo(
    () =>
      channels.filter((channel) => {
        if (
          audience &&
          audience !== 'all' &&
          channel.audiences &&
          !channel.audiences.includes(audience)
        )
          return false
        const outside =
          plan !== undefined && channel.plans !== undefined && !channel.plans.includes(plan)
        return !(outside && channel.outsidePlan === 'hide')
      }),
    [channels, audience, plan],
  )

  // Statuses need the clock. It is read again at the earliest change among them, and at
  // midnight in the company's and the visitor's zones, when "today" and weekdays change.
  const visitorZone = useVisitorTimeZone(visitorTimeZone)
  const nextChangeAfter = useCallback(
    (at: Date) =>
      [
        nextMidnight(at, timeZone),
        ...(visitorZone ? [nextMidnight(at, visitorZone)] : []),
        ...visible
          .filter((c) => c.type !== 'postal')
          .map(
            (c) =>
              getOpeningStatus(resolveChannelHours(c.hours, hours), { at, timeZone }).nextChange,
          ),
      ]
        .filter((d): d is Date => d !== undefined)
        .sort((a, b) => a.getTime() - b.getTime())[0],
    [visible, hours, timeZone, visitorZone],
  )
  const now = useNow(fixedNow, nextChangeAfter)

  const entries: Entry[] = visible.flatMap((channel) => {
    const spec = resolveChannelHours(channel.hours, hours)
    const status =
      now && channel.type !== 'postal' ? getOpeningStatus(spec, { at: now, timeZone }) : null
    const outsidePlan =
      plan !== undefined && channel.plans !== undefined && !channel.plans.includes(plan)
    const closed = status !== null && !status.open
    if (closed && channel.whenClosed === 'hide') return []
    const unavailable = outsidePlan
      ? 'plan'
      : closed && channel.whenClosed === 'unavailable'
        ? 'closed'
        : null
    return [{ channel, hours: spec, status, unavailable }]
  })

  const openNames = entries
    .filter((e) => e.status?.open && e.unavailable === null)
    .map((e) => channelLabel(e.channel, hub).text)
  const someClosed = entries.some((e) => e.status && !e.status.open)

  if (entries.length === 0) {
    return (
      <p className="rsh-channels__empty" data-part="channels-empty">
        {t('channels.empty')}
      </p>
    )
  }

  const Heading = `h${headingLevel}` as const

  function statusText(entry: Entry): ReactNode {
    const { status } = entry
    if (entry.unavailable === 'plan') return t('channels.plan.notIncluded')
    if (status === null) {
      // Before the clock is read (server HTML, first render): the hours, which never go stale.
      return entry.hours === 'always'
        ? t('channels.status.always')
        : t('channels.hours', {
            hours: formatOpeningHours(entry.hours, {
              locale,
              alwaysLabel: t('channels.status.always'),
            }),
          })
    }
    if (status.reason === 'always') return t('channels.status.always')
    const at = status.open ? status.closesAt : status.opensAt
    const holiday =
      !status.open && status.reason === 'holiday' && status.label !== undefined
        ? hub.text(status.label)
        : undefined
    if (!at)
      return holiday
        ? t('channels.status.holiday', { label: holiday })
        : t('channels.status.closed')
    return whenText(at, status, holiday)
  }

  function whenText(at: Date, status: OpeningStatus, holiday: string | undefined): ReactNode {
    const zone = visitorZone ?? status.timeZone
    const sameDay =
      now !== null && localDayAt(at.getTime(), zone) === localDayAt(now.getTime(), zone)
    const values = {
      time: formatTime(at, { locale, timeZone: zone }),
      weekday: intl.formatDate(at, { weekday: 'long', timeZone: zone }),
      label: holiday ?? '',
    }
    const text = t(
      status.open
        ? sameDay
          ? 'channels.status.openToday'
          : 'channels.status.openLater'
        : holiday !== undefined
          ? sameDay
            ? 'channels.status.holidayOpensToday'
            : 'channels.status.holidayOpensLater'
          : sameDay
            ? 'channels.status.closedToday'
            : 'channels.status.closedLater',
      values,
    )
    const company =
      visitorZone !== undefined && !sameOffset(visitorZone, status.timeZone, at)
        ? t('channels.status.companyTime', {
            time: formatTime(at, { locale, timeZone: status.timeZone }),
            city: timeZoneCity(status.timeZone, locale),
          })
        : null
    return company ? (
      <>
        {text} <span className="rsh-channel__company-time">{company}</span>
      </>
    ) : (
      text
    )
  }

  function replyTimeOf(channel: ContactChannel): DurationText | undefined {
    const row = sla?.rows.find((r) => r.channel === channel.id)
    if (!row) return channel.replyTime
    // Own keys only: a host's `plan` of "constructor" must not find Object's.
    if (plan !== undefined)
      return Object.hasOwn(row.targets, plan) ? (row.targets[plan] ?? undefined) : undefined
    return slowestPromise(row.targets)
  }

  // Addresses, numbers and handles are isolated (<bdi>), so "+30 210 …" keeps its order in RTL.
  function action(entry: Entry, label: string): ReactNode {
    const { channel } = entry
    if (entry.unavailable !== null) return null
    const onClick = () =>
      emit({
        type: 'channel_clicked',
        channelId: channel.id,
        channelType: channel.type,
        open: entry.status?.open,
      })
    const link = (href: string, text: ReactNode, name: string) =>
      // Props may not come from a parsed config: an unsafe address is never a link.
      !isSafeLinkHref(href) ? null : (
        <a
          className="rsh-channel__action"
          data-part="channel-action"
          href={href}
          aria-label={name}
          onClick={onClick}
        >
          {text}
        </a>
      )
    switch (channel.type) {
      case 'chat':
        return link(channel.url, t('channels.action.chat'), t('channels.action.chat'))
      case 'email':
        return link(
          `mailto:${channel.address}`,
          <bdi>{channel.address}</bdi>,
          t('channels.action.email', { address: channel.address }),
        )
      case 'phone':
        return link(
          telHref(channel.number),
          <bdi>{channel.number}</bdi>,
          t('channels.action.phone', { number: channel.number }),
        )
      case 'social': {
        const network = NETWORKS[channel.network].name || hostOf(channel.url)
        const name = channel.handle ?? hostOf(channel.url)
        return link(channel.url, <bdi>{name}</bdi>, t('channels.action.social', { network, name }))
      }
      case 'link': {
        const host = hostOf(channel.url)
        return link(channel.url, <bdi>{host}</bdi>, t('channels.action.link', { label, host }))
      }
      case 'form': {
        const text = t(
          channel.form === 'refund' ? 'channels.action.refund' : 'channels.action.ticket',
        )
        return link(channel.href ?? `#${channel.form}`, text, text)
      }
      case 'postal': {
        // Line breaks need the string, so the language goes on the <address> itself.
        const address = hub.localize(channel.address)
        return (
          <address className="rsh-channel__address" data-part="channel-address" lang={address.lang}>
            {lines(address.text)}
          </address>
        )
      }
    }
  }

  return (
    <div className={className ? `rsh-channels ${className}` : 'rsh-channels'} data-part="channels">
      {someClosed && openNames.length > 0 && (
        <p className="rsh-channels__open-now" data-part="channels-open-now">
          {t('channels.openNow', {
            channels: intl.formatList(openNames, { type: 'disjunction' }),
          })}
        </p>
      )}
      <ul className="rsh-channels__list" aria-label={t('channels.label')} id={listId}>
        {entries.map((entry) => {
          const { channel, status } = entry
          const label = channelLabel(channel, hub)
          const state =
            entry.unavailable !== null
              ? 'unavailable'
              : status === null
                ? 'unknown'
                : status.reason === 'always'
                  ? 'always'
                  : status.open
                    ? 'open'
                    : status.reason === 'holiday'
                      ? 'holiday'
                      : 'closed'
          const replyTime = replyTimeOf(channel)
          const reply =
            replyTime === undefined
              ? null
              : replyTime === 'immediate'
                ? t('channels.reply.immediate')
                : t('channels.reply.within', {
                    duration: formatDuration(replyTime, { locale }) ?? '',
                  })
          const plans =
            channel.plans && plan === undefined
              ? intl.formatList(
                  channel.plans.map((id) =>
                    planNames && Object.hasOwn(planNames, id) ? (planNames[id] ?? id) : id,
                  ),
                  { type: 'conjunction' },
                )
              : null
          return (
            <li
              key={channel.id}
              className="rsh-channel"
              data-part="channel"
              data-type={channel.type}
              data-state={state}
            >
              <span className="rsh-channel__icon">
                <ChannelIcon channel={channel} />
              </span>
              <div className="rsh-channel__body">
                <Heading className="rsh-channel__title" lang={label.lang}>
                  {label.text}
                </Heading>
                {channel.description !== undefined && (
                  <p className="rsh-channel__description">
                    <Localized value={channel.description} />
                  </p>
                )}
                {channel.type !== 'postal' && (
                  <p className="rsh-channel__status" data-part="channel-status" data-state={state}>
                    <StatusDot state={state} />
                    <span>{statusText(entry)}</span>
                  </p>
                )}
                {reply && <p className="rsh-channel__meta">{reply}</p>}
                {plans && <p className="rsh-channel__meta">{t('channels.plan.only', { plans })}</p>}
                {action(entry, label.text)}
              </div>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/** A shape per state, so status never rests on colour alone. */
function StatusDot({ state }: { state: string }) {
  const shape =
    state === 'open' || state === 'always' ? (
      <circle cx="6" cy="6" r="5" />
    ) : state === 'closed' || state === 'holiday' || state === 'unavailable' ? (
      <rect x="1.5" y="1.5" width="9" height="9" rx="1" />
    ) : (
      <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
    )
  return (
    <svg
      className="rsh-channel__dot"
      viewBox="0 0 12 12"
      width="12"
      height="12"
      aria-hidden="true"
      focusable="false"
    >
      {shape}
    </svg>
  )
}
