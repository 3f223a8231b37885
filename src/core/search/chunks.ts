/**
 * Reads texts as whitespace-separated chunks (`Rückerstattung,`), each distinct chunk analysed
 * once. A 5,000-item FAQ holds some 300,000 chunks but only a tenth as many distinct ones, so
 * the cost is in recognising a chunk seen before: here it is hashed and compared where it
 * stands in the text, never cut out as a string of its own (with `split` and a `Map`, the same
 * work took half as long again and left 300,000 strings to the garbage collector).
 */
export interface ChunkReader<T> {
  /** Calls `visit` with the analysis of each chunk of `text`, in order. */
  read(text: string, visit: (value: T) => void): void
}

const EMPTY = -1

/** Whitespace as `\s` knows it: the chunk boundaries, always word boundaries too. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0x1680) return code === 0x85 || code === 0xa0
  if (code > 0x3000) return code === 0xfeff
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

/** A chunk reader whose chunks are analysed by `analyse` (called once per distinct chunk). */
export function createChunkReader<T>(analyse: (chunk: string) => T): ChunkReader<T> {
  const keys: string[] = []
  const values: T[] = []
  const hashes: number[] = []
  // Open addressing: each slot holds an index into `keys`, or EMPTY.
  let slots = new Int32Array(1 << 14).fill(EMPTY)
  let mask = slots.length - 1

  const grow = () => {
    slots = new Int32Array(slots.length * 2).fill(EMPTY)
    mask = slots.length - 1
    hashes.forEach((hash, index) => {
      let slot = hash & mask
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask
      slots[slot] = index
    })
  }

  const lookUp = (text: string, start: number, end: number, hash: number): T => {
    const length = end - start
    let slot = hash & mask
    for (;;) {
      const index = slots[slot] ?? EMPTY
      if (index === EMPTY) break
      const key = keys[index] ?? ''
      if (hashes[index] === hash && key.length === length && text.startsWith(key, start)) {
        return values[index] as T
      }
      slot = (slot + 1) & mask
    }
    const chunk = text.slice(start, end)
    const value = analyse(chunk)
    slots[slot] = keys.length
    keys.push(chunk)
    values.push(value)
    hashes.push(hash)
    if (keys.length * 2 > slots.length) grow()
    return value
  }

  return {
    read(text, visit) {
      let start = -1
      let hash = 0
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i)
        if (isSpace(code)) {
          if (start !== -1) visit(lookUp(text, start, i, hash))
          start = -1
        } else {
          if (start === -1) {
            start = i
            hash = 0x811c9dc5
          }
          hash = Math.imul(hash ^ code, 0x01000193)
        }
      }
      if (start !== -1) visit(lookUp(text, start, text.length, hash))
    },
  }
}
