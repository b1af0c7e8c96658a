@smoke
Feature: The kit's runtime, end to end
  A few scenarios written only with the generic HTTP and webhook steps: they prove that the kit
  reaches a target, authenticates, checks every answer against the contract, reads the profile,
  and receives signed webhooks. The domain scenarios live in the other folders.

  @ONB-UPSERT-PARTIAL @ONB-CREATE-201-UPDATE-200 @ONB-GET-RETURNS-ALL
  Scenario: A seller upserted with partial data reads back with everything it was given
    Given a new id remembered as "seller"
    When I send a PUT request to "/sellers/${seller}"
      """
      { "legalEntityName": "Atelier Lumière SAS", "address": { "cityName": "Lyon", "countryCode": "FR" } }
      """
    Then the answer status is the profile's "created" status
    And I remember the answer body at "/sellerId" as "sellerId"
    When I send a PUT request to "/sellers/${seller}"
      """
      { "email": "compta@atelier-lumiere.example" }
      """
    Then the answer status is the profile's "upserted" status
    When I send a GET request to "/sellers/${seller}"
    Then the answer status is the profile's "read" status
    And the answer body at "/legalEntityName" is "Atelier Lumière SAS"
    And the answer body at "/email" is "compta@atelier-lumiere.example"
    And the answer body at "/sellerId" is "${sellerId}"
    And the answer body has no "fileContent"

  @SEC-NO-TOKEN-401 @stateless
  Scenario: A request without a token is refused with the profile's status
    Given a new id remembered as "seller"
    When I send a GET request to "/sellers/${seller}" as an anonymous caller
    Then the answer status is the profile's "unauthenticated" status

  @SEC-BAD-TOKEN-401 @ERR-NOT-JSON-400
  Scenario: A forged token is refused, and a body that is not JSON is a malformed body
    Given a new id remembered as "seller"
    When I send a GET request to "/sellers/${seller}" as a caller with a forged token
    Then the answer status is the profile's "unauthenticated" status
    When I send a PUT request to "/sellers/${seller}"
      """
      this is not JSON
      """
    Then the answer status is the profile's "malformedBody" status
    And the answer error code is "malformedBody"

  @IBAN-WEBHOOK-ONCE @REV-NO-IN-PROGRESS-BEFORE-TRANSFER @WHK-SIGNATURE @needs-webhooks
  Scenario: An accepted KYC assessment is announced by one signed webhook
    Given a new id remembered as "seller"
    When I send a PUT request to "/sellers/${seller}"
      """
      {
        "legalEntityName": "Atelier Lumière SAS", "email": "compliance@seller.example", "phoneNumber": "+33142685300",
        "address": { "streetNumber": "12", "streetName": "Rue de la Paix", "zipCode": "75002", "cityName": "Paris", "countryCode": "FR" },
        "legalFormAcronym": "SAS", "legalEntityCapitalizationAmount": 10000, "legalEntityCapitalizationCurrency": "EUR",
        "businessActivity": { "typeCode": "NAF", "code": "47.78C" },
        "externalRegistrations": [
          { "code": "VAT", "value": "FR19812345676", "date": "2019-03-04" },
          { "code": "SIRET", "value": "81234567600017", "date": "2019-03-04" }
        ],
        "legalNumberOfEmployeeRange": "10-19", "legalNetIncomeRange": "50K-100K", "legalAnnualTurnover": "1M-2M",
        "bankingInformation": { "accountName": "Atelier Lumière SAS", "iban": "FR7630006000011234567890189", "bic": "AGRIFRPPXXX", "currency": "EUR" }
      }
      """
    Then the answer status is the profile's "created" status
    When I send a POST request to "/sellers/${seller}/contacts"
      """
      {
        "firstName": "Camille", "lastName": "Martin", "email": "camille.martin@seller.example", "phoneNumber": "+33612345678",
        "involvement": { "type": "LEGAL_REPRESENTATIVE", "startDateTime": "2019-03-04T00:00:00Z" },
        "occupationType": "EXECUTIVE", "personalAssets": "100K-500K",
        "address": { "streetNumber": "3", "streetName": "Rue Oberkampf", "zipCode": "75011", "cityName": "Paris", "countryCode": "FR" },
        "effectiveBeneficiary": 100, "commonTitle": "MRS", "birthDate": "1984-06-15", "birthCityName": "Lyon", "birthCountryCode": "FR",
        "nationality": "FR", "incomeRange": "5K-10K", "taxResidenceCountryCode": "FR", "taxResidenceTaxPayerId": "3023456789012"
      }
      """
    Then the answer status is the profile's "created" status
    And I remember the answer body at "/contactId" as "contact"
    When I send a POST request to "/sellers/${seller}/documents"
      """
      { "name": "kbis.pdf", "type": "COMPANY_REGISTRATION", "fileContent": "JVBERi0xLjQKJSVFT0YK" }
      """
    Then the answer status is the profile's "created" status
    When I send a POST request to "/sellers/${seller}/contacts/${contact}/documents"
      """
      { "name": "identity-card.pdf", "type": "IDENTITY_CARD", "fileContent": "JVBERi0xLjQKJSVFT0YK" }
      """
    Then the answer status is the profile's "created" status
    When I send a POST request to "/sellers/${seller}/_assess-kyc"
    Then the answer status is the profile's "kycAccepted" status
    And the answer body has no "fileContent"
    And a "MP_IBAN_AVAILABLE_FOR_PAYMENT" webhook arrives for "seller" exactly once
    And no "MP_KYC_IN_PROGRESS" webhook has arrived for "seller"
