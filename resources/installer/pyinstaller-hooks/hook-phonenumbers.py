# Replaces PyInstaller's own phonenumbers hook, which collects every submodule: the app
# reads only the number metadata (data, and shortdata that phonenumbers imports), never
# the 40 MB geocoder, carrier or time-zone data.
from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules(
    "phonenumbers.shortdata"
)
