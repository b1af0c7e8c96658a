@onboarding
Feature: Documents proving the company and its contacts
  Seed §2.3.3: "It is mandatory to upload at least one document per seller and one document per
  contact to launch the KYC review process." "A document cannot be updated but only added or
  deleted. A document is never given back. A document has restricted extensions and size." "For the
  Seller, minimum mandatory is the COMPANY_REGISTRATION proof. For a contact, minimum mandatory is
  the IDENTITY_CARD or the PASSPORT." Interface §3 fixes the extensions (.pdf, .jpg, .jpeg, .png),
  the 10 MiB limit (413) and base64 content; a new document is REGISTERED.

  @DOC-ADD @DOC-NEW-REGISTERED @DOC-CONTACT-PATH @DOC-METADATA-LISTED @DOC-NEVER-RETURNED @STA-THREE-STATUSES
  Scenario: Documents are added to the seller and to a contact
    Given a French seller with every mandatory field
    And the seller has a complete contact "Camille"
    When the seller uploads a COMPANY_REGISTRATION
    Then the document is registered with its documentId
    And the answer carries no document content
    When the contact "Camille" uploads a PASSPORT
    Then the document is registered with its documentId
    And the seller's COMPANY_REGISTRATION is REGISTERED
    And the contact "Camille"'s PASSPORT is REGISTERED
    And the contact "Camille"'s PASSPORT is listed with its documentId, name, type and status

  @DOC-DELETE
  Scenario Outline: Deleting <party>'s only minimum document empties its document list again
    Given a French seller ready for its KYC assessment
    When the marketplace deletes <party>'s <type>
    Then the document is deleted
    And the seller view lists no <type>
    And <party>'s document list is INCOMPLETE

    Examples:
      | party                    | type                 |
      | the seller               | COMPANY_REGISTRATION |
      | the legal representative | IDENTITY_CARD        |

  @DOC-NO-UPDATE
  Scenario Outline: A document cannot be updated with <method>
    Given a French seller ready for its KYC assessment
    When the marketplace sends <method> on the seller's COMPANY_REGISTRATION
    Then the request is refused as method not allowed
    And the seller's COMPANY_REGISTRATION is REGISTERED

    Examples:
      | method |
      | PATCH  |

  @DOC-EXTENSION-RESTRICTED @ERR-422-NAMES-FIELD
  Scenario Outline: A document named "<name>" is refused
    Given a French seller with every mandatory field
    When the seller uploads a COMPANY_REGISTRATION named "<name>"
    Then the request is refused as unprocessable naming the field name
    And the seller view lists no COMPANY_REGISTRATION

    Examples:
      | name          |
      | kbis.exe      |
      | kbis          |

  Scenario Outline: A document named "<name>" is accepted
    Given a French seller with every mandatory field
    When the seller uploads a COMPANY_REGISTRATION named "<name>"
    Then the document is registered with its documentId

    @DOC-EXTENSION-LIST @variant:extensions-any-case
    Examples: in any letter case
      | name        |
      | kbis.JPG    |
      | kbis.jpeg   |
      | scan.Png    |

    @DOC-EXTENSION-LIST @variant:extensions-lower-case
    Examples: in lower case
      | name        |
      | kbis.jpeg   |
      | scan.png    |

  @DOC-EXTENSION-LIST @variant:extensions-lower-case
  Scenario: An extension in capitals is refused where only lower case is accepted
    Given a French seller with every mandatory field
    When the seller uploads a COMPANY_REGISTRATION named "kbis.JPG"
    Then the request is refused as unprocessable naming the field name
    And the seller view lists no COMPANY_REGISTRATION

  @DOC-SIZE-LIMIT @DOC-SIZE-10-MIB
  Scenario: A document over 10 MiB is refused as too large and not stored
    Given a French seller with every mandatory field
    When the seller uploads a COMPANY_REGISTRATION of 10 MiB and 1 byte
    Then the request is refused as payload too large
    And the seller view lists no COMPANY_REGISTRATION

  @DOC-SIZE-10-MIB
  Scenario: A document of exactly 10 MiB is accepted
    Given a French seller with every mandatory field
    When the seller uploads a COMPANY_REGISTRATION of 10 MiB
    Then the document is registered with its documentId

  @DOC-BASE64
  Scenario: A document whose content is not base64 is refused
    Given a French seller with every mandatory field
    When the seller uploads a COMPANY_REGISTRATION whose content is "this is not base64!"
    Then the request is refused as unprocessable naming the field fileContent
    And the seller view lists no COMPANY_REGISTRATION

  @DOC-TYPES
  Scenario: A document without a type is refused
    Given a French seller with every mandatory field
    When the seller uploads a document without a type
    Then the request is refused as unprocessable naming the field type

  @DOC-TYPES
  Scenario Outline: <party> with only a <type> has <status> documents
    Given a French seller with every mandatory field
    And the seller has a complete contact "Camille"
    When <party> uploads a <type>
    Then the document is registered with its documentId
    And <party>'s document list is <status>

    @DOC-SELLER-MINIMUM @STA-DOCUMENT-LIST-COMPLETE
    Examples: the seller needs its company registration
      | party      | type                    | status     |
      | the seller | COMPANY_REGISTRATION    | COMPLETE   |
      | the seller | FISCAL_STATEMENT        | INCOMPLETE |
      | the seller | BANK_DETAILS            | INCOMPLETE |

    @DOC-CONTACT-MINIMUM @STA-DOCUMENT-LIST-COMPLETE
    Examples: a contact needs an identity card or a passport
      | party                 | type             | status     |
      | the contact "Camille" | IDENTITY_CARD    | COMPLETE   |
      | the contact "Camille" | PASSPORT         | COMPLETE   |
      | the contact "Camille" | PROOF_OF_ADDRESS | INCOMPLETE |
