def test_save_refuses_a_database_folder_that_does_not_exist(tmp_path):
    """trial32 §7: `simulate --save --database sqlite:///typo/new.sqlite3` made the folders
    and a second store that `serve` would refuse; it is refused as `serve` refuses it."""
    from click.testing import CliRunner

    from boundaries.cli.main import cli
    from tests.conftest import EXAMPLES

    target = tmp_path / "typo" / "new.sqlite3"
    args = ["simulate", "--config", str(EXAMPLES / "boundaries.toml"), "--events"]
    args += [str(EXAMPLES / "events.jsonl"), "--save", "--database", f"sqlite:///{target}"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert "mkdir -p" in result.output and not target.parent.exists()
