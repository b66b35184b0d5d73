"""The README's shell examples work as written, in a fresh shell after set-up.

Every `designa ...` and `python benchmarks/...` line of the README's shell
blocks, console transcripts and command table is collected. All of them are
checked against the CLI (the command exists, every option is one it takes).
Those that need no external data are then run verbatim with bash, in README
order (a line shown twice runs once), in a scratch copy of `data/raw/` and
`tests/golden/` and `tests/gold/` (so that a user's sequence of commands is what runs), with `.venv/bin` first on PATH as
`source .venv/bin/activate` leaves it. The one change: `/tmp/` in a line
becomes the scratch folder, so that the test never touches a shared /tmp.
Lines that read `../shared` (gold files, corpora) are only checked, not run;
benchmarks run at a tiny size, or with `--help` (which proves they import)
where even a tiny run needs minutes.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
import yaml
from typer.testing import CliRunner

from pipeline.cli import COMMAND_ORDER, app

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
WORKFLOW = ROOT / ".github" / "workflows" / "designations.yml"
SHARED = ROOT.parent / "shared"
# Benchmark arguments for a run of a few seconds: None runs `--help` instead.
TINY = {
    "benchmarks/entity_layer.py": "--docs 3" if (SHARED / "corpora").is_dir() else None,
    "benchmarks/extract_speed.py": "--repeat 1",
    "benchmarks/throughput.py": None,
    "benchmarks/memory.py": None,
    "benchmarks/export_memory.py": None,
    "benchmarks/long_text.py": "--sizes 2000 --kinds line --tables triples",
    "benchmarks/matmul.py": "--sentences 20 --repeat 1" if (SHARED / "corpora").is_dir() else None,
}


def readme_commands(text: str) -> list[str]:
    """`designa` and `python` lines of the shell blocks, transcripts and command table, in order."""
    found: list[tuple[int, str]] = []
    for match in re.finditer(r"^```(sh|bash|console)\n(.*?)^```", text, flags=re.S | re.M):
        lines = match.group(2).replace("\\\n", " ").splitlines()
        for index, line in enumerate(lines):
            if match.group(1) == "console":
                if not line.startswith("$ "):
                    continue
                line = line[2:]
            if line.startswith(("designa ", "python ")):
                found.append((match.start() + index, line.strip()))
    # The example column of the command table.
    for match in re.finditer(r"^\| `designa [^`|]*` \|.*\| `(designa [^`]*)` \|$", text, flags=re.M):
        found.append((match.start(), match.group(1)))
    return [line for _, line in sorted(found)]


def workflow_commands() -> list[str]:
    steps = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["check"]["steps"]
    runs = [" ".join(step["run"].split()) for step in steps if "run" in step]
    return [run.removeprefix(".venv/bin/").split(" || ")[0] for run in runs if ".venv/bin/designa" in run]


COMMANDS = readme_commands(README.read_text(encoding="utf-8"))


def _words(line: str) -> list[str]:
    return shlex.split(line, comments=True)


def test_the_readme_shows_the_commands_a_user_needs():
    joined = "\n".join(COMMANDS)
    for needed in ("designa run data/raw", "designa check tests/golden/triples.csv", "designa explain",
                   "designa model", "python benchmarks/entity_layer.py"):
        assert needed in joined
    assert "source .venv/bin/activate" in README.read_text(encoding="utf-8")


@pytest.mark.parametrize("line", COMMANDS + workflow_commands())
def test_every_command_and_option_shown_exists(line):
    words = _words(line)
    if words[0] == "python":
        script = words[1]
        assert (ROOT / script).is_file(), script
        assert script in TINY, f"{script}: say in TINY how to run it small"
        return
    group = typer.main.get_command(app)
    if words[1].startswith("-"):
        assert words[1] in ("--help", "--version", "-V")
        return
    assert words[1] in group.commands, f"no command {words[1]!r}"
    command = group.commands[words[1]]
    options = {opt for param in command.params for opt in param.opts + param.secondary_opts}
    for word in words[2:]:
        name = word.split("=", 1)[0]
        if name.startswith("-") and not re.fullmatch(r"-\d.*", name):
            assert name in options | {"--help"}, f"{words[1]} has no option {name}"


def test_every_command_has_help():
    for name in COMMAND_ORDER:
        result = CliRunner().invoke(app, [name, "--help"], terminal_width=100)
        assert result.exit_code == 0 and "Usage: designa " + name in result.output, name


def _runnable(line: str) -> str | None:
    """The line as it runs here, or None when it needs ../shared."""
    if "../shared" in line:
        return None
    words = _words(line)
    if words[0] == "python":
        tiny = TINY[words[1]]
        return f"python {ROOT / words[1]} {tiny if tiny is not None else '--help'}"
    return line


@pytest.mark.model
def test_readme_commands_run_verbatim_in_a_fresh_shell(tmp_path):
    scratch = tmp_path / "checkout"
    shutil.copytree(ROOT / "data" / "raw", scratch / "data" / "raw")
    shutil.copytree(ROOT / "tests" / "golden", scratch / "tests" / "golden")
    shutil.copytree(ROOT / "tests" / "gold", scratch / "tests" / "gold")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHONPATH"))}
    # What `source .venv/bin/activate` does: the venv's bin first on PATH.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = str(Path(sys.executable).parent.parent)
    env["COLUMNS"] = "120"
    lines = ["designa --help", "designa --version"] + COMMANDS
    ran, seen = [], set()
    for line in lines:
        command = _runnable(line)
        # A line shown twice runs once (each designa process pays the start-up of spaCy).
        if command is None or tuple(_words(command)) in seen:
            continue
        seen.add(tuple(_words(command)))
        command = command.replace("/tmp/", f"{tmp_path}/")
        done = subprocess.run(["bash", "-c", command], cwd=scratch, env=env, capture_output=True,
                              text=True, timeout=600, check=False)
        assert done.returncode == 0, f"{line}\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
        assert "Traceback" not in done.stderr, f"{line}\n{done.stderr[-3000:]}"
        ran.append(line)
    assert any(line.startswith("designa run data/raw") for line in ran)
    assert (scratch / "data" / "processed" / "designa.xlsx").is_file()
    assert (scratch / "data" / "processed" / "report.html").is_file()
    assert (scratch / "parse.html").is_file()


def test_the_ci_workflow_uses_only_files_that_exist_and_pins_the_model():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    runs = " ".join(step.get("run", "") for step in workflow["jobs"]["check"]["steps"])
    for path in re.findall(r"(?:data|tests)/[\w./-]+", runs):
        assert (ROOT / path).exists(), path
    made = yaml.safe_load((ROOT / "tests" / "golden" / "triples.model.json").read_text(encoding="utf-8"))
    assert f"SPACY_MODEL={made['model']}" in runs and f'model.names=["{made["model"]}"]' in runs
    assert "cache-dependency-path" in WORKFLOW.read_text(encoding="utf-8")
