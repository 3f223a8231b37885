'use client'
import { useMemo } from 'react'
import type { BrandConfig, ContactChannel, OpeningHours } from '../../config/schema'
import { toContactPointJsonLd } from '../../core/channels/jsonLd'
import { serializeJsonLd } from '../../core/faq/jsonLd'
import { useSupportHub } from '../SupportHubProvider/context'

export interface ContactJsonLdProps {
  /** The config's `brand`. */
  brand: BrandConfig
  /** The config's `channels`. */
  channels: readonly ContactChannel[]
  /** The config's company `hours`. */
  hours?: OpeningHours | undefined
}

/**
 * schema.org `Organization` data with a `ContactPoint` per channel and its `hoursAvailable`, as a
 * `<script type="application/ld+json">`, escaped so content can never leave the element.
 */
export function ContactJsonLd({ brand, channels, hours }: ContactJsonLdProps) {
  const { locale } = useSupportHub('ContactJsonLd')
  const json = useMemo(
    () => serializeJsonLd(toContactPointJsonLd({ brand, channels, hours }, { locale })),
    [brand, channels, hours, locale],
  )
  return <script type="application/ld+json">{json}</script>
}
