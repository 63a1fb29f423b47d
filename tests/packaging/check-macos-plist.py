#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""ctest packaging.macosplist: configures packaging/macos/Info.plist.in with CMake's configure_file,
as CMake does when it builds Tessera.app (both ${VAR} and @VAR@ replaced, the MACOSX_BUNDLE_*
values MacOS.cmake sets), and checks the result with plistlib: a valid property list whose
identifier is the Linux desktop file's id, whose URL schemes are exactly the desktop file's
x-scheme-handler types, whose versions are the project's, and whose icon file exists.

Usage: check-macos-plist.py CMAKE SOURCE_DIR VERSION"""
import configparser
import plistlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

cmake, source, version = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
macos = source / "packaging" / "macos"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


# What MacOS.cmake gives the template: the bundle's executable name (OUTPUT_NAME) and the two
# versions, which must come from the project's version.
macos_cmake = (macos / "MacOS.cmake").read_text()
output_name = re.search(r"\bOUTPUT_NAME\s+(\S+)", macos_cmake)
check(output_name is not None, "MacOS.cmake sets no OUTPUT_NAME for the bundle's program")
executable = output_name.group(1) if output_name else "tessera"
for prop in ("MACOSX_BUNDLE_SHORT_VERSION_STRING", "MACOSX_BUNDLE_BUNDLE_VERSION"):
    check(re.search(rf"\b{prop}\s+\$\{{PROJECT_VERSION\}}", macos_cmake) is not None,
          f"MacOS.cmake does not set {prop} to ${{PROJECT_VERSION}}")

with tempfile.TemporaryDirectory() as work:
    work = Path(work)
    script = work / "configure.cmake"
    plist_path = work / "Info.plist"
    script.write_text(
        f'set(MACOSX_BUNDLE_EXECUTABLE_NAME "{executable}")\n'
        f'set(MACOSX_BUNDLE_SHORT_VERSION_STRING "{version}")\n'
        f'set(MACOSX_BUNDLE_BUNDLE_VERSION "{version}")\n'
        f'set(PROJECT_VERSION "{version}")\n'
        f'configure_file("{macos / "Info.plist.in"}" "{plist_path}")\n')
    result = subprocess.run([cmake, "-P", str(script)], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"FAIL: cmake could not configure Info.plist.in:\n{result.stderr}")
    text = plist_path.read_text()
    try:
        plist = plistlib.loads(text.encode())
    except Exception as error:  # plistlib raises several kinds for malformed XML
        sys.exit(f"FAIL: the configured Info.plist is not a valid property list: {error}")

check(isinstance(plist, dict), "the property list is not a dictionary")
check("${" not in text and not re.search(r"@[A-Z_]+@", text), "a variable was left unreplaced")

# The desktop file is the reference for the id and the link types (packaging/linux).
desktop_files = sorted((source / "packaging" / "linux").glob("*.desktop"))
if len(desktop_files) != 1:
    sys.exit(f"FAIL: expected one desktop file in packaging/linux, found {len(desktop_files)}")
desktop = configparser.ConfigParser(interpolation=None)
desktop.optionxform = str
desktop.read_string(desktop_files[0].read_text())
entry = desktop["Desktop Entry"]
desktop_id = desktop_files[0].name.removesuffix(".desktop")
desktop_schemes = {mime.split("/", 1)[1] for mime in entry.get("MimeType", "").split(";")
                   if mime.startswith("x-scheme-handler/")}
check(desktop_schemes, "the desktop file lists no x-scheme-handler types")

check(plist.get("CFBundleIdentifier") == desktop_id,
      f"CFBundleIdentifier is {plist.get('CFBundleIdentifier')!r}, the desktop file id {desktop_id!r}")
check(plist.get("CFBundleName") == entry.get("Name"),
      f"CFBundleName is {plist.get('CFBundleName')!r}, the desktop file's Name {entry.get('Name')!r}")
check(plist.get("CFBundleExecutable") == executable, f"CFBundleExecutable is not {executable!r}")
check(plist.get("CFBundlePackageType") == "APPL", "CFBundlePackageType is not APPL")
for key in ("CFBundleShortVersionString", "CFBundleVersion"):
    check(plist.get(key) == version, f"{key} is {plist.get(key)!r}, the project's version {version!r}")
check(plist.get("LSMinimumSystemVersion") == "11.0", "LSMinimumSystemVersion is not 11.0")
check(plist.get("NSHighResolutionCapable") is True, "NSHighResolutionCapable is not true")
check(plist.get("LSApplicationCategoryType") == "public.app-category.utilities",
      "LSApplicationCategoryType is not public.app-category.utilities")
check("GNU General Public License" in plist.get("NSHumanReadableCopyright", ""),
      "NSHumanReadableCopyright does not name the GPL")

schemes = [scheme for url_type in plist.get("CFBundleURLTypes", [])
           for scheme in url_type.get("CFBundleURLSchemes", [])]
check(len(schemes) == len(set(schemes)), f"a URL scheme is listed twice: {schemes}")
check(set(schemes) == desktop_schemes,
      f"URL schemes {sorted(set(schemes))} differ from the desktop file's {sorted(desktop_schemes)}")

icon = plist.get("CFBundleIconFile", "")
icon_file = icon if icon.endswith(".icns") else icon + ".icns"
check(icon and (macos / icon_file).is_file(), f"CFBundleIconFile {icon!r} is not a file in packaging/macos")
check(re.search(rf"\b{re.escape(icon_file)}\b", macos_cmake) is not None,
      f"MacOS.cmake does not put {icon_file} into the bundle")

if failures:
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    sys.exit(1)
print(f"Info.plist: {desktop_id} {version}, URL schemes {sorted(schemes)}, icon {icon_file}")
