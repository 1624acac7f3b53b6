"""Loading and validating `boundaries.toml` into the domain's `Config`."""

from boundaries.config.errors import ConfigError
from boundaries.config.loader import load_config, parse_config

__all__ = ["ConfigError", "load_config", "parse_config"]
