export { FaqSearch, type FaqSearchProps } from './FaqSearch'
export { FaqSearchBox, type FaqSearchBoxProps } from './FaqSearchBox'
