/**
 * Words and search terms: where words begin and end in any script, and the folded form a word
 * is indexed and searched under (no case, no accents, `ß` = `ss`, final `ς` = `σ`).
 */

/** A word of a text, with where it sits in that text. */
export interface Word {
  /** The word as written. */
  text: string
  /** Its first UTF-16 index in the text. */
  start: number
  /** The index just after it. */
  end: number
}

/**
 * Scripts written without spaces between words. Only Intl.Segmenter (its ICU dictionaries)
 * finds their word boundaries, so a text containing any of them goes through it.
 */
const NEEDS_DICTIONARY =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u

/**
 * Scripts with many words of one or two characters (Hangul syllables, ideographs, kana): a
 * single character is already worth a prefix search, and a two-character run inside a longer
 * word is worth an infix search.
 */
const DENSE_SCRIPT = /[\p{sc=Hangul}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u

/**
 * Characters of a word (UAX #29 letters, marks, digits, connectors, invisible format
 * characters such as the soft hyphen and the zero-width joiners, the Arabic decimal separator).
 */
const W = String.raw`[\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}\u066B]`
/** Punctuation that joins two letters (`e.g`, `l'adresse`, `example.com`, `co·op`). */
const LETTER_JOINERS = String.raw`:'.\u00B7\u0387\u05F4\u2018\u2019\u2024\u2027\uFE13\uFE52\uFE55\uFF07\uFF0E\uFF1A`
/** Punctuation that joins two digits (`3.5`, `1,000`). */
const DIGIT_JOINERS = String.raw`,.;'\u037E\u060C\u060D\u066C\u2018\u2019\u2024\u2044\uFE10\uFE14\uFE50\uFE52\uFE54\uFF07\uFF0C\uFF0E\uFF1B`
/** Any of them, and the double quote that joins two Hebrew letters (`א"ב`). */
const JOINERS = `[${LETTER_JOINERS}${DIGIT_JOINERS}"]`

/**
 * Words in every other script, by the Unicode word-boundary rules (UAX #29) that
 * Intl.Segmenter applies to them: letters, marks, digits and connectors run together; a
 * period, apostrophe, colon or middle dot joins two letters, a period, comma or semicolon two
 * digits, a double quote two Hebrew letters. Intl.Segmenter gives the same words (a test checks
 * it on every fixture) but is about 50 times slower in V8, which an index of thousands of
 * answers cannot afford.
 *
 * {@link CANDIDATE} finds runs of word characters and any joiners between them in one fast
 * pass; the rare run that holds a joiner is checked against the exact rules ({@link WORD}).
 */
const CANDIDATE = new RegExp(`${W}+(?:${JOINERS}${W}+)*`, 'gu')
const HAS_JOINER = new RegExp(JOINERS, 'u')

/**
 * Hangul letters. Intl.Segmenter (ICU) keeps a run of Hangul apart from the letters, digits and
 * punctuation around it (`10일` is `10` and `일`, `2FA인증` is `2FA` and `인증`).
 */
const HANGUL = String.raw`\u1100-\u11FF\u3131-\u318E\uA960-\uA97F\uAC00-\uD7A3\uD7B0-\uD7FF\uFFA0-\uFFDC`
const HAS_HANGUL = new RegExp(`[${HANGUL}]`)
const ONLY_HANGUL = new RegExp(String.raw`^[${HANGUL}][${HANGUL}\p{M}]*$`, 'u')
const HANGUL_OR_OTHER = new RegExp(String.raw`([${HANGUL}][${HANGUL}\p{M}]*)|[^${HANGUL}]+`, 'gu')
const WORD = new RegExp(
  String.raw`(?:${W}|(?<=[\p{L}\p{M}])[${LETTER_JOINERS}](?=\p{L})|(?<=\p{Nd})[${DIGIT_JOINERS}](?=\p{Nd})|(?<=\p{sc=Hebrew})"(?=\p{sc=Hebrew}))+`,
  'gu',
)

/** Letters, marks and digits, with anything but word characters around them. */
const PLAIN_WORD = /^[^\p{L}\p{M}\p{Nd}\p{Pc}]*([\p{L}\p{M}\p{Nd}]+)[^\p{L}\p{M}\p{Nd}\p{Pc}]*$/u

/** A word needs a letter or a digit (a lone `_` is no word; `__` is one for ICU, but empty). */
const WORD_LIKE = /[\p{L}\p{Nd}]/u

/** The punctuation that can sit inside a word, and connectors (`_`). */
const INNER_PUNCTUATION = new RegExp(String.raw`\p{Pc}|${JOINERS}`, 'u')

/**
 * Accents, tonos, dialytika, umlaut dots, cedillas (the combining diacritical marks block),
 * Hebrew points and Arabic vowel marks: what readers leave out when they type.
 */
const DIACRITICS = String.raw`\u0300-\u036f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u065f\u0670`
const COMBINING_DIACRITICS = new RegExp(`[${DIACRITICS}]`, 'g')
const DIACRITIC = new RegExp(`^[${DIACRITICS}]$`)

/** Letters that have no decomposition but are searched as other letters. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ς: 'σ',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
}
/** Those letters, and what folding drops: invisible format characters, spaces. */
const LETTER_FOLD = /[ßςæœøđðłıþ]|\p{Cf}|\s/gu

/** German spells ä, ö, ü as ae, oe, ue when typing without umlauts. */
const GERMAN_DIGRAPH = /([aou])e/g

/** How words become terms for one index. */
export interface TermOptions {
  /**
   * Fold `ae`, `oe`, `ue` to `a`, `o`, `u` (after ä, ö, ü have lost their dots), so that
   * `Rückerstattung`, `ruckerstattung` and `rueckerstattung` are one term. On for German.
   */
  germanDigraphs: boolean
}

/** Folded forms of the characters below U+2000 by code; other characters in a map. */
let lowFolds: (string | null | undefined)[] | undefined
let highFolds: Map<number, string | null> | undefined

/** A combining mark (other than the diacritics above), or conjoining Hangul jamo. */
const COMPOSES = /[\p{M}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/u

/**
 * The folded form of one lower-case character (see {@link foldWord}), or `null` for a
 * character that may compose with its neighbours (a kana voicing mark, a Hangul jamo, a lone
 * surrogate), which only the whole word can fold.
 */
function foldCharacter(code: number): string | null {
  let folded = code < 0x2000 ? lowFolds?.[code] : highFolds?.get(code)
  if (folded !== undefined) return folded
  const character = String.fromCharCode(code)
  if (
    (code >= 0xd800 && code <= 0xdfff) ||
    (COMPOSES.test(character) && !DIACRITIC.test(character))
  ) {
    folded = null
  } else {
    folded = foldText(character)
    // A half-width voicing mark becomes a combining one, which composes with the kana before it.
    if (COMPOSES.test(folded)) folded = null
  }
  if (code < 0x2000) (lowFolds ??= [])[code] = folded
  else (highFolds ??= new Map()).set(code, folded)
  return folded
}

/** Folds a whole text: decomposed, diacritics removed, composed again, special letters mapped. */
function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_DIACRITICS, '')
    .normalize('NFC')
    .replace(LETTER_FOLD, (letter) => LETTER_FOLDS[letter] ?? '')
}

