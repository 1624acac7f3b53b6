"""What the calendar features keep: skipped standing calls, the feed's secret, busy copies."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from boundaries.domain.busy import BusyTimes
from boundaries.domain.model import Config
from boundaries.domain.schedule import Calendar
from boundaries.store.database import Store, StoreError
from boundaries.store.schema import BusySourceRow, CalendarFeedRow, SkippedCallRow


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def source_key(source: str) -> str:
    """The key a busy calendar is kept under (its address may hold a secret: only a hash)."""
    return _hash(source)


class CalendarStore:
    """Calendar state of one account over a `Store`."""

    def __init__(self, store: Store, account_id: int) -> None:
        self.store = store
        self.account_id = account_id

    def _failed(self, exc: SQLAlchemyError) -> StoreError:
        return self.store.fault(exc)

    # -- skipped occurrences -----------------------------------------------------------------

    def skips(self) -> set[tuple[str, date]]:
        """Every skipped occurrence: (client id, local date)."""
        query = select(SkippedCallRow.client_id, SkippedCallRow.day).where(
            SkippedCallRow.account_id == self.account_id
        )
        try:
            with self.store.session() as s:
                return {(c, d) for c, d in s.execute(query)}
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None

    def calendar(self, config: Config, busy: BusyTimes | None = None) -> Calendar:
        """The clients' standing calls as this account has them: the configuration's, less
        the occurrences cancelled with `boundaries skip` (SPEC §11), with `busy` times.

        The one way every reader of the standing calls gets them (the decision, the feed,
        the agendas, the report, the dashboard, a replay saved to this account): a skipped
        call is never named as the next one, nor counted as a slot.
        Raises `StoreError` when the database cannot be read."""
        return Calendar(config, self.skips(), busy)

    def skip(self, client_id: str, day: date) -> bool:
        """Record a skipped occurrence; False when it was already skipped."""
        try:
            with self.store.session() as s:
                s.add(SkippedCallRow(account_id=self.account_id, client_id=client_id, day=day))
            return True
        except IntegrityError:
            return False
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None

    def unskip(self, client_id: str, day: date) -> bool:
        """Restore a skipped occurrence; False when it was not skipped."""
        stmt = delete(SkippedCallRow).where(
            SkippedCallRow.account_id == self.account_id,
            SkippedCallRow.client_id == client_id,
            SkippedCallRow.day == day,
        )
        try:
            with self.store.session() as s:
                return bool(s.execute(stmt).rowcount)  # type: ignore[attr-defined]
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None

    # -- the feed's secret -------------------------------------------------------------------

    def rotate_token(self, now: datetime | None = None) -> str:
        """A new secret for the feed (URL-safe, 256 bits); the previous one stops working."""
        token = secrets.token_urlsafe(32)
        try:
            with self.store.session() as s:
                row = s.get(CalendarFeedRow, self.account_id)
                if row is None:
                    row = CalendarFeedRow(account_id=self.account_id)
                    s.add(row)
                row.token_hash = _hash(token)
                row.created_at = now or datetime.now(UTC)
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None
        return token

    def feed_since(self) -> datetime | None:
        """When the feed's current secret was made (UTC), or None when there is none. Only its
        hash is kept: the address itself cannot be shown again."""
        try:
            with self.store.session() as s:
                row = s.get(CalendarFeedRow, self.account_id)
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None
        if row is None or row.created_at is None:
            return None
        made: datetime = row.created_at
        return made if made.tzinfo is not None else made.replace(tzinfo=UTC)

    def token_matches(self, token: str) -> bool:
        """Whether `token` is the feed's current secret (constant-time comparison)."""
        try:
            with self.store.session() as s:
                row = s.get(CalendarFeedRow, self.account_id)
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None
        given = _hash(token)
        expected = row.token_hash if row is not None else _hash(secrets.token_hex(16))
        return hmac.compare_digest(given, expected) and row is not None

    # -- busy calendars ----------------------------------------------------------------------

    def busy_copies(self) -> dict[str, BusyCopy]:
        """The last good copy and last failure of each busy calendar, by `source_key`."""
        query = select(BusySourceRow).where(BusySourceRow.account_id == self.account_id)
        try:
            with self.store.session() as s:
                return {r.source_key: BusyCopy.of(r) for r in s.scalars(query)}
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None

    def save_busy(
        self, source: str, at: datetime, body: str | None = None, error: str | None = None
    ) -> None:
        """A fresh copy (`body`), or a failure (`error`) that keeps the last good copy."""
        key = source_key(source)
        at = at.astimezone(UTC)  # stored without its zone, read back as UTC
        try:
            with self.store.session() as s:
                row = s.scalar(
                    select(BusySourceRow).where(
                        BusySourceRow.account_id == self.account_id,
                        BusySourceRow.source_key == key,
                    )
                )
                if row is None:
                    row = BusySourceRow(account_id=self.account_id, source_key=key)
                    s.add(row)
                row.checked_at = at
                row.error = error
                if body is not None:
                    row.body = body
                    row.fetched_at = at
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None


@dataclass(frozen=True)
class BusyCopy:
    """A stored busy calendar: the last text read, when, and the last error (None if fine)."""

    body: str | None
    fetched_at: datetime | None
    checked_at: datetime | None
    error: str | None

    @classmethod
    def of(cls, row: BusySourceRow) -> BusyCopy:
        def aware(v: datetime | None) -> datetime | None:
            return v.replace(tzinfo=UTC) if v is not None and v.tzinfo is None else v

        return cls(row.body, aware(row.fetched_at), aware(row.checked_at), row.error)
