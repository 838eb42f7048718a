"""The README's Python examples run as written, from the project's folder, and print what they promise."""

import os
import re
import subprocess
import sys

from conftest import SOURCE_DIR


def readme_python_blocks():
    readme = (SOURCE_DIR / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", readme, flags=re.S)


def test_the_readme_shows_python(tmp_path):
    assert readme_python_blocks(), "the README has a Python example"


def test_every_python_example_of_the_readme_runs(tmp_path):
    (tmp_path / "corpus").symlink_to(SOURCE_DIR / "corpus")  # the examples name corpus/ files, as in the clone
    for block in readme_python_blocks():
        done = subprocess.run([sys.executable, "-c", block], cwd=tmp_path, capture_output=True, text=True,
                              env=dict(os.environ))
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip(), "the example prints its results"
        lines = done.stdout.splitlines()
        assert re.match(r"1 (memo|meta-the-list) \d+ ", lines[0]), done.stdout