/**
 * The folded form of a word: lower case, compatibility forms unified (full-width letters,
 * ligatures), diacritics removed (also Hebrew points and Arabic vowel marks), `ß` -> `ss`,
 * `ς` -> `σ`, and for German `ue` -> `u`. Kana voicing marks and Hangul are kept.
 *
 * Each character's folded form is worked out once and remembered, which makes folding a word
 * several times faster than normalising it; words with characters that compose with their
 * neighbours are normalised whole.
 */
export function foldWord(word: string, options: TermOptions): string {
  const lower = word.toLowerCase()
  let folded: string | undefined
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    // ASCII and Hangul syllables fold to themselves.
    if (code < 0x80 || (code >= 0xac00 && code <= 0xd7a3)) {
      if (folded !== undefined) folded += lower[i] ?? ''
      continue
    }
    const character = foldCharacter(code)
    if (character === null) {
      folded = foldText(lower)
      break
    }
    if (folded === undefined && character !== lower[i]) folded = lower.slice(0, i)
    if (folded !== undefined) folded += character
  }
  folded ??= lower
  return options.germanDigraphs ? folded.replace(GERMAN_DIGRAPH, '$1') : folded
}

/**
 * The search terms of one word: its folded form without inner punctuation first (`l'adresse`
 * -> `ladresse`, `don't` -> `dont`), then each part of two or more characters (`adresse`), so
 * that either is found. Underscores count as inner punctuation: in an answer they are Markdown
 * emphasis (`_word_`), not part of the word.
 */
