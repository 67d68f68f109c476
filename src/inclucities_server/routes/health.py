"""GET /api/v1/health: is the server up (no sign-in needed)."""

from __future__ import annotations

from importlib.metadata import version

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()
VERSION = version("inclucities-desktop")  # read once: looking it up costs milliseconds


class Health(BaseModel):
    status: str
    version: str


@router.get("/health", response_model=Health, summary="Is the server up")
def health() -> Health:
    return Health(status="ok", version=VERSION)
