"""One word for the fix in every French message (newcomer58 §4: « Solution : » here,
« Correction : » there): the catalogues say « Solution : » throughout."""

from __future__ import annotations

from importlib import resources


def test_every_french_catalogue_names_the_fix_one_way():
    root = resources.files("boundaries.locales")
    texts = [p.read_text("utf-8") for p in [root.joinpath("fr.toml")]]
    texts += [
        p.read_text("utf-8") for p in root.joinpath("fr").iterdir() if p.name.endswith(".toml")
    ]
    joined = "\n".join(texts)
    assert "Correction :" not in joined
    assert joined.count("Solution :") > 40
