"""The ``warta`` command line.

Commands: ``extract`` and ``ingest`` (:mod:`.process`), ``articles``, ``events``,
``quotes`` and ``stats`` (:mod:`.query`), plus ``kb``, ``train`` and ``serve`` when their
modules (``cli/kb.py``, ``cli/train.py``, ``cli/serve.py``) are installed. :func:`main` is the entry point: it
turns every error into one ``warta: ...`` line on stderr and an exit status, so no
traceback ever reaches the user.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys

# One BLAS thread per process, unless the user says otherwise: the NER's matrix products go
# through numpy (warta.nlp.ner._matmul_ops), and parallelism belongs to the batch (processes,
# Spark executors), not to products of a few hundred rows. Set before numpy is imported.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import typer  # noqa: E402

from ..store import StoreError, one_line
from . import process, query  # noqa: F401  (registers the commands on app)
from .app import app, message

#: Optional sub-apps: module -> (attribute, command name).
SUBAPPS: dict[str, tuple[str, str]] = {
    "warta.cli.kb": ("kb_app", "kb"),
    "warta.cli.train": ("train_app", "train"),
    "warta.cli.serve": ("serve_app", "serve"),
    "warta.cli.spark": ("spark_app", "spark"),
}
#: A sub-app whose module exists but fails to import: reported by main(), not hidden.
_load_errors: list[str] = []


def _register_subapps() -> None:
    for module, (attr, name) in SUBAPPS.items():
        if importlib.util.find_spec(module) is None:
            continue  # not written yet: the rest of the CLI works without it
        try:
            sub = getattr(importlib.import_module(module), attr)
        except Exception as exc:
            _load_errors.append(f"cannot load `warta {name}` ({module}): {type(exc).__name__}: {one_line(exc)}")
            continue
        app.add_typer(sub, name=name)


@app.command()
def version() -> None:
    """Print warta's version."""
    from .. import __version__
    typer.echo(__version__)


_register_subapps()


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; exit with its status. Errors become one line on stderr."""
    if _load_errors:
        for e in _load_errors:
            message(e)
        sys.exit(1)
    # Standalone mode: Typer itself reports usage errors (exit 2), --help, Exit and
    # Ctrl-C, ending in SystemExit (not caught here). Anything else is ours to report.
    try:
        app(args=argv, prog_name="warta")
        rc = 0
    except KeyboardInterrupt:
        message("interrupted")
        rc = 130
    except BrokenPipeError:
        # the reader of stdout went away (| head): not an error
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError:
            pass
        rc = 0
    except StoreError as exc:
        message(str(exc))
        rc = 2
    except MemoryError:
        message("out of memory")
        rc = 1
    except Exception as exc:
        message(f"error: {type(exc).__name__}: {one_line(exc)}")
        rc = 1
    sys.exit(rc if isinstance(rc, int) else 0)


__all__ = ["app", "main"]
