import { useLayoutEffect, useRef, type ReactNode } from 'react'

/**
 * Renders a JSON-LD component and, under it, the content of the
 * `<script type="application/ld+json">` it wrote, parsed and indented: what a search engine
 * reads, which the page itself never shows.
 */
export function JsonLdPreview({ children }: { children: ReactNode }) {
  const rendered = useRef<HTMLDivElement>(null)
  const shown = useRef<HTMLPreElement>(null)
  // Read from the DOM after every render, so the preview is the component's own output.
  useLayoutEffect(() => {
    const script = rendered.current?.querySelector('script[type="application/ld+json"]')
    if (!shown.current) return
    shown.current.textContent = script?.textContent
      ? JSON.stringify(JSON.parse(script.textContent), null, 2)
      : ''
  })
  return (
    <figure style={{ margin: 0 }}>
      <div ref={rendered}>{children}</div>
      <figcaption lang="en" style={{ fontWeight: 600, marginBlockEnd: 8 }}>
        The script element&apos;s JSON, indented:
      </figcaption>
      <pre
        ref={shown}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 13, margin: 0 }}
      />
    </figure>
  )
}

/** The parsed JSON-LD a story's component wrote (for its play function). */
export function readJsonLd(canvasElement: HTMLElement): Record<string, unknown> {
  const script = canvasElement.querySelector('script[type="application/ld+json"]')
  if (!script?.textContent) throw new Error('No <script type="application/ld+json"> was rendered.')
  return JSON.parse(script.textContent) as Record<string, unknown>
}
