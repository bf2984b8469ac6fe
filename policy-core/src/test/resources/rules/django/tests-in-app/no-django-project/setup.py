from setuptools import setup
setup(name='lib')
