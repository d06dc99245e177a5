"""Báo cáo 156: compose correct spam and scam reports for 156/5656."""

__version__ = "0.1.0"

APP_NAME = "Báo cáo 156"
