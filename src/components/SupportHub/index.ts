export { SupportHub, type SupportHubProps, type SupportHubSubmitHandler } from './SupportHub'
