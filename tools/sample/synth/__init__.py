"""Building blocks of the sample generator: companies, roles, skills, pay, content, timeline."""
