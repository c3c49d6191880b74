"""Hostile and clumsy files through the real command line: imports, feeds.yaml and model folders.

Every one ends either imported (bad rows listed by line) or in one line naming the file (and the
line where it applies), exit code 2, never a traceback; imports are read as a stream with caps on
the file and on a line, so memory stays bounded.
"""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.interfaces.cli import main

ROOT = Path(__file__).resolve().parents[1]
DEEP = 100_000
GOOD = {"text": "Bầu cử đại biểu Quốc hội ngày 23/5", "url": "https://x.example/1"}


def _cli(tmp_path: Path, *args: str, settings: str = ""):
    cfg = tmp_path / "feeds.yaml"
    if not cfg.exists():
        cfg.write_text(f"settings:\n  demo: false\n{settings}feeds: []\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'm.db'}"
    return CliRunner().invoke(main, ["--config", str(cfg), "--db", db, *args])


def _one_line_exit_2(r, *needles: str) -> None:
    assert r.exit_code == 2, r.output
    assert "Traceback" not in r.output and r.exception is None or isinstance(r.exception, SystemExit)
    errors = [ln for ln in r.output.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1, r.output
    for needle in needles:
        assert needle in errors[0], r.output


def _import(tmp_path: Path, name: str, data: bytes, *extra: str, settings: str = ""):
    f = tmp_path / name
    f.write_bytes(data)
    return _cli(tmp_path, "import", str(f), "--source", "Kênh", "--no-classify", *extra, settings=settings)


def _jsonl(*records) -> bytes:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records).encode()


# --- imports ending in one line, exit 2 ----------------------------------------------------------

REFUSED = [
    ("deep.jsonl", _jsonl("[" * DEEP + "]" * DEEP), "deep.jsonl line 1: not valid JSON (nested too deeply)"),
    (
        "deep_obj.jsonl",
        _jsonl('{"a":' * DEEP + "1" + "}" * DEEP),
        "deep_obj.jsonl line 1: not valid JSON (nested too deeply)",
    ),
    (
        "result.json",
        json.dumps({"name": "X", "id": 1, "messages": []})[:-2].encode() + b"[" + b"[" * DEEP + b"]" * DEEP + b"]}",
        "result.json line 1: not valid JSON (nested too deeply)",
    ),
    ("result.json", b'{"name": ' + b"[" * DEEP + b"]" * DEEP + b', "messages": []}', "nested too deeply"),
    (
        "result.json",
        b'{"name": "X",\n "messages": [\n  {"id": 1, "text": "a"},\n  {"id": 2, "te',
        "result.json line 4: not valid JSON",
    ),
    ("result.json", b'[{"id": 1}]', "result.json line 1: not valid JSON (expected a JSON object)"),
    ("result.json", b'{"name": "X", "messages": 5}', "result.json: not a Telegram channel export"),
    (
        "result.json",
        b'{"name": "X", "messages": [{"id": 1, "text": "' + b"x" * 5000 + b'"}]}',
        "result.json line 1: not valid JSON (a value longer than 1,000 characters)",
    ),
    ("result.json", b"", "result.json line 1: not valid JSON (expected a JSON object)"),
    ("long.csv", b"text,url\n" + b"a" * 2_000_000 + b",u\nok,u\n", "long.csv line 2: longer than 1,000 characters"),
    (
        "field.csv",
        b'text,url\n"' + b"abc\n" * 600 + b'",u\n',
        "field.csv line 2: cannot read the row (a field longer than 1,000",
    ),
    ("big.csv", b"text\n" + b"x\n" * 30_000, "big.csv: 60,005 bytes, more than import_max_file_bytes (50,000)"),
    ("nul.csv", "text,url\nBầu cử,u\n".encode("utf-16-le"), "nul.csv: holds NUL bytes"),
    ("empty.csv", b"", "empty.csv: the file is empty"),
    ("sur.jsonl", b'{"text": "\\ud800 x"}\n', "sur.jsonl line 1: text holds a lone surrogate"),
    (
        "result.json",
        b'{"name": "X", "id": 1, "username": "\\udfff", "messages": [{"id": "\\ud800", "text": "a"}]}',
        "result.json message id \\ud800: id or channel name holds a lone surrogate",
    ),
    (
        "only_bad.jsonl",
        _jsonl('"a string"', "{bad", "1" * 5000),
        "only_bad.jsonl line 1: expected a JSON object, found str (and 2 more); no row of only_bad.jsonl could be imported",
    ),
]


@pytest.mark.parametrize("name,data,message", REFUSED, ids=[f"{i}-{r[0]}" for i, r in enumerate(REFUSED)])
def test_hostile_import_ends_in_one_line(tmp_path, name, data, message):
    fmt = ("--format", "telegram") if name.endswith(".json") else ()
    caps = ("  import_max_line_chars: 1000\n" if "1,000" in message else "") + (  # the caps under test, set low
        "  import_max_file_bytes: 50000\n" if "50,000" in message else ""
    )
    r = _import(tmp_path, name, data, *fmt, settings=caps)
    _one_line_exit_2(r, message)


def test_an_empty_source_name_ends_in_one_line(tmp_path):
    f = tmp_path / "ok.csv"
    f.write_bytes("text\nBầu cử\n".encode())
    r = _cli(tmp_path, "import", str(f), "--source", "", "--no-classify")
    _one_line_exit_2(r, "error: --source: the source name is empty")


def test_a_duplicated_column_name_ends_in_one_line(tmp_path):
    r = _import(tmp_path, "dup.csv", b"text,text,url\na,b,https://x.example/1\n")
    _one_line_exit_2(r, "error: dup.csv line 1: columns 1 and 2 are both named 'text'; rename one")


def test_header_bytes_are_printed_safely(tmp_path):
    r = _import(tmp_path, "h.csv", b"\x1b[31mred\x07,\x80\x81col,\r\n1,2,3\n")
    _one_line_exit_2(r, "h.csv: no text column found", "\\x1b[31mred\\x07", "\\x80\\x81col")
    assert "\x1b" not in r.output and "\x07" not in r.output


# --- imports that go through, bad rows listed ------------------------------------------------------


def test_bad_rows_are_listed_and_good_rows_imported(tmp_path):
    data = _jsonl(
        GOOD,
        "[" * DEEP + "]" * DEEP,
        {"text": "x", "n": int("9" * 4000)},
        "1" * 5000,
        {"text": "Bài hai", "url": "https://x.example/2"},
    )
    r = _import(tmp_path, "mixed.jsonl", data, "--map", "text=text,url=url")
    assert r.exit_code == 0, r.output
    assert "5 rows from 'Kênh': 3 new" in r.output
    assert "mixed.jsonl line 2: not valid JSON (nested too deeply)" in r.output
    assert "mixed.jsonl line 4: not valid JSON (Exceeds the limit" in r.output


@pytest.mark.parametrize(
    "bom,codec",
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF8, "utf-8"),
    ],
)
def test_byte_order_marks_are_recognised(tmp_path, bom, codec):
    text = "text,url\r\nBầu cử đại biểu Quốc hội,https://x.example/1\r\nHĐND tỉnh,https://x.example/2\r\n"
    r = _import(tmp_path, "u.csv", bom + text.encode(codec))
    assert r.exit_code == 0, r.output
    assert "2 rows from 'Kênh': 2 new" in r.output and "0 errors" in r.output
    from monitor.storage import Store

    store = Store(f"sqlite:///{tmp_path / 'm.db'}")
    texts = {h["title"] or "" for h in []} | {i.text for i in _items(store)}
    store.dispose()
    assert texts == {"Bầu cử đại biểu Quốc hội", "HĐND tỉnh"}


