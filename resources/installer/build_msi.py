"""Build the whole Windows chain: the PyInstaller one-folder bundle, then the MSI.

    python resources/installer/build_msi.py                # dist/BaoCao156/ + the MSI
    python resources/installer/build_msi.py --skip-bundle  # package dist/BaoCao156/ as it is

The MSI is compiled by WiX 3 (candle/light) where it is installed (Windows) and otherwise
by Debian's wixl. The file list is generated from the bundle, with component GUIDs derived
from each file's path so that an upgrade recognises the files it replaces.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
NAME = "BaoCao156"
#: The WiX source of the MSI.
WXS = HERE / f"{NAME}.wxs"
# Derives stable component GUIDs; changing it would orphan files on upgrade.
COMPONENT_NAMESPACE = uuid.UUID("6d2b3c1e-56a4-4f0e-9c15-b40ca0156156")
# Derives the ProductCode from the version: a rebuild of one version is the same product
# (Windows says it is installed already) instead of a second one beside it.
PRODUCT_NAMESPACE = uuid.UUID("0c6a1f3e-9a51-4d8e-8b36-5e1c40156156")
#: The package's language and codepage: Vietnamese, Windows-1258 (WiX 3 takes them from the
#: .wxs; wixl writes 1033 and 0 whatever it says, so they are set again afterwards).
LANGUAGE, CODEPAGE = "1066", "1258"
WIX_NAMESPACE = "http://schemas.microsoft.com/wix/2006/wi"


def _id(prefix: str, relative: str) -> str:
    """A WiX identifier for a path: short, valid, and the same on every build."""
    return f"{prefix}{hashlib.sha1(relative.encode('utf-8')).hexdigest()[:20]}"


def files_fragment(bundle: Path) -> str:
    """The ``AppFiles`` component group: one component per file of ``bundle``."""
    if not any((bundle / name).is_file() for name in (f"{NAME}.exe", NAME)):
        raise SystemExit(f"{bundle} does not hold a {NAME} build")
    wix = ET.Element("Wix", xmlns=WIX_NAMESPACE)
    tree = ET.SubElement(ET.SubElement(wix, "Fragment"), "DirectoryRef", Id="INSTALLDIR")
    group = ET.SubElement(ET.SubElement(wix, "Fragment"), "ComponentGroup", Id="AppFiles")

    def add(folder: Path, parent: ET.Element) -> None:
        for entry in sorted(folder.iterdir(), key=lambda p: p.name):
            relative = entry.relative_to(bundle).as_posix()
            if entry.is_dir():
                directory = ET.SubElement(
                    parent, "Directory", Id=_id("d", relative), Name=entry.name
                )
                add(entry, directory)
                continue
            component_id = _id("c", relative)
            guid = str(uuid.uuid5(COMPONENT_NAMESPACE, relative.lower())).upper()
            component = ET.SubElement(parent, "Component", Id=component_id, Guid=guid, Win64="yes")
            ET.SubElement(
                component,
                "File",
                Id=_id("f", relative),
                Name=entry.name,
                Source=f"$(var.SourceDir)/{relative}",
                KeyPath="yes",
            )
            ET.SubElement(group, "ComponentRef", Id=component_id)

    add(bundle, tree)
    ET.indent(wix)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(wix, encoding="unicode") + "\n"


def product_code(version: str) -> str:
    """The MSI ProductCode of ``version``: the same for every build of that version."""
    return "{" + str(uuid.uuid5(PRODUCT_NAMESPACE, version)).upper() + "}"


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on build.spec; return the one-folder bundle."""
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")],
        check=True,
    )  # fmt: skip
    return dist / NAME


def build_msi(bundle: Path, version: str, output: Path, work: Path) -> Path:
    """Compile the MSI for ``bundle`` at ``version`` into ``output``."""
    sys.path.insert(0, str(HERE))
    from windows_icon import write_ico

    work.mkdir(parents=True, exist_ok=True)
    files_wxs = work / "files.wxs"
    files_wxs.write_text(files_fragment(bundle), encoding="utf-8")
    icon = write_ico(ROOT / "resources" / "icons" / "app.png", work / "app.ico")
    defines = {
        "Version": version,
        "SourceDir": str(bundle),
        "IconFile": str(icon),
        "ProductCode": product_code(version),
    }
    sources = [WXS, files_wxs]
    output.parent.mkdir(parents=True, exist_ok=True)
    candle, light = shutil.which("candle"), shutil.which("light")
    wix_bin = os.environ.get("WIX")
    if not candle and wix_bin:
        candle = shutil.which("candle", path=str(Path(wix_bin) / "bin"))
        light = shutil.which("light", path=str(Path(wix_bin) / "bin"))
    if candle and light:
        objects = work / "obj"
        subprocess.run(
            [candle, "-nologo", "-arch", "x64", "-out", f"{objects}{os.sep}",
             *(f"-d{k}={v}" for k, v in defines.items()), *map(str, sources)],
            check=True,
        )  # fmt: skip
        subprocess.run(
            [light, "-nologo", "-out", str(output), *map(str, sorted(objects.glob("*.wixobj")))],
            check=True,
        )
    elif shutil.which("wixl"):
        # wixl reads only relative source paths: run it from the bundle's parent folder.
        cwd = bundle.parent
        paths = ("SourceDir", "IconFile")
        defines = {k: os.path.relpath(v, cwd) if k in paths else v for k, v in defines.items()}
        subprocess.run(
            ["wixl", "--arch", "x64", "--output", str(output.resolve()),
             *(f"--define={k}={v}" for k, v in defines.items()), *map(str, sources)],
            check=True,
            cwd=cwd,
        )  # fmt: skip
        finish_wixl_package(output, work)
    else:
        raise SystemExit("neither WiX 3 (candle, light) nor wixl is installed")
    return output


