#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ctest packaging.flatpak: checks packaging/flatpak/org.tessera.Tessera.yml without building it
# (no flatpak-builder run can download its runtime and sources on the test machines): the file
# parses; its app id is the desktop file's and the AppStream metainfo's; its command is a
# program the project installs and the one the desktop file starts; every module has sources and
# every git source is pinned to a tag or commit; the sandbox gets the display, GPU and keychain
# permissions it needs, each with a comment saying why, and no access to the user's files; the
# tessera module builds zxcvbn from the source tree it ships. With flatpak-builder installed,
# flatpak-builder --show-manifest must accept the file too.
# Usage: check-flatpak-manifest.py SOURCE_DIR [MANIFEST]
# Exit status 0 when every check passes, 1 when one fails, 77 (skipped) without python3-yaml.
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

try:
    import yaml
except ImportError:
    print("skipped: python3-yaml is not installed (Debian: python3-yaml)")
    sys.exit(77)

# What the sandbox must be allowed (finish-args), and what it must never be.
REQUIRED_FINISH_ARGS = [
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--device=dri",
    "--talk-name=org.freedesktop.secrets",
    "--talk-name=org.kde.kwalletd5",
    "--talk-name=org.kde.kwalletd6",
]
# Whole-home or whole-system file access (files come through the FileChooser portal), every
# device, and the X11 socket in Wayland sessions too (fallback-x11 is the one wanted).
FORBIDDEN_FINISH_ARGS = re.compile(
    r"^--(filesystem=(home|host|host-os|host-etc|~)(:.*)?|device=all|socket=x11)$")

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}", file=sys.stderr)


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__ or "usage: check-flatpak-manifest.py SOURCE_DIR [MANIFEST]", file=sys.stderr)
        return 2
    source_dir = os.path.abspath(sys.argv[1])
    manifest_path = (os.path.abspath(sys.argv[2]) if len(sys.argv) == 3
                     else os.path.join(source_dir, "packaging/flatpak/org.tessera.Tessera.yml"))
    manifest_dir = os.path.dirname(manifest_path)

    with open(manifest_path, encoding="utf-8") as stream:
        text = stream.read()
    try:
        manifest = yaml.safe_load(text)
    except yaml.YAMLError as error:
        fail(f"{manifest_path} is not valid YAML: {error}")
        return 1
    if not isinstance(manifest, dict):
        fail(f"{manifest_path} is not a YAML mapping")
        return 1

    check_identity(manifest, source_dir)
    check_runtime(manifest)
    check_command(manifest, source_dir)
    check_finish_args(manifest, text)
    check_modules(manifest, manifest_dir, source_dir)
    check_flatpak_builder(manifest_path)

    if failures:
        print(f"{len(failures)} Flatpak manifest check(s) failed", file=sys.stderr)
        return 1
    print("the Flatpak manifest's id, runtime, command, permissions and modules are right")
    return 0


def linux_file(source_dir, suffix):
    """The one file of packaging/linux/ whose name ends with suffix."""
    folder = os.path.join(source_dir, "packaging/linux")
    names = sorted(name for name in os.listdir(folder) if name.endswith(suffix))
    if len(names) != 1:
        fail(f"packaging/linux/ should hold exactly one *{suffix} file, it holds {names}")
        return None
    return os.path.join(folder, names[0])


def desktop_entry(path):
    """The [Desktop Entry] group of a desktop file as a dict."""
    entry = {}
    group = None
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                group = line
            elif group == "[Desktop Entry]" and "=" in line:
                key, value = line.split("=", 1)
                entry[key.strip()] = value.strip()
    return entry


