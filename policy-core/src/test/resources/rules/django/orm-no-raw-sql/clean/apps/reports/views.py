from django.db.models import Sum
from django.shortcuts import render

from apps.reports.models import Sale


def top_products(request):
    sales = (
        Sale.objects.values("product_id")
        .annotate(total=Sum("amount"))
        .order_by("-total")[:10]
    )
    return render(request, "reports/top.html", {"sales": sales})
