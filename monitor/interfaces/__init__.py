"""Interfaces: the command line (cli, commands/), the HTTP API and the dashboard's read helpers."""
