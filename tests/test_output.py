"""Renderers: what reaches a terminal, a spreadsheet or a pipe."""
import io

import pytest

from timeline_cli.output import write_csv_lines


@pytest.mark.parametrize("cell, expected", [
    ("plain ascii words", "plain ascii words"),
    ("bell\x07 and escape\x1b[2J", "bell and escape[2J"),             # ASCII text: the byte test
    ("curly \u201cquote\u201d and a bell\x07", "curly \u201cquote\u201d and a bell"),   # non-ASCII: the regex
    ("C1 control\x9b and bidi \u202eoverride", "C1 control and bidi override"),
])
def test_csv_lines_lose_control_characters_but_keep_line_ends(cell, expected):
    out = io.StringIO()
    count = write_csv_lines([(f'1,"{cell}"',), ('2,"next"',)], out, ("id", "text"))
    assert count == 2
    assert out.getvalue() == f'id,text\r\n1,"{expected}"\r\n2,"next"\r\n'


def test_csv_lines_guard_only_cells_that_start_a_formula():
    out = io.StringIO()
    write_csv_lines([('1,"=SUM(A1)","a ,""=not a cell start"",","-2"',)], out, ("id", "a", "b", "c"))
    assert out.getvalue().splitlines()[1] == '1,"\'=SUM(A1)","a ,""=not a cell start"",","\'-2"'
