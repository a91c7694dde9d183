#!/usr/bin/env python3
"""Sanity checks and counts for the QA 22 gold files (q22-*.tml in this folder):
220-320 words and 15-30 TIMEX3 per article (the shared checker ../timeml_check.py, which its analyst ran as is).

Run: python3 check.py [-v]   (-v lists every tag with its value)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(HERE))
from timeml_check import run  # noqa: E402

if __name__ == "__main__":
    run(HERE, "q22-*.tml", words_range=(220, 320), tags_range=(15, 30))
