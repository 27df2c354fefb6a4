// Small workspaces for the protocol tests.

/** A facts file whose source text tries markup, HTML and command links. */
export const HOSTILE_FACTS = `entities:
  acme: { name: Acme, aliases: [ Acme Corp ] }
facts:
  - id: acme-valuation-2025-01
    entity: acme
    metric: valuation
    value: 2e9
    unit: USD
    as_of: 2025-01-10
    source:
      url: https://example.com/acme_(round)
      title: "<img src=x onerror=alert(1)> **Acme** [click](command:workbench.action.quit)"
      published: 2025-01-10
      quote: "<script>alert(1)</script> Acme is valued at $2 billion | pipes"
  - id: acme-valuation-2024-06
    entity: acme
    metric: valuation
    value: 1e9
    unit: USD
    as_of: 2024-06-01
    source:
      url: javascript:alert(1)
      title: Acme's first round
`;

export const ACME_NOTE = `---
date: 2025-02-01
---

# Acme

Acme was last valued at $3 billion, people say.

Acme's valuation is $2 billion [@acme-valuation-2025-01].

An unknown source [@no-such-fact] is cited here.
`;

/** One sourced valuation, in a domain other than the example's. */
export const NORTHWIND_FACTS = `entities:
  northwind: { name: Northwind Robotics }
facts:
  - id: northwind-valuation-2025-01
    entity: northwind
    metric: valuation
    value: 4.5e9
    unit: USD
    as_of: 2025-01-15
    source: { url: https://example.com/northwind, title: Northwind raises, published: 2025-01-15, quote: valued at $4.5 billion }
`;
