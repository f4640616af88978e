"""Item pipelines: streaming postings and quarantine lines to the raw lake."""
