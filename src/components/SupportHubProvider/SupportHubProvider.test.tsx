import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SupportHubProvider, useSupportHub } from '.'

function Probe() {
  const { t, text, dir, locale } = useSupportHub('Probe')
  return (
    <p data-testid="probe" data-dir={dir} data-locale={locale}>
      {t('faq.empty')} | {text({ en: 'Hello', ko: '안녕하세요' })}
    </p>
  )
}

describe('SupportHubProvider', () => {
  it('renders a root with lang and dir, right to left for Arabic', () => {
    render(
      <SupportHubProvider locale="ar">
        <Probe />
      </SupportHubProvider>,
    )
    const root = screen.getByTestId('probe').closest('.rsh-root')
    expect(root).toHaveAttribute('dir', 'rtl')
    expect(root).toHaveAttribute('lang', 'ar')
    expect(screen.getByTestId('probe')).toHaveTextContent('لا توجد أسئلة هنا بعد.')
  })

  it('gives components the UI messages and config text of its locale', () => {
    render(
      <SupportHubProvider locale="ko">
        <Probe />
      </SupportHubProvider>,
    )
    expect(screen.getByTestId('probe')).toHaveTextContent(
      '아직 등록된 질문이 없습니다. | 안녕하세요',
    )
    expect(screen.getByTestId('probe').closest('.rsh-root')).toHaveAttribute('dir', 'ltr')
  })

  it('maps the theme to CSS custom properties and pins the colour scheme', () => {
    render(
      <SupportHubProvider theme={{ accent: '#5b3df5', radius: 4, colorScheme: 'dark' }}>
        <Probe />
      </SupportHubProvider>,
    )
    const root = screen.getByTestId('probe').closest<HTMLElement>('.rsh-root')!
    expect(root.style.getPropertyValue('--rsh-radius')).toBe('4px')
    expect(root.style.getPropertyValue('--rsh-accent-light')).toBe('#5b3df5')
    expect(root).toHaveAttribute('data-rsh-color-scheme', 'dark')
    expect(root).toHaveAttribute('data-rsh-styled')
  })

  it('drops the styled marker when unstyled, so the stylesheet does not apply', () => {
    render(
      <SupportHubProvider unstyled>
        <Probe />
      </SupportHubProvider>,
    )
    expect(screen.getByTestId('probe').closest('.rsh-root')).not.toHaveAttribute('data-rsh-styled')
  })
})
