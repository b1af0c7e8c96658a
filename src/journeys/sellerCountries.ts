// Countries as scenarios name them ("a French seller"), to ISO 3166-1 alpha-2 codes.
export const countryByAdjective: Record<string, string> = {
  French: 'FR',
  German: 'DE',
  Spanish: 'ES',
  Italian: 'IT',
  Belgian: 'BE',
};
