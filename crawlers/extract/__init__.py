"""Pure extract functions: one response body in, RawPosting dicts and quarantine lines out."""
