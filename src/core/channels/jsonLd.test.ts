import { describe, expect, it } from 'vitest'
import { channelsFixture } from '../../../test/fixtures'
import { serializeJsonLd } from '../faq/jsonLd'
import { toContactPointJsonLd } from '.'

describe('ContactPoint JSON-LD', () => {
  it('describes each channel as a schema.org ContactPoint with its hours', () => {
    const kyma = channelsFixture('el-004')
    const data = toContactPointJsonLd(kyma, { locale: 'el' })
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Kyma Systems',
    })
    expect(data.contactPoint.map((p) => [p.contactType, p.email ?? p.telephone ?? p.url])).toEqual([
      ['Ζωντανή συνομιλία', 'https://kyma.example/chat'],
      ['customer support', 'support@kyma.example'],
      ['Τηλεφωνική υποστήριξη', '+30 210 000 0000'],
      ['Αίτημα υποστήριξης', undefined],
    ])
    const chatHours = data.contactPoint[0]!.hoursAvailable!
    expect(chatHours[0]).toEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: [
        'https://schema.org/Monday',
        'https://schema.org/Tuesday',
        'https://schema.org/Wednesday',
        'https://schema.org/Thursday',
        'https://schema.org/Friday',
      ],
      opens: '09:00:00',
      closes: '18:00:00',
    })
    // Public holidays: closed all day, as schema.org writes it.
    expect(chatHours).toContainEqual(
      expect.objectContaining({
        opens: '00:00:00',
        closes: '00:00:00',
        validFrom: '2026-03-25',
        validThrough: '2026-03-25',
      }),
    )
    expect(data.contactPoint[1]!.hoursAvailable![0]).toMatchObject({
      opens: '00:00:00',
      closes: '23:59:59',
    })
  })

  it('lists social profiles as sameAs and escapes everything for its script element', () => {
    const nimbus = channelsFixture('el-000')
    const data = toContactPointJsonLd(
      { ...nimbus, brand: { name: 'Nimbus </script><script>alert(1)</script>' } },
      { locale: 'el' },
    )
    expect(data.sameAs).toEqual([
      'https://www.instagram.com/nimbusmusic/',
      'https://www.facebook.com/NimbusMusic',
      'https://x.com/nimbussupport',
    ])
    const json = serializeJsonLd(data)
    expect(json).not.toContain('</script>')
    expect((JSON.parse(json) as { name: string }).name).toBe(
      'Nimbus </script><script>alert(1)</script>',
    )
  })
})
