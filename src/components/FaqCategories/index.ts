export { ALL_CATEGORIES, FaqCategories, type FaqCategoriesProps } from './FaqCategories'
