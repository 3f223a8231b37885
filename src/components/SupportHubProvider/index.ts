export { SupportHubProvider, type SupportHubProviderProps } from './SupportHubProvider'
export { useSupportHub, type SupportHubContextValue } from './context'
