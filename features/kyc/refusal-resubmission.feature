@kyc
Feature: A refused KYC is fixed and submitted again
  Seed §2.7: "If the webhook received is a MP_KYC_REFUSED, you have to ask to the seller to make
  changes": a refused document is REFUSED with a kycReviewComment (§2.7.1), a refused contact or
  seller is INCOMPLETE with a kycReviewComment (§2.7.2, §2.7.3), which may also ask for missing
  effective beneficiaries. Seed §2.8: "After the requested change are made [...] a new request
  /_assess-kyc should be called. Then, the different status are again in PENDING_VALIDATION and any
  change is again blocked". Seed §2.6.1: "As soon as you request a new assess-kyc [...] you will
  again receive a MP_KYC_IN_PROGRESS webhook", and MP_IBAN_AVAILABLE_FOR_PAYMENT "is sent only once".

  @WHK-ONBOARDING-SEQUENCE @WHK-LIFECYCLE-ORDER @WHK-CREATED-AT-MONOTONIC @IBAN-WEBHOOK-ONCE @RES-IN-PROGRESS-AGAIN @RES-NO-NEW-TRANSFER @RES-PENDING-AGAIN @RES-VALIDATED-REVIEWED-AGAIN @variant:resubmission-reviews-everything @REV-DECISION @RFS-CONTACT-DOCUMENT-REFUSED @RFS-CONTACT-INCOMPLETE @needs-simulation @needs-webhooks
  Scenario: Refused, fixed, resubmitted and validated, with the exact webhook sequence
    Given a French seller ready for its KYC assessment
    When the marketplace asks for the seller's KYC assessment
    Then the seller has a valid virtual IBAN of type VIRTUAL_IBAN for its 1 € transfer
    When the seller's bank sends its 1 € transfer
    And the KYC operator refuses the seller's KYC:
      | part                                     | comment                                     |
      | the legal representative                 | The birth date does not match the ID card   |
      | the legal representative's IDENTITY_CARD | The scan of the ID card is unreadable        |
    Then an MP_KYC_REFUSED webhook arrives for that seller
    And the legal representative's data is INCOMPLETE with the comment "The birth date does not match the ID card"
    And the legal representative's IDENTITY_CARD is REFUSED with the comment "The scan of the ID card is unreadable"
    When the marketplace changes the legal representative's birthDate to "1984-06-16"
    And the legal representative uploads a new IDENTITY_CARD
    And the marketplace asks for the seller's KYC assessment
    Then the KYC assessment is accepted
    And the seller's data is PENDING_VALIDATION
    And the seller's virtual IBAN is unchanged
    When the KYC operator validates the seller's KYC
    Then the webhooks for that seller arrive in this order:
      | MP_IBAN_AVAILABLE_FOR_PAYMENT |
      | MP_KYC_IN_PROGRESS            |
      | MP_KYC_REFUSED                |
      | MP_KYC_IN_PROGRESS            |
      | MP_KYC_VALIDATED              |
    And an MP_IBAN_AVAILABLE_FOR_PAYMENT webhook arrives for that seller exactly once
    And the webhooks for that seller were created in chronological order
    And the seller's data is VALIDATED

  @WHK-ONBOARDING-SEQUENCE @WHK-LIFECYCLE-ORDER @WHK-CREATED-AT-MONOTONIC @IBAN-WEBHOOK-ONCE @RES-IN-PROGRESS-AGAIN @RES-NO-NEW-TRANSFER @RES-PENDING-AGAIN @RES-VALIDATED-REVIEWED-AGAIN @variant:resubmission-keeps-validated @RFS-ACCEPTED-PARTS-VALIDATED @variant:accepted-parts-validated @REV-DECISION @RFS-CONTACT-DOCUMENT-REFUSED @RFS-CONTACT-INCOMPLETE @needs-simulation @needs-webhooks
  Scenario: Refused, fixed and resubmitted: only what was refused is reviewed again, with the exact webhook sequence
    Given a French seller ready for its KYC assessment
    When the marketplace asks for the seller's KYC assessment
    Then the seller has a valid virtual IBAN of type VIRTUAL_IBAN for its 1 € transfer
    When the seller's bank sends its 1 € transfer
    And the KYC operator refuses the seller's KYC:
      | part                                     | comment                                     |
      | the legal representative                 | The birth date does not match the ID card   |
      | the legal representative's IDENTITY_CARD | The scan of the ID card is unreadable        |
    Then an MP_KYC_REFUSED webhook arrives for that seller
    And the legal representative's data is INCOMPLETE with the comment "The birth date does not match the ID card"
    And the legal representative's IDENTITY_CARD is REFUSED with the comment "The scan of the ID card is unreadable"
    When the marketplace changes the legal representative's birthDate to "1984-06-16"
    And the legal representative uploads a new IDENTITY_CARD
    And the marketplace asks for the seller's KYC assessment
    Then the KYC assessment is accepted
    And the legal representative's data is PENDING_VALIDATION
    And the seller's data is VALIDATED
    And the seller's virtual IBAN is unchanged
    When the KYC operator validates the seller's KYC
    Then the webhooks for that seller arrive in this order:
      | MP_IBAN_AVAILABLE_FOR_PAYMENT |
      | MP_KYC_IN_PROGRESS            |
      | MP_KYC_REFUSED                |
      | MP_KYC_IN_PROGRESS            |
      | MP_KYC_VALIDATED              |
    And an MP_IBAN_AVAILABLE_FOR_PAYMENT webhook arrives for that seller exactly once
    And the webhooks for that seller were created in chronological order
    And the legal representative's data is VALIDATED

  @RFS-DOCUMENT-REFUSED @DOC-REFUSED-NOT-COUNTED @needs-simulation
  Scenario: A refused company registration is marked, no longer counts, and can be replaced
    Given a French seller whose KYC is in review
    When the KYC operator refuses the seller's KYC:
      | part                              | comment                                     |
      | the seller's COMPANY_REGISTRATION | The extract is older than 3 months          |
    Then the seller's COMPANY_REGISTRATION is REFUSED with the comment "The extract is older than 3 months"
    And the seller's document list is INCOMPLETE
    When the marketplace asks for the seller's KYC assessment
    Then the KYC assessment is refused
    When the seller uploads a new COMPANY_REGISTRATION
    Then the seller's document list is COMPLETE

  @RFS-CONTACT-DOCUMENT-REFUSED @DOC-REFUSED-NOT-COUNTED @needs-simulation
  Scenario: A refused identity card is marked and the contact needs a new one
    Given a French seller whose KYC is in review
    When the KYC operator refuses the seller's KYC:
      | part                                     | comment                               |
      | the legal representative's IDENTITY_CARD | The ID card has expired               |
    Then the legal representative's IDENTITY_CARD is REFUSED with the comment "The ID card has expired"
    And the legal representative's document list is INCOMPLETE
    When the marketplace asks for the seller's KYC assessment
    Then the KYC assessment is refused

  @RFS-SELLER-INCOMPLETE @RFS-REFUSED-PARTS-OPEN @needs-simulation
  Scenario: Refused seller data is INCOMPLETE with the reason, and can be changed again
    Given a French seller whose KYC is in review
    When the KYC operator refuses the seller's KYC:
      | part              | comment                                            |
      | the seller's data | The legal form does not match the registration     |
    Then the seller's data is INCOMPLETE with the comment "The legal form does not match the registration"
    When the marketplace changes the seller's legalFormAcronym to "SARL"
    Then the seller is updated
    And the seller's legalFormAcronym is "SARL"

  @RFS-CONTACT-INCOMPLETE @RFS-REFUSED-PARTS-OPEN @needs-simulation
  Scenario: A refused contact is INCOMPLETE with the reason, and can be changed again
    Given a French seller whose KYC is in review
    When the KYC operator refuses the seller's KYC:
      | part                     | comment                                     |
      | the legal representative | The tax payer id does not match the country |
    Then the legal representative's data is INCOMPLETE with the comment "The tax payer id does not match the country"
    When the marketplace changes the legal representative's taxResidenceTaxPayerId to "3023456789013"
    Then the contact is updated

  @RFS-MISSING-BENEFICIARY @RFS-REFUSED-PARTS-OPEN @needs-simulation
  Scenario: A refusal asking for a missing beneficiary lets the marketplace add it
    Given a French seller whose KYC is in review
    When the KYC operator refuses the seller's KYC:
      | part              | comment                                                  |
      | the seller's data | A shareholder owning 40 % is missing from the contacts   |
    Then the seller's data is INCOMPLETE with the comment "A shareholder owning 40 % is missing from the contacts"
    When the marketplace adds a complete contact "Lucas" owning 40 % to the seller
    Then the contact is created with its contactId
    When the contact "Lucas" uploads a PASSPORT
    Then the document is registered with its documentId

  @RFS-ACCEPTED-PARTS-VALIDATED @variant:accepted-parts-validated @needs-simulation
  Scenario: What the review did not refuse stays VALIDATED
    Given a French seller whose KYC is in review
    When the KYC operator refuses the seller's KYC:
      | part                              | comment                            |
      | the seller's COMPANY_REGISTRATION | The extract is older than 3 months |
    Then the statuses of the seller are:
      | what                                     | status    |
      | the seller's data                        | VALIDATED |
      | the legal representative's data          | VALIDATED |
      | the legal representative's document list | VALIDATED |
      | the legal representative's IDENTITY_CARD | VALIDATED |

  @RFS-ACCEPTED-PARTS-VALIDATED @variant:accepted-parts-reopened @needs-simulation
  Scenario: What the review did not refuse is reopened with the rest
    Given a French seller whose KYC is in review
    When the KYC operator refuses the seller's KYC:
      | part                              | comment                            |
      | the seller's COMPANY_REGISTRATION | The extract is older than 3 months |
    Then the statuses of the seller are:
      | what                                     | status     |
      | the seller's data                        | COMPLETE   |
      | the legal representative's data          | COMPLETE   |
      | the legal representative's document list | COMPLETE   |
      | the legal representative's IDENTITY_CARD | REGISTERED |

  @RES-PENDING-AGAIN @RES-VALIDATED-REVIEWED-AGAIN @variant:resubmission-reviews-everything @LCK-LOCK-AGAIN-ON-RESUBMIT @RES-NO-NEW-TRANSFER @needs-simulation
  Scenario: A resubmitted KYC is pending and locked again, and reviewed without a new 1 €
    Given a French seller whose KYC is in review
    And the KYC operator refused the seller's data because "The legal form does not match the registration"
    And the marketplace changed the seller's legalFormAcronym to "SARL"
    When the marketplace asks for the seller's KYC assessment
    Then the KYC assessment is accepted
    And the statuses of the seller are:
      | what                                     | status             |
      | the seller's data                        | PENDING_VALIDATION |
      | the seller's document list               | PENDING_VALIDATION |
      | the seller's COMPANY_REGISTRATION        | PENDING_VALIDATION |
      | the legal representative's data          | PENDING_VALIDATION |
      | the legal representative's IDENTITY_CARD | PENDING_VALIDATION |
    When the marketplace changes the seller's email to "changed@seller.example"
    Then the request is refused as a conflict with error kycReviewInProgress
    When the KYC operator validates the seller's KYC
    Then the seller's data is VALIDATED

  @RES-PENDING-AGAIN @RES-VALIDATED-REVIEWED-AGAIN @variant:resubmission-keeps-validated @RFS-ACCEPTED-PARTS-VALIDATED @variant:accepted-parts-validated @LCK-LOCK-AGAIN-ON-RESUBMIT @RES-NO-NEW-TRANSFER @needs-simulation
  Scenario: A resubmitted KYC reviews the fixed data again, keeps what was validated, and is locked again
    Given a French seller whose KYC is in review
    And the KYC operator refused the seller's data because "The legal form does not match the registration"
    And the marketplace changed the seller's legalFormAcronym to "SARL"
    When the marketplace asks for the seller's KYC assessment
    Then the KYC assessment is accepted
    And the statuses of the seller are:
      | what                                     | status             |
      | the seller's data                        | PENDING_VALIDATION |
      | the seller's document list               | VALIDATED          |
      | the seller's COMPANY_REGISTRATION        | VALIDATED          |
      | the legal representative's data          | VALIDATED          |
      | the legal representative's IDENTITY_CARD | VALIDATED          |
    When the marketplace changes the seller's email to "changed@seller.example"
    Then the request is refused as a conflict with error kycReviewInProgress
    When the KYC operator validates the seller's KYC
    Then the seller's data is VALIDATED
