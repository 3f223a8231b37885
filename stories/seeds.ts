import { parseSupportConfig, type SupportConfig } from '../src/config'
import greekMusicSocial from '../examples/000-el-music-social.json'
import germanStreamingAudiences from '../examples/001-de-streaming-audiences.json'
import koreanMusicRefund from '../examples/002-ko-music-refund.json'
import spanishChannelsPlans from '../examples/003-es-channels-plans.json'
import greekCompanyFaq from '../examples/004-el-company-faq.json'

/** The example configs in `examples/`, one per seed page, by seed number. */
const examples = {
  '000': greekMusicSocial,
  '001': germanStreamingAudiences,
  '002': koreanMusicRefund,
  '003': spanishChannelsPlans,
  '004': greekCompanyFaq,
}

/** A seed's example config, parsed; throws with every error when it no longer validates. */
export function seed(number: keyof typeof examples): SupportConfig {
  const result = parseSupportConfig(examples[number])
  if (!result.ok) {
    throw new Error(`examples/${number} is invalid:\n${JSON.stringify(result.errors, null, 2)}`)
  }
  return result.config
}

/** A part of a seed's config that the story needs; throws when the example has lost it. */
export function seedPart<K extends keyof SupportConfig>(
  number: keyof typeof examples,
  part: K,
): NonNullable<SupportConfig[K]> {
  const value = seed(number)[part]
  if (value === undefined) throw new Error(`examples/${number} has no ${part}`)
  return value
}