export function wordTerms(word: string, options: TermOptions): string[] {
  const folded = foldWord(word, options)
  if (!INNER_PUNCTUATION.test(folded)) return folded === '' ? [] : [folded]
  const parts = folded.split(INNER_PUNCTUATION)
  const terms = [parts.join('')]
  for (const part of parts) {
    if (part.length >= 2 && !terms.includes(part)) terms.push(part)
  }
  return terms[0] === '' ? [] : terms
}

/** Splits texts into words, with Intl.Segmenter for scripts written without spaces. */
export interface WordSplitter {
  /** The words of a text, with where each is. */
  words(text: string): Word[]
  /** The words of a text (faster when positions are not needed). */
  texts(text: string): string[]
  /**
   * The word, when a text is one word of letters and digits with at most punctuation around
   * it (`(Rückerstattung),`), as most chunks of text between spaces are; else `undefined`.
   * Such a word has no inner punctuation: its only term is its folded form.
   */
  plainWord(text: string): string | undefined
}

/**
 * Characters that need a closer look: Hangul, and the scripts Intl.Segmenter reads with a
 * dictionary (one test for the common case, text in neither).
 */
const SPECIAL_SCRIPT =
  /[\u0E00-\u0EFF\u1000-\u109F\u1100-\u11FF\u1780-\u17FF\u2E80-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFF00-\uFFEF]|[\uD840-\uD87F]/

/** A word splitter for a locale; its segmenter is created on the first text that needs it. */
export function createWordSplitter(locale: string): WordSplitter {
  let segmenter: Intl.Segmenter | undefined
  const words = (text: string): Word[] => {
    const found: Word[] = []
    if (NEEDS_DICTIONARY.test(text)) {
      segmenter ??= createSegmenter(locale)
      for (const { segment, index, isWordLike } of segmenter.segment(text)) {
        if (isWordLike === true) {
          found.push({ text: segment, start: index, end: index + segment.length })
        }
      }
      return found
    }
    const add = (word: string, start: number) => {
      if (WORD_LIKE.test(word)) found.push({ text: word, start, end: start + word.length })
    }
    const addExact = (text: string, offset: number) => {
      for (const match of text.matchAll(WORD)) add(match[0], offset + match.index)
    }
    for (const candidate of text.matchAll(CANDIDATE)) {
      const word = candidate[0]
      if (HAS_HANGUL.test(word) && !ONLY_HANGUL.test(word)) {
        for (const run of word.matchAll(HANGUL_OR_OTHER)) {
          if (run[1] !== undefined) add(run[0], candidate.index + run.index)
          else addExact(run[0], candidate.index + run.index)
        }
      } else if (HAS_JOINER.test(word)) addExact(word, candidate.index)
      else add(word, candidate.index)
    }
    return found
  }
  const plainWord = (text: string): string | undefined => {
    const plain = PLAIN_WORD.exec(text)?.[1]
    if (plain === undefined || !SPECIAL_SCRIPT.test(plain)) return plain
    return NEEDS_DICTIONARY.test(plain) || (HAS_HANGUL.test(plain) && !ONLY_HANGUL.test(plain))
      ? undefined
      : plain
  }
  return {
    words,
    plainWord,
    texts(text) {
      const plain = plainWord(text)
      return plain !== undefined ? [plain] : words(text).map((word) => word.text)
    },
  }
}

function createSegmenter(locale: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(locale, { granularity: 'word' })
  } catch {
    // A tag Intl cannot read still gets the root word rules.
    return new Intl.Segmenter(undefined, { granularity: 'word' })
  }
}

/** True for a term in Hangul, Han or kana (see {@link DENSE_SCRIPT}). */
export function isDenseScript(term: string): boolean {
  return DENSE_SCRIPT.test(term)
}
