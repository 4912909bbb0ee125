"""The ages the campaign speaks to: the default span of a lesson and the browse's age choices."""

MIN_AGE = 10
MAX_AGE = 14
AGES = range(MIN_AGE, MAX_AGE + 1)
