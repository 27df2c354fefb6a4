// The commented starter facts file `Claimcheck: Create Facts File` writes (never over a file).
export const STARTER_FACTS_FILE_NAME = 'facts.yaml';

export const STARTER_FACTS = `# Claimcheck facts file: the figures your notes may state, each with its source.
# Claimcheck finds quantitative claims in markdown notes and checks them against these facts:
# a wrong figure is "contradicted", an old one "outdated", one with no fact "unsourced".
# Cite a fact in a note with [@fact-id]; hover a figure to see its source.
# Replace the example entity and fact below with your own.

# Who the facts are about: id -> display name and the other names used in prose.
entities:
  example-co: { name: Example Co, aliases: [ ExampleCo, Example Company ] }

# Project-specific metrics. Built in: valuation, investment, revenue_run_rate, capex, gpu_count...
# metrics:
#   tpu_access: { unit: TPU, words: [ TPUs, TPU capacity ] }

facts:
  - id: example-co-valuation-2025-01
    entity: example-co
    metric: valuation
    value: 1.5e9            # base units: 1.5e9 = $1.5 billion (or  range: [ 1.4e9, 1.6e9 ])
    unit: USD
    as_of: 2025-01-15       # when the figure was stated: YYYY, YYYY-MM or YYYY-MM-DD
    source:
      url: https://example.com/news/example-co-series-b
      title: Example Co raises its Series B at a $1.5 billion valuation
      published: 2025-01-15
      quote: "Example Co is now valued at $1.5 billion."
`;
