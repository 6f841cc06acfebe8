# syntax=docker/dockerfile:1
# Zet Pay Support: one node in the production profile (PostgreSQL + Redis), run as deploy/cluster.sh
# runs the jar (same JVM flags, same environment variables); compose.yaml puts two behind nginx.
# Not built in CI: the development machine has no container runtime and reaches no image registry,
# so keep this file in step with deploy/cluster.sh by hand.
#
#   docker build -t zetpay-support .
#   docker run -e SUPPORT_DB_URL=… -e SUPPORT_REDIS_URL=… -e SUPPORT_IDENTITY_ISSUERS_0_ISSUER=… zetpay-support
# Extra JVM options (heap, GC) go in JDK_JAVA_OPTIONS.

# ---- build: the web app and the jar (docs/decisions/0021), extracted to the deployed form
# (docs/decisions/0015), with a JDK 25 and Node.js. The JDK image's own nodejs package (Ubuntu's) is
# Node 18, older than the web build's Vite needs, so node and npm come from the Node.js image.
FROM node:22-bookworm-slim AS node
FROM eclipse-temurin:25-jdk AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm && node --version && npm --version
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY web web
COPY src src
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.npm \
    ./mvnw -B -ntp -q package -DskipTests -Dskip.aot \
 && java -Djarmode=tools -jar target/zetpay-support-*.jar extract --destination /dist \
      --application-filename zetpay-support.jar

# ---- runtime: a JRE 25, the application and its AOT cache, as a user without privileges ---------
FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 zetpay \
 && useradd --system --uid 10001 --gid zetpay --home-dir /app --no-create-home --shell /usr/sbin/nologin zetpay \
 && mkdir -p /app/data /app/files \
 && chown zetpay:zetpay /app/data /app/files
WORKDIR /app
COPY --from=build /dist /app
# The AOT cache is recorded here, by this image's own JVM (a cache only fits the JVM build that
# wrote it): a whole first start on a throw-away in-memory database, then exit, as the Maven build
# does for target/app.
RUN cd /tmp && java -Xlog:aot=error -XX:AOTCacheOutput=/app/zetpay-support.aot \
      --enable-native-access=ALL-UNNAMED -DDJL_CACHE_DIR=/tmp/djl -jar /app/zetpay-support.jar \
      --support.aot-training=true --server.port=0 --spring.main.banner-mode=off --logging.level.root=warn \
      '--spring.datasource.url=jdbc:h2:mem:aot-training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH' \
      --support.helpcenter.index-directory= --support.storage.directory=/tmp/aot-files \
 && rm -rf /tmp/djl /tmp/aot-files /tmp/data
USER zetpay

# The search index is each node's own (/app/data); uploads must be shared between nodes, so mount
# one volume at /app/files on all of them. Behind nginx, the client's address comes from X-Forwarded-For.
ENV SPRING_PROFILES_ACTIVE=prod \
    PORT=8080 \
    SUPPORT_HELPCENTER_INDEX_DIRECTORY=/app/data/index \
    SUPPORT_STORAGE_DIRECTORY=/app/files \
    SERVER_FORWARD_HEADERS_STRATEGY=native
EXPOSE 8080
VOLUME ["/app/files"]

# Ready = database (and Redis) reachable and the start finished: what nginx's nodes must be.
# bash's /dev/tcp, as the JRE image has no curl.
HEALTHCHECK --interval=10s --timeout=3s --start-period=180s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200'"]

# Exec form: the JVM is PID 1 and gets the SIGTERM of `docker stop` for its graceful shutdown.
# onnxruntime's native load needs --enable-native-access on JDK 25; no jdk.incubator.vector, which
# would cost the AOT cache its linked classes (docs/decisions/0022; the training start above must use
# the same flags). DJL extracts its tokenizer library under /app/data rather than the home directory.
# The heap starts at its full size: left to grow, G1 kept it near 400 MB of 1 GB under chat load and
# ran a concurrent cycle every ~3 s with remark pauses up to 68 ms; at full size it ran young
# collections only (issue 18, docs/benchmarks.md "Fifth round").
ENTRYPOINT ["java", "-XX:AOTCache=/app/zetpay-support.aot", \
  "--enable-native-access=ALL-UNNAMED", "-XX:MaxRAMPercentage=75", "-XX:InitialRAMPercentage=75", \
  "-DDJL_CACHE_DIR=/app/data/djl", \
  "-jar", "/app/zetpay-support.jar"]
