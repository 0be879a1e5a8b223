"""Issue 15: a shared template cannot hang, exhaust memory or crash the renderer."""

from __future__ import annotations

import os
import sys
import time
import tracemalloc
import zipfile
from datetime import date
from pathlib import Path

import pytest

from oiaassist.drafting import sandbox
from oiaassist.drafting.kinds import LetterKind, example_json, letter_from_json
from oiaassist.drafting.render import render_docx, render_text
from oiaassist.drafting.sandbox import MAX_OUTPUT, make_environment
from oiaassist.drafting.templates import TemplateFolder
from oiaassist.errors import TemplateError

PAYLOADS = [
    "{{ 'x'.center(300000000) }}",
    "{{ 'x'.ljust(300000000) }}",
    "{{ 'x'.zfill(10**9) }}",
    "{{ '%0300000000d' % 1 }}",
    "{{ '%*d' % (300000000, 1) }}",
    "{{ '%.300000000f' % 1.5 }}",
    "{{ '{:>300000000}'.format(1) }}",
    "{{ '{:{w}}'.format(1, w=300000000) }}",
    "{{ 'abc'|truncate(-1) }}",
    "{{ 'x'|center(300000000) }}",
    "{{ 'x'|indent(300000000) }}",
    "{{ 'x'|wordwrap(300000000) }}",
    "{{ ('x' * 1000000)|replace('', 'yyyy') }}",
    "{{ 'x'.ljust(1000000).replace('x', 'xxxxxxxxxx') }}",
    "{{ ('\t' * 1000000).expandtabs(1000) }}",
    "{{ ('x' * 1000000)|join('yyyyy') }}",
    "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}{{ ns.s|length }}",
    "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}"
    "{% endfor %}{{ ns.s|length }}",
    "{% for i in range(100000) %}{{ 'x' * 1000000 }}{% endfor %}",
    "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}",
    "{{ 'x' * 2000000 ~ 'y' }}",
]


def _letter() -> object:
    return letter_from_json(
        LetterKind.REQUEST,
        example_json(LetterKind.REQUEST),
        "request.json",
        today=date(2024, 9, 13),
    )


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_hostile_template_is_a_template_error(tmp_path: Path, payload: str) -> None:
    """Each used to hang, write hundreds of MB, or end in MemoryError/AssertionError tracebacks."""
    (tmp_path / "request.txt").write_text(f"Subject: x\n\n{payload}\n", encoding="utf-8")
    render_text(_letter())  # warm: imports, locale data, the letter's model
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(TemplateError, match=r"template request\.txt"):
        render_text(_letter(), folder=TemplateFolder.at(tmp_path))  # type: ignore[arg-type]
    elapsed = time.perf_counter() - started
    _size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 5  # each is refused in milliseconds; CI shares its cores
    assert peak < 100_000_000


def test_ordinary_formatting_still_works() -> None:
    env = make_environment("en", "text")
    source = (
        "{{ '%5.2f' % 3.14159 }} {{ '{:>6}'.format('ab') }} {{ 'Call 0211234567 re %s' % 'x' }}"
    )
    assert env.from_string(source).render() == " 3.14     ab Call 0211234567 re x"
    assert env.from_string("{{ ('a' * 10) ~ 'b' }}{{ [1, 2]|join(', ') }}").render() == (
        "aaaaaaaaaab1, 2"
    )


def test_the_output_is_capped_as_it_is_written() -> None:
    env = make_environment("en", "text")
    big = "{% for i in range(10) %}{{ 'x' * 1000000 }}{% endfor %}"
    with pytest.raises(Exception, match=f"longer than {MAX_OUTPUT:,}"):
        env.from_string(big).render()


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_template_linking_outside_its_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Subject: s\n\nthe secret\n", encoding="utf-8")
    folder = tmp_path / "templates"
    folder.mkdir()
    os.symlink(secret, folder / "request.txt")
    with pytest.raises(TemplateError, match="outside"):
        TemplateFolder.at(folder).find("request", "txt")
    inside = folder / "mine.txt"
    inside.write_text("Subject: s\n\nmine\n", encoding="utf-8")
    os.symlink(inside, folder / "reminder.txt")
    assert TemplateFolder.at(folder).find("reminder", "txt") == folder / "reminder.txt"


def test_a_template_that_loops_without_end_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nested loops that write nothing pass every size cap; the time limit stops them."""
    monkeypatch.setattr(sandbox, "RENDER_SECONDS", 1.0)
    loops = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    (tmp_path / "request.txt").write_text(f"Subject: x\n\n{loops}\n", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(TemplateError, match=r"request\.txt: .*longer than 1 seconds"):
        render_text(_letter(), folder=TemplateFolder.at(tmp_path))  # type: ignore[arg-type]
    assert time.perf_counter() - started < 10


def test_a_zip_bomb_docx_template_is_refused(tmp_path: Path) -> None:
    pytest.importorskip("docxtpl")
    with (
        zipfile.ZipFile(tmp_path / "request.docx", "w", zipfile.ZIP_DEFLATED) as bomb,
        bomb.open("word/media/image1.png", "w", force_zip64=True) as member,
    ):
        for _ in range(100):
            member.write(b"\0" * (1 << 20))
    started = time.perf_counter()
    with pytest.raises(TemplateError, match=r"request\.docx: unpacks to more than 64 MB"):
        render_docx(_letter(), folder=TemplateFolder.at(tmp_path))  # type: ignore[arg-type]
    assert time.perf_counter() - started < 10
