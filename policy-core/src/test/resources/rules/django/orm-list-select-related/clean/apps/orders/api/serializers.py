from rest_framework import serializers

from apps.orders.models import Customer, Note, Order


class CustomerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Customer
        fields = ["id", "name"]


class OrderSerializer(serializers.ModelSerializer):
    customer = CustomerSerializer(read_only=True)

    class Meta:
        model = Order
        fields = ["id", "customer", "placed_at"]


class OrderIdSerializer(serializers.ModelSerializer):
    class Meta:
        model = Order
        fields = ["id", "customer", "placed_at"]  # a foreign key is rendered by its id


class OrderTagSerializer(serializers.ModelSerializer):
    class Meta:
        model = Order
        fields = ["id", "tags"]


class OrderSummarySerializer(serializers.ModelSerializer):
    customer_name = serializers.SerializerMethodField()

    class Meta:
        model = Order
        fields = ["id", "customer_name"]

    def get_customer_name(self, obj):
        return obj.customer.name


class OrderSourceSerializer(serializers.ModelSerializer):
    customer_name = serializers.CharField(source="customer.name")

    class Meta:
        model = Order
        fields = ["id", "customer_name"]


class NoteSerializer(serializers.ModelSerializer):
    class Meta:
        model = Note
        fields = "__all__"
