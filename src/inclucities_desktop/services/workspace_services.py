"""Every service of one open workspace, handed as one object to the UI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from inclucities_desktop.services import search_index
from inclucities_desktop.services.actions import ActionService
from inclucities_desktop.services.cities import CityService
from inclucities_desktop.services.comments import CommentService
from inclucities_desktop.services.documents import DocumentService
from inclucities_desktop.services.history import HistoryService
from inclucities_desktop.services.outbox import pending_changes
from inclucities_desktop.services.plans import PlanService
from inclucities_desktop.services.review import ReviewService
from inclucities_desktop.services.sync_service import SyncService
from inclucities_desktop.store.workspace import Workspace, open_workspace


@dataclass
class WorkspaceServices:
    workspace: Workspace
    plans: PlanService
    actions: ActionService
    cities: CityService
    documents: DocumentService
    sync: SyncService
    comments: CommentService
    review: ReviewService
    history: HistoryService

    @classmethod
    def open(cls, data_dir: Path | str) -> WorkspaceServices:
        workspace = open_workspace(data_dir)
        plans = PlanService(workspace)
        actions = ActionService(workspace)
        sync = SyncService(workspace)
        return cls(
            workspace=workspace,
            plans=plans,
            actions=actions,
            cities=CityService(workspace),
            documents=DocumentService(plans, actions),
            sync=sync,
            comments=CommentService(workspace),
            review=ReviewService(workspace),
            history=HistoryService(workspace, plans, actions, sync),
        )

    def search(self, text: str, limit: int = 200) -> list[search_index.SearchHit]:
        with self.workspace.read() as connection:
            return search_index.search(connection, text, limit)

    def pending_changes(self) -> list[dict[str, object]]:
        with self.workspace.read() as connection:
            return pending_changes(connection)

    def is_empty(self) -> bool:
        """True for a workspace with no plan at all, in use or in the trash."""
        return not self.plans.list_plans() and not self.plans.list_plans(deleted=True)

    def close(self) -> None:
        self.workspace.close()
