"""Errors a service raises for the user to read."""


class ServiceError(Exception):
    """Something the user asked for cannot be done; the message says why."""


class NotFoundError(ServiceError):
    pass


class AmbiguousIdError(ServiceError):
    pass
