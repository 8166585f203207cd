"""chitieu: follow a resolution's quantified targets from the vote to the final review.

The packages ``targets``, ``figures`` and ``evaluation`` form the pure domain core:
they import neither Django nor any database driver, so the command line, the web app,
the reports and the benchmarks all share one implementation of the rules.
"""

__version__ = "0.1.0"
