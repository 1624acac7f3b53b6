"""How far each IMAP folder has been read (UIDVALIDITY and last UID), per account."""

from __future__ import annotations

from sqlalchemy import Table, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from boundaries.store.database import Store
from boundaries.store.schema import MailFolderRow


def _table() -> Table:
    table = MailFolderRow.__table__
    assert isinstance(table, Table)
    return table


def folder_cursor(store: Store, account_id: int, folder: str) -> tuple[int | None, int]:
    """(UIDVALIDITY, last UID read) of a folder; (None, 0) before the first read."""
    t = _table()
    query = select(t.c.uidvalidity, t.c.last_uid).where(
        t.c.account_id == account_id, t.c.folder == folder
    )
    with store.reading() as conn:
        row = conn.execute(query).first()
    return (int(row[0]), int(row[1])) if row is not None else (None, 0)


def save_cursor(store: Store, account_id: int, folder: str, uidvalidity: int, uid: int) -> None:
    """Remember that `folder` (at this UIDVALIDITY) has been read up to `uid`."""
    t = _table()
    insert = pg_insert if store.engine.dialect.name == "postgresql" else sqlite_insert
    with store.writing() as conn:
        conn.execute(
            insert(t)
            .values(account_id=account_id, folder=folder, uidvalidity=uidvalidity, last_uid=0)
            .on_conflict_do_nothing()
        )
        conn.execute(
            update(t)
            .where(t.c.account_id == account_id, t.c.folder == folder)
            .values(uidvalidity=uidvalidity, last_uid=uid)
        )
