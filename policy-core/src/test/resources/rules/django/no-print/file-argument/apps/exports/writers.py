import sys
import tempfile
from sys import stderr


def export_rows(rows, path):
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            print(*row, sep=";", file=handle)  # ok: django/no-print (writes a file)


def export_temporary(rows):
    with tempfile.NamedTemporaryFile("w", delete=False) as out:
        print(len(rows), file=out)  # ok: django/no-print
        return out.name


def report(rows):
    print("exported", len(rows))  # expect: django/no-print
    print("exported", file=None)  # expect: django/no-print
    print("exported", file=sys.stdout)  # expect: django/no-print
    print("exported", file=sys.stderr)  # expect: django/no-print
    print("exported", file=stderr)  # expect: django/no-print


class ExportCommand:
    def handle(self, *args, **options):
        print("export finished", file=self.stdout)  # ok: django/no-print (a management command's output stream)
