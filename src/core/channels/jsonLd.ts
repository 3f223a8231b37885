import type { ContactChannel, LocalizedText, OpeningHours } from '../../config/schema'
import { localeChain, resolveText } from '../../i18n/locale'

const SCHEMA_DAYS = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
} as const

export interface OpeningHoursSpecificationJsonLd {
  '@type': 'OpeningHoursSpecification'
  dayOfWeek: string[]
  opens: string
  closes: string
  validFrom?: string
  validThrough?: string
}

export interface ContactPointJsonLd {
  '@type': 'ContactPoint'
  contactType: string
  email?: string
  telephone?: string
  url?: string
  availableLanguage: string
  hoursAvailable?: OpeningHoursSpecificationJsonLd[]
}

export interface OrganizationContactJsonLd {
  '@context': 'https://schema.org'
  '@type': 'Organization'
  name: string
  url?: string
  contactPoint: ContactPointJsonLd[]
  sameAs?: string[]
}

/** schema.org wants `HH:MM:SS`; `24:00` is written as the last second of the day. */
function schemaTime(time: string) {
  return time === '24:00' ? '23:59:59' : `${time}:00`
}

/** Opening hours as schema.org `OpeningHoursSpecification`s (weekly ranges and closed days). */
export function toOpeningHoursSpecification(
  hours: OpeningHours | 'always',
): OpeningHoursSpecificationJsonLd[] {
  if (hours === 'always') {
    return [
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: Object.values(SCHEMA_DAYS),
        opens: '00:00:00',
        closes: '23:59:59',
      },
    ]
  }
  const weekly = hours.weekly.map((range) => ({
    '@type': 'OpeningHoursSpecification' as const,
    dayOfWeek: range.days.map((day) => SCHEMA_DAYS[day]),
    opens: schemaTime(range.open),
    closes: schemaTime(range.close),
  }))
  // schema.org marks a closed day as opening and closing at midnight for that date.
  const closed = (hours.closed ?? []).map((day) => ({
    '@type': 'OpeningHoursSpecification' as const,
    dayOfWeek: Object.values(SCHEMA_DAYS),
    opens: '00:00:00',
    closes: '00:00:00',
    validFrom: day.date,
    validThrough: day.until ?? day.date,
  }))
  return [...weekly, ...closed]
}

/**
 * The support channels as schema.org `Organization` data with a `ContactPoint` per email, phone,
 * chat and form channel (with `hoursAvailable`), and social profiles as `sameAs`. Serialize it
 * with `serializeJsonLd` so it cannot leave its script element.
 */
export function toContactPointJsonLd(
  input: {
    brand: { name: LocalizedText; url?: string | undefined }
    channels: readonly ContactChannel[]
    hours?: OpeningHours | undefined
  },
  options: { locale: string },
): OrganizationContactJsonLd {
  const chain = localeChain(options.locale)
  const contactPoint: ContactPointJsonLd[] = []
  const sameAs: string[] = []
  for (const channel of input.channels) {
    if (channel.type === 'social') {
      sameAs.push(channel.url)
      continue
    }
    if (channel.type === 'postal' || channel.type === 'link') continue
    const own = channel.hours ?? 'inherit'
    const hours = own === 'inherit' ? (input.hours ?? 'always') : own
    const point: ContactPointJsonLd = {
      '@type': 'ContactPoint',
      contactType: channel.label ? resolveText(channel.label, chain) : 'customer support',
      availableLanguage: options.locale,
      hoursAvailable: toOpeningHoursSpecification(hours),
    }
    if (channel.type === 'email') point.email = channel.address
    if (channel.type === 'phone') point.telephone = channel.number
    if (channel.type === 'chat') point.url = channel.url
    if (channel.type === 'form' && channel.href && /^https?:/i.test(channel.href))
      point.url = channel.href
    contactPoint.push(point)
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: resolveText(input.brand.name, chain),
    ...(input.brand.url ? { url: input.brand.url } : {}),
    contactPoint,
    ...(sameAs.length > 0 ? { sameAs } : {}),
  }
}
