"""Generic machinery: spec loading, routing, validation, auth, errors, state. No API-specific behaviour."""
