await global
