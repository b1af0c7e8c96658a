@onboarding
Feature: Onboarding a seller in as many calls as it takes
  Seed §2 and §2.2: the onboarding endpoints "are designed to support the onboarding in
  multiple-times without having to save any sensitive data on your side", and "your seller will be
  able to fill requested informations in multiple times without loosing any data". The marketplace
  names the seller with its own merchantSellerId; MS assigns a sellerId used after onboarding.

  @ONB-UPSERT-PARTIAL @ONB-CREATE-201-UPDATE-200 @ONB-PUT-RETURNS-SELLER-VIEW @variant:put-answers-seller-view @ONB-SELLER-ID-ASSIGNED
  Scenario: A first save with part of the data creates the seller
    When the marketplace saves a new seller with:
      """json
      {
        "legalEntityName": "Boutique Mistral SARL",
        "address": { "streetName": "Cours Julien", "cityName": "Marseille", "countryCode": "FR" }
      }
      """
    Then the seller is created
    And the answer is the whole seller view with a sellerId and its statuses
    And the seller's data is INCOMPLETE
    And the seller's missing data lists address.streetNumber, address.zipCode, email, externalRegistrations.SIRET

  @ONB-UPSERT-PARTIAL @ONB-NO-DATA-LOST @ONB-CREATE-201-UPDATE-200 @ONB-MERCHANT-SELLER-ID-UNIQUE @ONB-SELLER-ID-ASSIGNED
  Scenario: Completing a seller in a later call keeps what was sent before
    Given the marketplace saved a new seller with:
      """json
      {
        "legalEntityName": "Boutique Mistral SARL",
        "address": { "streetName": "Cours Julien", "cityName": "Marseille", "countryCode": "FR" }
      }
      """
    When the marketplace saves the seller with:
      """json
      { "email": "contact@boutique-mistral.example", "address": { "zipCode": "13006", "streetNumber": "41" } }
      """
    Then the seller is updated
    And the seller keeps the same sellerId
    And the seller's legalEntityName is "Boutique Mistral SARL"
    And the seller's address.streetName is "Cours Julien"
    And the seller's address.cityName is "Marseille"
    And the seller's address.zipCode is "13006"
    And the seller's email is "contact@boutique-mistral.example"
    And the seller's missing data does not list email, address.zipCode, address.streetNumber, legalEntityName

  @ONB-NO-DATA-LOST @ONB-MERCHANT-SELLER-ID-UNIQUE
  Scenario: Saving the same merchantSellerId again updates the one seller
    Given a French seller with every mandatory field
    When the marketplace saves the seller with:
      """json
      { "phoneNumber": "+33491000000" }
      """
    Then the seller is updated
    And the seller keeps the same sellerId
    And the seller's phoneNumber is "+33491000000"
    And the seller's legalEntityName is "Atelier Lumière SAS"
    And the seller's bankingInformation.iban is "FR7630006000011234567890189"
    And the seller's data is COMPLETE

  @ONB-GET-RETURNS-ALL @CON-ADD @DOC-METADATA-LISTED @DOC-NEVER-RETURNED
  Scenario: Reading the seller gives back everything provided, except document contents
    Given a French seller ready for its KYC assessment
    When the marketplace reads the seller
    Then the answer carries no document content
    And the seller's legalEntityName is "Atelier Lumière SAS"
    And the seller's externalRegistrations.SIRET.value is "81234567600017"
    And the seller's COMPANY_REGISTRATION is listed with its documentId, name, type and status
    And the legal representative is in the seller view
    And the legal representative's lastName is "Martin"
    And the legal representative's IDENTITY_CARD is listed with its documentId, name, type and status

  @ONB-MISSING-DATA-LIST @STA-DATA-COMPLETE
  Scenario: A seller with every mandatory field has nothing missing
    Given a French seller with every mandatory field
    Then the seller's missing data is empty
    And the seller's data is COMPLETE
