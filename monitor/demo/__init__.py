"""Demo: the synthetic demo database, its phrases, and the first-run bootstrap."""
