/**
 * The zod schema of a react-support-hub config: the one JSON document a host app writes to
 * describe its support page. Every field carries a JSDoc comment (for editors and the typed API)
 * and the same text as zod metadata (for the generated JSON Schema and the config reference).
 * The published build leaves that metadata out (scripts/strip-descriptions.mjs): the texts are
 * in `react-support-hub/schema.json`, and a page never reads them.
 *
 * Written with `zod/mini` so the config entry stays small in the host's bundle.
 */
import * as z from 'zod/mini'
import { endpointUrlAllowed, isSafeAbsoluteUrl, isSafeLinkHref, urlScheme } from '../core/url'
import { SECTIONS, hasSectionContent, sectionPath } from './sectionNames'
import {
  SUPPORTED_CONFIG_VERSION,
  expectedTextMessage,
  isPlainObject,
  quote,
  unsupportedVersionMessage,
} from './messages'

/** A check that reports `problem(value)` when it returns a message, at the value's own path. */
function rule<T>(problem: (value: T) => string | undefined): z.core.$ZodCheck<T> {
  return z.superRefine<T>((value, ctx) => {
    const message = problem(value)
    if (message !== undefined) ctx.addIssue({ code: 'custom', message, input: value })
  })
}

// ---------------------------------------------------------------------------------------------
// Rules on single values
// ---------------------------------------------------------------------------------------------

/** Ids become URL anchors (`#faq-<id>`), so they keep to characters that need no escaping. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

const HEX_COLOUR_PATTERN = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** Characters that could end a CSS declaration or an HTML attribute the font list is written into. */
// eslint-disable-next-line no-control-regex -- control characters are among the refused ones
const UNSAFE_CSS_VALUE = /[;{}<>\\\u0000-\u001f\u007f]/

function isLocaleTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1
  } catch {
    return false
  }
}

function localeTagProblem(value: string): string | undefined {
  return isLocaleTag(value)
    ? undefined
    : `${quote(value)} is not a valid locale tag (BCP 47, for example "el" or "pt-BR").`
}

/** Read once, on first use: nothing runs at import time. */
let knownTimeZones: ReadonlySet<string> | undefined

/**
 * True for an IANA time zone name this JavaScript engine knows. `Intl.supportedValuesOf` lists the
 * canonical names only, so links such as `UTC` or `Europe/Kiev` are accepted when `Intl` accepts
 * them; UTC offsets (`+03:00`) are not names and are refused.
 */
function isTimeZone(value: string): boolean {
  knownTimeZones ??= new Set(
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [],
  )
  if (knownTimeZones.has(value)) return true
  if (!/^[A-Za-z]/.test(value)) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

function timeZoneProblem(value: string): string | undefined {
  return isTimeZone(value)
    ? undefined
    : `${quote(value)} is not a valid IANA time zone (for example "Europe/Athens").`
}

function urlProblem(value: string): string | undefined {
  if (!isSafeAbsoluteUrl(value)) {
    const scheme = urlScheme(value)
    return scheme === undefined
      ? `Expected an absolute URL starting with https:, http:, mailto: or tel:, but got ${quote(value)}.`
      : `Only https:, http:, mailto: and tel: links are allowed, but this one starts with ${quote(scheme)}.`
  }
  try {
    new URL(value)
    return undefined
  } catch {
    return `${quote(value)} is not a valid URL.`
  }
}

/** Run after the `YYYY-MM-DD` pattern: refuses dates that do not exist (`2025-02-30`). */
function realDateProblem(value: string): string | undefined {
  if (!ISO_DATE_PATTERN.test(value)) return undefined
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number)
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return real ? undefined : `${quote(value)} is not a real date.`
}

function fontProblem(value: string): string | undefined {
  return UNSAFE_CSS_VALUE.test(value)
    ? `A font list may not contain ; { } < > \\ or control characters (got ${quote(value)}).`
    : undefined
}

/** Text a reader sees: not empty and not only spaces. */
const nonEmptyStringSchema = z.string().check(
  z.minLength(1),
  rule((value: string) =>
    value !== '' && value.trim() === '' ? 'Must not be only spaces.' : undefined,
  ),
)

/** A BCP 47 language tag (`el`, `en`, `pt-BR`). */
const localeTagSchema = z.string().check(rule(localeTagProblem))

/** An IANA time zone name (`Europe/Athens`, `UTC`). */
const timeZoneSchema = z.string().check(rule(timeZoneProblem))

/** An absolute https, http, mailto or tel URL. */
const safeUrlSchema = z.string().check(rule(urlProblem))

/** A stable id that becomes part of a URL anchor. */
const idSchema = z.string().check(
  z.regex(ID_PATTERN, {
    error: (issue) =>
      `${quote(String(issue.input))} is not a valid id: use letters, digits, "-" and "_", starting with a letter or digit (ids become URL anchors like #faq-<id>).`,
  }),
)

/** A calendar date written `YYYY-MM-DD`. */
const isoDateSchema = z.string().check(
  z.regex(ISO_DATE_PATTERN, {
    error: (issue) =>
      `${quote(String(issue.input))} is not a date in the form YYYY-MM-DD (for example "2025-04-23").`,
  }),
  rule(realDateProblem),
)

// ---------------------------------------------------------------------------------------------
// Localized text
// ---------------------------------------------------------------------------------------------

/** A map of locale tag to text, with at least one entry and valid tags as keys. */
const localeMapSchema = z.record(z.string(), nonEmptyStringSchema).check(
  z.superRefine((map, ctx) => {
    const keys = Object.keys(map)
    if (keys.length === 0) {
      ctx.addIssue({
        code: 'custom',
        input: map,
        message: 'Must contain at least one locale, for example { "en": "…" }.',
      })
    }
    for (const key of keys) {
      const problem = localeTagProblem(key)
      if (problem !== undefined) {
        ctx.addIssue({ code: 'custom', input: key, path: [key], message: problem })
      }
    }
  }),
)

/**
 * Text shown to readers: one string, or a map of locale tag to string (`{ "el": "…", "en": "…" }`)
 * that is resolved against the reader's locale with a fallback chain.
 */
const localizedTextSchema = z.union([nonEmptyStringSchema, localeMapSchema], {
  // A value that is neither a string nor an object gets one message, not one per branch.
  // Missing values fall through to the generic "Required field is missing."
  error: (issue) => (issue.input === undefined ? undefined : expectedTextMessage(issue.input)),
})

/** A group of readers with questions of their own (seed 001: users, models, studios). */
const audienceSchema = z.strictObject({
  /** A stable id that categories and questions refer to in their `audiences`. */
  id: idSchema.check(
    z.describe(
      'A stable id, unique among the audiences, that categories, questions and channels refer to in their "audiences".',
    ),
  ),
  /** The name readers pick, for example "Users" or "Studios". */
  label: localizedTextSchema.check(
    z.describe('The name readers pick, for example "Users" or "Studios".'),
  ),
})

/** The audiences something is for: ids declared in the top-level `audiences`. */
const audienceRefs = (leftOut: string) =>
  z
    .optional(z.array(idSchema).check(z.minLength(1)))
    .check(
      z.describe(
        `The ids of the audiences this is for, each declared in the top-level "audiences". ${leftOut}`,
      ),
    )

