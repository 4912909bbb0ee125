"""schemathesis's tests of API operations, built when they run instead of when pytest collects.

`@schema.parametrize()` makes one test per operation at collection, and building one (its
coverage cases, each drawn through Hypothesis) cost about 2.5 s of CPU for our 13 operations, in
every worker that collects the file: both, though only one runs it. `install()` leaves the
collection as it is (the same items, ids, marks and fixtures) and hands each item a stand-in
that builds the operation's test with schemathesis's own builder when pytest calls it, then runs
it. schemathesis's plugin reads what the builder marked on the test after the call (unserializable
payloads, invalid header examples, missing path parameters): the stand-in carries those marks by
then. (`schemathesis.pytest.from_fixture`, schemathesis's lazy way, reports one test with subtests
and renames the item through `_nodeid`, which pytest 9.2 no longer reads.)
"""

import inspect

from schemathesis.pytest import _test_builder

build_now = _test_builder.build_operation_test
collected = []  # every stand-in handed to pytest in this process


def build_when_run(*, test_func, given_kwargs, **arguments):
    """What `build_operation_test` returns, for pytest's collection, without building it yet."""
    built = None

    def operation_test(**fixtures):
        nonlocal built
        if built is None:
            built = build_now(test_func=test_func, given_kwargs=given_kwargs, **arguments)
        try:
            return built(**fixtures)
        finally:
            operation_test.__dict__.update(vars(built))

    # What pytest and Hypothesis's plugin read at collection: the marks (`django_db`), that it
    # is a Hypothesis test (its `hypothesis` mark, health checks) and the fixtures it takes
    # (the test's arguments but those Hypothesis draws).
    for name in ("__name__", "__qualname__", "__module__", "__doc__"):
        setattr(operation_test, name, getattr(test_func, name))
    operation_test.pytestmark = list(getattr(test_func, "pytestmark", []))
    operation_test.is_hypothesis_test = True
    if hasattr(test_func, "_hypothesis_internal_use_settings"):  # its @settings
        operation_test._hypothesis_internal_use_settings = (
            test_func._hypothesis_internal_use_settings
        )
    drawn = {"case", *given_kwargs}
    signature = inspect.signature(test_func)
    operation_test.__signature__ = signature.replace(
        parameters=[p for p in signature.parameters.values() if p.name not in drawn]
    )
    collected.append(operation_test)
    return operation_test


def install():
    """schemathesis's collector takes `build_operation_test` from its module when it collects."""
    _test_builder.build_operation_test = build_when_run
