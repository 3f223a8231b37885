/**
 * The synthetic FAQ the comparison benchmarks render: English questions and answers of a
 * realistic length (a question of about 50 characters, an answer of 300 to 450), the same for
 * every run and every library. Answers are plain text (no Markdown, no characters that HTML
 * escapes), so each library's server HTML can be searched for them verbatim.
 */

const SUBJECTS = [
  'order',
  'delivery',
  'refund',
  'invoice',
  'password',
  'account',
  'subscription',
  'payment',
  'parcel',
  'address',
  'warranty',
  'return',
  'voucher',
  'card',
  'plan',
  'receipt',
  'appointment',
  'device',
  'licence',
  'membership',
]
const VERBS = [
  'change',
  'cancel',
  'track',
  'update',
  'download',
  'reset',
  'renew',
  'transfer',
  'pause',
  'confirm',
  'replace',
  'share',
]
const OPENERS = [
  'How do I',
  'Can I',
  'Where can I',
  'Why can I not',
  'How long does it take to',
  'Who can',
]
const SENTENCES = [
  'Open the settings of your {s} in your account and choose the option to {v} it',
  'Most requests to {v} a {s} are handled within two working days, and you get an email when it is done',
  'If the option is greyed out, the {s} is already being processed and can no longer be changed online',
  'Our support team can {v} the {s} for you when you call us during opening hours',
  'You need the number printed on your {s} confirmation, which we also keep in your account history',
  'Business customers can {v} several items at once from the team dashboard',
  'There is no fee for this, unless the {s} was bought with a promotional voucher',
  'For security reasons we may ask you to confirm the change with a one-time code sent to your phone',
  'When the {s} is shared with family members, only the owner of the account can {v} it',
  'Changes made after midnight show up in your account the next morning',
]

/** A small seeded generator, so that every run renders the same FAQ and asks the same queries. */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * `count` questions: `{ id, question, answer }`, plain strings. Each question and each answer is
 * unique (it names its own reference number).
 * @param {number} count
 * @returns {{ id: string, question: string, answer: string }[]}
 */
export function faqItems(count) {
  const rand = random(8 + count)
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const items = []
  for (let n = 1; n <= count; n++) {
    const subject = pick(SUBJECTS)
    const verb = pick(VERBS)
    const sentences = []
    const wanted = 3 + Math.floor(rand() * 2)
    while (sentences.length < wanted) {
      const sentence = pick(SENTENCES).replaceAll('{s}', subject).replaceAll('{v}', verb)
      if (!sentences.includes(sentence)) sentences.push(sentence)
    }
    items.push({
      id: `q${n}`,
      question: `${pick(OPENERS)} ${verb} my ${subject} (case ${n})?`,
      answer: `${sentences.join('. ')}. Reference ${n} of the help centre.`,
    })
  }
  return items
}

/** The same items as the `faq` block of a react-support-hub config, in `categories` groups. */
export function faqConfig(items, categories = 1) {
  const size = Math.ceil(items.length / categories)
  return {
    categories: Array.from({ length: categories }, (_, c) => ({
      id: `category-${c + 1}`,
      title: `Topic ${c + 1}`,
      items: items.slice(c * size, (c + 1) * size),
    })).filter((category) => category.items.length > 0),
  }
}

/** Words that occur in the questions, for typing into the search box. */
export const SEARCH_WORDS = [...SUBJECTS, ...VERBS]
