@kyc
Feature: The 1 € transfer that proves the seller's bank account
  Seed §2.5: "we associate for each KYC process one unique IBAN dedicated per seller. A few minutes
  after requesting KYC, a WebHook MP_IBAN_AVAILABLE_FOR_PAYMENT will be sent and the IBAN will be
  available on the seller endpoint" (identityVerification.virtualIban, type VIRTUAL_IBAN). "The KYC
  will not be analyzed (and will not be validated) until the fund transfer of 1€ is not received.
  This transfer MUST be realized from the account of the seller." Interface §3: a transfer below
  1.00, not in EUR, or before any _assess-kyc starts nothing.

  @IBAN-ASSIGNED-AFTER-ASSESS @IBAN-TYPE-VIRTUAL @IBAN-VIRTUAL-VALID
  Scenario: The first accepted assessment gives the seller a virtual IBAN
    Given a French seller ready for its KYC assessment
    When the marketplace asks for the seller's KYC assessment
    Then the seller has a valid virtual IBAN of type VIRTUAL_IBAN for its 1 € transfer

  @IBAN-NOT-BEFORE-ASSESS
  Scenario: No virtual IBAN before the first assessment
    Given a French seller ready for its KYC assessment
    Then the seller has no virtual IBAN yet

  @IBAN-UNIQUE-PER-SELLER
  Scenario: Two sellers never share a virtual IBAN
    Given a French seller "Atelier" waiting for its 1 € transfer
    And a German seller "Holzwerk" waiting for its 1 € transfer
    Then the sellers "Atelier" and "Holzwerk" have different virtual IBANs

  @IBAN-WEBHOOK-ONCE @WHK-EACH-STEP @needs-webhooks
  Scenario: The virtual IBAN is announced by a webhook, once
    Given a French seller ready for its KYC assessment
    When the marketplace asks for the seller's KYC assessment
    Then an MP_IBAN_AVAILABLE_FOR_PAYMENT webhook arrives for that seller exactly once
    And the webhook carries the seller's virtual IBAN

  @IBAN-NO-REVIEW-BEFORE-TRANSFER @REV-DECISION-ONLY-IN-REVIEW @needs-simulation
  Scenario: Without the 1 € the KYC is not reviewed
    Given a French seller waiting for its 1 € transfer
    When the KYC operator tries to validate the seller's KYC
    Then the decision is refused because no review is in progress
    And the seller's data is PENDING_VALIDATION

  @IBAN-NO-REVIEW-BEFORE-TRANSFER @needs-webhooks
  Scenario: Without the 1 € no review is announced
    Given a French seller ready for its KYC assessment
    When the marketplace asks for the seller's KYC assessment
    Then an MP_IBAN_AVAILABLE_FOR_PAYMENT webhook arrives for that seller
    And no review webhook arrives for that seller

  Scenario Outline: A transfer of <amount> <currency> <from> starts no review
    Given a French seller waiting for its 1 € transfer
    When a transfer of <amount> <currency> from <from> reaches the seller's virtual IBAN
    And the KYC operator tries to validate the seller's KYC
    Then the decision is refused because no review is in progress

    @IBAN-TRANSFER-MIN-1-EUR @variant:at-least-one-euro @needs-simulation
    Examples: less than 1 €, or not in euros
      | amount | currency | from                   |
      | 0.99   | EUR      | the seller's account   |
      | 1.00   | USD      | the seller's account   |

    @IBAN-TRANSFER-MIN-1-EUR @variant:exactly-one-euro @needs-simulation
    Examples: anything but exactly 1.00 EUR
      | amount | currency | from                   |
      | 0.99   | EUR      | the seller's account   |
      | 1.00   | USD      | the seller's account   |
      | 5.00   | EUR      | the seller's account   |

    @IBAN-TRANSFER-FROM-SELLER-ACCOUNT @variant:debtor-must-be-seller-iban @needs-simulation
    Examples: not from the seller's own account
      | amount | currency | from                   |
      | 1.00   | EUR      | another account        |

  @IBAN-TRANSFER-MIN-1-EUR @variant:at-least-one-euro @REV-IN-PROGRESS-AFTER-TRANSFER @needs-simulation @needs-webhooks
  Scenario: More than 1 € from the seller's account is enough
    Given a French seller waiting for its 1 € transfer
    When a transfer of 5.00 EUR from the seller's account reaches the seller's virtual IBAN
    Then an MP_KYC_IN_PROGRESS webhook arrives for that seller

  @IBAN-TRANSFER-FROM-SELLER-ACCOUNT @variant:debtor-not-compared @needs-simulation
  Scenario: A 1 € transfer from another account starts the review where the debtor is not compared
    Given a French seller waiting for its 1 € transfer
    When a transfer of 1.00 EUR from another account reaches the seller's virtual IBAN
    And the KYC operator validates the seller's KYC
    Then the seller's data is VALIDATED

  @IBAN-TRANSFER-BEFORE-ASSESS @needs-simulation
  Scenario: A transfer received before the assessment does not count
    Given a French seller ready for its KYC assessment
    And a transfer of 1.00 EUR from the seller's account reached the seller before its assessment
    When the marketplace asks for the seller's KYC assessment
    And the KYC operator tries to validate the seller's KYC
    Then the decision is refused because no review is in progress
