"""Import NLTK's Punkt module alone: not the NLTK package, nor helpers Punkt only trains with.

`import nltk.tokenize.punkt` the plain way runs `nltk/__init__`: 0.65 s quiet (4.8 s under load)
on the 2-core development machine, against ~0.5 s for a whole cold `flagger check`. Placeholder
package entries for `nltk` and `nltk.tokenize` let Python load Punkt and its few dependencies.

Punkt also imports NLTK's file, pickle, table, frequency, printing and string-tokenizer helpers,
which bring in http.client, ssl, email, urllib.request, zipfile, subprocess and XML (about 40 ms of
a cold check). Punkt uses them only to train, print, save or load models, never to split sentences
with given parameters, which is all flagger asks of it. Those modules are placeholders here whose
functions import the real module when first called, so nothing Punkt can do is lost.

NLTK routes every pattern through `nltk.redos`, which compiles it with the third-party `regex`
engine and runs each match under a timeout: a defence for patterns a caller supplies. Punkt's
patterns are NLTK's own constants and flagger hands it blocks of at most 20,000 characters
(`sentences.MAX_BLOCK`); the stdlib `re` splits the same sentences in half the time, so the
placeholder `nltk.redos` compiles with `re`.

Every NLTK entry added to `sys.modules` here is removed again, so a later `import nltk` is
unaffected. Callers hold a lock, so no other thread imports NLTK half-way through.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

from flagger.annotations import recache

DEFERRED: dict[str, tuple[str, ...]] = {
    "nltk.pathsec": ("open", "validate_path"),
    "nltk.picklesec": ("allowlisted_pickle_load",),
    "nltk.probability": ("FreqDist",),
    "nltk.tabdata": ("TabEncoder",),
    "nltk.internals": ("overridden",),
    "nltk.tokenize.util": ("string_span_tokenize",),  # its XML escaping imports urllib.request
    "nltk.termsec": ("safe_print",),  # prints what training finds
}
"""NLTK's helper modules that Punkt imports but does not need to split sentences, with the
names Punkt takes from them."""


class _Deferred(ModuleType):
    """A stand-in for an NLTK module: any attribute is fetched from the real module on first use."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or sys.modules.get(self.__name__) is self:
            raise AttributeError(name)  # still importing Punkt: `from` sees an ImportError
        return getattr(_real(self.__name__), name)


def _real(name: str) -> ModuleType:
    """Import and return the real NLTK module `name` (never a placeholder)."""
    module = importlib.import_module(name)
    if isinstance(module, _Deferred):
        raise ImportError(f"{name} is called while Punkt is being imported")
    return module


def _deferred(module: str, name: str) -> Callable[..., Any]:
    """Return a function that calls `module.name`, importing the real module on the first call."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(_real(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


def _compile(pattern: str, flags: int = 0, timeout: float | None = None) -> re.Pattern[str]:
    """Compile one of Punkt's own patterns with `re` (`redos.compile`'s signature, no timeout),
    through `recache` like flagger's own."""
    return recache.compile(pattern, flags)


def _placeholders(root: str) -> dict[str, ModuleType]:
    """Return the placeholder packages and helper modules to enter in `sys.modules`."""
    modules: dict[str, ModuleType] = {}
    for name, path in (("nltk", root), ("nltk.tokenize", f"{root}/tokenize")):
        package = ModuleType(name)
        package.__path__ = [path]
        modules[name] = package
    for name, names in DEFERRED.items():
        helper = _Deferred(name)
        for attribute in names:
            setattr(helper, attribute, _deferred(name, attribute))
        modules[name] = helper
    redos = ModuleType("nltk.redos")
    redos.compile = _compile  # type: ignore[attr-defined]
    modules["nltk.redos"] = redos
    return modules


def import_punkt() -> ModuleType:
    """Return `nltk.tokenize.punkt`, imported without the NLTK package and its training helpers.

    Should a future Punkt import something else from a placeholder, it is imported the plain way
    (slower, same behaviour).
    """
    if "nltk" in sys.modules:
        return importlib.import_module("nltk.tokenize.punkt")
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("flagger needs NLTK: pip install nltk")
    root = next(iter(spec.submodule_search_locations))
    try:
        sys.modules.update(_placeholders(root))
        try:
            return importlib.import_module("nltk.tokenize.punkt")
        finally:
            _forget_nltk()
    except ImportError:
        return importlib.import_module("nltk.tokenize.punkt")


def _forget_nltk() -> None:
    """Remove every NLTK module from `sys.modules` (the imported Punkt module keeps working)."""
    for name in [name for name in sys.modules if name == "nltk" or name.startswith("nltk.")]:
        del sys.modules[name]
