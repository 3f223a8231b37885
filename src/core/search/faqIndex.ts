import type { FaqConfig } from '../../config/schema'
import { baseLanguage, localeChain, resolveText } from '../../i18n/locale'
import { createChunkReader } from './chunks'
import { createPostingsBuilder } from './postings'
import { createWordSplitter, foldWord, isDenseScript, wordTerms, type TermOptions } from './text'
import { createVocabulary } from './vocabulary'

/** A part of a FAQ item that the search reads. */
export type FaqSearchField = 'question' | 'answer' | 'tags'

/** The words of one field that a query matched, in their folded form (lower case, no accents). */
export interface FaqSearchMatch {
  field: FaqSearchField
  /** The folded terms of the field that matched (`κωδικο`, `ruckerstattung`). */
  terms: string[]
}

/** One FAQ item that matches a query. */
export interface FaqSearchResult {
  /** The `id` of the FAQ item. */
  itemId: string
  /** The `id` of its category. */
  categoryId: string
  /** Relevance: higher is better; results come sorted by it. */
  score: number
  /** What matched, per field (question first, then answer, then tags). */
  matches: FaqSearchMatch[]
  /**
   * The matched words of the question as `[start, end)` UTF-16 ranges, in order and not
   * overlapping, in the question text resolved for the index's locale
   * (`resolveText(item.question, localeChain(locale))`). Whole words are marked, also when
   * only their start, a part of them or a misspelling was typed. Worked out when first read.
   */
  readonly highlights: [number, number][]
}

/** Options of {@link FaqIndex.search}. */
export interface FaqSearchOptions {
  /**
   * The most results to return.
   * @default all of them
   */
  limit?: number
}

/** A FAQ ready to search. */
export interface FaqIndex {
  /**
   * The items that match `query`, best first. Every word of the query must match: as a word,
   * as the start of a word, inside a word (a part of a compound), or, for words of five or
   * more letters, with one typo. When no item has them all, the items with some come back,
   * those with more first. Items whose question holds the query as typed, word after word,
   * come before the others. An empty or blank query returns no results; no input throws.
   */
  search(query: string, options?: FaqSearchOptions): FaqSearchResult[]
  /** The number of FAQ items in the index. */
  readonly size: number
}

/** Options of {@link createFaqIndex}. */
export interface FaqIndexOptions {
  /** The reader's locale: picks the text of localized fields and the language rules. */
  locale: string
}

const FIELDS = ['question', 'answer', 'tags'] as const
type Field = 0 | 1 | 2
const QUESTION = 0
const ANSWER = 1
const TAGS = 2
/** A match in the question counts most, then the answer, then the tags. */
const FIELD_BOOST = [3, 2, 1] as const
/** BM25+, as MiniSearch scores: term-frequency saturation, length normalisation, a floor. */
const K = 1.2
const B = 0.7
const D = 0.5
/**
 * How much a term found by a looser match counts, against 1 for the word itself (the prefix
 * and typo weights are MiniSearch's defaults; a part of a compound counts least). Longer
 * completions count less.
 */
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45
const INFIX_WEIGHT = 0.25
/** The most terms the inside of a word may expand to. */
const MAX_INFIX_TERMS = 40
/** Longer input (a pasted paragraph) is cut: nobody searches a FAQ with it. */
const MAX_QUERY_LENGTH = 200
const MAX_QUERY_WORDS = 12

/** One FAQ item as the search keeps it. */
interface Entry {
  itemId: string
  categoryId: string
  question: string
  /** The question's terms, space-separated, with a space at each end (for the phrase test). */
  phrase: string
  /** The question's words and their terms, worked out for the first highlight. */
  words?: { start: number; end: number; terms: string[] }[]
}

/** How one item matched the query. */
interface Hit {
  score: number
  /** How many query words it matched. */
  words: number
  /** Term id -> the fields it matched in, as bits (1 question, 2 answer, 4 tags). */
  terms: Map<number, number>
}

/** How one item matched one query word: its best score in each field, and the terms. */
interface WordHit {
  best: [number, number, number]
  terms: Map<number, number>
}

/**
 * Builds the search index of a FAQ for one locale. It reads every question, answer and tag
 * once; keep it while the FAQ and the locale stay the same.
 *
 * The index is written for this use rather than built on MiniSearch: on the benchmark's
 * 5,000-item FAQ (`npm run bench:search`), `MiniSearch#addAll` takes about 500 ms and even
 * MiniSearch's radix tree alone, filled with the distinct terms, about 25 ms, against 150 ms
 * for the whole build; this index takes about 110 ms and is smaller (about 5 kB gzipped, with
 * its tokenizer, against 5.9 kB for MiniSearch alone). The scoring follows MiniSearch's: BM25+,
 * with its weights for prefix and typo matches.
 */
