/**
 * Project facts: what the Python classes of a repository say about each other (base classes
 * followed across files, the project's models and their relations, serializers and tables that
 * render them), read once per run in one light pass over the text and asked by rules through the
 * {@code facts:} key of a source rule body.
 */
package dev.guidepost.facts;
