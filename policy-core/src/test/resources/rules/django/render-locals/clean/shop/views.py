from django.shortcuts import get_object_or_404, render
from django.template import engines

from shop.models import Order


def order_detail(request, pk):
    order = get_object_or_404(Order, pk=pk)
    return render(request, "shop/order_detail.html", {"order": order})


def preview(template_source):
    template = engines["django"].from_string(template_source)
    name = "preview"
    # not django.shortcuts.render: a template's own render method
    return template.render(locals())


def debug_names():
    # locals() outside a render() call is none of this rule's business
    return sorted(locals())
