"""The catalogue: mediators, agencies and funding projects, each a searchable list beside its edit form."""