def _items(store):
    import sqlalchemy as sa

    from monitor.storage.schema import items

    with store.engine.connect() as conn:
        return list(conn.execute(sa.select(items.c.text)))


def test_telegram_export_is_read_message_by_message(tmp_path):
    msgs = [
        {"id": i, "type": "message", "date": "2021-05-15T08:00:00", "text": f"Tin số {i} về bầu cử"}
        for i in range(1, 2001)
    ]
    doc = {"name": "Kênh", "type": "public_channel", "id": 42, "messages": msgs, "extra": {"k": [1, 2]}}
    data = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8-sig")
    r = _import(tmp_path, "result.json", data, settings="  import_max_line_chars: 1000\n")
    assert r.exit_code == 0, r.output
    assert "2000 rows from 'Kênh': 2000 new" in r.output


def test_memory_stays_bounded_on_a_100_mb_one_line_csv(tmp_path):
    """Peak memory of the whole import process: a small file vs a 100 MB single-line CSV."""
    small = tmp_path / "small.csv"
    small.write_text("text\nBầu cử\n", encoding="utf-8")
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as fh:
        fh.write(b"text\n")
        for _ in range(100):
            fh.write(b"a" * 1_000_000)
        fh.write(b"\n")
    script = (
        "import resource, sys\nfrom monitor.interfaces.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit as e:\n    code = e.code\n"
        "print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, code)\n"
    )
    peaks = {}
    for f in (small, huge):
        (tmp_path / "feeds.yaml").write_text("settings:\n  demo: false\nfeeds: []\n", encoding="utf-8")
        r = subprocess.run(
            [
                sys.executable,
                "-c",
                script,
                "--config",
                str(tmp_path / "feeds.yaml"),
                "--db",
                f"sqlite:///{tmp_path / (f.stem + '.db')}",
                "import",
                str(f),
                "--source",
                "K",
                "--no-classify",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        peak_line = [ln for ln in r.stdout.splitlines() if ln.startswith("PEAK")][-1].split()
        peaks[f.stem] = (int(peak_line[1]) / 1024, peak_line[2], r.stderr + r.stdout)
    assert peaks["huge"][1] == "2", peaks["huge"][2]
    assert "huge.csv line 2: longer than 1,000,000 characters" in peaks["huge"][2]
    extra = peaks["huge"][0] - peaks["small"][0]
    print(
        f"peak RSS: small file {peaks['small'][0]:.0f} MB, 100 MB one-line CSV {peaks['huge'][0]:.0f} MB "
        f"(+{extra:.0f} MB)"
    )
    assert extra < 40, f"the 100 MB line cost {extra:.0f} MB"


# --- feeds.yaml and taxonomy files ---------------------------------------------------------------------

CONFIGS = [
    ("settings: " + "[" * DEEP + "]" * DEEP + "\n", "feeds.yaml: invalid YAML: nested too deeply"),
    ("settings:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(3000)), "feeds.yaml"),
    ("settings:\n  full_text_allowed_networks: [intranet]\n", "line 2: settings.full_text_allowed_networks"),
    ("settings:\n  import_max_line_chars: 5\n", "line 2: settings.import_max_line_chars"),
    (
        "settings: {a: &a [1,1,1,1,1,1,1,1,1], b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a], c: [*b,*b,*b,*b,*b,*b,*b,*b,*b]}\n",
        "settings.a: unknown key",
    ),
]


@pytest.mark.parametrize("text,message", CONFIGS, ids=range(len(CONFIGS)))
def test_hostile_feeds_yaml_ends_in_one_line(tmp_path, text, message):
    (tmp_path / "feeds.yaml").write_text(text, encoding="utf-8")
    r = _cli(tmp_path, "check-config")
    _one_line_exit_2(r, message)


def test_deep_taxonomy_yaml_is_one_line(tmp_path):
    from monitor.analysis.taxonomy import load_taxonomy
    from monitor.errors import DataFileError

    f = tmp_path / "narratives.yaml"
    f.write_text("narratives: " + "[" * DEEP + "]" * DEEP, encoding="utf-8")
    with pytest.raises(DataFileError, match="narratives.yaml: invalid YAML: nested too deeply"):
        load_taxonomy(f)


# --- model folders ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "classifiers"))
    from synth import make_rows

    from classifiers.registry import Registry
    from classifiers.training import train

    models = tmp_path_factory.mktemp("models") / "models"
    rows = make_rows(12, seed=3)
    model, metrics = train(
        [t for t, _ in rows], [lab for _, lab in rows], word_max_features=2000, char_max_features=4000
    )
    reg = Registry(models)
    reg.activate(reg.save(model, metrics, training_rows=rows).name)
    return models, reg.active_version()


@pytest.mark.parametrize(
    "content,message",
    [
        ('{"macro_f1": 0.8,', "metrics.json: not valid JSON"),
        ("[" * DEEP + "]" * DEEP, "metrics.json: not valid JSON"),
        ("\xff\xfe garbage", "metrics.json: not valid JSON"),
        ("[1, 2]", "metrics.json: expected a JSON object"),
    ],
    ids=["truncated", "deep", "binary", "list"],
)
def test_corrupt_metrics_json_is_one_line(tmp_path, model_dir, content, message):
    models, version = model_dir
    metrics = models / version / "metrics.json"
    saved = metrics.read_bytes()
    try:
        metrics.write_bytes(content.encode("latin-1") if content.startswith("\xff") else content.encode())
        r = _cli(tmp_path, "classify", settings=f"  models_dir: {models}\n  data_dir: {ROOT / 'data'}\n")
        _one_line_exit_2(r, message, version)
    finally:
        metrics.write_bytes(saved)
