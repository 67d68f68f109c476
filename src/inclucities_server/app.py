"""The FastAPI application: ``create_app`` for tests, ``create_app_from_env`` for workers."""

from __future__ import annotations

import logging

from fastapi import FastAPI

from inclucities_core.sync_protocol import API_PREFIX
from inclucities_server.body_limit import BodyLimit
from inclucities_server.db import make_engine
from inclucities_server.errors import install_error_handlers
from inclucities_server.routes import account, auth, conflicts, health, plans, sync
from inclucities_server.settings import Settings


def create_app(settings: Settings) -> FastAPI:
    app = FastAPI(
        title="IncluCities sync server",
        version="1",
        description="Where the offline IncluCities workspaces meet; see docs/sync-protocol.md.",
    )
    app.state.settings = settings
    app.state.engine = make_engine(settings.database_url)
    install_error_handlers(app)
    for router in (health.router, auth.router, account.router, sync.router, conflicts.router,
                   plans.router):
        app.include_router(router, prefix=API_PREFIX)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    return app


def create_app_from_env() -> FastAPI:
    """The app factory uvicorn's workers call (settings travel in INCLUCITIES_* variables)."""
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return create_app(Settings.from_env())
