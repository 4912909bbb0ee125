"""Adapting Wagtail's workflow mail notifiers in place.

Wagtail connects its notifiers to the workflow signals after our apps are ready, so they cannot
be swapped for subclasses; instead a method of each notifier is wrapped, once, however often the
app's ready() runs (the test runner and `make run` may call it more than once).
"""


def extend_notifiers(notifiers, method_name, marker, extend):
    """Replace `method_name` of each notifier by `extend(original method)`, unless `marker` (an
    attribute name) says an earlier call already did."""
    for notifier in notifiers:
        if getattr(notifier, marker, False):
            continue
        setattr(notifier, method_name, extend(getattr(notifier, method_name)))
        setattr(notifier, marker, True)
