"""Layer 3, units and quantities: `Quantity`, `Unit`, `UnitCatalog`, their text, and pint."""
