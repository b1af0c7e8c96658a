@kyc
Feature: The seller is locked while its KYC is reviewed
  Seed §2.4: "Then, the endpoints are locked until the KYC review is done." Seed §2.6 (sequence
  diagram): "As soon as the endpoint is called, the seller and all attached contacts and documents
  are no more updatable." Reads keep working (seed §2.2: "At any time [...] you can retreive all
  informations"). Interface §3: every change is 409 KYC_REVIEW_IN_PROGRESS, for that seller only.

  @LCK-REVIEW-LOCK @LCK-ERROR-CODE
  Scenario Outline: A seller <stage> cannot be changed
    Given a French seller <stage>
    When the marketplace saves the seller with:
      """json
      { "legalEntityName": "Renamed During Review SAS", "email": "changed@seller.example" }
      """
    Then the request is refused as a conflict with error kycReviewInProgress
    And the seller's legalEntityName is "Atelier Lumière SAS"
    And the seller's email is "compliance@seller.example"

    @LCK-FROM-ASSESS-CALL
    Examples: from the assessment call, before the 1 €
      | stage                        |
      | waiting for its 1 € transfer |

    @needs-simulation
    Examples: once the 1 € has arrived
      | stage                  |
      | whose KYC is in review |

  @LCK-CONTACTS-LOCKED @LCK-ERROR-CODE
  Scenario Outline: During the review, <change> is refused
    Given a French seller waiting for its 1 € transfer
    When the marketplace <change>
    Then the request is refused as a conflict with error kycReviewInProgress
    And the legal representative is the seller's only contact
    And the legal representative's lastName is "Martin"

    Examples:
      | change                                                  |
      | adds a complete contact "Lucas" to the seller           |
      | changes the legal representative's lastName to "Durand" |
      | deletes the legal representative                        |

  @LCK-DOCUMENTS-LOCKED @LCK-ERROR-CODE
  Scenario Outline: During the review, <change> is refused
    Given a French seller waiting for its 1 € transfer
    When <change>
    Then the request is refused as a conflict with error kycReviewInProgress
    And the seller view lists exactly these documents:
      | party                    | type                 |
      | the seller               | COMPANY_REGISTRATION |
      | the legal representative | IDENTITY_CARD        |

    Examples:
      | change                                                          |
      | the seller uploads a FISCAL_STATEMENT                           |
      | the marketplace deletes the legal representative's IDENTITY_CARD |

  @LCK-READS-ALLOWED
  Scenario: The seller can be read during the review
    Given a French seller waiting for its 1 € transfer
    When the marketplace reads the seller
    Then the seller is read
    And the seller's data is PENDING_VALIDATION

  @LCK-OTHER-SELLERS-FREE
  Scenario: Another seller of the marketplace can still be changed
    Given a French seller "Atelier" waiting for its 1 € transfer
    And a German seller "Holzwerk" with every mandatory field
    When the marketplace saves the seller "Holzwerk" with:
      """json
      { "phoneNumber": "+493099999999" }
      """
    Then the seller is updated
    And the seller's phoneNumber is "+493099999999"
