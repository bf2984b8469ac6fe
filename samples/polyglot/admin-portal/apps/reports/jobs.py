from .models import Report


def generate_monthly_report(month):
    report = Report.objects.create(title=f"Monthly report {month}")
    print(f"generated {report}")
    return report
