export {
  toContactPointJsonLd,
  toOpeningHoursSpecification,
  type ContactPointJsonLd,
  type OpeningHoursSpecificationJsonLd,
  type OrganizationContactJsonLd,
} from './jsonLd'
