"""``inclucities-server admin ...``: cities, users, roles, pairs and tokens, on the database.

Passwords are read from a prompt (asked twice) or, with ``--password-stdin``, from the
first line of standard input; never from an argument, which would land in shell histories
and process lists.
"""

from __future__ import annotations

import argparse
import getpass
import json
import secrets
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from inclucities_core.permissions import Role
from inclucities_core.template import LANGUAGES
from inclucities_server.db import IMMEDIATE, ensure_schema, make_engine
from inclucities_server.security import new_user_id, now, password_hasher, revoke_all_tokens
from inclucities_server.settings import Settings
from inclucities_server.tables import cities, pairs, users

MIN_PASSWORD = 10
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "workspace.json"


class AdminError(Exception):
    """A problem the administrator can fix; printed without a traceback."""


def add_admin_commands(parser: argparse.ArgumentParser,
                       common: Callable[[argparse.ArgumentParser], None]) -> None:
    sub = parser.add_subparsers(dest="admin_command", metavar="SUBCOMMAND", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        made = sub.add_parser(name, help=help_text)
        common(made)
        return made

    city = command("create-city", "add a city")
    city.add_argument("city_id", help="a short stable id, e.g. partinico")
    city.add_argument("--name", required=True)
    city.add_argument("--country", default="", help="two-letter code")
    city.add_argument("--association", default="")
    city.add_argument("--language", default="en", choices=LANGUAGES)

    user = command("create-user", "add a user (asks for the password)")
    user.add_argument("username")
    user.add_argument("--role", choices=[role.value for role in Role], default=Role.MEMBER.value)
    user.add_argument("--city", help="the user's city id (required for members)")
    user.add_argument("--display-name")
    user.add_argument("--password-stdin", action="store_true")

    role = command("set-role", "change a user's role and city")
    role.add_argument("username")
    role.add_argument("--role", choices=[role.value for role in Role], required=True)
    role.add_argument("--city", help="the user's city id (required for members)")

    for name, help_text in (("pair", "make MENTOR the mentor city of MENTEE"),
                            ("unpair", "end a mentor pair")):
        made = command(name, help_text)
        made.add_argument("mentor")
        made.add_argument("mentee")

    reset = command("reset-password", "set a new password and sign the user out everywhere")
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true")

    revoke = command("revoke-tokens", "sign a user out everywhere")
    revoke.add_argument("username")

    seed = command("seed-demo", "the sample cities and pairs, a coordinator and a member a city")
    seed.add_argument("--password-stdin", action="store_true",
                      help="one password for every demo user (else each gets a printed one)")


def run_admin(args: argparse.Namespace, settings: Settings) -> int:
    engine = make_engine(settings.database_url)
    ensure_schema(engine, settings.database_url)
    # The server may be writing meanwhile: take SQLite's write lock at BEGIN (db.py).
    engine = engine.execution_options(**{IMMEDIATE: True})
    handler = _HANDLERS[args.admin_command]
    try:
        handler(args, engine, settings)
    except AdminError as problem:
        print(f"inclucities-server admin {args.admin_command}: {problem}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


# -- passwords ---------------------------------------------------------------------------


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != password:
            raise AdminError("the two passwords differ; nothing was changed")
    if len(password) < MIN_PASSWORD:
        raise AdminError(f"a password needs at least {MIN_PASSWORD} characters")
    return password


# -- the subcommands ---------------------------------------------------------------------


def _create_city(args: argparse.Namespace, engine: Engine, settings: Settings) -> None:
    with engine.begin() as connection:
        _insert(connection, cities, f"city {args.city_id!r} exists already", id=args.city_id,
                name=args.name, country=args.country, association=args.association,
                language=args.language)
    print(f"City {args.city_id} created")


def _create_user(args: argparse.Namespace, engine: Engine, settings: Settings) -> None:
    role = Role(args.role)
    with engine.connect() as connection:
        _check_city(connection, role, args.city)
    password = read_password(args.password_stdin)
    with engine.begin() as connection:
        _add_user(connection, settings, args.username, role, args.city,
                  args.display_name or args.username, password)
    print(f"User {args.username} created ({role.value}{', ' + args.city if args.city else ''})")


def _set_role(args: argparse.Namespace, engine: Engine, settings: Settings) -> None:
    role = Role(args.role)
    with engine.begin() as connection:
        _check_city(connection, role, args.city)
        user_id = _user_id(connection, args.username)
        connection.execute(users.update().where(users.c.id == user_id)
                           .values(role=role.value, city_id=args.city))
    print(f"User {args.username} is now {role.value}{' of ' + args.city if args.city else ''}")


def _pair(args: argparse.Namespace, engine: Engine, settings: Settings) -> None:
    with engine.begin() as connection:
        for city_id in (args.mentor, args.mentee):
            _require_city(connection, city_id)
        if args.mentor == args.mentee:
            raise AdminError("a city cannot mentor itself")
        _insert(connection, pairs, "these cities are paired already",
                mentor_city_id=args.mentor, mentee_city_id=args.mentee)
    print(f"{args.mentor} now mentors {args.mentee}")


def _unpair(args: argparse.Namespace, engine: Engine, settings: Settings) -> None:
    with engine.begin() as connection:
        removed = connection.execute(pairs.delete().where(
            pairs.c.mentor_city_id == args.mentor, pairs.c.mentee_city_id == args.mentee)).rowcount
    if not removed:
        raise AdminError(f"{args.mentor} does not mentor {args.mentee}")
    print(f"{args.mentor} no longer mentors {args.mentee}")


def _reset_password(args: argparse.Namespace, engine: Engine, settings: Settings) -> None:
    with engine.connect() as connection:
        _user_id(connection, args.username)
    password = read_password(args.password_stdin)
    with engine.begin() as connection:
        user_id = _user_id(connection, args.username)
        connection.execute(users.update().where(users.c.id == user_id)
                           .values(password_hash=password_hasher(settings).hash(password)))
        revoked = revoke_all_tokens(connection, user_id)
    print(f"Password of {args.username} changed; {revoked} session(s) signed out")


def _revoke_tokens(args: argparse.Namespace, engine: Engine, settings: Settings) -> None:
    with engine.begin() as connection:
        revoked = revoke_all_tokens(connection, _user_id(connection, args.username))
    print(f"{revoked} session(s) of {args.username} signed out")


def _seed_demo(args: argparse.Namespace, engine: Engine, settings: Settings) -> None:
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    shared = read_password(True) if args.password_stdin else None
    with engine.begin() as connection:
        if connection.execute(sa.select(sa.func.count()).select_from(users)).scalar_one():
            raise AdminError("this database has users already; seed-demo is for an empty one")
        connection.execute(sa.delete(pairs))
        for city in sample["cities"]:
            connection.execute(sa.delete(cities).where(cities.c.id == city["id"]))
            connection.execute(cities.insert().values(**city))
        connection.execute(pairs.insert(), [
            {"mentor_city_id": pair["mentor"], "mentee_city_id": pair["mentee"]}
            for pair in sample["pairs"]])
        people: list[tuple[str, Role, str | None, str]] = [
            ("coordinator", Role.COORDINATOR, None, "Programme coordinator")]
        people += [(f"member-{city['id']}", Role.MEMBER, city["id"], f"{city['name']} team")
                   for city in sample["cities"]]
        for username, role, city_id, display_name in people:
            password = shared or secrets.token_urlsafe(12)
            _add_user(connection, settings, username, role, city_id, display_name, password)
            print(username if shared else f"{username}\t{password}")
    print(f"{len(sample['cities'])} cities, {len(sample['pairs'])} pairs, {len(people)} users"
          + ("" if shared else " (the passwords above are shown only this once)"))


_HANDLERS: dict[str, Callable[[argparse.Namespace, Engine, Settings], None]] = {
    "create-city": _create_city,
    "create-user": _create_user,
    "set-role": _set_role,
    "pair": _pair,
    "unpair": _unpair,
    "reset-password": _reset_password,
    "revoke-tokens": _revoke_tokens,
    "seed-demo": _seed_demo,
}


# -- helpers -----------------------------------------------------------------------------


def _insert(connection: Connection, table: sa.Table, duplicate: str, **values: Any) -> None:
    try:
        with connection.begin_nested():
            connection.execute(table.insert().values(**values))
    except IntegrityError:
        raise AdminError(duplicate) from None


def _add_user(connection: Connection, settings: Settings, username: str, role: Role,
              city_id: str | None, display_name: str, password: str) -> None:
    _insert(connection, users, f"user {username!r} exists already", id=new_user_id(),
            username=username, display_name=display_name, role=role.value, city_id=city_id,
            password_hash=password_hasher(settings).hash(password), created_at=now())


def _require_city(connection: Connection, city_id: str) -> None:
    if connection.execute(sa.select(cities.c.id).where(cities.c.id == city_id)).first() is None:
        raise AdminError(f"no city {city_id!r} (create it with create-city)")


def _check_city(connection: Connection, role: Role, city_id: str | None) -> None:
    if city_id is not None:
        _require_city(connection, city_id)
    elif role is Role.MEMBER:
        raise AdminError("a member needs --city")


def _user_id(connection: Connection, username: str) -> str:
    found = connection.execute(sa.select(users.c.id).where(users.c.username == username)).scalar()
    if found is None:
        raise AdminError(f"no user {username!r}")
    return str(found)
