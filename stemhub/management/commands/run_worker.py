"""The background worker: `manage.py run_worker` (as many processes as you like).

Before it takes tasks from the "background" database queue it puts back the tasks of workers
that died and makes sure the periodic tasks (housekeeping, daily clean-up) are scheduled.
Options are django-tasks-db's `db_worker` options (--interval, --batch, --max-tasks, ...).
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from stemhub import tasks, worker


class Command(BaseCommand):
    help = "Run the background worker (mail, video conversion, daily clean-up)."

    def add_arguments(self, parser):
        parser.add_argument("--queue-name", default="*", help="queues to take tasks from")
        parser.add_argument("--interval", type=float, default=1.0)
        parser.add_argument("--batch", action="store_true", help="run what is due, then exit")
        parser.add_argument("--max-tasks", type=int, default=None)
        parser.add_argument("--worker-id", default=None)
        parser.add_argument("--reload", action="store_true", help="restart on code changes")

    def handle(self, *args, **options):
        worker.recover_abandoned_tasks()
        if not options["batch"]:
            worker.ensure_schedules([*tasks.PERIODIC, *worker.REGISTERED_PERIODIC])
        # Passed as command-line words: db_worker checks them (and its defaults) on parsing.
        argv = [
            f"--backend={tasks.BACKGROUND}",
            f"--queue-name={options['queue_name']}",
            f"--interval={options['interval']}",
            "--reload" if options["reload"] else "--no-reload",
        ]
        if options["batch"]:
            argv += ["--batch", "--no-startup-delay"]
        if options["max_tasks"]:
            argv.append(f"--max-tasks={options['max_tasks']}")
        if options["worker_id"]:
            argv.append(f"--worker-id={options['worker_id']}")
        call_command("db_worker", *argv, verbosity=options["verbosity"])
