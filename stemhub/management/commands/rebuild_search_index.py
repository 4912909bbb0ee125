"""Write the site search index afresh from every live page (after an import or a restore)."""

from django.core.management.base import BaseCommand

from stemhub.search import index


class Command(BaseCommand):
    help = "Rebuild the site search index (stemhub.search) from every live page, in every language."

    def handle(self, *args, **options):
        pages = index.rebuild()
        self.stdout.write(f"Search index rebuilt: {pages} pages.")
