// What the back-office sends, as it would for a real seller: the example values of the pact. They
// are the consumer's own (not the kit's scenario data), so that the committed pact only changes when
// the back-office's needs do. Values are valid where the API checks them (SIRET, IBAN, base64).

export const exampleIds = {
  merchantSellerId: 'seller-0001',
  sellerId: 'sel-0001',
  contactId: 'con-0001',
  sellerDocumentId: 'doc-0001',
  contactDocumentId: 'doc-0002',
  externalOrderId: 'order-0001',
  orderId: 'ord-0001',
  externalTransactionId: 'payment-0001',
  transactionId: 'trx-0001',
  externalTransferId: 'transfer-0001',
  transferId: 'trf-0001',
  payoutMerchantId: 'pym-0001',
  payoutSellerId: 'pys-0001',
  payoutSellerAmountId: 'psa-0001',
} as const;

export type ExampleIdName = keyof typeof exampleIds;

const address = { streetNumber: '18', streetName: 'Rue des Archives', zipCode: '75004', cityName: 'Paris', countryCode: 'FR' };

/** The first save of the seller form: the company's name and address only. */
export const partialSeller = {
  legalEntityName: 'Maison Exemple SAS',
  address,
};

/** Everything seed §2.3.1 asks of a French company. */
export const completeSeller = {
  ...partialSeller,
  email: 'finance@maison-exemple.example',
  phoneNumber: '+33145678900',
  legalFormAcronym: 'SAS',
  legalEntityCapitalizationAmount: 15000,
  legalEntityCapitalizationCurrency: 'EUR',
  businessActivity: { typeCode: 'NAF', code: '47.78C' },
  externalRegistrations: [
    { code: 'VAT', value: 'FR19812345676', date: '2019-03-04' },
    { code: 'SIRET', value: '81234567600017', date: '2019-03-04' },
  ],
  legalNumberOfEmployeeRange: '10-19',
  legalNetIncomeRange: '50K-100K',
  legalAnnualTurnover: '1M-2M',
  bankingInformation: { accountName: 'Maison Exemple SAS', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPPXXX', currency: 'EUR' },
};

/** The legal representative, an effective beneficiary (seed §2.3.2). */
export const legalRepresentative = {
  firstName: 'Claire',
  lastName: 'Dumas',
  email: 'claire.dumas@maison-exemple.example',
  phoneNumber: '+33611223344',
  involvement: { type: 'LEGAL_REPRESENTATIVE', startDateTime: '2019-03-04T00:00:00Z' },
  occupationType: 'EXECUTIVE',
  personalAssets: '100K-500K',
  address: { streetNumber: '5', streetName: 'Rue de Bretagne', zipCode: '75003', cityName: 'Paris', countryCode: 'FR' },
  effectiveBeneficiary: 55,
  commonTitle: 'MRS',
  birthDate: '1981-09-12',
  birthCityName: 'Nantes',
  birthCountryCode: 'FR',
  nationality: 'FR',
  incomeRange: '5K-10K',
  taxResidenceCountryCode: 'FR',
  taxResidenceTaxPayerId: '1234567890123',
};

export const contactChange = { phoneNumber: '+33699887766' };

/** A tiny but real PDF, base64-encoded: the content is sent once and never read back (seed §2.3.3). */
const pdfContent = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n').toString('base64');

export const companyRegistration = { name: 'kbis.pdf', type: 'COMPANY_REGISTRATION', fileContent: pdfContent };
export const identityCard = { name: 'identity-card.pdf', type: 'IDENTITY_CARD', fileContent: pdfContent };

export const order = { amount: 120.5, currency: 'EUR', externalCustomerId: 'customer-0001' };
