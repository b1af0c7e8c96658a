@needs-simulation
Feature: Orders
  Seed §3 "Orders": once the marketplace has a seller with a validated KYC, it registers each of
  its orders with MS. Orders are the entry point of every cash operation; the amount of an order
  has no impact on the accounting, only transactions amounts are considered. An order can be
  deleted only while no transaction was created for it. When a transaction names an order MS does
  not know, MS creates it and sends order.notFound so that the marketplace PATCHes its amount.

  Background:
    Given the marketplace has a KYC-validated seller

  @ORD-CREATE @ORD-GET @variant:orders-readable
  Scenario: A registered order gets an orderId and reads back as it was sent
    When the marketplace registers an order "O1" of 120.50 EUR
    Then the order is accepted
    And order "O1" reads 120.50 EUR

  @ORD-CREATE
  Scenario: An order with nothing but its externalOrderId and amount is accepted
    When the marketplace registers an order "O1" of 42.00 with no currency and no customer
    Then the order is accepted

  @ORD-CREATE @ORD-GET @variant:orders-readable
  Scenario: An order with nothing but its externalOrderId and amount reads back its amount
    When the marketplace registers an order "O1" of 42.00 with no currency and no customer
    Then the order is accepted
    And order "O1" reads 42.00 EUR

  @ORD-PATCH-AMOUNT @ORD-GET @variant:orders-readable
  Scenario: The marketplace changes the amount of an order
    Given an order "O1" of 100.00 EUR
    When the marketplace changes the amount of order "O1" to 80.25 EUR
    Then the change is accepted
    And order "O1" reads 80.25 EUR

  @ORD-EXTERNAL-ID-UNIQUE @ORD-GET @variant:orders-readable
  Scenario: An externalOrderId cannot name two orders
    Given an order "O1" of 100.00 EUR
    When the marketplace registers another order of 999.00 EUR with the externalOrderId of order "O1"
    Then the order is refused with the profile's "externalIdConflict" error
    And order "O1" reads 100.00 EUR

  @ORD-DELETE-WITHOUT-TRANSACTIONS @ORD-GET @variant:orders-readable
  Scenario: An order without transactions can be deleted
    Given an order "O1" of 100.00 EUR
    When the marketplace deletes order "O1"
    Then the deletion is accepted
    And order "O1" no longer exists

  @ORD-DELETE-WITHOUT-TRANSACTIONS @ORD-GET @variant:orders-readable
  Scenario Outline: An order that has a <type> transaction cannot be deleted
    Given a paid order "O1" of 100.00 EUR
    And order "O1" has an unpaid <type> "T2" of 10.00 EUR
    When the marketplace deletes order "O1"
    Then the deletion is refused with the profile's "orderHasTransactions" error
    And order "O1" is still there

    Examples:
      | type    |
      | PAYMENT |
      | REFUND  |
      | CREDIT  |

  @ORD-AMOUNT-NO-ACCOUNTING
  Scenario: The order amount moves no money and does not raise the split ceiling
    Given a KYC-validated French seller "Acme"
    And an order "O1" of 500.00 EUR for seller "Acme"
    And order "O1" has a paid PAYMENT "P1" of 50.00 EUR
    When the marketplace changes the amount of order "O1" to 900.00 EUR
    And the marketplace splits order "O1":
      | seller | amount |
      | Acme   | 50.01  |
    Then the split is refused with the profile's "splitExceedsTransactions" error
    And the balances are:
      | seller | available | previsional |
      | Acme   | 0.00      | 0.00        |
    And the ledger balances

  @ORD-NOT-FOUND-WEBHOOK @TRX-UNKNOWN-ORDER-ACCEPTED @ORD-PATCH-AFTER-NOT-FOUND @variant:unknown-order-without-amount @ORD-GET @variant:orders-readable @needs-webhooks
  Scenario: A transaction naming an unknown order creates it, announced by order.notFound, and the marketplace sets its amount
    When the marketplace registers a PAYMENT "P1" of 40.00 EUR on an order "O9" MS does not know
    Then the transaction is accepted
    And order.notFound announces order "O9" once, with its orderId and externalOrderId
    And order "O9" has no amount yet
    When the marketplace changes the amount of order "O9" to 40.00 EUR
    Then order "O9" reads 40.00 EUR

  @ORD-NOT-FOUND-WEBHOOK @TRX-UNKNOWN-ORDER-ACCEPTED @ORD-PATCH-AFTER-NOT-FOUND @variant:unknown-order-provisional-amount @ORD-GET @variant:orders-readable @needs-webhooks
  Scenario: A transaction naming an unknown order creates it with a provisional amount, which the marketplace replaces
    When the marketplace registers a PAYMENT "P1" of 40.00 EUR on an order "O9" MS does not know
    Then the transaction is accepted
    And order.notFound announces order "O9" once, with its orderId and externalOrderId
    When the marketplace changes the amount of order "O9" to 35.00 EUR
    Then order "O9" reads 35.00 EUR

  @ORD-NOT-FOUND-WEBHOOK @needs-webhooks
  Scenario: A transaction on a registered order sends no order.notFound
    Given an order "O1" of 100.00 EUR
    And order "O1" has a paid PAYMENT "P1" of 100.00 EUR
    When a "transaction.update" webhook arrives for "P1"
    Then no "order.notFound" webhook has arrived for "O1"

  @ORD-PATCH-AMOUNT @ORD-GET @variant:orders-write-only
  Scenario: An order's amount is changed where orders cannot be read back
    Given an order "O1" of 100.00 EUR
    When the marketplace changes the amount of order "O1" to 80.25 EUR
    Then the change is accepted

  @ORD-EXTERNAL-ID-UNIQUE @ORD-GET @variant:orders-write-only
  Scenario: An externalOrderId cannot name two orders, where orders cannot be read back
    Given an order "O1" of 100.00 EUR
    When the marketplace registers another order of 999.00 EUR with the externalOrderId of order "O1"
    Then the order is refused with the profile's "externalIdConflict" error

  @ORD-DELETE-WITHOUT-TRANSACTIONS @ORD-GET @variant:orders-write-only
  Scenario: An order is deleted while it has no transaction and kept once it has one, where orders cannot be read back
    Given an order "O1" of 100.00 EUR
    When the marketplace deletes order "O1"
    Then the deletion is accepted
    Given a paid order "O2" of 100.00 EUR
    When the marketplace deletes order "O2"
    Then the deletion is refused with the profile's "orderHasTransactions" error
