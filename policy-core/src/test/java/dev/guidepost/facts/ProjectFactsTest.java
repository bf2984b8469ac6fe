package dev.guidepost.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectFactsTest {

    private static final String MODELS = """
            from django.db import models


            class Base(models.Model):
                owner = models.ForeignKey(
                    "auth.User",
                    on_delete=models.CASCADE,
                    related_name="owned_%(class)s",  # a pattern: not a plain accessor name
                )

                class Meta:
                    abstract = True


            class Customer(Base):
                name = models.CharField(max_length=10, help_text=\"\"\"a
                class NotAClass(x):
                \"\"\")


            class Order(Base):
                customer = models.ForeignKey("shop.Customer", on_delete=models.CASCADE, related_name="orders")
                tags = models.ManyToManyField("Tag")
                total = models.DecimalField()  # class Fake(y):


            class Tag(models.Model):
                label = models.CharField(max_length=3)
            """;

    private static final String SERIALIZERS = """
            from rest_framework import serializers


            class CustomerSerializer(serializers.ModelSerializer):
                class Meta:
                    model = Customer
                    fields = ("id", "name")


            class CustomerOrdersSerializer(serializers.ModelSerializer):
                class Meta:
                    model = Customer
                    fields = ("id", "orders")


            class OrderIdSerializer(serializers.ModelSerializer):
                class Meta:
                    model = Order
                    fields = ["id", "customer"]


            class OrderMethodSerializer(OrderIdSerializer):
                label = serializers.SerializerMethodField()

                def get_label(self, obj):
                    if obj:
                        return obj.customer.name
                    return ""


            class OrderStateSerializer(serializers.ModelSerializer):
                state = StateSerializer(source="*")
                message = MessageSerializer(source="get_message", read_only=True)

                class Meta:
                    model = Order
                    fields = ["id", "state", "message"]


            class OrderCustomerSerializer(serializers.ModelSerializer):
                customer = CustomerSerializer(read_only=True)

                class Meta:
                    model = Order
                    fields = ["id", "customer"]


            class TagSerializer(serializers.ModelSerializer):
                class Meta:
                    model = Tag
                    fields = "__all__"
            """;

    private static ProjectFacts facts(String... pathsAndTexts) {
        List<ClassFact> classes = new ArrayList<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            classes.addAll(PythonClasses.read(pathsAndTexts[i], pathsAndTexts[i + 1],
                    List.of(Pattern.compile("(?i)prefetch"))));
        }
        return new ProjectFacts(classes);
    }

    private static ClassFact only(ProjectFacts facts, String name) {
        assertThat(facts.named(name)).hasSize(1);
        return facts.named(name).get(0);
    }

    @Test
    void readsClassesThroughStringsBracketsAndComments() {
        ProjectFacts facts = facts("shop/models.py", MODELS);
        assertThat(facts.named("NotAClass")).isEmpty();
        assertThat(facts.named("Fake")).isEmpty();
        ClassFact order = only(facts, "Order");
        assertThat(order.line()).isEqualTo(21);
        assertThat(order.bases()).containsExactly("Base");
        assertThat(order.attributes()).containsKeys("customer", "tags", "total");
        assertThat(only(facts, "Base").meta()).containsEntry("abstract", "True");
        assertThat(facts.named("Meta")).isEmpty();
    }

    @Test
    void relationsIncludeInheritedFieldsAndDeclaredReverseAccessors() {
        ProjectFacts facts = facts("shop/models.py", MODELS);
        assertThat(facts.relations(only(facts, "Order"))).containsOnlyKeys("owner", "customer", "tags")
                .containsEntry("tags", ProjectFacts.Relation.FORWARD_MANY);
        assertThat(facts.relations(only(facts, "Customer"))).containsOnlyKeys("owner", "orders")
                .containsEntry("orders", ProjectFacts.Relation.REVERSE);
        assertThat(facts.hasRelations(only(facts, "Tag"))).isFalse();
    }

    @Test
    void serializersRenderRelationsOnlyWhenARowNeedsAQuery() {
        ProjectFacts facts = facts("shop/models.py", MODELS, "shop/api/serializers.py", SERIALIZERS);
        assertThat(facts.rendersRelations(only(facts, "CustomerSerializer"))).isFalse();
        assertThat(facts.rendersRelations(only(facts, "CustomerOrdersSerializer"))).as("reverse accessor").isTrue();
        assertThat(facts.rendersRelations(only(facts, "OrderIdSerializer"))).as("foreign key by id").isFalse();
        assertThat(facts.rendersRelations(only(facts, "OrderMethodSerializer"))).as("method reads obj.customer")
                .isTrue();
        assertThat(facts.rendersRelations(only(facts, "TagSerializer"))).isFalse();
        assertThat(facts.rendersRelations(only(facts, "OrderStateSerializer"))).as("the row itself, a method").isFalse();
        assertThat(facts.rendersRelations(only(facts, "OrderCustomerSerializer"))).as("nested relation").isTrue();
        assertThat(facts.hasRelations(only(facts, "OrderIdSerializer"))).as("through Meta.model").isTrue();
    }

    @Test
    void lineageFollowsProjectBasesAcrossFilesAndStopsAtCycles() {
        ProjectFacts facts = facts(
                "core/views.py", """
                        class Base(viewsets.GenericViewSet):
                            permission_classes = [IsAuthenticated]

                            def get_queryset(self):
                                return prefetch_for(super().get_queryset())


                        class Loop(Other):
                            pass


                        class Other(Loop):
                            pass
                        """,
                "shop/views.py", """
                        class CartViewSet(mixins.ListModelMixin, views.Base):
                            serializer_class = CartSerializer
                        """);
        ClassFact cart = only(facts, "CartViewSet");
        assertThat(facts.ancestry(cart)).containsExactly("mixins.ListModelMixin", "views.Base", "viewsets.GenericViewSet");
        assertThat(facts.externalBases(cart)).containsExactly("mixins.ListModelMixin", "viewsets.GenericViewSet");
        assertThat(facts.attribute(cart, Pattern.compile("permission_classes"))).contains("[IsAuthenticated]");
        assertThat(new FactTest.Mentions("(?i)prefetch").holds(cart, facts)).isTrue();
        assertThat(new FactTest.Defines(Pattern.compile("get_queryset")).holds(cart, facts)).isTrue();
        assertThat(facts.lineage(only(facts, "Loop"))).hasSize(2);
    }

    @Test
    void theLeavesOfABaseAreTheProjectClassesBelowItThatNoneExtends() {
        ProjectFacts facts = facts(
                "core/views.py", """
                        class Base(viewsets.GenericViewSet):
                            pass


                        class Listing(Base):
                            pass


                        class Loop(Other):
                            pass


                        class Other(Loop):
                            pass
                        """,
                "shop/views.py", """
                        from core.views import Base, Listing


                        class CartViewSet(Base):
                            permission_classes = [IsAuthenticated]


                        class ProductViewSet(Listing, Base):
                            pass
                        """);
        assertThat(facts.leaves(only(facts, "Base"))).extracting(ClassFact::name)
                .as("ProductViewSet once, though it extends Base twice over").containsExactlyInAnyOrder("CartViewSet",
                        "ProductViewSet");
        assertThat(facts.leaves(only(facts, "Listing"))).extracting(ClassFact::name).containsExactly("ProductViewSet");
        assertThat(facts.leaves(only(facts, "CartViewSet"))).isEmpty();
        assertThat(facts.leaves(only(facts, "Loop"))).as("a cycle of names has no end").isEmpty();
        FactTest withoutPermissions = new FactTest.Leaf(List.of(new FactTest.Not(List.of(
                new FactTest.Sets(Pattern.compile("^permission_classes$"))))));
        assertThat(withoutPermissions.holds(only(facts, "Base"), facts)).isTrue();
        assertThat(withoutPermissions.holds(only(facts, "Listing"), facts)).isTrue();
        assertThat(withoutPermissions.holds(only(facts, "CartViewSet"), facts)).as("no class below it").isFalse();
    }

    @Test
    void importsBindNamesToAbsoluteModules() {
        ClassFact view = only(facts("shop/api/views.py", """
                import json
                import django.db.models as m
                from rest_framework import viewsets as vs, mixins
                from ..models import (
                    Order,
                    Customer as Buyer,  # an alias
                )
                from . import serializers
                from .base import *


                class CartViewSet(vs.ModelViewSet):
                    from os import path  # inside the class: not a module binding
                """), "CartViewSet");
        assertThat(view.imports()).containsEntry("json", "json").containsEntry("m", "django.db.models")
                .containsEntry("vs", "rest_framework.viewsets").containsEntry("mixins", "rest_framework.mixins")
                .containsEntry("Order", "shop.models.Order").containsEntry("Buyer", "shop.models.Customer")
                .containsEntry("serializers", "shop.api.serializers").doesNotContainKey("path");
        assertThat(PythonClasses.absolute("shop/api/__init__.py", 1, "views")).isEqualTo("shop.api.views");
        assertThat(PythonClasses.moduleOf("src/shop/api/__init__.py")).isEqualTo("src.shop.api");
    }

    @Test
    void namesResolveThroughImportsSoThatClassesOfOneNameStayApart() {
        ProjectFacts facts = facts(
                "src/crm/api/v1/serializers.py", "class TeamSerializer(Base):\n    x = 1\n",
                "src/crm/api/v2/serializers.py", "class TeamSerializer(Base):\n    y = 2\n",
                "src/crm/api/v2/views.py", """
                        from crm.api.v2.serializers import TeamSerializer
                        from crm.api import v1
                        from rest_framework.viewsets import ModelViewSet as DrfModelViewSet
                        from wagtail.admin.viewsets.model import ModelViewSet
                        from .helpers import *


                        class One(DrfModelViewSet):
                            serializer_class = TeamSerializer


                        class Two(ModelViewSet):
                            serializer_class = v1.serializers.TeamSerializer


                        class Three(One):
                            serializer_class = Starred
                        """,
                "src/crm/api/v2/helpers.py", "class Starred:\n    pass\n",
                "src/other/models.py", "class ModelViewSet:\n    pass\n");
        ClassFact one = only(facts, "One");
        Pattern serializer = Pattern.compile("serializer_class");
        assertThat(facts.classesNamed(facts.assigned(one, serializer).orElseThrow()))
                .extracting(ClassFact::path).containsExactly("src/crm/api/v2/serializers.py");
        assertThat(facts.classesNamed(facts.assigned(only(facts, "Two"), serializer).orElseThrow()))
                .extracting(ClassFact::path).containsExactly("src/crm/api/v1/serializers.py");
        assertThat(facts.externalBases(one)).containsExactly("rest_framework.viewsets.ModelViewSet");
        // a library's class that shares its name with a project class is not the project class
        assertThat(facts.externalBases(only(facts, "Two"))).containsExactly("wagtail.admin.viewsets.model.ModelViewSet");
        assertThat(facts.lineage(only(facts, "Three"))).extracting(ClassFact::name).containsExactly("Three", "One");
        // a name no import binds (a star import) stands for every class of that name
        assertThat(facts.classesNamed(facts.assigned(only(facts, "Three"), serializer).orElseThrow())).hasSize(1);
        assertThat(facts.in("src/crm/api/v2/views.py").resolveHere("TeamSerializer"))
                .extracting(ClassFact::path).containsExactly("src/crm/api/v2/serializers.py");
        assertThat(facts.in("src/crm/api/v2/views.py").definedHere("One", one.line())).containsExactly(one);
    }

    @Test
    void aClassOfACommonNameIsFoundInItsOwnModule() {
        // thousands of modules define a class of one name (Meta, Migration, Config): the module's own
        // class is found among that module's classes, the others of the name only when it has none
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            files.add("app" + i + "/managers.py");
            files.add("\n".repeat(i % 3) + "class ActiveManager(Manager):\n    x = 1\n");
        }
        ProjectFacts facts = facts(files.toArray(String[]::new));
        ProjectFacts here = facts.in("app7/managers.py");
        assertThat(here.definedHere("ActiveManager", 2)).singleElement()
                .extracting(ClassFact::path).isEqualTo("app7/managers.py");
        assertThat(here.definedHere("ActiveManager", 9)).hasSize(2000);
        assertThat(here.resolveHere("ActiveManager")).singleElement()
                .extracting(ClassFact::path).isEqualTo("app7/managers.py");
        assertThat(facts.in("elsewhere.py").resolveHere("ActiveManager")).hasSize(2000);
    }

    @Test
    void onlyRenderedFieldsOfKnownModelsCount() {
        ProjectFacts facts = facts("shop/models.py", MODELS, "shop/api/serializers.py", """
                from allauth.models import Account


                class Tracked(serializers.ModelSerializer):
                    label = serializers.SerializerMethodField()
                    grants = GrantsSerializer(write_only=True)

                    def get_label(self, obj):
                        return obj.customer.name


                class OrderBrief(Tracked):
                    class Meta:
                        model = Order
                        fields = ["id", "total"]


                class AccountSerializer(serializers.ModelSerializer):
                    provider = ProviderSerializer(source="get_provider")
                    summary = serializers.SerializerMethodField()

                    class Meta:
                        model = Account
                        fields = ["id", "provider", "summary"]

                    def get_summary(self, obj):
                        return obj.extra.get("a", obj.uid)


                class AccountGroups(serializers.ModelSerializer):
                    groups = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

                    class Meta:
                        model = Account
                        fields = ["id", "groups"]
                """);
        assertThat(facts.renderedRelation(only(facts, "Tracked"))).as("no model known: no guess").isEmpty();
        assertThat(facts.renderedRelation(only(facts, "OrderBrief"))).as("base field left out of Meta.fields").isEmpty();
        assertThat(facts.renderedRelation(only(facts, "AccountSerializer"))).as("a library's model").isEmpty();
        assertThat(facts.renderedRelation(only(facts, "AccountGroups"))).contains("groups = PrimaryKeyRelatedField(…)");
    }

    @Test
    void fingerprintIgnoresLinesButNotFacts() {
        String a = "class A(B):\n    x = 1\n";
        assertThat(facts("a.py", a).fingerprint()).isEqualTo(facts("a.py", "\n\n" + a).fingerprint());
        assertThat(facts("a.py", a).fingerprint()).isNotEqualTo(facts("a.py", a.replace("1", "2")).fingerprint());
        // each module's imports are digested once, and named by the classes that share them
        String imported = "from shop import B\n\n" + a + "\nclass C(B):\n    pass\n";
        assertThat(facts("a.py", imported).fingerprint())
                .isNotEqualTo(facts("a.py", imported.replace("from shop", "from store")).fingerprint())
                .isNotEqualTo(facts("a.py", imported.replace("from shop import B\n", "")).fingerprint())
                .isEqualTo(facts("a.py", "\n" + imported).fingerprint());
    }

    private static ProjectFacts routed(String... pathsAndTexts) {
        List<ClassFact> classes = new ArrayList<>();
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            ModuleFacts module = PythonClasses.module(pathsAndTexts[i], pathsAndTexts[i + 1], List.of());
            classes.addAll(module.classes());
            routes.addAll(module.routes());
        }
        return new ProjectFacts(classes, routes);
    }

    @Test
    void routesAreTheActionsTheUrlConfigurationWiresToEachClass() {
        ProjectFacts facts = routed("shop/views.py", """
                from rest_framework import viewsets


                class CartViewSet(viewsets.ModelViewSet):
                    pass


                class OrderViewSet(viewsets.ModelViewSet):
                    pass


                class ItemViewSet(viewsets.ModelViewSet):
                    pass


                class NoteViewSet(viewsets.ModelViewSet):
                    pass


                class LonelyViewSet(viewsets.ModelViewSet):
                    pass
                """, "shop/urls.py", """
                from django.contrib import admin
                from django.urls import path
                from rest_framework import routers

                from shop import views
                from shop.views import CartViewSet, ItemViewSet

                MAPPING = {"get": "list"}
                router = routers.DefaultRouter()
                router.register(r"orders", views.OrderViewSet, basename="order")
                admin.site.register(views.Note, views.NoteViewSet)

                urlpatterns = [
                    path("cart/", CartViewSet.as_view({"get": "list", "post": "create"})),
                    path("cart/<int:pk>/", CartViewSet.as_view(actions={
                        "delete": "destroy",  # no update
                    })),
                    path("items/", ItemViewSet.as_view(MAPPING)),
                    path("items/plain/", ItemViewSet.as_view(renderer_classes=[])),
                ]
                """, "other/urls.py", """
                from other.views import CartViewSet

                urlpatterns = [path("x/", CartViewSet.as_view({"put": "update"}))]
                """);
        assertThat(facts.routedActions(only(facts, "CartViewSet"))).as("two mappings, the other module's class apart")
                .containsExactlyInAnyOrder("list", "create", "destroy");
        assertThat(facts.routedActions(only(facts, "OrderViewSet"))).as("a router registration")
                .isEqualTo(Route.ROUTER_ACTIONS);
        assertThat(facts.routedActions(only(facts, "ItemViewSet"))).as("a mapping in a variable: every action")
                .isEqualTo(Route.ROUTER_ACTIONS);
        assertThat(facts.routedActions(only(facts, "NoteViewSet"))).as("the admin site's register is no route").isEmpty();
        assertThat(facts.routedActions(only(facts, "LonelyViewSet"))).isEmpty();
        assertThat(facts.fingerprint()).isNotEqualTo(routed("shop/views.py", "class CartViewSet:\n    pass\n").fingerprint());
    }

    @Test
    void skipsTestsAndMigrations() {
        assertThat(ProjectFacts.skipped("shop/migrations/0001_initial.py")).isTrue();
        assertThat(ProjectFacts.skipped("shop/tests/test_views.py")).isTrue();
        assertThat(ProjectFacts.skipped("conftest.py")).isTrue();
        assertThat(ProjectFacts.skipped("shop/views.py")).isFalse();
    }
}
