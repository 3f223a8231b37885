/** `text` with the `[start, end)` ranges wrapped in `<mark>`; ranges may be unsorted or overlap. */
export function Highlight({
  text,
  ranges,
}: {
  text: string
  ranges?: readonly (readonly [number, number])[]
}) {
  if (!ranges?.length) return text
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const parts: React.ReactNode[] = []
  let at = 0
  for (const [rawStart, rawEnd] of sorted) {
    const start = Math.max(rawStart, at)
    const end = Math.min(rawEnd, text.length)
    if (end <= start) continue
    if (start > at) parts.push(text.slice(at, start))
    parts.push(
      <mark key={start} className="rsh-mark" data-part="highlight">
        {text.slice(start, end)}
      </mark>,
    )
    at = end
  }
  if (at < text.length) parts.push(text.slice(at))
  return parts
}
