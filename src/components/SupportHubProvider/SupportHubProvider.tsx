'use client'
import { Suspense, useCallback, useMemo, type CSSProperties, type ReactNode } from 'react'
import { useLatestRef } from '../../internal/useLatestRef'
import type { LocalizedText, ThemeConfig } from '../../config/schema'
import type { SupportHubEventHandler } from '../../events'
import {
  createSupportIntl,
  baseLanguage,
  suspendUntilLocaleLoaded,
  localeChain,
  resolveLocalizedText,
  textDirection,
  type MessageId,
  type Messages,
} from '../../i18n'
import { themeToCssVariables } from '../../theme/tokens'
import { SupportHubContext, type SupportHubContextValue } from './context'

export interface SupportHubProviderProps {
  /**
   * The UI and content locale, a BCP 47 tag (`'el'`, `'de-AT'`, `'ar'`). UI text comes from the
   * closest built-in catalog (en, de, el, es, ko, fr, ar), falling back to English; config text
   * given as a locale map is resolved along the same chain.
   * @default 'en'
   */
  locale?: string
  /**
   * UI message overrides by message id, merged over the built-in catalog for the locale. Values
   * are ICU MessageFormat strings, e.g. `{ 'faq.updated': 'Reviewed on {date}' }`.
   */
  messages?: Partial<Messages>
  /**
   * Forces the text direction. Left out, it follows the locale (`ar` is right-to-left).
   */
  dir?: 'ltr' | 'rtl'
  /**
   * The language the config's plain text (strings, not locale maps) is written in, usually the
   * config's `locale`. When it differs from `locale` (an English UI over a Greek config), that
   * text is marked with it (`lang`), so screen readers pronounce it right (WCAG 3.1.2).
   * Left out: plain text is taken to be in `locale`.
   */
  contentLocale?: string
  /** Theme tokens: accent colour, corner radius, font family and colour scheme. */
  theme?: ThemeConfig
  /** Receives typed analytics events (`faq_opened`, …) from every component inside. */
  onEvent?: SupportHubEventHandler
  /**
   * Ship no visual styles: the stylesheet's rules do not apply inside, while every part keeps
   * its `data-part` and `data-state` attributes for the host's own CSS.
   * @default false
   */
  unstyled?: boolean
  /** Extra class names for the root element. */
  className?: string
  /** The react-support-hub components (and any of your own markup) that share this setup. */
  children?: ReactNode
}

/**
 * Carries locale, UI messages, theme and the event callback to every react-support-hub
 * component inside it, and renders the themed root element (`dir` and `lang` set).
 */
export function SupportHubProvider(props: SupportHubProviderProps) {
  // The locale's UI catalog loads on demand (unless registered): until it is there, nothing
  // inside shows; on hydration the server's HTML stays in place meanwhile.
  return (
    <Suspense fallback={null}>
      <ProviderRoot {...props} />
    </Suspense>
  )
}

function ProviderRoot({
  locale = 'en',
  contentLocale,
  messages,
  dir,
  theme,
  onEvent,
  unstyled = false,
  className,
  children,
}: SupportHubProviderProps) {
  // Suspends while the locale's built-in catalog is not loaded.
  suspendUntilLocaleLoaded(locale)
  // The latest handler, read at emit time, so `emit` stays stable while hosts pass inline arrows.
  const onEventRef = useLatestRef(onEvent)
  const emit = useCallback<SupportHubContextValue['emit']>(
    (event) => {
      onEventRef.current?.(event)
    },
    [onEventRef],
  )

  const context = useMemo<SupportHubContextValue>(() => {
    const intl = createSupportIntl(locale, messages)
    const chain = localeChain(locale)
    return {
      locale,
      dir: dir ?? textDirection(locale),
      intl,
      t: (id: MessageId, values) => intl.formatMessage({ id }, values),
      text: (value: LocalizedText) => resolveLocalizedText(value, chain).text,
      localize: (value: LocalizedText) => {
        const resolved = resolveLocalizedText(value, chain)
        // A locale map says which language it picked; a plain string is in the content's.
        const from = typeof value === 'string' ? contentLocale : resolved.locale
        const lang = from && baseLanguage(from) !== baseLanguage(locale) ? from : undefined
        return { text: resolved.text, lang }
      },
      emit,
    }
  }, [locale, contentLocale, messages, dir, emit])

  const style = useMemo(() => themeToCssVariables(theme) as CSSProperties, [theme])
  const scheme = theme?.colorScheme && theme.colorScheme !== 'auto' ? theme.colorScheme : undefined

  return (
    <SupportHubContext.Provider value={context}>
      <div
        className={className ? `rsh-root ${className}` : 'rsh-root'}
        data-rsh-root=""
        data-rsh-styled={unstyled ? undefined : ''}
        data-rsh-color-scheme={scheme}
        dir={context.dir}
        lang={locale}
        style={style}
      >
        {children}
      </div>
    </SupportHubContext.Provider>
  )
}
