Feature: Cash requests are checked field by field first
  Seed §3 "Orders": the minimum required field for an order is the amount. Seed §3 "Transactions":
  the amount field must be > 0. The seed's author notes "http 422 sur un champ absent"; interface §2
  answers a violated field with the profile's "unprocessable" status naming it. These checks need
  no seller and no order: they hold on any target, the stateless mock of the contract included.

  @ORD-AMOUNT-REQUIRED @stateless
  Scenario: An order without its amount is refused, naming the amount
    When the marketplace registers an order "O1" without its amount
    Then the order is refused naming "amount"

  @TRX-AMOUNT-POSITIVE @stateless
  Scenario Outline: A transaction amount of <amount> is refused before its order is even looked for
    When the marketplace registers a transaction on an order MS does not know, whose amount is "<amount>"
    Then the transaction is refused naming "amount"

    Examples:
      | amount |
      | 0.00   |
      | -0.01  |
