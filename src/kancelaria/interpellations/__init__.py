"""The register of interpellations: one query for the page, the statistics and the export."""