def check_identity(manifest, source_dir):
    # flatpak-builder accepts `id` as well as `app-id`.
    app_id = manifest.get("app-id", manifest.get("id"))
    if not app_id:
        fail("the manifest has no app-id")
        return
    desktop = linux_file(source_dir, ".desktop")
    if desktop and os.path.basename(desktop) != f"{app_id}.desktop":
        fail(f"the desktop file is {os.path.basename(desktop)}, not {app_id}.desktop: "
             "Flatpak exports only files named after the app id")
    metainfo = linux_file(source_dir, ".metainfo.xml")
    if metainfo:
        root = ElementTree.parse(metainfo).getroot()
        component_id = (root.findtext("id") or "").strip()
        if component_id != app_id:
            fail(f"the metainfo <id> is '{component_id}', the manifest's app-id '{app_id}'")
        launchables = [(element.text or "").strip() for element in root.findall("launchable")]
        if f"{app_id}.desktop" not in launchables:
            fail(f"the metainfo <launchable> is {launchables}, not {app_id}.desktop")


def check_runtime(manifest):
    expected = {"runtime": "org.kde.Platform", "sdk": "org.kde.Sdk"}
    for key, value in expected.items():
        if manifest.get(key) != value:
            fail(f"{key} is '{manifest.get(key)}', not {value}")
    version = manifest.get("runtime-version")
    # Unquoted, YAML reads 6.8 as a number (and 6.10 as 6.1).
    if not isinstance(version, str) or not re.fullmatch(r"6\.\d+", version):
        fail(f"runtime-version is {version!r}: it must be a quoted KDE 6 version such as '6.8'")


def installed_programs(source_dir):
    """Targets installed by an install(TARGETS …) rule anywhere in the project's CMake files."""
    programs = set()
    pattern = re.compile(r"install\s*\(\s*TARGETS\s+([^)]*?)(?:\s+(?:RUNTIME|LIBRARY|ARCHIVE|DESTINATION|EXPORT)\b|\))",
                         re.IGNORECASE)
    for folder, subfolders, files in os.walk(source_dir):
        subfolders[:] = [name for name in subfolders
                         if not name.startswith(("build", ".", "out", "third_party"))]
        if "CMakeLists.txt" in files:
            with open(os.path.join(folder, "CMakeLists.txt"), encoding="utf-8") as stream:
                for match in pattern.finditer(stream.read()):
                    programs.update(match.group(1).split())
    return programs


def check_command(manifest, source_dir):
    command = manifest.get("command")
    programs = installed_programs(source_dir)
    if command not in programs:
        fail(f"command '{command}' is not a program the project installs ({sorted(programs)})")
    desktop = linux_file(source_dir, ".desktop")
    if desktop:
        exec_line = desktop_entry(desktop).get("Exec", "")
        started = exec_line.split()[0] if exec_line.split() else ""
        if started != command:
            fail(f"the desktop file starts '{started}', the manifest's command is '{command}'")


def check_finish_args(manifest, text):
    finish_args = manifest.get("finish-args") or []
    for wanted in REQUIRED_FINISH_ARGS:
        if wanted not in finish_args:
            fail(f"finish-args lacks {wanted}")
    for argument in finish_args:
        if FORBIDDEN_FINISH_ARGS.match(str(argument)):
            fail(f"finish-args has {argument}, wider than Tessera needs (packaging/flatpak/README.md, Permissions)")
    # Each permission says why, in a comment on its own line or on the line just above it.
    lines = text.splitlines()
    for argument in finish_args:
        found = False
        for number, line in enumerate(lines):
            if re.match(rf"^\s*-\s*['\"]?{re.escape(str(argument))}['\"]?\s*(#.*)?$", line):
                found = True
                above = lines[number - 1].strip() if number > 0 else ""
                if "#" not in line and not above.startswith("#"):
                    fail(f"finish-args {argument} has no comment saying why")
                break
        if not found:
            fail(f"could not find the line of finish-args {argument} (written in flow style?)")


