"""The MSI for IT: silent install, upgrade in place, downgrade refused, clean uninstall."""

from __future__ import annotations

import re
import subprocess

import pytest

ARP_KEY = r"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{"


def decode_wine(value: str) -> str:
    """Undo wine's registry-file escapes (``\\xe1`` for á)."""
    return re.sub(r"\\x([0-9a-fA-F]{1,4})", lambda m: chr(int(m.group(1), 16)), value)


def arp_entries(registry: str) -> list[dict[str, str]]:
    """The Add/Remove Programs entries of this app in a wine system.reg."""
    entries = []
    for section in registry.split("\n\n"):
        header = section.lstrip().split("\n", 1)[0]
        if ARP_KEY not in header:
            continue
        values = dict(re.findall(r'^"([^"]+)"=(?:str\(\d\):)?"(.*)"$', section, re.M))
        values = {k: decode_wine(v) for k, v in values.items()}
        if values.get("DisplayName") == "Báo cáo 156":
            entries.append(values)
    return entries


@pytest.fixture(scope="module")
def user_data(wine_prefix):
    """A file where the app keeps user data (QStandardPaths' AppDataLocation on Windows)."""
    folder = wine_prefix.drive_c / "users" / "root" / "AppData" / "Roaming" / "BaoCao156"
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "bao-cao-156.ini"
    data.write_text("[General]\nkept=yes\n", encoding="utf-8")
    return data


def test_silent_install_upgrade_downgrade_and_uninstall(wine_prefix, msi_factory, user_data):
    first, newer = msi_factory("0.1.0"), msi_factory("0.2.0")

    # Silent install puts the files, the shortcut and the Add/Remove Programs entry in place.
    assert wine_prefix.msiexec("/i", first) == 0
    assert (wine_prefix.install_dir / "_internal" / "resources" / "guidance" / "vi.md").is_file()
    assert (
        wine_prefix.install_dir / "_internal" / "resources" / "licenses" / "LGPL-3.0.txt"
    ).is_file()
    assert len(wine_prefix.shortcuts()) == 1
    (entry,) = arp_entries(wine_prefix.registry())
    assert entry["DisplayVersion"] == "0.1.0"
    assert entry["Publisher"] == "So GD&DT Dak Lak"
    assert "MsiExec.exe /X{" in entry["UninstallString"]

    # A newer MSI replaces the old one in place: exactly one product, the new version.
    assert wine_prefix.msiexec("/i", newer) == 0
    (entry,) = arp_entries(wine_prefix.registry())
    assert entry["DisplayVersion"] == "0.2.0"
    assert (wine_prefix.install_dir / "_internal" / "resources" / "guidance" / "vi.md").is_file()
    assert len(wine_prefix.shortcuts()) == 1

    # An older MSI is refused and changes nothing.
    assert wine_prefix.msiexec("/i", first) != 0
    (entry,) = arp_entries(wine_prefix.registry())
    assert entry["DisplayVersion"] == "0.2.0"

    # Uninstall leaves nothing of ours behind, and never the user's own data.
    assert wine_prefix.msiexec("/x", newer) == 0
    assert not wine_prefix.install_dir.exists()
    assert wine_prefix.shortcuts() == []
    registry = wine_prefix.registry()
    assert arp_entries(registry) == []
    assert "[Software\\\\BaoCao156]" not in registry
    assert user_data.read_text(encoding="utf-8") == "[General]\nkept=yes\n"


def test_msi_summary_names_the_product(msi_factory):
    msi = msi_factory("0.1.0")
    properties = subprocess.run(
        ["msiinfo", "export", str(msi), "Property"], capture_output=True, text=True, check=True
    ).stdout
    assert "ProductName\tBáo cáo 156" in properties
    assert "UpgradeCode\t{B78DF25F-0818-4CE2-BC42-36ED0821A7A6}" in properties
    assert "ALLUSERS\t1" in properties
    assert "ARPPRODUCTICON\tAppIcon.ico" in properties
