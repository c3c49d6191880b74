"""Analysis stage: classify stored items with the models in classifiers/ and the taxonomy."""
