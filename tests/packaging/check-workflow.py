#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""ctest packaging.workflow: the public CI workflow (.github/workflows/ci.yml) cannot run here
(no GitHub runners), so what can be checked offline is: it parses, it has a job per platform
the README promises, the Linux job runs the project's own CI (.ci/run), each packaging job
runs the packaging the repository has (the scripts and manifests it names exist, the CPack
generators are the ones packaging/ configures), and nothing in it is left half-written.

Usage: check-workflow.py SOURCE_DIR"""
import pathlib
import re
import sys

try:
    import yaml
except ImportError:
    print("skipped: python3-yaml is not installed (Debian: python3-yaml)")
    sys.exit(77)

source = pathlib.Path(sys.argv[1])
workflow_path = source / ".github" / "workflows" / "ci.yml"
failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}", file=sys.stderr)


workflow = yaml.safe_load(workflow_path.read_text(encoding="utf-8"))
# YAML 1.1 reads the key `on` as the boolean true.
triggers = workflow.get("on", workflow.get(True))
if not triggers or "pull_request" not in triggers:
    fail("the workflow does not run on pull requests")
if workflow.get("permissions", {}).get("contents") != "read":
    fail("the workflow's token is not limited to reading the repository (permissions: contents: read)")

jobs = workflow.get("jobs", {})
for job in ("linux", "windows", "macos", "flatpak", "appimage"):
    if job not in jobs:
        fail(f"no '{job}' job")


def commands(job):
    """Every shell command and every action input of a job, as one text."""
    parts = []
    for step in jobs.get(job, {}).get("steps", []):
        parts.append(step.get("run", ""))
        parts.extend(str(value) for value in step.get("with", {}).values())
    return "\n".join(parts)


def runs_on(job):
    return str(jobs.get(job, {}).get("runs-on", ""))


if not re.search(r"(^|\s)bash \.ci/run(\s|$)", commands("linux"), re.MULTILINE):
    fail("the linux job does not run .ci/run, the project's CI")
if "windows" not in runs_on("windows"):
    fail(f"the windows job runs on '{runs_on('windows')}'")
if "macos" not in runs_on("macos"):
    fail(f"the macos job runs on '{runs_on('macos')}'")

# The installers are made by the CPack generators packaging/ configures for each system.
expected_generators = {"linux": "DEB", "windows": "NSIS", "macos": "DragNDrop"}
for job, generator in expected_generators.items():
    if not re.search(rf"cpack\b[^\n]*-G {generator}\b", commands(job)):
        fail(f"the {job} job does not make a -G {generator} package with cpack")
cmake_text = "\n".join(p.read_text(encoding="utf-8") for p in (source / "packaging").rglob("*.cmake"))
for generator in ("NSIS", "DragNDrop"):
    if generator not in cmake_text:
        fail(f"the workflow asks for the {generator} generator, but no packaging/*.cmake configures it")

# Every repository path the workflow names exists (a renamed script would break a job that
# nobody here can run).
all_commands = "\n".join(commands(job) for job in jobs)
for path in sorted(set(re.findall(r"(?<![\w./-])((?:packaging|tools|\.ci)/[\w./-]+)", all_commands))):
    if not (source / path).exists():
        fail(f"the workflow names {path}, which the repository does not have")

for job, definition in jobs.items():
    if "timeout-minutes" not in definition:
        fail(f"the {job} job has no timeout-minutes")

if failures:
    print(f"{len(failures)} workflow check(s) failed", file=sys.stderr)
    sys.exit(1)
print(f"{workflow_path.relative_to(source)}: jobs {', '.join(jobs)}; the paths, generators and commands it uses are right")
