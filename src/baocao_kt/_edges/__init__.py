"""Layer 8, edges: data files, template filters, the command."""
