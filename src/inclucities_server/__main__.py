"""``inclucities-server``: serve, migrate, or administer accounts, cities and pairs.

    inclucities-server [--host H] [--port P] [--workers N] [--database-url URL]
    inclucities-server migrate [--database-url URL]
    inclucities-server admin SUBCOMMAND ... [--database-url URL]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from inclucities_server.settings import DEFAULT_HOST, DEFAULT_PORT, ENV_DATABASE_URL

if TYPE_CHECKING:
    from inclucities_server.settings import Settings


def _database_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--database-url", default=default, metavar="URL",
        help=f"sqlite:///FILE or postgresql+psycopg://USER@HOST/DB (or {ENV_DATABASE_URL}); "
             "by default a SQLite file in the user data folder")


def _serve_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--host", default=default, help=f"address to listen on ({DEFAULT_HOST})")
    parser.add_argument("--port", type=int, default=default, help=f"port ({DEFAULT_PORT})")
    parser.add_argument("--workers", type=int, default=default, help="worker processes (1)")


def build_parser() -> argparse.ArgumentParser:
    from inclucities_server.admin import add_admin_commands

    parser = argparse.ArgumentParser(prog="inclucities-server",
                                     description="The IncluCities sync server.")
    _database_option(parser, None)
    _serve_options(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Options given after the subcommand must not be overwritten by the subparser's
    # defaults, hence SUPPRESS there.
    serve = commands.add_parser("serve", help="serve the sync API (the default)")
    _database_option(serve, argparse.SUPPRESS)
    _serve_options(serve, argparse.SUPPRESS)
    migrate = commands.add_parser("migrate", help="bring the database schema up to date")
    _database_option(migrate, argparse.SUPPRESS)
    admin = commands.add_parser("admin", help="manage cities, users and pairs")
    add_admin_commands(admin, lambda sub: _database_option(sub, argparse.SUPPRESS))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from inclucities_server.db import SchemaError
    from inclucities_server.settings import Settings

    settings = Settings.from_env(args.database_url)
    try:
        if args.command == "migrate":
            return _migrate(settings)
        if args.command == "admin":
            from inclucities_server.admin import run_admin

            return run_admin(args, settings)
        return _serve(args, settings)
    except SchemaError as problem:
        print(f"inclucities-server: {problem}", file=sys.stderr)
        return 2


def _migrate(settings: Settings) -> int:
    from sqlalchemy.engine import make_url

    from inclucities_server.db import make_engine, migrate

    engine = make_engine(settings.database_url)
    try:
        before, after = migrate(engine)
    finally:
        engine.dispose()
    shown = make_url(settings.database_url).render_as_string(hide_password=True)
    if before == after:
        print(f"{shown}: schema already at {after}")
    else:
        print(f"{shown}: schema migrated from {before or 'empty'} to {after}")
    return 0


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from inclucities_server.db import ensure_schema, make_engine
    from inclucities_server.http_protocol import HTTP_PROTOCOL

    engine = make_engine(settings.database_url)
    ensure_schema(engine, settings.database_url)
    engine.dispose()
    # Workers are separate processes: they read the settings from the environment.
    os.environ[ENV_DATABASE_URL] = settings.database_url
    uvicorn.run(
        "inclucities_server.app:create_app_from_env",
        factory=True,
        http=HTTP_PROTOCOL,
        host=args.host or DEFAULT_HOST,
        port=args.port or DEFAULT_PORT,
        workers=args.workers or 1,
        log_level="info",
        access_log=False,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
