"""The MSI for IT: silent install, upgrade in place, downgrade refused, clean uninstall."""

from __future__ import annotations

import re
import subprocess

import build_msi  # resources/installer, on the path through conftest.py
import pytest

ARP_KEY = r"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{"


def decode_wine(value: str) -> str:
    """Undo wine's registry-file escapes (``\\xe1`` for á, ``\\\\`` for a backslash)."""
    escapes = r"\\x([0-9a-fA-F]{1,4})|\\(\\)"
    return re.sub(escapes, lambda m: m.group(2) or chr(int(m.group(1), 16)), value)


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

    # Silent install puts the files, the shortcut and the Add/Remove Programs entry in place;
    # IT may give that entry its own support links (the app itself has no web address).
    support = "https://intranet.example/bao-cao-156"
    assert wine_prefix.msiexec("/i", first, f"ARPHELPLINK={support}") == 0
    assert (wine_prefix.install_dir / "_internal" / "resources" / "guidance" / "vi.md").is_file()
    assert (
        wine_prefix.install_dir / "_internal" / "resources" / "licenses" / "LGPL-3.0.txt"
    ).is_file()
    assert len(wine_prefix.shortcuts()) == 1
    (entry,) = arp_entries(wine_prefix.registry())
    assert entry["DisplayVersion"] == "0.1.0"
    assert entry["Publisher"] == "So GD&DT Dak Lak"
    assert "MsiExec.exe /X{" in entry["UninstallString"]
    assert entry["InstallLocation"].rstrip("\\").endswith("Program Files\\BaoCao156")
    assert entry["HelpLink"] == support

    # A newer MSI replaces the old one in place: exactly one product, the new version.
    assert wine_prefix.msiexec("/i", newer) == 0
    (entry,) = arp_entries(wine_prefix.registry())
    assert entry["DisplayVersion"] == "0.2.0"
    assert (wine_prefix.install_dir / "_internal" / "resources" / "guidance" / "vi.md").is_file()
    assert len(wine_prefix.shortcuts()) == 1

    # The same version built again is the same product: never a second one beside it.
    assert wine_prefix.msiexec("/i", msi_factory("0.2.0", again=True)) in (0, 1638)
    (entry,) = arp_entries(wine_prefix.registry())
    assert entry["DisplayVersion"] == "0.2.0"

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
    assert "[Software\\\\BaoCao156]" not in wine_prefix.user_registry()
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


def msi_table(msi, table: str) -> list[list[str]]:
    exported = subprocess.run(
        ["msiinfo", "export", str(msi), table], capture_output=True, text=True, check=True
    ).stdout
    return [line.split("\t") for line in exported.splitlines()[3:]]


def product_code(msi) -> str:
    return dict(msi_table(msi, "Property"))["ProductCode"]


def test_every_build_of_a_version_is_one_product_and_a_new_package(msi_factory):
    first, again = msi_factory("0.1.0"), msi_factory("0.1.0", again=True)
    assert product_code(first) == product_code(again) == build_msi.product_code("0.1.0")
    assert product_code(msi_factory("0.2.0")) != product_code(first)

    def package_code(msi) -> str:
        summary = subprocess.run(
            ["msiinfo", "suminfo", str(msi)], capture_output=True, text=True, check=True
        ).stdout
        return re.search(r"Revision number \(UUID\): (\{[0-9A-F-]+\})", summary).group(1)

    assert package_code(first) != package_code(again)


def test_the_package_is_vietnamese_with_its_exe_versioned(msi_factory):
    from desktop import __version__

    msi = msi_factory("0.1.0")
    summary = subprocess.run(
        ["msiinfo", "suminfo", str(msi)], capture_output=True, text=True, check=True
    ).stdout
    assert "Template: x64;1066" in summary
    assert "Subject: Báo cáo 156: bao cao" in summary and "Author: So GD&DT Dak Lak" in summary
    assert dict(msi_table(msi, "Property"))["ProductLanguage"] == "1066"
    codepage = subprocess.run(
        ["msiinfo", "export", str(msi), "_ForceCodepage"], capture_output=True, text=True
    ).stdout
    assert codepage.replace("\0", "").split() == ["1258", "_ForceCodepage"]
    launchers = ("BaoCao156.exe", "BaoCao156")  # the second when the bundle was built on Linux
    (exe,) = [row for row in msi_table(msi, "File") if row[2].split("|")[-1] in launchers]
    assert exe[4] == f"{__version__}.0"


