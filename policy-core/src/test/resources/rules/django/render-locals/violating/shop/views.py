from django import shortcuts
from django.shortcuts import get_object_or_404, render
from django.shortcuts import render as render_page

from shop.models import Order


def order_detail(request, pk):
    order = get_object_or_404(Order, pk=pk)
    return render(request, "shop/order_detail.html", locals())  # expect: django/render-locals


def order_receipt(request, pk):
    order = get_object_or_404(Order, pk=pk)
    return render(request, "shop/receipt.html", context=locals())  # expect: django/render-locals


def order_print(request, pk):
    order = get_object_or_404(Order, pk=pk)
    return render_page(
        request,
        "shop/print.html",
        locals(),  # expect: django/render-locals
    )


def order_help(request):
    topic = "orders"
    return shortcuts.render(request, "shop/help.html", locals())  # expect: django/render-locals


def order_list(request):
    return render(request, "shop/order_list.html")  # ok: django/render-locals


def order_empty(request):
    return render(request, "shop/empty.html", {})  # ok: django/render-locals


def order_empty_keyword(request):
    return render(request, "shop/empty.html", context={})  # ok: django/render-locals
