"""`warta train ...`: retrain the models warta ships (a source checkout is needed).

Why a thin wrapper: the training code lives in ``scripts/`` beside the package (it reads
``../shared`` data that is never shipped); this command only finds and runs it with the
same interpreter, so `warta train ner` and `make train-ner` are the same thing.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import typer

train_app = typer.Typer(add_completion=False, help="Retrain warta's models from ../shared data.")

#: repository root when warta is installed from a checkout (editable install)
_REPO = Path(__file__).resolve().parents[3]


@train_app.command("ner")
def ner(
    shared: Path = typer.Option(Path("../shared"), help="directory holding ner/ (idner-news-2k, nergrit)"),
    max_steps: int | None = typer.Option(None, help="override the config's max_steps (short check runs)"),
    no_install: bool = typer.Option(False, help="train and score only; keep the shipped model"),
    refit: bool = typer.Option(True, help="train on the dev splits too and take the last checkpoint, as the "
                               "shipped model was (--no-refit: train only, choose the checkpoint on dev)"),
) -> None:
    """Train the PER/ORG/LOC NER model (configs/ner.cfg) and install it in the package."""
    script = _REPO / "scripts" / "train_ner.py"
    if not script.is_file():
        typer.echo(f"train ner: {script} not found (needs a source checkout of warta)", err=True)
        raise typer.Exit(1)
    cmd = [sys.executable, str(script), "--shared", str(shared)]
    if max_steps is not None:
        cmd += ["--max-steps", str(max_steps)]
    if no_install:
        cmd.append("--no-install")
    if refit:
        cmd.append("--refit")
    raise typer.Exit(subprocess.call(cmd))