def secure_properties(wxs: Path) -> list[str]:
    """The properties the .wxs marks Secure: passed from the UI to the install itself."""
    root = ET.parse(wxs).getroot()
    return [
        element.get("Id")
        for element in root.iter(f"{{{WIX_NAMESPACE}}}Property")
        if element.get("Secure") == "yes"
    ]


def preset_properties(wxs: Path) -> dict[str, str]:
    """The MSI's public properties for IT's presets, each with the registry value (the
    preset's name) the .wxs writes it to."""
    root = ET.parse(wxs).getroot()
    return {
        value[1:-1]: element.get("Name")
        for element in root.iter(f"{{{WIX_NAMESPACE}}}RegistryValue")
        if (value := element.get("Value", "")).startswith("[") and value.endswith("]")
    }


def finish_wixl_package(msi: Path, work: Path) -> None:
    """What wixl leaves out and WiX 3 writes: language, codepage, the exe's file version,
    the secure properties.

    Done with msitools (msiinfo, msibuild), which come with wixl.
    """
    from desktop import __version__

    summary = subprocess.run(
        ["msiinfo", "suminfo", str(msi)], check=True, capture_output=True, text=True
    ).stdout
    fields = dict(re.findall(r"^(\w[\w ]*?): (.*)$", summary, re.M))
    package_code = "{" + str(uuid.uuid4()).upper() + "}"  # a new package at every build
    subprocess.run(
        ["msibuild", str(msi), "-s", fields["Subject"], fields["Author"],
         f"x64;{LANGUAGE}", package_code],
        check=True,
    )  # fmt: skip
    tables = work / "tables"
    tables.mkdir(parents=True, exist_ok=True)
    (tables / "_ForceCodepage.idt").write_text(
        f"\n\n{CODEPAGE}\t_ForceCodepage\n", encoding="ascii"
    )
    # The exe's version (build.spec writes x.y.z.0 into it) lets Windows Installer compare
    # it as a versioned file, as WiX 3 does by reading it from the exe.
    files = subprocess.run(
        ["msiinfo", "export", str(msi), "File"], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    rows = []
    for line in files:
        cells = line.split("\t")
        # FileName is "short|long"; the launcher is BaoCao156 in a test build made on Linux.
        if len(cells) == 8 and cells[2].split("|")[-1] in (f"{NAME}.exe", NAME):
            cells[4] = ".".join([*__version__.split(".")[:3], "0"])
        rows.append("\t".join(cells))
    (tables / "File.idt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    for table in ("_ForceCodepage.idt", "File.idt"):
        subprocess.run(["msibuild", str(msi), "-i", str(tables / table)], check=True)
    # wixl lists only its upgrade properties as secure; WiX 3 adds those marked Secure="yes".
    properties = subprocess.run(
        ["msiinfo", "export", str(msi), "Property"], check=True, capture_output=True, text=True
    ).stdout
    (listed,) = re.findall(r"^SecureCustomProperties\t(.*)$", properties, re.M)
    secure = ";".join([*listed.split(";"), *secure_properties(WXS)])
    update = "UPDATE `Property` SET `Value` = '{}' WHERE `Property` = 'SecureCustomProperties'"
    subprocess.run(["msibuild", str(msi), "-q", update.format(secure)], check=True)


def main(argv: list[str] | None = None) -> int:
    """Build the bundle (unless told not to) and the MSI; print the MSI's path."""
    sys.path.insert(0, str(ROOT))
    from desktop import __version__

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-bundle", action="store_true", help="package an existing bundle")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--version", default=__version__, help="MSI version (default: the app's)")
    options = parser.parse_args(argv)
    work = ROOT / "build" / "installer"
    bundle = options.dist / NAME
    if not options.skip_bundle:
        bundle = build_bundle(options.dist, ROOT / "build" / "pyinstaller")
    msi = options.dist / f"{NAME}-{options.version}-x64.msi"
    print(build_msi(bundle, options.version, msi, work))
    return 0


if __name__ == "__main__":
    sys.exit(main())
