#!/usr/bin/env python3
"""Sanity checks and counts for the held-out 6 gold files (h6-*.tml in this folder):
230-300 words and 15-25 TIMEX3 per article (its annotator adapted held-out 5's checker; the checks now live in ../timeml_check.py, shared with the QA 17 and 18 sets).

Run: python3 check.py [-v]   (-v lists every tag with its value)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(HERE))
from timeml_check import run  # noqa: E402

if __name__ == "__main__":
    run(HERE, "h6-*.tml", words_range=(230, 300), tags_range=(15, 25))
