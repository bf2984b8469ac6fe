import factory
