"""One person's data on request: `export <email>` (JSON) or `erase <email>` (after confirming).

What the site holds is what the apps registered in stemhub.personal_data; published pages are
never touched, only the personal fields of the records behind them.
"""

import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import validate_email

from stemhub import personal_data


def checked_email(value):
    value = value.strip()
    try:
        validate_email(value)
    except ValidationError as error:
        raise CommandError(f"{value!r} is not an email address.") from error
    return value


class Command(BaseCommand):
    help = (
        "Export (as JSON) or erase everything the site holds about one email address: video "
        "submissions, candidacies, proposals, messages between candidates, outgoing mail."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="export|erase")
        export = actions.add_parser("export", help="print or write the JSON of one person's data")
        export.add_argument("email")
        export.add_argument("--output", "-o", metavar="FILE", help="write to FILE, not stdout")
        erase = actions.add_parser("erase", help="erase or anonymise one person's data")
        erase.add_argument("email")
        erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, *args, action, email, **options):
        email = checked_email(email)
        if action == "export":
            self.export(email, options.get("output"))
        else:
            self.erase(email, options.get("yes"))

    def export(self, email, output):
        data = json.dumps(
            personal_data.export(email), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2
        )
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(data + "\n")
            self.stderr.write(f"Wrote the data held about {email} to {output}.")
        else:
            self.stdout.write(data)

    def erase(self, email, confirmed):
        found = [
            (entry, len(personal_data.rows_of(entry, email))) for entry in personal_data.holders()
        ]
        found = [(entry, count) for entry, count in found if count]
        if not found:
            self.stdout.write(f"Nothing is held about {email}.")
            return
        for entry, count in found:
            self.stdout.write(f"{entry.model}: {count} row(s) to {entry.on_erase}")
        if not confirmed:
            answer = input(f"Erase the data held about {email}? Type 'yes' to go on: ")
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing was erased.")
        for outcome in personal_data.erase(email):
            verb = "deleted" if outcome.action == personal_data.DELETE else "anonymised"
            self.stdout.write(f"{outcome.entry.model}: {verb} {outcome.count} row(s)")
        self.stdout.write(f"Erased the data held about {email}; published pages are unchanged.")
