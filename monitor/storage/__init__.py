"""The one door to the database (SQLAlchemy Core). Pages and the CLI call verbs on `Store`;
no other module writes SQL. Each verb family lives in its own small module."""

from monitor.storage.alerts import AlertsMixin
from monitor.storage.api import ApiMixin
from monitor.storage.collecting import CollectingMixin
from monitor.storage.core import make_engine, utcnow
from monitor.storage.dashboard import DashboardMixin
from monitor.storage.emerging import EmergingMixin
from monitor.storage.exports import ExportsMixin
from monitor.storage.items import ItemsMixin
from monitor.storage.messages import MessagesMixin
from monitor.storage.narratives import NarrativesMixin
from monitor.storage.reviews import ReviewsMixin
from monitor.storage.sources import SourcesMixin
from monitor.storage.trends import TrendsMixin
from monitor.storage.users import UsersMixin


class Store(SourcesMixin, ItemsMixin, ReviewsMixin, UsersMixin, MessagesMixin, TrendsMixin, DashboardMixin,
            CollectingMixin, AlertsMixin, ApiMixin, ExportsMixin, NarrativesMixin, EmergingMixin):
    """A database handle with every storage verb. `Store(url).migrate()` prepares the schema."""


__all__ = ["Store", "make_engine", "utcnow"]