export function createFaqIndex(faq: FaqConfig, options: FaqIndexOptions): FaqIndex {
  const chain = localeChain(options.locale)
  const termOptions: TermOptions = { germanDigraphs: baseLanguage(options.locale) === 'de' }
  const splitter = createWordSplitter(options.locale)
  const termsOf = (word: string): string[] => wordTerms(word, termOptions)

  // Chunks of text between spaces (`Rückerstattung,`) repeat across a FAQ: each distinct one
  // is split and folded once. Most are one plain word, one term; those share an array per term.
  const builder = createPostingsBuilder()
  const single: (readonly number[] | undefined)[] = []
  const none: readonly number[] = []
  const idsOfTerms = (termIds: number[]): readonly number[] => {
    const [only] = termIds
    return termIds.length === 1 && only !== undefined ? (single[only] ??= termIds) : termIds
  }
  const chunks = createChunkReader((chunk): readonly number[] => {
    const text = readableText(chunk)
    const plain = splitter.plainWord(text)
    if (plain !== undefined) {
      const folded = foldWord(plain, termOptions)
      return folded === '' ? none : idsOfTerms([builder.idOf(folded)])
    }
    return idsOfTerms(splitter.texts(text).flatMap((word) => termsOf(word).map(builder.idOf)))
  })
  const addText = (item: number, field: Field, text: string) => {
    builder.begin(item, field)
    chunks.read(text, builder.push)
  }

  const entries: Entry[] = []
  for (const category of faq.categories) {
    for (const item of category.items) {
      const index = entries.length
      const question = resolveText(item.question, chain)
      addText(index, QUESTION, question)
      entries.push({
        itemId: item.id,
        categoryId: category.id,
        question,
        phrase: ` ${Array.from(builder.current(), builder.term).join(' ')} `,
      })
      addText(index, ANSWER, resolveText(item.answer, chain))
      addText(index, TAGS, (item.tags ?? []).join('\n'))
    }
  }

  const size = entries.length
  const {
    terms,
    ids,
    start,
    entries: postings,
    items,
    fieldLength,
    averageLength,
  } = builder.finish(size)
  const vocabulary = createVocabulary(terms)

  /** The terms (by id) a query word stands for, with how much each counts. */
  function expand(word: string): Map<number, number> {
    const found = new Map<number, number>()
    const dense = isDenseScript(word)
    const length = codePoints(word)
    // One Latin letter would expand to a good part of the vocabulary; one Hangul syllable
    // or ideograph is already a meaningful start of a word.
    if (length >= 2 || dense) {
      for (const id of vocabulary.startingWith(word)) {
        const term = terms[id] ?? ''
        const extra = term.length - word.length
        found.set(id, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * extra))
      }
    }
    const exact = ids.get(word)
    if (exact !== undefined) found.set(exact, 1)
    if (length >= 5) {
      for (const id of vocabulary.nearby(word)) {
        const term = terms[id] ?? ''
        if (!found.has(id)) found.set(id, (FUZZY_WEIGHT * term.length) / (term.length + 1))
      }
    }
    if (length >= (dense ? 2 : 4)) {
      for (const id of vocabulary.containing(word, MAX_INFIX_TERMS)) {
        if (found.has(id)) continue
        const term = terms[id] ?? ''
        const extra = term.length - word.length
        found.set(id, (INFIX_WEIGHT * term.length) / (term.length + 0.3 * extra))
      }
    }
    return found
  }

  /** The items one query word matches, scored in each field by the word's best term there. */
  function searchWord(word: string): Map<number, WordHit> {
    const hits = new Map<number, WordHit>()
    for (const [id, weight] of expand(word)) {
      const holders = items[id] ?? 1
      const idf = Math.log(1 + (size - holders + 0.5) / (holders + 0.5))
      const end = start[id + 1] ?? 0
      for (let i = start[id] ?? 0; i < end; i += 3) {
        const item = postings[i] ?? 0
        const field = (postings[i + 1] ?? 0) as Field
        const frequency = postings[i + 2] ?? 1
        const norm = 1 - B + (B * (fieldLength[item * 3 + field] ?? 0)) / averageLength[field]
        const score =
          weight * FIELD_BOOST[field] * idf * (D + (frequency * (K + 1)) / (frequency + K * norm))
        let hit = hits.get(item)
        if (hit === undefined) {
          hit = { best: [0, 0, 0], terms: new Map() }
          hits.set(item, hit)
        }
        if (score > hit.best[field]) hit.best[field] = score
        hit.terms.set(id, (hit.terms.get(id) ?? 0) | (1 << field))
      }
    }
    return hits
  }

  /** The question's words and their terms, worked out once per item. */
  function wordsOf(entry: Entry): NonNullable<Entry['words']> {
    entry.words ??= splitter.words(entry.question).map((word) => ({
      start: word.start,
      end: word.end,
      terms: termsOf(word.text),
    }))
    return entry.words
  }

  function search(query: string, searchOptions?: FaqSearchOptions): FaqSearchResult[] {
    if (typeof query !== 'string') return []
    const limit = searchOptions?.limit ?? Infinity
    if (!(limit > 0)) return []
    const text = query.slice(0, MAX_QUERY_LENGTH)
    if (text.trim() === '') return []
    const typed = splitter.texts(text).flatMap((word) => termsOf(word).slice(0, 1))
    const words = [...new Set(typed)].slice(0, MAX_QUERY_WORDS)
    if (words.length === 0) return []

    const perWord = words.map(searchWord)
    let hits = combine(perWord, true)
    if (hits.size === 0 && words.length > 1) hits = combine(perWord, false)
    if (hits.size === 0) return []

    // Items whose question holds the query as typed, word after word, come first.
    const phrase = ` ${typed.join(' ')}`
    let best = 0
    for (const hit of hits.values()) {
      hit.score *= hit.words / words.length
      best = Math.max(best, hit.score)
    }
    const ranked = [...hits].map(([item, hit]) => {
      const entry = entries[item] as Entry
      const score = entry.phrase.includes(phrase) ? hit.score + best : hit.score
      return { item, hit, entry, score }
    })
    ranked.sort((a, b) => b.score - a.score || a.item - b.item)

    return ranked.slice(0, limit).map(({ hit, entry, score }) => {
      let highlights: [number, number][] | undefined
      return {
        itemId: entry.itemId,
        categoryId: entry.categoryId,
        score,
        matches: FIELDS.flatMap((field, index) => {
          const matched: string[] = []
          for (const [id, fields] of hit.terms) {
            if (fields & (1 << index)) matched.push(terms[id] ?? '')
          }
          return matched.length > 0 ? [{ field, terms: matched }] : []
        }),
        get highlights() {
          highlights ??= highlightsOf(wordsOf(entry), hit, ids)
          return highlights
        },
      }
    })
  }

  return { search, size }
}