// ---------------------------------------------------------------------------------------------
// Opening hours
// ---------------------------------------------------------------------------------------------

const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/

/** A wall-clock time `HH:MM` (24-hour); `24:00` is the end of the day. */
const timeSchema = z.string().check(
  z.regex(TIME_PATTERN, {
    error: (issue) =>
      `${quote(String(issue.input))} is not a time in the form HH:MM (for example "09:00" or "18:30").`,
  }),
)

/** Days of the week, as three-letter English ids. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

const dayRangeSchema = z.strictObject({
  /** The days these hours apply to. */
  days: z
    .array(z.enum(WEEKDAYS))
    .check(z.minLength(1), z.describe('The days these hours apply to: "mon" … "sun".')),
  /** Opening time, `HH:MM` in the hours' time zone. */
  open: timeSchema.check(z.describe('Opening time, "HH:MM" in the time zone of these hours.')),
  /**
   * Closing time, `HH:MM`. A closing time at or before the opening time runs past midnight into
   * the next day (`22:00` to `02:00`); `24:00` is midnight at the end of the day.
   */
  close: timeSchema.check(
    z.describe(
      'Closing time, "HH:MM". At or before the opening time, the range runs past midnight into the next day ("22:00" to "02:00"); "24:00" is the end of the day.',
    ),
  ),
})

const timeRangeSchema = z.strictObject({
  /** Opening time, `HH:MM`. */
  open: timeSchema.check(z.describe('Opening time, "HH:MM".')),
  /** Closing time, `HH:MM`; at or before `open`, it runs past midnight. */
  close: timeSchema.check(
    z.describe('Closing time, "HH:MM"; at or before "open", it runs past midnight.'),
  ),
})

const closedSchema = z.strictObject({
  /** The first (or only) closed day, `YYYY-MM-DD`. */
  date: isoDateSchema.check(z.describe('The first (or only) closed day, "YYYY-MM-DD".')),
  /** The last closed day of a range, `YYYY-MM-DD` (inclusive). */
  until: z
    .optional(isoDateSchema)
    .check(z.describe('The last closed day of a range, "YYYY-MM-DD" (inclusive).')),
  /** Why it is closed, shown to readers ("Independence Day"). */
  label: z
    .optional(localizedTextSchema)
    .check(z.describe('Why it is closed, shown to readers ("Independence Day").')),
})

const specialSchema = z.strictObject({
  /** The day, `YYYY-MM-DD`. */
  date: isoDateSchema.check(z.describe('The day, "YYYY-MM-DD".')),
  /** That day's hours, replacing the weekly ones (none: closed). */
  ranges: z
    .array(timeRangeSchema)
    .check(z.describe("That day's hours, replacing the weekly ones; an empty list means closed.")),
  /** Why the hours differ ("Christmas Eve"). */
  label: z
    .optional(localizedTextSchema)
    .check(z.describe('Why the hours differ ("Christmas Eve").')),
})

/** Opening hours: weekly ranges, closed days and special days, in one time zone. */
const hoursSchema = z.strictObject({
  /** The regular week. Several ranges a day are allowed; days not listed are closed. */
  weekly: z
    .array(dayRangeSchema)
    .check(
      z.describe('The regular week. Several ranges a day are allowed; days not listed are closed.'),
    ),
  /** Days or date ranges when it is closed (public holidays). */
  closed: z
    .optional(z.array(closedSchema))
    .check(z.describe('Days or date ranges when it is closed (public holidays).')),
  /** Days with other hours than the weekly ones. */
  special: z
    .optional(z.array(specialSchema))
    .check(z.describe('Days with other hours than the weekly ones.')),
  /** The IANA time zone of these hours; by default the config's `timeZone`. */
  timeZone: z
    .optional(timeZoneSchema)
    .check(z.describe('The IANA time zone of these hours; by default the config\'s "timeZone".')),
})

// ---------------------------------------------------------------------------------------------
// Contact channels
// ---------------------------------------------------------------------------------------------

