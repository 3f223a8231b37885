import {
  Activity,
  BookOpen,
  FileText,
  Globe,
  Mail,
  MapPin,
  MessageCircle,
  Phone,
  RotateCcw,
  Share2,
  Users,
} from '../icons/lineIcons'
import { LineIcon } from '../icons/LineIcon'
import type { BrandMarkName } from '../icons/brandMarks'
import type { ContactChannel } from '../../config/schema'
import { BrandIcon } from '../icons/BrandIcon'

type Network = Extract<ContactChannel, { type: 'social' }>['network']

/** Brand marks by network, and the brand's own name (a proper noun, the same in every language). */
export const NETWORKS: Record<Network, { name: string; icon?: BrandMarkName }> = {
  x: { name: 'X', icon: 'siX' },
  twitter: { name: 'X (Twitter)', icon: 'siX' },
  facebook: { name: 'Facebook', icon: 'siFacebook' },
  instagram: { name: 'Instagram', icon: 'siInstagram' },
  youtube: { name: 'YouTube', icon: 'siYoutube' },
  tiktok: { name: 'TikTok', icon: 'siTiktok' },
  discord: { name: 'Discord', icon: 'siDiscord' },
  whatsapp: { name: 'WhatsApp', icon: 'siWhatsapp' },
  telegram: { name: 'Telegram', icon: 'siTelegram' },
  // simple-icons no longer carries LinkedIn's mark; a neutral share icon stands in.
  linkedin: { name: 'LinkedIn' },
  reddit: { name: 'Reddit', icon: 'siReddit' },
  mastodon: { name: 'Mastodon', icon: 'siMastodon' },
  threads: { name: 'Threads', icon: 'siThreads' },
  bluesky: { name: 'Bluesky', icon: 'siBluesky' },
  other: { name: '' },
}

/** The icon of a channel: a line icon by type, a brand mark for social networks. */
export function ChannelIcon({ channel }: { channel: ContactChannel }) {
  switch (channel.type) {
    case 'chat':
      return <LineIcon icon={MessageCircle} />
    case 'email':
      return <LineIcon icon={Mail} />
    case 'phone':
      return <LineIcon icon={Phone} />
    case 'postal':
      return <LineIcon icon={MapPin} />
    case 'form':
      return channel.form === 'refund' ? (
        <LineIcon icon={RotateCcw} />
      ) : (
        <LineIcon icon={FileText} />
      )
    case 'link':
      if (channel.kind === 'knowledge-base') return <LineIcon icon={BookOpen} />
      if (channel.kind === 'community') return <LineIcon icon={Users} />
      if (channel.kind === 'status') return <LineIcon icon={Activity} />
      return <LineIcon icon={Globe} />
    case 'social': {
      const icon = NETWORKS[channel.network].icon
      return icon ? <BrandIcon mark={icon} /> : <LineIcon icon={Share2} />
    }
  }
}
