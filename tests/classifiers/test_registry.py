import json

import pytest

from classifiers import registry as R
from classifiers import training
from classifiers.registry import Registry
from monitor.errors import ModelLoadError


@pytest.fixture(scope="module")
def trained(synth_rows):
    texts = [t for t, _ in synth_rows]
    labels = [lab for _, lab in synth_rows]
    return training.train(texts, labels, word_max_features=3000, char_max_features=5000), synth_rows


def test_save_load_roundtrip(tmp_path, trained):
    (model, metrics), rows = trained
    reg = Registry(tmp_path)
    p = reg.save(model, metrics, training_rows=rows)
    assert {f.name for f in p.iterdir()} == {"model.skops", "meta.json", "metrics.json", "holdout.jsonl"}
    meta = json.loads((p / "meta.json").read_text())
    assert meta["training_fingerprint"] == R.fingerprint(list(reversed(rows)))
    assert meta["model_sha256"][:8] == p.name.split("-")[-1]
    assert "holdout_rows" not in json.loads((p / "metrics.json").read_text())
    loaded = reg.load(p.name)
    t = rows[0][0]
    assert loaded.model.predict_batch([t])[0].probabilities == pytest.approx(model.predict_batch([t])[0].probabilities)
    assert loaded.holdout_rows() and reg.versions() == [p.name]
    assert reg.metrics(p.name)["macro_f1"] == pytest.approx(metrics["macro_f1"])  # what the Model page shows
    assert reg.metrics("no-such-version") is None


def test_tampered_and_foreign_refused(tmp_path, trained):
    (model, metrics), rows = trained
    reg = Registry(tmp_path)
    p = reg.save(model, metrics)
    data = bytearray((p / "model.skops").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (p / "model.skops").write_bytes(bytes(data))
    with pytest.raises(ModelLoadError, match="sha256 does not match"):
        reg.load(p.name)
    with pytest.raises(ModelLoadError, match="no such model directory"):
        reg.load(tmp_path / "nope")
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "model.skops").write_bytes(b"not a model")
    with pytest.raises(ModelLoadError, match="no meta.json"):
        R.load(foreign)
    (foreign / "meta.json").write_text('{"format": "something-else"}')
    with pytest.raises(ModelLoadError, match="not one of our models"):
        R.load(foreign)


def test_foreign_types_refused(tmp_path):
    """A skops file holding a type outside the allow-list is refused before loading."""
    import hashlib

    import sklearn
    import skops.io as sio

    d = tmp_path / "evil"
    d.mkdir()
    sio.dump({"f": json.loads}, d / "model.skops")  # a function: not on the allow-list
    sha = hashlib.sha256((d / "model.skops").read_bytes()).hexdigest()
    (d / "meta.json").write_text(
        json.dumps({"format": R.FORMAT, "model_sha256": sha, "sklearn_version": sklearn.__version__})
    )
    with pytest.raises(ModelLoadError, match="outside the allow-list"):
        R.load(d)


def test_sklearn_version_mismatch(tmp_path, trained):
    (model, metrics), _ = trained
    p = Registry(tmp_path).save(model, metrics)
    meta = json.loads((p / "meta.json").read_text())
    meta["sklearn_version"] = "0.24.2"
    (p / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ModelLoadError, match="scikit-learn 0.24.2"):
        R.load(p)


def test_promote_and_rollback(tmp_path, trained, synth_rows):
    import datetime as dt

    (model, metrics), rows = trained
    reg = Registry(tmp_path)
    assert reg.active() is None
    t0 = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
    good = reg.save(model, metrics, now=t0)
    assert reg.promote(good.name).promoted  # nothing active yet
    # A model trained on shuffled labels is worse on the active model's hold-out.
    import random

    labs = [lab for _, lab in synth_rows]
    random.Random(0).shuffle(labs)
    bad_model, bad_metrics = training.train(
        [t for t, _ in synth_rows], labs, word_max_features=3000, char_max_features=5000, max_iter=20
    )
    bad = reg.save(bad_model, bad_metrics, now=t0 + dt.timedelta(seconds=1))
    res = reg.promote(bad.name)
    assert not res.promoted and res.candidate_f1 < res.active_f1
    assert reg.active_version() == good.name
    assert reg.promote(bad.name, force=True).promoted
    assert reg.active_version() == bad.name
    assert reg.rollback() == good.name
    assert reg.active_version() == good.name
    with pytest.raises(ModelLoadError, match="no previous"):
        reg.rollback()
    assert reg.versions() == [good.name, bad.name]
