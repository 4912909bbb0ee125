"""Every dashboard table as CSV: UTF-8 with a byte-order mark (Excel reads the accents),
comma-separated, headings translated in the reader's language, numbers as plain integers."""

import csv

from django.http import HttpResponse

BOM = "\ufeff"
# A cell a spreadsheet would read as a formula is written as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    text = str(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return f"'{text}"
    return text


def csv_response(table, filename):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write(BOM)
    writer = csv.writer(response)
    writer.writerow([str(heading) for heading in table.headings])
    for row in table.all_rows:
        writer.writerow([_cell(cell) for cell in row])
    return response
