export { ContactChannels, type ContactChannelsProps } from './ContactChannels'
