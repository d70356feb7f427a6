"""Tooling of the site: page parsing, sample outputs, translation records, MkDocs hooks."""
