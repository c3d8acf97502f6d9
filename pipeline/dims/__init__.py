"""One package per table (DESIGN.md "What the layout should show"): each holds an
``extractor.py`` that only wires the steps, one module per documented step, and a
``vocab.py`` of the constants not (yet) moved into ``rules/``."""
