@errors
Feature: Errors say what is wrong, in a stable shape
  Interface §2: "Errors are RFC 9457 application/problem+json: { type, title, status, detail, code,
  errors: [ { field, message } ] }, code being a stable machine-readable name." A body that is not
  JSON is 400, an unknown resource in the path 404, a field or rule violated 422 naming the field.
  Interface §3: fields the server owns "are never taken from a request".

  @ERR-PROBLEM-JSON @ERR-422-NAMES-FIELD
  Scenario: A refused value is answered with a problem naming the field
    Given a French seller with every mandatory field
    When the marketplace changes the seller's bankingInformation.iban to "FR7630006000011234567890188"
    Then the request is refused as unprocessable with error validationFailed
    And the answer is a problem with a type, a title, a status, a detail and a code
    And the problem names the field bankingInformation.iban with a message

  @ERR-PROBLEM-JSON @ERR-UNKNOWN-PATH-404
  Scenario Outline: A request naming an unknown <what> is not found
    Given a French seller ready for its KYC assessment
    When the marketplace <request>
    Then the request is refused as not found with error notFound
    And the answer is a problem with a type, a title, a status, a detail and a code

    Examples:
      | what     | request                                  |
      | seller   | reads a seller that does not exist       |
      | contact  | changes a contact that does not exist    |
      | document | deletes a document that does not exist   |

  @ERR-NOT-JSON-400
  Scenario Outline: A body that is <what> is a malformed body, and nothing is stored
    Given a seller the marketplace knows by its id
    When the marketplace saves the seller with the raw body <body>
    Then the request is refused as a malformed body with error malformedBody
    And the seller does not exist

    Examples:
      | what           | body                |
      | not JSON       | legalEntityName=ACME |
      | a JSON array   | ["ACME"]            |

  @ERR-SERVER-OWNED-FIELDS
  Scenario: Statuses, ids and review fields sent for a seller are never stored
    Given a French seller with every mandatory field
    When the marketplace saves the seller with:
      """json
      {
        "sellerId": "slr_chosen_by_the_marketplace",
        "dataStatus": "VALIDATED",
        "documentListStatus": "VALIDATED",
        "missingData": ["email"],
        "kycReviewComment": "approved by the marketplace",
        "identityVerification": { "virtualIban": { "iban": "FR7630006000011234567890189", "bic": "AGRIFRPPXXX", "type": "VIRTUAL_IBAN" } }
      }
      """
    Then the server-owned fields are ignored or refused
    And the seller keeps the same sellerId
    And the seller's data is COMPLETE
    And the seller's document list is INCOMPLETE
    And the seller's missing data is empty
    And the seller has no kycReviewComment
    And the seller has no virtual IBAN yet

  @ERR-SERVER-OWNED-FIELDS
  Scenario: Statuses and review fields sent for a contact are never stored
    Given a French seller with every mandatory field
    And the seller has a contact "Lucas" with every mandatory field except its birthDate
    When the marketplace changes the contact "Lucas" with:
      """json
      { "dataStatus": "VALIDATED", "documentListStatus": "VALIDATED", "missingData": [], "kycReviewComment": "approved by the marketplace" }
      """
    Then the server-owned fields are ignored or refused
    And the contact "Lucas"'s data is INCOMPLETE
    And the contact "Lucas"'s document list is INCOMPLETE
    And the contact "Lucas"'s missing data lists only birthDate
    And the contact "Lucas" has no kycReviewComment