def check_modules(manifest, manifest_dir, source_dir):
    modules = manifest.get("modules") or []
    if not modules:
        fail("the manifest has no modules")
        return
    for module in modules:
        if not isinstance(module, dict):
            fail(f"module {module!r} is not written inline (a separate file is not checked)")
            continue
        name = module.get("name", "?")
        sources = module.get("sources") or []
        if not sources:
            fail(f"module {name} has no sources")
        for source in sources:
            kind = source.get("type")
            if kind == "git":
                if not (source.get("url") or source.get("path")):
                    fail(f"module {name}: a git source has neither url nor path")
                if not (source.get("tag") or source.get("commit")):
                    fail(f"module {name}: git source {source.get('url')} is not pinned to a tag or commit")
                if source.get("branch") and not source.get("commit"):
                    fail(f"module {name}: git source {source.get('url')} follows branch "
                         f"{source.get('branch')}, which moves")
            elif kind in ("archive", "file"):
                if source.get("url") and not source.get("sha256"):
                    fail(f"module {name}: {kind} {source.get('url')} has no sha256")
            elif kind == "dir":
                path = os.path.normpath(os.path.join(manifest_dir, source.get("path", "")))
                if not os.path.isfile(os.path.join(path, "CMakeLists.txt")):
                    fail(f"module {name}: dir source {source.get('path')} ({path}) has no CMakeLists.txt")

    tessera = next((module for module in modules if isinstance(module, dict)
                    and module.get("name") == "tessera"), None)
    if tessera is None:
        fail("there is no module named tessera")
        return
    if modules[-1] is not tessera:
        fail("the tessera module is not the last one: its dependencies must be built before it")
    dirs = [source for source in tessera.get("sources") or [] if source.get("type") == "dir"]
    if len(dirs) != 1 or os.path.normpath(os.path.join(manifest_dir, dirs[0].get("path", ""))) != source_dir:
        fail(f"the tessera module should build this checkout ({source_dir}) from one dir source")
    options = tessera.get("config-opts") or []
    for wanted in ("-DBUILD_TESTING=OFF", "-DCMAKE_BUILD_TYPE=Release", "-DTESSERA_BUILD_BENCHMARKS=OFF"):
        if wanted not in options:
            fail(f"the tessera module's config-opts lack {wanted}")
    zxcvbn = [source for source in tessera.get("sources") or []
              if source.get("type") == "git" and "zxcvbn-c" in str(source.get("url"))]
    if len(zxcvbn) != 1 or not zxcvbn[0].get("dest"):
        fail("the tessera module should have one zxcvbn-c git source with a dest")
        return
    # flatpak-builder builds each module in /run/build/<module name>.
    expected = f"-DTESSERA_ZXCVBN_SOURCE_DIR=/run/build/tessera/{zxcvbn[0]['dest']}"
    given = [option for option in options if option.startswith("-DTESSERA_ZXCVBN_SOURCE_DIR=")]
    if given != [expected]:
        fail(f"the tessera module passes {given}, not {expected} (its zxcvbn source's dest)")
    # The same zxcvbn release the CMake fallback fetches (cmake/BundledZxcvbn.cmake).
    bundled = os.path.join(source_dir, "cmake/BundledZxcvbn.cmake")
    if os.path.isfile(bundled):
        with open(bundled, encoding="utf-8") as stream:
            match = re.search(r"GIT_TAG\s+(\S+)", stream.read())
        if match and zxcvbn[0].get("tag") != match.group(1):
            fail(f"zxcvbn-c is tag {zxcvbn[0].get('tag')} here but {match.group(1)} in cmake/BundledZxcvbn.cmake")


def check_flatpak_builder(manifest_path):
    builder = shutil.which("flatpak-builder")
    if builder is None:
        print("skipped: flatpak-builder --show-manifest (flatpak-builder not installed)")
        return
    result = subprocess.run([builder, "--show-manifest", manifest_path],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        fail(f"flatpak-builder --show-manifest rejected the manifest: {result.stderr.strip()}")


if __name__ == "__main__":
    sys.exit(main())
