/**
 * Where every term occurs, in typed arrays: a 5,000-item FAQ has some 300,000 words, and as
 * objects they would keep the garbage collector busy. A term is known by its id, its index in
 * `terms`; its occurrences are the triples `(item, field, count)` in
 * `entries[start[id] .. start[id + 1])`, in item order.
 */
export interface Postings {
  terms: string[]
  ids: Map<string, number>
  start: Int32Array
  entries: Int32Array
  /** How many items hold each term (for its inverse document frequency). */
  items: Int32Array
  /** The number of terms of each field of each item, at `item * 3 + field`. */
  fieldLength: Int32Array
  /** The average number of terms of each field. */
  averageLength: [number, number, number]
}

/**
 * Collects {@link Postings} in two passes: `begin` and `push` append term ids to one stream,
 * field by field, item by item; `finish` counts the stream into the entries.
 */
export function createPostingsBuilder() {
  const terms: string[] = []
  const ids = new Map<string, number>()
  let stream = new Int32Array(1 << 16)
  let streamLength = 0
  /** Where each field of each item starts in the stream, at `item * 3 + field`. */
  let fieldStart = new Int32Array(1 << 10)
  /** Where the end of the field begun last is kept in `fieldStart`. */
  let openEnd = 1

  return {
    /** The id of a term, new or known. */
    idOf: (term: string): number => {
      let id = ids.get(term)
      if (id === undefined) {
        id = terms.length
        terms.push(term)
        ids.set(term, id)
      }
      return id
    },
    /** The term of an id. */
    term: (id: number): string => {
      return terms[id] ?? ''
    },
    /** The term ids added to the field begun last, in order. */
    current: (): Int32Array => stream.subarray(fieldStart[openEnd - 1], streamLength),
    /** Starts a field; items, and the fields of an item, come in order. */
    begin: (item: number, field: number): void => {
      while (item * 3 + field + 1 >= fieldStart.length) fieldStart = grow(fieldStart)
      fieldStart[item * 3 + field] = streamLength
      fieldStart[item * 3 + field + 1] = streamLength
      openEnd = item * 3 + field + 1
    },
    /** Adds terms to the field begun last. */
    push: (termIds: readonly number[]): void => {
      for (const id of termIds) {
        if (streamLength === stream.length) stream = grow(stream)
        stream[streamLength++] = id
      }
      fieldStart[openEnd] = streamLength
    },
    /** Counts the stream into postings; `itemCount` items were added. */
    finish: (itemCount: number): Postings => {
      const slots = itemCount * 3
      const termCount = terms.length
      // First pass: how many (item, field) pairs and how many items hold each term.
      const pairs = new Int32Array(termCount)
      const holders = new Int32Array(termCount)
      const lastSlot = new Int32Array(termCount).fill(-1)
      const lastItem = new Int32Array(termCount).fill(-1)
      const fieldLength = new Int32Array(slots)
      const totalLength: [number, number, number] = [0, 0, 0]
      for (let slot = 0; slot < slots; slot++) {
        const item = (slot / 3) | 0
        const from = fieldStart[slot] ?? 0
        const to = fieldStart[slot + 1] ?? 0
        fieldLength[slot] = to - from
        totalLength[(slot % 3) as 0 | 1 | 2] += to - from
        for (let i = from; i < to; i++) {
          const id = stream[i] ?? 0
          if (lastSlot[id] === slot) continue
          lastSlot[id] = slot
          pairs[id] = (pairs[id] ?? 0) + 1
          if (lastItem[id] !== item) {
            lastItem[id] = item
            holders[id] = (holders[id] ?? 0) + 1
          }
        }
      }
      // Second pass: the triples, each term's in its own range.
      const start = new Int32Array(termCount + 1)
      for (let id = 0; id < termCount; id++) start[id + 1] = (start[id] ?? 0) + 3 * (pairs[id] ?? 0)
      const entries = new Int32Array(start[termCount] ?? 0)
      const cursor = start.slice(0, termCount)
      lastSlot.fill(-1)
      for (let slot = 0; slot < slots; slot++) {
        const from = fieldStart[slot] ?? 0
        const to = fieldStart[slot + 1] ?? 0
        for (let i = from; i < to; i++) {
          const id = stream[i] ?? 0
          const at = cursor[id] ?? 0
          if (lastSlot[id] === slot) {
            entries[at - 1] = (entries[at - 1] ?? 0) + 1
            continue
          }
          lastSlot[id] = slot
          entries[at] = (slot / 3) | 0
          entries[at + 1] = slot % 3
          entries[at + 2] = 1
          cursor[id] = at + 3
        }
      }
      const count = Math.max(1, itemCount)
      return {
        terms,
        ids,
        start,
        entries,
        items: holders,
        fieldLength,
        averageLength: [
          Math.max(1, totalLength[0] / count),
          Math.max(1, totalLength[1] / count),
          Math.max(1, totalLength[2] / count),
        ],
      }
    },
  }
}

/** A copy of `array` twice as long. */
function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2)
  larger.set(array)
  return larger
}
