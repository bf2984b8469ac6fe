# syntax=docker/dockerfile:1
# Guidepost in a container: `docker run --rm -v "$PWD:/repo" guidepost` checks the mounted repository
# (the default command is `check .` in /repo; give any other guidepost arguments instead).
# Build: docker build -t guidepost .      Details: docs/install.md#container-image

# 1. build the distribution archive from the sources
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY policy-core/pom.xml policy-core/
COPY policy-cli/pom.xml policy-cli/
COPY policy-maven-plugin/pom.xml policy-maven-plugin/
RUN mvn -B -q -pl policy-cli -am dependency:go-offline -DexcludeGroupIds=dev.guidepost || true
COPY policy-core/src policy-core/src
COPY policy-cli/src policy-cli/src
COPY samples/django-broken samples/django-broken
COPY docs docs
RUN mvn -B -q -DskipTests -pl policy-cli -am package \
    && mkdir /dist && tar -xzf policy-cli/target/guidepost-*.tar.gz -C /dist --strip-components=1

# 2. the image: a JRE (glibc: the tree-sitter natives need it), the installed distribution, a user
FROM eclipse-temurin:17-jre-jammy
# install.sh copies the distribution to /usr/local/lib/guidepost, links /usr/local/bin/guidepost and
# runs it once, so the class-data archive is made here with this image's JVM
RUN --mount=type=bind,from=build,source=/dist,target=/tmp/dist \
    sh /tmp/dist/install.sh --prefix /usr/local \
    && useradd --uid 10001 --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin guidepost
USER 10001:10001
# the result cache: in the container, not in the mounted repository (mount a volume here to keep it)
ENV GUIDEPOST_CACHE_DIR=/tmp/guidepost-cache
WORKDIR /repo
ENTRYPOINT ["guidepost"]
CMD ["check", "."]
