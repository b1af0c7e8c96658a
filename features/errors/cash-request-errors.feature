@errors @needs-simulation
Feature: Cash requests with a missing field or a bad amount are refused
  Seed (list of the webhooks, author's note): "http 422 sur un champ absent". Interface
  "Amounts, dates and codes": money is in major units "with at most two decimals"; interface §2:
  "amount ≤ 0" is a 422. Orders need a KYC-validated seller (seed §3 Orders), so each scenario
  starts with one.

  Background:
    Given a KYC-validated French seller "Atelier"
    And a new id remembered as "order"
    And a new id remembered as "transfer"

  @ERR-MISSING-FIELD-422 @ERR-422-NAMES-FIELD
  Scenario Outline: An order without its <field> is refused naming it
    When I send a POST request to "/orders"
      """json
      <body>
      """
    Then the answer status is the profile's "unprocessable" status
    And the problem names the field <field> with a message

    Examples:
      | field  | body                                                                               |
      | amount | { "externalOrderId": "${order}", "currency": "EUR", "externalCustomerId": "buyer-1" } |

  @ERR-AMOUNT-POSITIVE
  Scenario Outline: An order amount of <amount> is refused
    When I send a POST request to "/orders"
      """json
      { "externalOrderId": "${order}", "amount": <amount>, "currency": "EUR", "externalCustomerId": "buyer-1" }
      """
    Then the answer status is the profile's "unprocessable" status
    And the problem names the field amount with a message

    Examples:
      | amount |
      | -5.00  |

  @ERR-AMOUNT-POSITIVE
  Scenario: A transfer amount of 0 is refused
    When I send a POST request to "/transfers"
      """json
      { "externalTransferId": "${transfer}", "sellerId": "${Atelier.sellerId}", "accountingEntry": "MARKETPLACE_TO_SELLER", "reasonCode": "COMMERCIAL_GESTURE", "amount": 0, "currency": "EUR" }
      """
    Then the answer status is the profile's "unprocessable" status
    And the problem names the field amount with a message

  @ERR-AMOUNT-TWO-DECIMALS @variant:extra-decimals-refused
  Scenario Outline: An amount of <amount> has too many decimals
    When I send a POST request to "<path>"
      """json
      <body>
      """
    Then the answer status is the profile's "unprocessable" status
    And the problem names the field amount with a message

    Examples:
      | amount | path       | body                                                                                                                                                                   |
      | 50.001 | /orders    | { "externalOrderId": "${order}", "amount": 50.001, "currency": "EUR", "externalCustomerId": "buyer-1" }                                                                |
      | 10.005 | /transfers | { "externalTransferId": "${transfer}", "sellerId": "${Atelier.sellerId}", "accountingEntry": "MARKETPLACE_TO_SELLER", "reasonCode": "COMMERCIAL_GESTURE", "amount": 10.005, "currency": "EUR" } |
