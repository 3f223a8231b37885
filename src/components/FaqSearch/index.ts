export { FaqSearch, type FaqSearchProps } from './FaqSearch'
