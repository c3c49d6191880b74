"""The one door to the database (SQLAlchemy Core). Pages and the CLI call verbs on `Store`;
no other module writes SQL. Each module holds the verbs of one kind of data."""

from monitor.storage.alerts import AlertsMixin
from monitor.storage.audit import AuditMixin
from monitor.storage.cases import CasesMixin
from monitor.storage.core import make_engine, utcnow
from monitor.storage.counts import CountsMixin
from monitor.storage.emerging import EmergingMixin
from monitor.storage.export_jobs import ExportJobsMixin
from monitor.storage.export_rows import ExportRowsMixin
from monitor.storage.items import ItemsMixin
from monitor.storage.messages import MessagesMixin
from monitor.storage.narratives import NarrativesMixin
from monitor.storage.reviews import ReviewsMixin
from monitor.storage.sources import SourcesMixin
from monitor.storage.tokens import TokensMixin
from monitor.storage.users import UsersMixin
from monitor.storage.views import ViewsMixin


class Store(
    SourcesMixin,
    ItemsMixin,
    ReviewsMixin,
    AuditMixin,
    CasesMixin,
    NarrativesMixin,
    MessagesMixin,
    CountsMixin,
    AlertsMixin,
    UsersMixin,
    TokensMixin,
    ViewsMixin,
    ExportJobsMixin,
    ExportRowsMixin,
    EmergingMixin,
):
    """A database handle with every storage verb. `Store(url).migrate()` prepares the schema."""


__all__ = ["Store", "make_engine", "utcnow"]
