// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { SupportHubProvider } from '../SupportHubProvider'
import { FaqJsonLd } from '.'

describe('FaqJsonLd server rendering', () => {
  it('writes one JSON-LD script whose content parses and stays inside the element', () => {
    const html = renderToString(
      <SupportHubProvider locale="en">
        <FaqJsonLd
          faq={{
            categories: [
              {
                id: 'c',
                title: 'C',
                items: [
                  { id: 'x', question: 'Q </script><script>alert(1)</script>', answer: 'A <!-- x' },
                ],
              },
            ],
          }}
        />
      </SupportHubProvider>,
    )
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
    expect(scripts).toHaveLength(1)
    expect(html.match(/<script/g)).toHaveLength(1)
    const data = JSON.parse(scripts[0]![1]!) as { mainEntity: { name: string }[] }
    expect(data.mainEntity[0]!.name).toBe('Q </script><script>alert(1)</script>')
  })
})
