"""The `mediation-desk` command line: one module per subcommand."""
