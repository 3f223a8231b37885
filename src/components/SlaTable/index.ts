export { SlaTable, type SlaTableProps } from './SlaTable'
