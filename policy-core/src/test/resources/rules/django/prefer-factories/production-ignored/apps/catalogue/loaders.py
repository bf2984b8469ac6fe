class ReferenceDataLoader:
    fixtures = ["countries.json", "currencies.json"]  # ok: django/prefer-factories

    def files(self):
        return list(self.fixtures)
