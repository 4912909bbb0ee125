"""The answer to a public form that was accepted: "303 See Other", so the browser asks for the
thank-you with GET and a reload does not send the form again.

The thank-you itself travels in the address it points to (a status page, `?received=1`,
`?sent=…`), never in Django's messages framework, whose cookie would be a second cookie beside
CSRF's on a children's site.
"""

from django.http import HttpResponseRedirect


class HttpResponseSeeOther(HttpResponseRedirect):
    status_code = 303


def see_other(url):
    return HttpResponseSeeOther(url)
