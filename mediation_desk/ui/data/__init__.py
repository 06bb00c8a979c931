"""Data in and out: scenario import/export, demo data, the planner, Excel import, the first start."""