def test_add_remove_programs_learns_the_folder_before_the_product_is_registered(msi_factory):
    msi = msi_factory("0.1.0")
    actions = {row[0]: row for row in msi_table(msi, "CustomAction")}
    assert actions["SetInstallLocation"][2:4] == ["ARPINSTALLLOCATION", "[INSTALLDIR]"]
    sequence = {row[0]: int(row[2]) for row in msi_table(msi, "InstallExecuteSequence")}
    assert sequence["CostFinalize"] < sequence["SetInstallLocation"] < sequence["RegisterProduct"]


def test_the_shortcut_is_kept_by_a_per_user_key_as_ice38_asks(msi_factory):
    (row,) = [r for r in msi_table(msi_factory("0.1.0"), "Registry") if r[3] == "StartMenuShortcut"]
    assert row[1] == "1"  # HKEY_CURRENT_USER
    components = {r[0]: r for r in msi_table(msi_factory("0.1.0"), "Component")}
    assert components["StartMenuShortcut"][5] == row[0]  # the key path


def installer_presets(registry: str) -> dict[str, str] | None:
    """The values the MSI's properties wrote (HKLM\\Software\\BaoCao156\\Installer), or None
    when the key is gone."""
    for section in registry.split("\n\n"):
        if section.lstrip().startswith("[Software\\\\BaoCao156\\\\Installer]"):
            values = re.findall(r'^"([^"]+)"=(?:str\(\d\):)?"(.*)"$', section, re.M)
            return {name: decode_wine(value) for name, value in values}
    return None


def test_the_msi_writes_each_preset_the_app_reads_from_a_property_it_keeps_secure():
    """Read from the .wxs: a property added there and not to the app, or not passed from the
    installer's UI to the install itself, would be silently dropped."""
    from desktop import presets

    written = build_msi.preset_properties(build_msi.WXS)
    assert sorted(written.values()) == sorted(presets.NAMES)
    assert set(written) <= set(build_msi.secure_properties(build_msi.WXS))


def test_msi_properties_preset_the_app_survive_an_upgrade_and_leave_with_it(
    wine_prefix, msi_factory
):
    first, newer = msi_factory("0.1.0"), msi_factory("0.2.0")
    organisation = "Sở GD&ĐT Đắk Lắk"
    assert (
        wine_prefix.msiexec(
            "/i", first, "DESTINATION=5656", f"ORGANISATION={organisation}", "LOG=0",
            "LANGUAGE=en", r"GUIDANCE=\\server\share\canh-bao.md",
        )
        == 0
    )  # fmt: skip
    wine_prefix.wait()
    presets = installer_presets(wine_prefix.registry())
    assert presets is not None
    written = build_msi.preset_properties(build_msi.WXS).values()
    assert {name: presets.get(name) for name in written} == {
        "Destination": "5656",
        "Organisation": organisation,
        "LogEnabled": "0",
        "Language": "en",
        "GuidancePath": r"\\server\share\canh-bao.md",
    }

    # An upgrade without them keeps them; one given again wins.
    assert wine_prefix.msiexec("/i", newer, "DESTINATION=156") == 0
    wine_prefix.wait()
    presets = installer_presets(wine_prefix.registry())
    assert presets["Destination"] == "156"
    assert presets["Organisation"] == organisation and presets["LogEnabled"] == "0"

    # Uninstalling takes them away with the app.
    assert wine_prefix.msiexec("/x", newer) == 0
    wine_prefix.wait()
    assert not installer_presets(wine_prefix.registry())


@pytest.mark.parametrize("bad", ["DESTINATION=113", "LOG=yes", "LANGUAGE=fr"])
def test_a_value_the_app_would_not_accept_stops_the_install_with_the_reason(
    wine_prefix, msi_factory, tmp_path, bad
):
    msi = msi_factory("0.1.0")
    log = tmp_path / "install.log"
    assert wine_prefix.msiexec("/i", msi, bad, "/l*v", str(log)) != 0
    wine_prefix.wait()
    assert arp_entries(wine_prefix.registry()) == []
    assert not wine_prefix.install_dir.exists()
    text = log.read_bytes()
    said = text.decode("utf-16" if text.startswith(b"\xff\xfe") else "latin-1", errors="replace")
    assert re.search(r"LaunchConditions\. Return value [03]", said)  # stopped there
    # Windows writes the failed condition's message into the log (Wine does not): the reason.
    name = bad.split("=")[0]
    (reason,) = [row[1] for row in msi_table(msi, "LaunchCondition") if f"NOT {name} " in row[0]]
    assert reason.startswith(f"{name} must be")
