"""Qt widgets: they gather input, call the core, and show the result."""
