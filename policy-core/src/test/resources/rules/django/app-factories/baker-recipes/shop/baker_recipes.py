from model_bakery.recipe import Recipe

from shop.models import Product

product = Recipe(Product, name="Tea")
