@kyc
Feature: Launching the KYC review
  Seed §2.4: "Once you have filled all the required fields, added all contacts (at least one) [...]
  and added at least one document for the company and one per contact, you are able to call the
  /_assess-kyc endpoint. This request succeed only when sellers and contacts status are COMPLETE or
  VALIDATED." Seed §2.1: it starts "the KYC of a specific seller and all the KYC of the contacts
  attached to this seller". Interface §3: accepted with 202, otherwise 422 listing what blocks it,
  and 409 while a review is already pending.

  @KYC-ASSESS-PRECONDITIONS @KYC-ASSESS-202 @KYC-ASSESS-COVERS-CONTACTS @STA-PENDING-AFTER-ASSESS
  Scenario: A complete seller with a complete contact and their documents is put under review
    Given a French seller ready for its KYC assessment
    When the marketplace asks for the seller's KYC assessment
    Then the KYC assessment is accepted
    And the statuses of the seller are:
      | what                                     | status             |
      | the seller's data                        | PENDING_VALIDATION |
      | the seller's document list               | PENDING_VALIDATION |
      | the seller's COMPANY_REGISTRATION        | PENDING_VALIDATION |
      | the legal representative's data          | PENDING_VALIDATION |
      | the legal representative's document list | PENDING_VALIDATION |
      | the legal representative's IDENTITY_CARD | PENDING_VALIDATION |

  @KYC-ASSESS-PRECONDITIONS
  Scenario Outline: A seller missing <party>'s <field> cannot be assessed, and nothing changes
    Given a French seller ready for its KYC assessment except <party>'s <field>
    When the marketplace asks for the seller's KYC assessment
    Then the KYC assessment is refused
    And the seller reads exactly as before that request

    Examples:
      | party                    | field     |
      | the seller               | email     |
      | the legal representative | birthDate |

  @KYC-ASSESS-DOCUMENTS
  Scenario Outline: A seller or contact without its minimum document cannot be assessed
    Given a French seller ready for its KYC assessment
    And the marketplace deleted <party>'s <type>
    When the marketplace asks for the seller's KYC assessment
    Then the KYC assessment is refused
    And the seller is still not under review

    Examples:
      | party                    | type                 |
      | the seller               | COMPANY_REGISTRATION |
      | the legal representative | IDENTITY_CARD        |

  @CON-AT-LEAST-ONE @KYC-ASSESS-422-BLOCKERS
  Scenario: A seller without any contact cannot be assessed
    Given a French seller with every mandatory field
    And the seller uploads a COMPANY_REGISTRATION
    When the marketplace asks for the seller's KYC assessment
    Then the KYC assessment is refused, blocked by contacts
    And the seller is still not under review

  @KYC-ASSESS-422-BLOCKERS
  Scenario: A refused assessment lists every blocker at once
    Given a French seller with every mandatory field except its phoneNumber
    When the marketplace asks for the seller's KYC assessment
    Then the KYC assessment is refused, blocked by phoneNumber, documents, contacts

  @KYC-ASSESS-422-BLOCKERS
  Scenario: A refused assessment names the contact that blocks it
    Given a French seller ready for its KYC assessment except the legal representative's birthDate
    When the marketplace asks for the seller's KYC assessment
    Then the KYC assessment is refused, blocked by the legal representative

  @KYC-ASSESS-TWICE-409 @IBAN-WEBHOOK-ONCE @needs-simulation @needs-webhooks
  Scenario: A second assessment during the review is a conflict and changes nothing
    Given a French seller waiting for its 1 € transfer
    And an MP_IBAN_AVAILABLE_FOR_PAYMENT webhook has arrived for that seller
    When the marketplace asks for the seller's KYC assessment
    Then the request is refused as a conflict with error kycReviewInProgress
    And the seller reads exactly as before that request
    And the seller's virtual IBAN is unchanged
    And an MP_IBAN_AVAILABLE_FOR_PAYMENT webhook arrives for that seller exactly once
