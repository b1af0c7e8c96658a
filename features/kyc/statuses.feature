@kyc
Feature: The three statuses of the seller and its contacts along the KYC
  Seed §2.4: "The seller (Legal entity) and each contacts (physical person) have both 3 status" —
  dataStatus and documentListStatus (COMPLETE, INCOMPLETE, PENDING_VALIDATION, VALIDATED) and each
  document's status (REGISTERED, PENDING_VALIDATION, VALIDATED, REFUSED). Seed §2.6–§2.8 move them
  along the review: PENDING_VALIDATION once assessed, VALIDATED on approval (refusal and
  resubmission are in refusal-resubmission.feature).

  @STA-THREE-STATUSES @STA-DATA-STATUS-ENUM @STA-DOCUMENT-LIST-STATUS-ENUM @STA-DOCUMENT-STATUS-ENUM @STA-LIFECYCLE
  Scenario Outline: The statuses of a seller <stage>
    Given a French seller <stage>
    Then the statuses of the seller are:
      | what                                     | status              |
      | the seller's data                        | <seller data>       |
      | the seller's document list               | <seller documents>  |
      | the seller's COMPANY_REGISTRATION        | <registration>      |
      | the legal representative's data          | <contact data>      |
      | the legal representative's document list | <contact documents> |
      | the legal representative's IDENTITY_CARD | <identity card>     |

    @STA-DATA-COMPLETE @STA-DOCUMENT-LIST-COMPLETE
    Examples: complete, not yet assessed
      | stage                        | seller data | seller documents | registration | contact data | contact documents | identity card |
      | ready for its KYC assessment | COMPLETE    | COMPLETE         | REGISTERED   | COMPLETE     | COMPLETE          | REGISTERED    |

    @STA-PENDING-AFTER-ASSESS
    Examples: assessed, before the 1 €
      | stage                        | seller data        | seller documents   | registration       | contact data       | contact documents  | identity card      |
      | waiting for its 1 € transfer | PENDING_VALIDATION | PENDING_VALIDATION | PENDING_VALIDATION | PENDING_VALIDATION | PENDING_VALIDATION | PENDING_VALIDATION |

    @STA-PENDING-AFTER-ASSESS @STA-VALIDATED-AFTER-APPROVAL @needs-simulation
    Examples: in review, then validated
      | stage                  | seller data        | seller documents   | registration       | contact data       | contact documents  | identity card      |
      | whose KYC is in review | PENDING_VALIDATION | PENDING_VALIDATION | PENDING_VALIDATION | PENDING_VALIDATION | PENDING_VALIDATION | PENDING_VALIDATION |
      | whose KYC is validated | VALIDATED          | VALIDATED          | VALIDATED          | VALIDATED          | VALIDATED          | VALIDATED          |

  @STA-THREE-STATUSES @STA-DATA-COMPLETE @STA-DOCUMENT-LIST-COMPLETE @STA-DATA-STATUS-ENUM @STA-DOCUMENT-LIST-STATUS-ENUM
  Scenario: A seller saved with part of its data, no contact and no document
    When the marketplace saves a new seller with:
      """json
      { "legalEntityName": "Boutique Mistral SARL" }
      """
    Then the statuses of the seller are:
      | what                       | status     |
      | the seller's data          | INCOMPLETE |
      | the seller's document list | INCOMPLETE |

  @STA-VALIDATED-AFTER-APPROVAL @REV-DECISION @needs-simulation @needs-webhooks
  Scenario: Approval validates the seller, its contacts and every assessed document
    Given a French seller ready for its KYC assessment
    And the seller has a complete contact "Lucas" owning 30 %
    And the contact "Lucas" uploads a PASSPORT
    And the seller's KYC is in review
    When the KYC operator validates the seller's KYC
    Then an MP_KYC_VALIDATED webhook arrives for that seller exactly once
    And the statuses of the seller are:
      | what                                     | status    |
      | the seller's data                        | VALIDATED |
      | the seller's document list               | VALIDATED |
      | the seller's COMPANY_REGISTRATION        | VALIDATED |
      | the legal representative's data          | VALIDATED |
      | the legal representative's IDENTITY_CARD | VALIDATED |
      | the contact "Lucas"'s data               | VALIDATED |
      | the contact "Lucas"'s PASSPORT           | VALIDATED |
