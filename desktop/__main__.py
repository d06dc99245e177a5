"""Command line: open the window, ``--version``, ``--self-test``."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from desktop import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    """The command-line options (for IT; users just open the app)."""
    parser = argparse.ArgumentParser(
        prog="bao-cao-156",
        description=f"{APP_NAME}: soạn tin nhắn báo cáo gửi 156/5656 "
        "(compose spam and scam reports for 156/5656).",
    )
    parser.add_argument("--version", action="version", version=f"bao-cao-156 {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="kiểm tra bản cài đặt rồi thoát (check the installation and exit): "
        "prints one line ending in 'ok' and exits 0",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; return the process exit code."""
    argv = list(sys.argv if argv is None else argv)
    qt_arguments: list[str] = []
    # Opening the app passes no arguments: then the parser, whose messages gettext looks up
    # in the system's locale, is not even built.
    if len(argv) > 1:
        options, qt_arguments = build_parser().parse_known_args(argv[1:])
        if options.self_test:
            return _self_test([argv[0], *qt_arguments])
    # Start-up only builds what lives as long as the app (modules, Qt types, the window):
    # the collector would scan it over and over for no garbage. Once started, it is
    # set aside for good and collection resumes for what comes after.
    gc.disable()
    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow

    app = create_application([argv[0], *qt_arguments])
    window = MainWindow()
    window.started.connect(_collect_from_now_on)
    window.show()
    return app.exec()


def _collect_from_now_on() -> None:
    """Set what start-up built aside from collection for good, and collect from now on."""
    gc.freeze()
    gc.enable()


def _self_test(argv: list[str]) -> int:
    from desktop.self_test import SelfTestError, run

    try:
        line = run(argv)
    except SelfTestError as error:
        _print(f"bao-cao-156 {__version__} self-test FAILED: {error}", sys.stderr)
        return 1
    _print(line, sys.stdout)
    return 0


def _print(line: str, stream) -> None:
    # A windowed Windows build has no console: there is nowhere to print, only the exit code.
    if stream is None:
        return
    try:
        print(line, file=stream, flush=True)
    except UnicodeEncodeError:  # a console or pipe whose code page lacks Vietnamese letters
        encoding = stream.encoding or "ascii"
        print(line.encode(encoding, "backslashreplace").decode(encoding), file=stream, flush=True)


if __name__ == "__main__":
    sys.exit(main())
