@onboarding
Feature: The seller's contacts
  Seed §2.3.2: "After the seller creation, the marketplace must add all the contacts required.
  Contacts to be added are all the direct and indirect owner of the seller. Contacts are only
  physical person." They are added, patched and deleted under /sellers/{merchantSellerId}/contacts
  (seed §2.1). effectiveBeneficiary is the percentage owned: "sum of contact.effectiveBeneficiary
  can be < 100%" (seed §2.3.2) but never above (interface §3).

  @CON-ADD
  Scenario: A contact is added and appears in the seller view
    Given a French seller with every mandatory field
    When the marketplace adds a complete contact "Camille" to the seller
    Then the contact is created with its contactId
    And the contact "Camille" is in the seller view
    And the contact "Camille"'s firstName is "Camille"

  @CON-PATCH
  Scenario: Patching a contact changes what is sent and keeps the rest
    Given a French seller with every mandatory field
    And the seller has a complete contact "Camille"
    When the marketplace changes the contact "Camille" with:
      """json
      { "lastName": "Martin-Durand", "address": { "zipCode": "75012" } }
      """
    Then the contact is updated
    And the contact "Camille"'s lastName is "Martin-Durand"
    And the contact "Camille"'s address.zipCode is "75012"
    And the contact "Camille"'s address.streetName is "Rue Oberkampf"
    And the contact "Camille"'s birthCityName is "Lyon"
    And the contact "Camille"'s data is COMPLETE

  @CON-DELETE @DOC-DELETE
  Scenario: Deleting a contact removes it and its documents from the seller view
    Given a French seller ready for its KYC assessment
    When the marketplace deletes the legal representative
    Then the contact is deleted
    And the legal representative is no longer in the seller view
    And the seller view lists no IDENTITY_CARD

  @CON-OWN-STATUS @variant:contact-own-missing-data
  Scenario: Each contact has its own statuses and missing data
    Given a French seller with every mandatory field
    And the seller has a complete contact "Camille"
    And the seller has a contact "Lucas" with every mandatory field except its birthDate
    And the contact "Camille" uploads a PASSPORT
    Then the contact "Camille"'s data is COMPLETE
    And the contact "Camille"'s document list is COMPLETE
    And the contact "Camille"'s missing data is empty
    And the contact "Lucas"'s data is INCOMPLETE
    And the contact "Lucas"'s document list is INCOMPLETE
    And the contact "Lucas"'s missing data lists only birthDate
    And the seller's data is COMPLETE

  @CON-EB-RANGE
  Scenario Outline: An effectiveBeneficiary of <share> is not a percentage
    Given a French seller with every mandatory field
    When the marketplace adds a complete contact "Camille" owning <share> % to the seller
    Then the request is refused as unprocessable naming the field effectiveBeneficiary
    And the seller has no contact

    Examples:
      | share |
      | -1    |
      | 100.5 |

  @CON-EB-SUM-MAX-100
  Scenario: Contacts cannot own more than 100 % together
    Given a French seller with every mandatory field
    And the seller has a complete contact "Camille" owning 60 %
    When the marketplace adds a complete contact "Lucas" owning 41 % to the seller
    Then the request is refused as unprocessable
    And the contact "Camille" is the seller's only contact

  @CON-EB-SUM-MAX-100
  Scenario: Patching a contact above the 100 % ceiling is refused and changes nothing
    Given a French seller with every mandatory field
    And the seller has a complete contact "Camille" owning 60 %
    And the seller has a complete contact "Lucas" owning 40 %
    When the marketplace changes the contact "Lucas" with:
      """json
      { "effectiveBeneficiary": 45 }
      """
    Then the request is refused as unprocessable
    And the contact "Lucas"'s effectiveBeneficiary is "40"

  @CON-EB-SUM-BELOW-100 @CON-EB-SUM-MAX-100
  Scenario: Contacts owning exactly 100 % together are accepted
    Given a French seller with every mandatory field
    And the seller has a complete contact "Camille" owning 60 %
    When the marketplace adds a complete contact "Lucas" owning 40 % to the seller
    Then the contact is created with its contactId

  @CON-EB-SUM-BELOW-100
  Scenario: A seller whose contacts own less than 100 % can be assessed
    Given a French seller with every mandatory field
    And the seller uploads a COMPANY_REGISTRATION
    And the seller has a complete contact "Camille" owning 30 %
    And the contact "Camille" uploads an IDENTITY_CARD
    When the marketplace asks for the seller's KYC assessment
    Then the KYC assessment is accepted
