export { ALL_AUDIENCES, AudienceSwitcher, type AudienceSwitcherProps } from './AudienceSwitcher'