const DURATION_PATTERN = /^P(?!$)(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/

/** An ISO 8601 duration (`PT15M`, `PT24H`, `P2D`), or `immediate`. */
const durationSchema = z
  .string()
  .check(
    rule((value: string) =>
      value === 'immediate' || DURATION_PATTERN.test(value)
        ? undefined
        : `${quote(value)} is not an ISO 8601 duration (for example "PT15M", "PT24H" or "P2D") or "immediate".`,
    ),
  )

const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/
const PHONE_PATTERN = /^\+?[0-9][0-9 ().-]{3,}[0-9]$/

/** The social networks with a brand icon; others use `"other"` and a label. */
export const SOCIAL_NETWORKS = [
  'x',
  'twitter',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'discord',
  'whatsapp',
  'telegram',
  'linkedin',
  'reddit',
  'mastodon',
  'threads',
  'bluesky',
  'other',
] as const

/** Fields every channel has. */
const channelBase = {
  /** A stable id (anchors, analytics). */
  id: idSchema.check(z.describe('A stable id, used for analytics and links.')),
  /** What readers see; each type has a sensible default ("Email", "Live chat"). */
  label: z
    .optional(localizedTextSchema)
    .check(z.describe('What readers see; each type has a default ("Email", "Live chat").')),
  /** One line under the label ("For billing questions"). */
  description: z
    .optional(localizedTextSchema)
    .check(z.describe('One line under the label ("For billing questions").')),
  /** `inherit` (the company hours, the default), `always`, or hours of its own. */
  hours: z
    .optional(z.union([z.literal('inherit'), z.literal('always'), hoursSchema]))
    .check(
      z.describe(
        '"inherit" (the company hours, the default), "always" (24/7), or opening hours of its own.',
      ),
    ),
  /** How soon a reply usually comes: an ISO 8601 duration (`PT24H`) or `immediate`. */
  replyTime: z
    .optional(durationSchema)
    .check(
      z.describe('How soon a reply usually comes: an ISO 8601 duration ("PT24H") or "immediate".'),
    ),
  /** The plans that include this channel (plan ids); by default every plan. */
  plans: z
    .optional(z.array(idSchema).check(z.minLength(1)))
    .check(
      z.describe(
        'The plans that include this channel: ids of the plans in "sla.plans" or "plans.plans". Left out: every plan.',
      ),
    ),
  /** What to do for a visitor whose plan does not include it: mark it (`show`) or `hide` it. */
  outsidePlan: z
    .optional(z.enum(['show', 'hide']))
    .check(
      z.describe(
        'For a visitor whose plan does not include it: "show" it marked as not included (default) or "hide" it.',
      ),
    ),
  /** When closed: `show` it with its status (default), mark it `unavailable`, or `hide` it. */
  whenClosed: z
    .optional(z.enum(['show', 'unavailable', 'hide']))
    .check(
      z.describe(
        'When closed: "show" it with its status (default), mark it "unavailable" (no action), or "hide" it.',
      ),
    ),
  /** The audiences this channel is for (ids from `audiences`); by default everyone. */
  audiences: audienceRefs('Left out, the channel is for everyone.'),
}

const chatChannel = z.strictObject({
  /** The kind of channel. */
  type: z.literal('chat').check(z.describe('The kind of channel: "chat".')),
  ...channelBase,
  /** Where the chat opens (https). */
  url: safeUrlSchema.check(z.describe('Where the chat opens (https).')),
})
const emailChannel = z.strictObject({
  /** The kind of channel. */
  type: z.literal('email').check(z.describe('The kind of channel: "email".')),
  ...channelBase,
  /** The email address. */
  address: z.string().check(
    rule((value: string) =>
      EMAIL_PATTERN.test(value) ? undefined : `${quote(value)} is not an email address.`,
    ),
    z.describe('The email address.'),
  ),
})
const phoneChannel = z.strictObject({
  /** The kind of channel. */
  type: z.literal('phone').check(z.describe('The kind of channel: "phone".')),
  ...channelBase,
  /** The number, international format preferred (`+30 210 000 0000`). */
  number: z.string().check(
    rule((value: string) =>
      PHONE_PATTERN.test(value)
        ? undefined
        : `${quote(value)} is not a phone number (digits, spaces, "+", "-", "(", ")"; for example "+30 210 000 0000").`,
    ),
    z.describe('The number, international format preferred ("+30 210 000 0000").'),
  ),
})
const socialChannel = z.strictObject({
  /** The kind of channel. */
  type: z.literal('social').check(z.describe('The kind of channel: "social".')),
  ...channelBase,
  /** The network, for its brand icon and default label. */
  network: z
    .enum(SOCIAL_NETWORKS)
    .check(z.describe('The network, for its brand icon and default label.')),
  /** The profile or page (https). */
  url: safeUrlSchema.check(z.describe('The profile or page (https).')),
  /** The account name shown (`@nimbushelp`). */
  handle: z
    .optional(nonEmptyStringSchema)
    .check(z.describe('The account name shown ("@nimbushelp").')),
})
const linkChannel = z.strictObject({
  /** The kind of channel. */
  type: z.literal('link').check(z.describe('The kind of channel: "link".')),
  ...channelBase,
  /** What kind of place it leads to, for its icon. */
  kind: z
    .optional(z.enum(['knowledge-base', 'community', 'status', 'other']))
    .check(
      z.describe(
        'What kind of place it leads to, for its icon: "knowledge-base", "community", "status" or "other".',
      ),
    ),
  /** Where it leads. */
  url: safeUrlSchema.check(z.describe('Where it leads.')),
})
const formChannel = z.strictObject({
  /** The kind of channel. */
  type: z.literal('form').check(z.describe('The kind of channel: "form".')),
  ...channelBase,
  /** Which form it opens. */
  form: z
    .enum(['ticket', 'refund'])
    .check(z.describe('Which form it opens: "ticket" or "refund".')),
  /** Where the form is; by default the form on this page (`#ticket` or `#refund`). */
  href: z
    .optional(
      z
        .string()
        .check(
          rule((value: string) =>
            isSafeLinkHref(value)
              ? undefined
              : `Only https:, http:, mailto:, tel: and relative links are allowed (got ${quote(value)}).`,
          ),
        ),
    )
    .check(
      z.describe('Where the form is; by default the form on this page ("#ticket" or "#refund").'),
    ),
})
const postalChannel = z.strictObject({
  /** The kind of channel. */
  type: z.literal('postal').check(z.describe('The kind of channel: "postal".')),
  ...channelBase,
  /** The postal address, one line per line of the envelope. */
  address: localizedTextSchema.check(
    z.describe(
      'The postal address; write one line per line of the envelope (separated by newlines).',
    ),
  ),
})

/** One way to reach support. */
const channelSchema = z.discriminatedUnion('type', [
  chatChannel,
  emailChannel,
  phoneChannel,
  socialChannel,
  linkChannel,
  formChannel,
  postalChannel,
])

// ---------------------------------------------------------------------------------------------
// SLA, plans and payments
// ---------------------------------------------------------------------------------------------

/** A response-time promise: an ISO 8601 duration, `immediate`, or `null` for "not included". */
const slaTargetSchema = z.nullable(durationSchema)

const planRefSchema = z.strictObject({
  /** A stable id; channels (`plans`) and tables refer to it. */
  id: idSchema.check(z.describe('A stable id; channels ("plans") and tables refer to it.')),
  /** The plan's name ("Premium"). */
  name: localizedTextSchema.check(z.describe('The plan\'s name ("Premium").')),
})

/** The SLA table: promised response times per plan. */
const slaSchema = z.strictObject({
  /** The table's caption; by default "Response times by plan". */
  caption: z
    .optional(localizedTextSchema)
    .check(z.describe('The table\'s caption; by default "Response times by plan".')),
  /** A note under the table (seed 004: "guaranteed maxima; usually faster"). */
  footnote: z
    .optional(localizedTextSchema)
    .check(
      z.describe(
        'A note under the table (for example "These are guaranteed maxima; we usually answer sooner").',
      ),
    ),
  /** The plans, as columns, in order. */
  plans: z
    .array(planRefSchema)
    .check(z.minLength(1), z.describe('The plans, as columns, in order.')),
  /** The channels or request types, as rows. */
  rows: z
    .array(
      z.strictObject({
        /** The row's heading ("Live chat", "Critical incidents"). */
        label: localizedTextSchema.check(
          z.describe('The row\'s heading ("Live chat", "Critical incidents").'),
        ),
        /** The id of the contact channel this row promises for: its reply time then comes from here. */
        channel: z
          .optional(idSchema)
          .check(
            z.describe(
              'The id of the contact channel this row is about: the channel then shows this promise as its reply time, and must not set "replyTime" itself.',
            ),
          ),
        /** The promise per plan id: a duration, `immediate`, or `null` for "not included". */
        targets: z
          .record(z.string(), slaTargetSchema)
          .check(
            z.describe(
              'The promise per plan id: an ISO 8601 duration, "immediate", or null for "not included".',
            ),
          ),
      }),
    )
    .check(z.minLength(1), z.describe('The channels or request types, as rows.')),
})

/** A price: an amount in a currency, per month by default. */
const priceSchema = z.strictObject({
  /** The amount, in the currency's units (`19.9`). */
  amount: z.number().check(z.gte(0), z.describe("The amount, in the currency's units (19.9).")),
  /** An ISO 4217 currency code (`EUR`). */
  currency: z.string().check(
    z.regex(/^[A-Z]{3}$/, {
      error: (issue) =>
        `${quote(String(issue.input))} is not an ISO 4217 currency code (for example "EUR").`,
    }),
    z.describe('An ISO 4217 currency code ("EUR").'),
  ),
  /** Per `month` (default) or `year`. */
  period: z
    .optional(z.enum(['month', 'year']))
    .check(z.describe('Per "month" (default) or "year".')),
})

/** The plan comparison table. */
const planComparisonSchema = z.strictObject({
  /** The table's caption; by default "Compare plans". */
  caption: z
    .optional(localizedTextSchema)
    .check(z.describe('The table\'s caption; by default "Compare plans".')),
  /** The plans, as columns. */
  plans: z
    .array(
      z.strictObject({
        ...planRefSchema.shape,
        /** The price. */
        price: z.optional(priceSchema).check(z.describe('The price.')),
        /** Who it suits ("Individuals, small businesses"). */
        idealFor: z
          .optional(localizedTextSchema)
          .check(z.describe('Who it suits ("Individuals, small businesses").')),
        /** A call to action under the plan. */
        cta: z
          .optional(
            z.strictObject({
              label: localizedTextSchema.check(z.describe('The link text ("Choose Premium").')),
              href: z.string().check(
                rule((value: string) =>
                  isSafeLinkHref(value)
                    ? undefined
                    : `Only https:, http:, mailto:, tel: and relative links are allowed (got ${quote(value)}).`,
                ),
                z.describe('Where it leads.'),
              ),
            }),
          )
          .check(z.describe('A call to action under the plan.')),
      }),
    )
    .check(z.minLength(1), z.describe('The plans, as columns.')),
  /** The features, as rows. */
  features: z
    .array(
      z.strictObject({
        /** The feature's name. */
        label: localizedTextSchema.check(z.describe("The feature's name.")),
        /** Per plan id: `true` included, `false` not included, or text (a level such as "Advanced"). */
        values: z
          .record(z.string(), z.union([z.boolean(), localizedTextSchema]))
          .check(
            z.describe(
              'Per plan id: true (included), false (not included), or text such as a level ("Advanced").',
            ),
          ),
      }),
    )
    .check(z.describe('The features, as rows.')),
})

/** Payment methods with their own icon and name; other ids show a neutral icon and their label. */
export const PAYMENT_METHODS = [
  'visa',
  'mastercard',
  'amex',
  'paypal',
  'apple-pay',
  'google-pay',
  'bank-transfer',
  'sepa',
  'direct-debit',
  'bitcoin',
  'ethereum',
  'card',
  'klarna',
  'cash',
] as const

const paymentMethodSchema = z.union([
  idSchema,
  z.strictObject({
    /** A known method id (`visa`, `paypal`, …) or any id of your own. */
    id: idSchema.check(z.describe('A known method id ("visa", "paypal", …) or an id of your own.')),
    /** The name shown; known methods have one. */
    label: z
      .optional(localizedTextSchema)
      .check(z.describe('The name shown; known methods have one.')),
    /** A note for this method. */
    note: z.optional(localizedTextSchema).check(z.describe('A note for this method.')),
  }),
])

/** How customers can pay. */
const paymentsSchema = z.strictObject({
  /** Groups of methods (cards, e-wallets, bank transfer, …). */
  groups: z
    .array(
      z.strictObject({
        id: idSchema.check(z.describe('A stable id.')),
        /** The group's heading ("Bank cards"). */
        label: localizedTextSchema.check(z.describe('The group\'s heading ("Bank cards").')),
        /** Method ids, or objects with an id, a label and a note. */
        methods: z
          .array(paymentMethodSchema)
          .check(
            z.minLength(1),
            z.describe('Method ids, or objects with an id, a label and a note.'),
          ),
        /** The smallest order this group accepts. */
        minAmount: z
          .optional(
            z.strictObject({
              /** The amount, in the currency's units (`500`). */
              value: z
                .number()
                .check(z.gte(0), z.describe("The amount, in the currency's units (500).")),
              currency: priceSchema.shape.currency,
            }),
          )
          .check(
            z.describe(
              'The smallest order this group accepts ({ "value": 500, "currency": "EUR" }).',
            ),
          ),
        /** A condition: `subscriptions-only` or `some-services`. */
        condition: z
          .optional(z.enum(['subscriptions-only', 'some-services']))
          .check(z.describe('A condition: "subscriptions-only" or "some-services".')),
        /** A note under the group. */
        note: z.optional(localizedTextSchema).check(z.describe('A note under the group.')),
      }),
    )
    .check(z.minLength(1), z.describe('Groups of methods (cards, e-wallets, bank transfer, …).')),
  /** Security notes: known ids, or text of your own. */
  security: z
    .optional(
      z.array(
        z.union([
          z.enum(['pci-dss', 'tls', 'no-cvv-storage', 'fraud-detection', '3d-secure']),
          z.strictObject({
            /** A security note of your own. */
            text: localizedTextSchema.check(z.describe('A security note of your own.')),
          }),
        ]),
      ),
    )
    .check(
      z.describe(
        'Security notes: "pci-dss", "tls", "no-cvv-storage", "fraud-detection", "3d-secure", or { "text": … }.',
      ),
    ),
})

// ---------------------------------------------------------------------------------------------
// Forms
// ---------------------------------------------------------------------------------------------

/** Field types a form can have. */
export const FIELD_TYPES = [
  'text',
  'email',
  'textarea',
  'select',
  'radio',
  'checkbox',
  'date',
  'number',
  'file',
] as const

const fieldOptionSchema = z.strictObject({
  /** The value sent. */
  value: nonEmptyStringSchema.check(z.describe('The value sent.')),
  /** What the reader sees. */
  label: localizedTextSchema.check(z.describe('What the reader sees.')),
})

/** One field of a form. */
const fieldSchema = z.strictObject({
  /** A stable id: the key of the value sent, and the field's anchor in the error summary. */
  id: idSchema.check(
    z.describe(
      'A stable id: the key of the value sent, and the anchor the error summary links to.',
    ),
  ),
  /** What kind of input it is. */
  type: z.enum(FIELD_TYPES).check(z.describe('What kind of input it is.')),
  /** The label. */
  label: localizedTextSchema.check(z.describe('The label.')),
  /** A hint under the label. */
  hint: z.optional(localizedTextSchema).check(z.describe('A hint under the label.')),
  /** Must be filled in; other fields say "(optional)". */
  required: z
    .optional(z.boolean())
    .check(z.describe('Must be filled in; other fields say "(optional)". Default false.')),
  /** The fewest characters (text, email, textarea). */
  minLength: z
    .optional(z.number().check(z.int(), z.gte(0)))
    .check(z.describe('The fewest characters (text, email, textarea).')),
  /** The most characters (text, email, textarea). */
  maxLength: z
    .optional(z.number().check(z.int(), z.gte(1)))
    .check(z.describe('The most characters (text, email, textarea).')),
  /** A regular expression the value must match, with a message a reader understands. */
  pattern: z
    .optional(
      z.strictObject({
        /** A JavaScript regular expression (`u` flag); anchor it with `^` and `$` to match the whole value. */
        regex: z.string().check(
          rule((value: string) => {
            try {
              new RegExp(value, 'u')
              return undefined
            } catch {
              return `${quote(value)} is not a valid regular expression.`
            }
          }),
          z.describe(
            'A JavaScript regular expression ("u" flag); anchor it with ^ and $ to match the whole value.',
          ),
        ),
        /** The message shown when the value does not match. */
        message: localizedTextSchema.check(
          z.describe('The message shown when the value does not match.'),
        ),
      }),
    )
    .check(
      z.describe(
        'A regular expression the value must match ("regex"), with a "message" a reader understands.',
      ),
    ),
  /** The smallest number, or the earliest date (`YYYY-MM-DD`). */
  min: z
    .optional(z.union([z.number(), isoDateSchema]))
    .check(z.describe('The smallest number, or the earliest date ("YYYY-MM-DD").')),
  /** The largest number, or the latest date (`YYYY-MM-DD`, or `today`). */
  max: z
    .optional(z.union([z.number(), isoDateSchema, z.literal('today')]))
    .check(z.describe('The largest number, or the latest date ("YYYY-MM-DD", or "today").')),
  /** The choices of a select or radio field. */
  options: z
    .optional(z.array(fieldOptionSchema).check(z.minLength(1)))
    .check(z.describe('The choices of a select or radio field.')),
  /** The value at first. */
  default: z
    .optional(z.union([z.string(), z.number(), z.boolean()]))
    .check(z.describe('The value at first.')),
  /** Shown only while another field has one of these values. */
  showWhen: z
    .optional(
      z.strictObject({
        /** The id of the other field. */
        field: idSchema.check(z.describe('The id of the other field.')),
        /** The value that shows this field: a value, true/false, or a list of values (any of them). */
        equals: z
          .union([z.string(), z.boolean(), z.array(z.string())])
          .check(
            z.describe(
              'The value that shows this field: a value, true/false, or a list of values (any of them).',
            ),
          ),
      }),
    )
    .check(
      z.describe(
        'Shown only while another field ("field") has this value ("equals": a value, true/false, or a list of values).',
      ),
    ),
  /** A recommendation that never blocks sending (seed 001: a subject of 5 to 7 words). */
  recommend: z
    .optional(
      z.strictObject({
        /** The fewest words recommended. */
        minWords: z
          .optional(z.number().check(z.int(), z.gte(1)))
          .check(z.describe('The fewest words recommended.')),
        /** The most words recommended. */
        maxWords: z
          .optional(z.number().check(z.int(), z.gte(1)))
          .check(z.describe('The most words recommended.')),
      }),
    )
    .check(z.describe('A recommendation that never blocks sending: "minWords" and "maxWords".')),
  /** Never saved in drafts (a password, an ID number). */
  sensitive: z
    .optional(z.boolean())
    .check(z.describe('Never saved in drafts (a password, an ID number).')),
  /** The browser autofill token (`email`, `name`, `username`). */
  autocomplete: z
    .optional(z.string())
    .check(z.describe('The browser autofill token ("email", "name", "username").')),
})

const attachmentsSchema = z.strictObject({
  /** How many files at most. */
  maxFiles: z.number().check(z.int(), z.gte(1), z.describe('How many files at most.')),
  /** The largest file, in bytes. */
  maxBytes: z
    .number()
    .check(
      z.int(),
      z.gte(1),
      z.describe(
        'The largest file, in bytes. Sizes are shown in SI units (1 MB = 1,000,000 bytes): 5000000 reads "5 MB".',
      ),
    ),
  /** Accepted types: MIME types (`image/*`, `application/pdf`) or extensions (`.log`). */
  accept: z
    .optional(z.array(nonEmptyStringSchema))
    .check(
      z.describe(
        'Accepted types: MIME types ("image/*", "application/pdf") or extensions (".log"); by default any.',
      ),
    ),
})

const submitSchema = z.strictObject({
  /** Where the form is posted (multipart/form-data): https, http or a path on this site. */
  endpoint: z.string().check(
    // The rule the forms send by (scheme-relative //host/… leaves the site, so it is refused too).
    rule((value: string) =>
      endpointUrlAllowed(value)
        ? undefined
        : `The endpoint must be an https or http URL or a path on this site (got ${quote(value)}).`,
    ),
    z.describe(
      'Where the form is posted (multipart/form-data): an https or http URL or a path on this site.',
    ),
  ),
  /** Extra request headers (an API key for a public endpoint, for example). */
  headers: z.optional(z.record(z.string(), z.string())).check(z.describe('Extra request headers.')),
})

const formBase = {
  /** The form's title. */
  title: z.optional(localizedTextSchema).check(z.describe("The form's title.")),
  /** A line under the title. */
  description: z.optional(localizedTextSchema).check(z.describe('A line under the title.')),
  /** Fields, in order: added to the preset's, or replacing a preset field with the same id. */
  fields: z
    .optional(z.array(fieldSchema))
    .check(
      z.describe(
        "Fields, in order: added to the preset's, or replacing a preset field with the same id.",
      ),
    ),
  /** File attachments: limits checked before any upload. */
  attachments: z
    .optional(attachmentsSchema)
    .check(
      z.describe(
        'File attachments: limits checked before any upload. Needs a field of type "file" too (the "bug-report" and "creator-platform" presets have one, "contact" has none); without "attachments" no file field is shown.',
      ),
    ),
  /** Where it is sent; or pass `onSubmit` to the component. */
  submit: z
    .optional(submitSchema)
    .check(z.describe('Where it is sent; or pass "onSubmit" to the component.')),
  /** The usual reply time after sending (ISO 8601, `PT24H`). */
  replyTime: z
    .optional(durationSchema)
    .check(z.describe('The usual reply time after sending (ISO 8601, "PT24H").')),
  /** Keep drafts of what is typed (never files or sensitive fields). */
  drafts: z
    .optional(z.boolean())
    .check(
      z.describe(
        'Keep drafts of what is typed in this browser (never files or sensitive fields). Default true.',
      ),
    ),
}

/** The ticket form. */
const ticketFormSchema = z.strictObject({
  /** A ready-made set of fields to start from. */
  preset: z
    .optional(z.enum(['contact', 'bug-report', 'creator-platform']))
    .check(
      z.describe(
        'A ready-made set of fields to start from: "contact", "bug-report" or "creator-platform".',
      ),
    ),
  ...formBase,
  /** Offer to attach diagnostics (browser, OS, device, page, time zone), with consent. */
  diagnostics: z
    .optional(z.boolean())
    .check(
      z.describe(
        'Offer to attach diagnostics (browser, OS, device, page, time zone), only with consent.',
      ),
    ),
  /** Suggest FAQ answers while the subject and description are typed. */
  deflection: z
    .optional(z.boolean())
    .check(
      z.describe('Suggest FAQ answers while the subject and description are typed. Default true.'),
    ),
})

/** The refund request form. */
const refundFormSchema = z.strictObject({
  ...formBase,
  /** The refund policy the form explains and checks live (never blocking the request). */
  policy: z
    .strictObject({
      /** The legal withdrawal window in days after the purchase (EU: 14). */
      withdrawalDays: z
        .optional(z.number().check(z.int(), z.gte(0)))
        .check(z.describe('The legal withdrawal window, in days after the purchase (EU: 14).')),
      /** Reasons always refunded. */
      eligibleReasons: z
        .optional(z.array(idSchema))
        .check(
          z.describe(
            'Reasons always refunded (for example "duplicate-charge", "technical-failure").',
          ),
        ),
      /** Everything else: `review` (case by case, the default) or `not-eligible`. */
      otherwise: z
        .optional(z.enum(['review', 'not-eligible']))
        .check(
          z.describe('Everything else: "review" (case by case, the default) or "not-eligible".'),
        ),
      /** How long a granted refund takes, in days: `[5, 10]`. */
      processingDays: z
        .optional(
          z.tuple([z.number().check(z.int(), z.gte(0)), z.number().check(z.int(), z.gte(0))]),
        )
        .check(z.describe('How long a granted refund takes, in days, as [fewest, most].')),
    })
    .check(
      z.describe(
        'The refund policy the form explains and checks live (never blocking the request).',
      ),
    ),
  /** The reasons offered, in order; by default all four. */
  reasons: z
    .optional(
      z
        .array(z.enum(['duplicate-charge', 'technical-failure', 'withdrawal', 'other']))
        .check(z.minLength(1)),
    )
    .check(
      z.describe(
        'The reasons offered, in order: "duplicate-charge", "technical-failure", "withdrawal", "other" (all by default).',
      ),
    ),
})

// ---------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------

/** Who runs the support page. */
const brandSchema = z.strictObject({
  /** The company or product name, shown in the page header and used in titles. */
  name: localizedTextSchema.check(
    z.describe('The company or product name, shown in the page header and used in titles.'),
  ),
  /** The logo image: an absolute https or http URL (SVG or PNG). */
  logo: z
    .optional(safeUrlSchema)
    .check(z.describe('The logo image: an absolute https or http URL (SVG or PNG).')),
  /** The company's home page, linked from the logo. */
  url: z
    .optional(safeUrlSchema)
    .check(z.describe("The company's home page, linked from the logo.")),
})

/** Visual settings; every field is optional and falls back to the built-in theme. */
const themeSchema = z.strictObject({
  /** The accent colour for actions and focus rings, as `#rrggbb` or `#rgb`. */
  accent: z
    .optional(
      z.string().check(
        z.regex(HEX_COLOUR_PATTERN, {
          error: (issue) =>
            `${quote(String(issue.input))} is not a hex colour: use "#rrggbb" or "#rgb" (for example "#5b3df5").`,
        }),
      ),
    )
    .check(
      z.describe(
        'The accent colour for actions and focus rings, as "#rrggbb" or "#rgb". In each colour scheme it is adjusted as far as needed to keep 4.5:1 contrast with the page; text on accent fills is black or white, whichever reads.',
      ),
    ),
  /** The corner radius of cards and controls, in pixels, from 0 to 32. */
  radius: z
    .optional(
      z
        .number()
        .check(
          z.gte(0, { error: 'The radius is in pixels and must be between 0 and 32.' }),
          z.lte(32, { error: 'The radius is in pixels and must be between 0 and 32.' }),
        ),
    )
    .check(z.describe('The corner radius of cards and controls, in pixels, from 0 to 32.')),
  /** A CSS font-family list (`"Inter, system-ui, sans-serif"`); the system font stack by default. */
  font: z
    .optional(nonEmptyStringSchema.check(rule(fontProblem)))
    .check(
      z.describe(
        'A CSS font-family list (for example "Inter, system-ui, sans-serif"), without ; { } < > \\ or control characters; the system font stack by default.',
      ),
    ),
  /** `light`, `dark`, or `auto` to follow the reader's system setting. */
  colorScheme: z
    .optional(z.enum(['light', 'dark', 'auto']))
    .check(z.describe('"light", "dark", or "auto" to follow the reader\'s system setting.')),
})

/** One question and its answer. */
const faqItemSchema = z.strictObject({
  /** A stable id, unique across the whole FAQ; the question's link is `#faq-<id>`. */
  id: idSchema.check(
    z.describe('A stable id, unique across the whole FAQ; the question\'s link is "#faq-<id>".'),
  ),
  /** The question, as the reader would ask it. */
  question: localizedTextSchema.check(z.describe('The question, as the reader would ask it.')),
  /**
   * The answer in a small, safe Markdown subset: paragraphs, `-` and `1.` lists, `**bold**` and
   * links. Raw HTML is never rendered.
   */
  answer: localizedTextSchema.check(
    z.describe(
      'The answer in a small, safe Markdown subset: paragraphs, "-" and "1." lists, **bold** and links. Raw HTML is never rendered.',
    ),
  ),
  /** Extra words that should find this question in the FAQ search. */
  tags: z
    .optional(z.array(nonEmptyStringSchema))
    .check(z.describe('Extra words that should find this question in the FAQ search.')),
  /** The audiences this question is for (ids from `audiences`); by default its category's. */
  audiences: audienceRefs("Left out, the question follows its category's audiences."),
})

/** A group of questions under one heading. */
const faqCategorySchema = z.strictObject({
  /** A stable id, unique among the categories. */
  id: idSchema.check(z.describe('A stable id, unique among the categories.')),
  /** The category heading. */
  title: localizedTextSchema.check(z.describe('The category heading.')),
  /** A short line under the heading. */
  description: z.optional(localizedTextSchema).check(z.describe('A short line under the heading.')),
  /** The audiences this category is for (ids from `audiences`); by default everyone. */
  audiences: audienceRefs('Left out, the category is for everyone.'),
  /** The questions in this category, in display order (at least one). */
  items: z
    .array(faqItemSchema)
    .check(
      z.minLength(1),
      z.describe('The questions in this category, in display order (at least one).'),
    ),
})

/**
 * Reports a category id or item id used twice, at the second occurrence, naming the first.
 * It runs even when other fields are broken (`when`), so duplicates show up with everything else;
 * hence it reads the value defensively.
 */
const uniqueFaqIds = z.superRefine<unknown>(
  (faq, ctx) => {
    if (!isPlainObject(faq) || !Array.isArray(faq.categories)) return
    const categories: unknown[] = faq.categories
    const firstCategory = new Map<string, number>()
    const firstItem = new Map<string, string>()
    categories.forEach((category, c) => {
      if (!isPlainObject(category)) return
      if (typeof category.id === 'string') {
        const first = firstCategory.get(category.id)
        if (first === undefined) firstCategory.set(category.id, c)
        else {
          ctx.addIssue({
            code: 'custom',
            input: category.id,
            path: ['categories', c, 'id'],
            message: `The category id ${quote(category.id)} is already used by faq.categories[${first}]; category ids must be unique.`,
          })
        }
      }
      if (!Array.isArray(category.items)) return
      const items: unknown[] = category.items
      items.forEach((item, i) => {
        if (!isPlainObject(item) || typeof item.id !== 'string') return
        const first = firstItem.get(item.id)
        if (first === undefined) firstItem.set(item.id, `faq.categories[${c}].items[${i}]`)
        else {
          ctx.addIssue({
            code: 'custom',
            input: item.id,
            path: ['categories', c, 'items', i, 'id'],
            message: `The id ${quote(item.id)} is already used by ${first}; question ids must be unique across the whole FAQ, because each becomes the link #faq-${item.id}.`,
          })
        }
      })
    })
  },
  { when: () => true },
)

/** The frequently asked questions. */
const faqSchema = z
  .strictObject({
    /** The date the FAQ was last reviewed, `YYYY-MM-DD`, shown as "Last updated". */
    updated: z
      .optional(isoDateSchema)
      .check(
        z.describe('The date the FAQ was last reviewed, "YYYY-MM-DD", shown as "Last updated".'),
      ),
    /** The categories of questions, in display order (at least one). */
    categories: z
      .array(faqCategorySchema)
      .check(
        z.minLength(1),
        z.describe('The categories of questions, in display order (at least one).'),
      ),
  })
  .check(uniqueFaqIds)

// ---------------------------------------------------------------------------------------------
// The whole config
// ---------------------------------------------------------------------------------------------

/**
 * Every audience a category, question or channel names must be declared in the top-level
 * `audiences`.
 * Runs even when other fields are broken, so it reads the value defensively.
 */
const knownAudiences = z.superRefine<unknown>(
  (config, ctx) => {
    if (!isPlainObject(config)) return
    const declared = Array.isArray(config.audiences)
      ? config.audiences.flatMap((a: unknown) =>
          isPlainObject(a) && typeof a.id === 'string' ? [a.id] : [],
        )
      : []
    declared.forEach((id, i) => {
      const first = declared.indexOf(id)
      if (first === i) return
      ctx.addIssue({
        code: 'custom',
        input: id,
        path: ['audiences', i, 'id'],
        message: `The audience id ${quote(id)} is already used by audiences[${first}]; audience ids must be unique.`,
      })
    })
    const faq = config.faq
    const check = (refs: unknown, path: (string | number)[]) => {
      if (!Array.isArray(refs)) return
      refs.forEach((ref: unknown, r) => {
        if (typeof ref !== 'string' || declared.includes(ref)) return
        ctx.addIssue({
          code: 'custom',
          input: ref,
          path: [...path, 'audiences', r],
          message:
            declared.length === 0
              ? `The audience ${quote(ref)} is not declared: add it to the top-level "audiences" list.`
              : `The audience ${quote(ref)} is not declared in "audiences" (declared: ${declared.map(quote).join(', ')}).`,
        })
      })
    }
    if (Array.isArray(config.channels)) {
      const channels: unknown[] = config.channels
      channels.forEach((channel, i) => {
        if (isPlainObject(channel)) check(channel.audiences, ['channels', i])
      })
    }
    if (!isPlainObject(faq) || !Array.isArray(faq.categories)) return
    const categories: unknown[] = faq.categories
    categories.forEach((category, c) => {
      if (!isPlainObject(category)) return
      check(category.audiences, ['faq', 'categories', c])
      if (!Array.isArray(category.items)) return
      const items: unknown[] = category.items
      items.forEach((item, i) => {
        if (isPlainObject(item)) check(item.audiences, ['faq', 'categories', c, 'items', i])
      })
    })
  },
  { when: () => true },
)

/** The ids of `list` entries that have a string `id`. */
function idsOf(list: unknown): string[] {
  return Array.isArray(list)
    ? list.flatMap((entry: unknown) =>
        isPlainObject(entry) && typeof entry.id === 'string' ? [entry.id] : [],
      )
    : []
}

/**
 * Tables name plans by id and SLA rows name channels by id: every name must exist, every plan
 * needs a value, and a channel's reply time comes from one place only (its SLA row or its own
 * `replyTime`), so the page never shows two numbers for one promise.
 */
const crossReferences = z.superRefine<unknown>(
  (config, ctx) => {
    if (!isPlainObject(config)) return
    const perPlan = (map: unknown, plans: string[], path: (string | number)[], what: string) => {
      if (!isPlainObject(map)) return
      for (const key of Object.keys(map)) {
        if (!plans.includes(key)) {
          ctx.addIssue({
            code: 'custom',
            input: key,
            path: [...path, key],
            message: `${quote(key)} is not one of the plans (${plans.map(quote).join(', ')}).`,
          })
        }
      }
      for (const plan of plans) {
        if (!(plan in map)) {
          ctx.addIssue({
            code: 'custom',
            input: map,
            path,
            message: `Missing ${what} for the plan ${quote(plan)}${what === 'target' ? ' (use null for "not included")' : ''}.`,
          })
        }
      }
    }
    const channelIds = idsOf(config.channels)
    const sla = config.sla
    if (isPlainObject(sla) && Array.isArray(sla.rows)) {
      const plans = idsOf(sla.plans)
      const rows: unknown[] = sla.rows
      rows.forEach((row, r) => {
        if (!isPlainObject(row)) return
        perPlan(row.targets, plans, ['sla', 'rows', r, 'targets'], 'target')
        if (typeof row.channel !== 'string') return
        const c = channelIds.indexOf(row.channel)
        if (c === -1) {
          ctx.addIssue({
            code: 'custom',
            input: row.channel,
            path: ['sla', 'rows', r, 'channel'],
            message: `There is no channel with the id ${quote(row.channel)}${channelIds.length ? ` (channels: ${channelIds.map(quote).join(', ')})` : ''}.`,
          })
          return
        }
        const channel = (config.channels as unknown[])[c]
        if (isPlainObject(channel) && channel.replyTime !== undefined) {
          ctx.addIssue({
            code: 'custom',
            input: channel.replyTime,
            path: ['channels', c, 'replyTime'],
            message: `This channel's reply time comes from sla.rows[${r}]; remove "replyTime" here so the page does not promise two different times.`,
          })
        }
      })
    }
    // A channel limited to plans names plans the tables declare, when there are any.
    const declaredPlans = [
      ...new Set([
        ...(isPlainObject(sla) ? idsOf(sla.plans) : []),
        ...(isPlainObject(config.plans) ? idsOf(config.plans.plans) : []),
      ]),
    ]
    if (declaredPlans.length > 0 && Array.isArray(config.channels)) {
      const channels: unknown[] = config.channels
      channels.forEach((channel, c) => {
        if (!isPlainObject(channel) || !Array.isArray(channel.plans)) return
        const refs: unknown[] = channel.plans
        refs.forEach((ref, r) => {
          if (typeof ref !== 'string' || declaredPlans.includes(ref)) return
          ctx.addIssue({
            code: 'custom',
            input: ref,
            path: ['channels', c, 'plans', r],
            message: `${quote(ref)} is not one of the plans (${declaredPlans.map(quote).join(', ')}).`,
          })
        })
      })
    }
    const comparison = config.plans
    if (isPlainObject(comparison) && Array.isArray(comparison.features)) {
      const plans = idsOf(comparison.plans)
      const features: unknown[] = comparison.features
      features.forEach((feature, f) => {
        if (isPlainObject(feature))
          perPlan(feature.values, plans, ['plans', 'features', f, 'values'], 'value')
      })
    }
  },
  { when: () => true },
)

// The section names and where their content lives: ./sectionNames (no zod, for <SupportHub>).
export { SECTIONS, hasSectionContent, sectionPath } from './sectionNames'

/** Every section `sections` lists appears once and has content elsewhere in the config. */
const listedSections = z.superRefine<unknown>(
  (config, ctx) => {
    if (!isPlainObject(config) || !Array.isArray(config.sections)) return
    const listed: unknown[] = config.sections
    listed.forEach((section, i) => {
      if (typeof section !== 'string' || !(SECTIONS as readonly string[]).includes(section)) return
      const first = listed.indexOf(section)
      if (first !== i) {
        ctx.addIssue({
          code: 'custom',
          input: section,
          path: ['sections', i],
          message: `${quote(section)} is already listed at sections[${first}]; each section appears once.`,
        })
        return
      }
      if (!hasSectionContent(config, section as (typeof SECTIONS)[number])) {
        const source = sectionPath(section as (typeof SECTIONS)[number])
        ctx.addIssue({
          code: 'custom',
          input: section,
          path: ['sections', i],
          message: `The section ${quote(section)} is listed, but the config has no "${source}".`,
        })
      }
    })
  },
  { when: () => true },
)

/**
 * The schema of a whole react-support-hub config. Unknown keys are errors, so a typo is caught.
 * Prefer `parseSupportConfig()`, which turns zod issues into plain messages with JSON paths.
 * The published schema carries no field descriptions (they would weigh on every page): the JSON
 * Schema with them is `react-support-hub/schema.json`.
 */
export const supportConfigSchema = z
  .strictObject({
    /** The JSON Schema this file is written against, for editors. Ignored by the library. */
    $schema: z
      .optional(z.string())
      .check(
        z.describe(
          'The JSON Schema this file is written against, for editors. Ignored by the library.',
        ),
      ),
    /** The config format version. This release reads version 1. */
    version: z
      .literal(SUPPORTED_CONFIG_VERSION, {
        error: (issue) =>
          typeof issue.input === 'number' ? unsupportedVersionMessage(issue.input) : undefined,
      })
      .check(z.describe('The config format version. This release reads version 1.')),
    /** Who runs the support page. */
    brand: brandSchema.check(z.describe('Who runs the support page.')),
    /** The default locale of the content and the UI, a BCP 47 tag such as `el` or `en`. */
    locale: z
      ._default(localeTagSchema, 'en')
      .check(
        z.describe(
          'The default locale of the content and the UI, a BCP 47 tag such as "el" or "en".',
        ),
      ),
    /** The company's clock: an IANA time zone such as `Europe/Athens`, used for opening hours and dates. */
    timeZone: z
      ._default(timeZoneSchema, 'UTC')
      .check(
        z.describe(
          'The company\'s clock: an IANA time zone such as "Europe/Athens", used for opening hours and dates.',
        ),
      ),
    /** Groups of readers with questions of their own; the FAQ offers a switch between them. */
    audiences: z
      .optional(z.array(audienceSchema).check(z.minLength(1)))
      .check(
        z.describe(
          'Groups of readers with questions of their own (for example users, models, studios); the FAQ offers a switch between them.',
        ),
      ),
    /** The company's opening hours, which channels inherit unless they have their own. */
    hours: z
      .optional(hoursSchema)
      .check(
        z.describe(
          "The company's opening hours, which channels inherit unless they have their own.",
        ),
      ),
    /** The ways to reach support, in display order. */
    channels: z
      .optional(z.array(channelSchema))
      .check(z.describe('The ways to reach support, in display order.')),
    /** Promised response times per plan and channel. */
    sla: z.optional(slaSchema).check(z.describe('Promised response times per plan and channel.')),
    /** The plan comparison table. */
    plans: z.optional(planComparisonSchema).check(z.describe('The plan comparison table.')),
    /** How customers can pay. */
    payments: z.optional(paymentsSchema).check(z.describe('How customers can pay.')),
    /** The ticket and refund request forms. */
    forms: z
      .optional(
        z.strictObject({
          /** The ticket form. */
          ticket: z.optional(ticketFormSchema).check(z.describe('The ticket form.')),
          /** The refund request form. */
          refund: z.optional(refundFormSchema).check(z.describe('The refund request form.')),
        }),
      )
      .check(z.describe('The ticket and refund request forms.')),
    /** Visual settings: accent colour, corner radius, font and colour scheme. */
    theme: z
      .optional(themeSchema)
      .check(z.describe('Visual settings: accent colour, corner radius, font and colour scheme.')),
    /** The frequently asked questions, grouped in categories. */
    faq: z
      .optional(faqSchema)
      .check(z.describe('The frequently asked questions, grouped in categories.')),
    /**
     * The sections `<SupportHub>` shows, in this order. Left out: every section the config has
     * content for, in the order faq, channels, sla, plans, payments, ticket, refund.
     */
    sections: z
      .optional(z.array(z.enum(SECTIONS)).check(z.minLength(1)))
      .check(
        z.describe(
          'The sections the page shows, in this order: "faq", "channels", "sla", "plans", "payments", "ticket", "refund", each at most once and only if the config has its content ("ticket" needs "forms.ticket"). Left out: every section the config has content for, in that order.',
        ),
      ),
  })
  .check(
    knownAudiences,
    crossReferences,
    listedSections,
    z.describe('A react-support-hub config: everything a support page shows, in one document.'),
  )

/** A whole parsed config; `locale` and `timeZone` are always present (defaults `en`, `UTC`). */
export type SupportConfig = z.output<typeof supportConfigSchema>
/** A config as written in JSON, before defaults are applied. */
export type SupportConfigInput = z.input<typeof supportConfigSchema>
/** Reader-facing text: one string, or a map of locale tag to string. */
export type LocalizedText = z.output<typeof localizedTextSchema>
/** Who runs the support page: name, logo and home page. */
export type BrandConfig = z.output<typeof brandSchema>
/** Visual settings: accent colour, radius, font and colour scheme. */
export type ThemeConfig = z.output<typeof themeSchema>
/** The FAQ: an optional "last updated" date and its categories. */
export type FaqConfig = z.output<typeof faqSchema>
/** A group of questions under one heading. */
export type FaqCategory = z.output<typeof faqCategorySchema>
/** One question and its Markdown answer. */
export type FaqItem = z.output<typeof faqItemSchema>
/** Opening hours: weekly ranges, closed days and special days, in one time zone. */
export type OpeningHours = z.output<typeof hoursSchema>
/** One way to reach support: chat, email, phone, social, link, form or postal address. */
export type ContactChannel = z.output<typeof channelSchema>
/** An ISO 8601 duration string (`PT24H`) or `immediate`. */
export type DurationText = z.output<typeof durationSchema>
/** The SLA table config. */
export type SlaConfig = z.output<typeof slaSchema>
/** The plan comparison config. */
export type PlanComparisonConfig = z.output<typeof planComparisonSchema>
/** The payment methods config. */
export type PaymentsConfig = z.output<typeof paymentsSchema>
/** One field of a form. */
export type FormField = z.output<typeof fieldSchema>
/** The ticket form config. */
export type TicketFormConfig = z.output<typeof ticketFormSchema>
/** The refund form config. */
export type RefundFormConfig = z.output<typeof refundFormSchema>
/** File attachment limits. */
export type AttachmentsConfig = z.output<typeof attachmentsSchema>
/** A weekday id, `mon` … `sun`. */
export type Weekday = (typeof WEEKDAYS)[number]
/** A group of readers with questions of their own. */
export type Audience = z.output<typeof audienceSchema>
/** A section of the support page, as named in `sections`. */
export type SectionName = (typeof SECTIONS)[number]
