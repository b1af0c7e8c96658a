@needs-vouchers
Feature: Voucher contract selection
  Second seed, "Consulter les contrats sélectionnés": on each order, only one sub-seller can be paid
  by a given voucher contract type. When the order is executed, the API sums per contract the
  amounts payable by voucher and selects, still per contract, the seller whose amount is the
  highest. CVCONNECT works the same way as CONECS, and the selection of one contract type is
  independent of the other. Equal amounts are settled by the contract number (interface §7: the
  lowest wins, an assumption). Each voucher object of the items then carries is_selected. Amounts
  are integers in minor units (2000 = 20.00 €).

  @VOU-SEED-EXAMPLE @VOU-SUM-PER-SELLER @VOU-HIGHEST-ELIGIBLE-WINS @VOU-IS-SELECTED-EVERY-VOUCHER
  Scenario: The seed's example: seller2 with 19 € beats seller1 with 14 € = 9 + 5
    Given a voucher order with these items:
      | seller  | item               | amount | CONECS |
      | seller1 | Seller 1 Article 1 | 2000   | 900    |
      | seller1 | Seller 1 Article 2 | 4000   | 500    |
      | seller2 | Seller 2 Article 1 | 2000   | 1900   |
    When the marketplace creates the voucher order
    Then seller "seller2" is selected for CONECS
    And every voucher of the order carries is_selected

  @VOU-SEED-EXAMPLE @VOU-HIGHEST-ELIGIBLE-WINS
  Scenario: The seed's example order is accepted as the seed writes it, with the sellers' contracts added
    When the marketplace creates this voucher order:
      """json
      {
        "items": [
          {
            "external_ref": "seller1",
            "ref": "Seller 1 Article 1",
            "amount": 2000,
            "voucher": [ { "contract_type": "CONECS", "eligible_amount": 900 } ]
          },
          {
            "external_ref": "seller1",
            "ref": "Seller 1 Article 2",
            "amount": 4000,
            "voucher": [ { "contract_type": "CONECS", "eligible_amount": 500 } ]
          },
          {
            "external_ref": "seller2",
            "ref": "Seller 2 Article 1",
            "amount": 2000,
            "voucher": [ { "contract_type": "CONECS", "eligible_amount": 1900 } ]
          }
        ],
        "contracts": [
          { "external_ref": "seller1", "contract_type": "CONECS", "contract_number": "1000001" },
          { "external_ref": "seller2", "contract_type": "CONECS", "contract_number": "1000002" }
        ]
      }
      """
    Then seller "seller2" is selected for CONECS
    And every voucher of the order carries is_selected

  @VOU-HIGHEST-ELIGIBLE-WINS @VOU-SUM-PER-SELLER
  Scenario Outline: <case>: <winner> is selected for CONECS
    Given a voucher order with these items:
      | seller | amount | CONECS   |
      | Alice  | 3000   | <alice1> |
      | Alice  | 3000   | <alice2> |
      | Bruno  | 5000   | <bruno>  |
      | Chloé  | 5000   | <chloe>  |
    When the marketplace creates the voucher order
    Then seller "<winner>" is selected for CONECS

    Examples:
      | case                                        | alice1 | alice2 | bruno | chloe | winner |
      | the sum of two items beats a larger item    | 1000   | 1000   | 1500  | 1999  | Alice  |
      | one larger item beats a sum                 | 600    | 600    | 1201  | 1200  | Bruno  |
      | a one-cent lead wins                        | 1000   | 1001   | 2000  | 2000  | Alice  |
      | the last seller can win                     | 10     | 20     | 30    | 31    | Chloé  |

  @VOU-SUM-PER-SELLER
  Scenario: Items without a voucher of the type do not count for it
    Given a voucher order with these items:
      | seller | amount | CONECS | CVCONNECT |
      | Alice  | 3000   |        | 2500      |
      | Alice  | 3000   | 800    |           |
      | Bruno  | 5000   | 900    | 100       |
    When the marketplace creates the voucher order
    Then seller "Bruno" is selected for CONECS
    And seller "Alice" is selected for CVCONNECT

  @VOU-CVCONNECT-SAME-RULE @VOU-SUM-PER-SELLER
  Scenario: CVCONNECT follows the same rule: the highest summed eligible amount wins
    Given a voucher order with these items:
      | seller  | amount | CVCONNECT |
      | seller1 | 2000   | 900       |
      | seller1 | 4000   | 500       |
      | seller2 | 2000   | 1300      |
    When the marketplace creates the voucher order
    Then seller "seller1" is selected for CVCONNECT
    And every voucher of the order carries is_selected

  @VOU-INDEPENDENT-PER-CONTRACT @VOU-CVCONNECT-SAME-RULE
  Scenario: CONECS and CVCONNECT are decided independently when both sellers offer both
    Given a voucher order with these items:
      | seller | amount | CONECS | CVCONNECT |
      | Alice  | 5000   | 1500   | 300       |
      | Bruno  | 4000   | 500    | 1200      |
    When the marketplace creates the voucher order
    Then seller "Alice" is selected for CONECS
    And seller "Bruno" is selected for CVCONNECT

  @VOU-INDEPENDENT-PER-CONTRACT
  Scenario: One seller may win both contract types
    Given a voucher order with these items:
      | seller | amount | CONECS | CVCONNECT |
      | Alice  | 5000   | 1500   | 1300      |
      | Bruno  | 4000   | 500    | 1200      |
    When the marketplace creates the voucher order
    Then seller "Alice" is selected for CONECS
    And seller "Alice" is selected for CVCONNECT

  @VOU-ONE-SELLER-PER-CONTRACT @VOU-IS-SELECTED-EVERY-VOUCHER
  Scenario: Exactly one seller is selected per contract type, all its vouchers of that type flagged
    Given a voucher order with these items:
      | seller | amount | CONECS | CVCONNECT |
      | Alice  | 3000   | 700    | 400       |
      | Alice  | 3000   | 700    |           |
      | Bruno  | 5000   | 1000   | 900       |
      | Chloé  | 4000   | 1300   | 900       |
      | Chloé  | 1000   |        | 100       |
    When the marketplace creates the voucher order
    Then exactly one seller is selected for each contract type
    And seller "Alice" is selected for CONECS
    And seller "Chloé" is selected for CVCONNECT
    And every voucher of the order carries is_selected

  @VOU-TIE-CONTRACT-NUMBER @VOU-TIE-LOWEST-CONTRACT-WINS @variant:tie-lowest-contract-number
  Scenario Outline: Equal eligible amounts: the lowest <type> contract number wins (<alice> against <bruno>)
    Given a voucher order with these items:
      | seller | amount | <type> |
      | Alice  | 3000   | 1500   |
      | Bruno  | 3000   | 1000   |
      | Bruno  | 3000   | 500    |
    And the sellers' voucher contracts are:
      | seller | <type>  |
      | Alice  | <alice> |
      | Bruno  | <bruno> |
    When the marketplace creates the voucher order
    Then seller "<winner>" is selected for <type>

    Examples:
      | type      | alice   | bruno   | winner |
      | CONECS    | 2000009 | 2000003 | Bruno  |
      | CONECS    | 2000003 | 2000009 | Alice  |
      | CVCONNECT | 10      | 9       | Bruno  |
      | CVCONNECT | 100     | 1000    | Alice  |

  @VOU-TIE-CONTRACT-NUMBER @VOU-TIE-LOWEST-CONTRACT-WINS @variant:tie-highest-contract-number
  Scenario Outline: Equal eligible amounts: the highest <type> contract number wins (<alice> against <bruno>)
    Given a voucher order with these items:
      | seller | amount | <type> |
      | Alice  | 3000   | 1500   |
      | Bruno  | 3000   | 1000   |
      | Bruno  | 3000   | 500    |
    And the sellers' voucher contracts are:
      | seller | <type>  |
      | Alice  | <alice> |
      | Bruno  | <bruno> |
    When the marketplace creates the voucher order
    Then seller "<winner>" is selected for <type>

    Examples:
      | type      | alice   | bruno   | winner |
      | CONECS    | 2000009 | 2000003 | Alice  |
      | CONECS    | 2000003 | 2000009 | Bruno  |
      | CVCONNECT | 10      | 9       | Alice  |
      | CVCONNECT | 100     | 1000    | Bruno  |

  @VOU-TIE-CONTRACT-NUMBER @VOU-INDEPENDENT-PER-CONTRACT @VOU-TIE-LOWEST-CONTRACT-WINS @variant:tie-lowest-contract-number
  Scenario: Ties are broken per contract type, on that type's contract numbers
    Given a voucher order with these items:
      | seller | amount | CONECS | CVCONNECT |
      | Alice  | 3000   | 1000   | 800       |
      | Bruno  | 3000   | 1000   | 800       |
    And the sellers' voucher contracts are:
      | seller | CONECS  | CVCONNECT |
      | Alice  | 5000001 | 6000002   |
      | Bruno  | 5000002 | 6000001   |
    When the marketplace creates the voucher order
    Then seller "Alice" is selected for CONECS
    And seller "Bruno" is selected for CVCONNECT

  @VOU-TIE-CONTRACT-NUMBER @VOU-INDEPENDENT-PER-CONTRACT @VOU-TIE-LOWEST-CONTRACT-WINS @variant:tie-highest-contract-number
  Scenario: Ties are broken per contract type, on that type's contract numbers, the highest winning
    Given a voucher order with these items:
      | seller | amount | CONECS | CVCONNECT |
      | Alice  | 3000   | 1000   | 800       |
      | Bruno  | 3000   | 1000   | 800       |
    And the sellers' voucher contracts are:
      | seller | CONECS  | CVCONNECT |
      | Alice  | 5000001 | 6000002   |
      | Bruno  | 5000002 | 6000001   |
    When the marketplace creates the voucher order
    Then seller "Bruno" is selected for CONECS
    And seller "Alice" is selected for CVCONNECT

  @VOU-MINOR-UNITS @VOU-CREATED-ANSWER
  Scenario: The order is created with a uuid per item, its amounts kept in minor units
    Given a voucher order with these items:
      | seller    | item    | amount | CONECS | CVCONNECT |
      | Traiteur  | Buffet1 | 8000   | 1400   | no amount |
      | Épicerie  | Panier  | 1999   | 1      |           |
    When the marketplace creates the voucher order
    Then the voucher order is created with a uuid on every item
    And the voucher order gives back every amount in minor units, as sent
    And seller "Traiteur" is selected for CONECS
    And seller "Traiteur" is selected for CVCONNECT

  @VOU-MINOR-UNITS
  Scenario Outline: An amount that is not a whole number of cents (<amount>) is refused
    Given a voucher order with these items:
      | seller | amount   | CONECS   |
      | Alice  | <amount> | <amount> |
    When the marketplace creates the voucher order
    Then the voucher order is refused naming "<field>"

    Examples:
      | amount | field                            |
      | 19.5   | items.0.amount                   |
      | -100   | items.0.amount                   |