/** The number of characters (code points, not UTF-16 units) of a word. */
function codePoints(word: string): number {
  let count = word.length
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) count--
  }
  return count
}

/** A chunk that is an address: a link target written out, or a reference definition's. */
const ADDRESS = /^<?(?:https?|mailto|tel):/i

/**
 * The words a reader sees in a chunk of a Markdown answer: a link or image keeps its text and
 * loses its target (`[Settings](https://…),` reads as `[Settings],`), and a bare address
 * (`https://…`, `<mailto:…>`, a reference definition's target) is no words at all. The rest of
 * the syntax (`**`, `-`, `1.`, `>`, `\`) is punctuation the word splitter skips, and `_` is
 * dropped from words. Addresses hold no spaces, so each sits inside one chunk.
 */
function readableText(chunk: string): string {
  if (ADDRESS.test(chunk)) return ''
  const at = chunk.indexOf('](')
  if (at === -1) return chunk
  const end = chunk.indexOf(')', at)
  return chunk.slice(0, at + 1) + (end === -1 ? '' : readableText(chunk.slice(end + 1)))
}

/**
 * Merges the hits of each query word: with `all`, only the items that every word matched;
 * else every item that any word matched, counting the words it matched.
 */
function combine(perWord: readonly Map<number, WordHit>[], all: boolean): Map<number, Hit> {
  const combined = new Map<number, Hit>()
  perWord.forEach((hits, index) => {
    for (const [item, wordHit] of hits) {
      let hit = combined.get(item)
      if (hit === undefined) {
        if (all && index > 0) continue
        hit = { score: 0, words: 0, terms: new Map() }
        combined.set(item, hit)
      }
      hit.score += wordHit.best[0] + wordHit.best[1] + wordHit.best[2]
      hit.words += 1
      for (const [id, fields] of wordHit.terms) hit.terms.set(id, (hit.terms.get(id) ?? 0) | fields)
    }
    if (all && index > 0) {
      for (const [item, hit] of combined) if (hit.words <= index) combined.delete(item)
    }
  })
  return combined
}

/** The ranges of the question's words that have a term the query matched in the question. */
function highlightsOf(
  words: NonNullable<Entry['words']>,
  hit: Hit,
  ids: ReadonlyMap<string, number>,
): [number, number][] {
  const ranges: [number, number][] = []
  for (const word of words) {
    const matched = word.terms.some((term) => {
      const id = ids.get(term)
      return id !== undefined && ((hit.terms.get(id) ?? 0) & 1) !== 0
    })
    if (matched) ranges.push([word.start, word.end])
  }
  return ranges
}
