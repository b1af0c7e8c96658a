@security
Feature: Only an authenticated marketplace with the marketplace:rw scope gets in
  Seed, developer how-to guides: "Look after the way to connect and use our APIs [...] Scope for
  marketplace is: marketplace:rw". Interface §1: OAuth 2.0 client credentials, every call carries
  "Authorization: Bearer <token>"; interface §2: no token, an expired or invalid token is 401, a
  token without the marketplace:rw scope is 403.

  @SEC-OAUTH-CLIENT-CREDENTIALS
  Scenario: The token endpoint issues a bearer token for the marketplace's client credentials
    When the marketplace asks the token endpoint for a client-credentials token
    Then it receives a Bearer access token with its lifetime and the marketplace:rw scope

  @SEC-NO-TOKEN-401 @stateless
  Scenario Outline: Without a token, <request> is refused
    Given a seller the marketplace knows by its id
    When an anonymous caller <request>
    Then the request is refused as unauthenticated with error unauthenticated

    Examples:
      | request                                |
      | reads the seller                       |
      | adds a contact to the seller           |
      | lists the transactions                 |

  @SEC-BAD-TOKEN-401
  Scenario Outline: With a forged token, <request> is refused and nothing changes
    Given a French seller with every mandatory field
    When a caller with a forged token <request>
    Then the request is refused as unauthenticated with error unauthenticated
    And the seller reads exactly as before that request

    Examples:
      | request          |
      | saves the seller |

  @SEC-SCOPE-MARKETPLACE-RW @needs-reader-client
  Scenario Outline: A token without marketplace:rw is refused on <request>
    Given a French seller with every mandatory field
    When the reader client <request>
    Then the request is refused as forbidden with error forbidden
    And the seller reads exactly as before that request

    Examples:
      | request                      |
      | reads the seller             |
      | saves the seller             |

  @SEC-SOLUTION-CODE-HEADER
  Scenario: The configured extra headers, such as the solutionCode, go with every call
    Given a French seller with every mandatory field
    When the marketplace reads the seller
    Then every call of the scenario carried the configured extra headers
