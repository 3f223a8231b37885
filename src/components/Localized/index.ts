export { Localized } from './Localized'
