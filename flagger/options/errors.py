"""The one error every bad option raises, whatever its source (command line, file, keyword)."""


class OptionError(ValueError):
    """An option has a bad value, names no rule, or does not exist."""
