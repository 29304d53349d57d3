# matchcut container: a build stage that compiles the native modules and the TypeScript, and a slim
# runtime stage with the compiled output and production dependencies only, run as a non-root user.
# test/deploy/dockerfile-steps.test.ts runs these steps in order in a scratch folder (no container
# engine is needed for that check).

FROM node:20-bookworm-slim AS build
# hnswlib-node and better-sqlite3 compile native code.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY adapters ./adapters
COPY scripts ./scripts
# The lexicon, so that the build saves its worked-out form in dist/ (a first start reads it instead of building it).
COPY knowledge ./knowledge
# Production dependencies only; the `prepare` script compiles src/ and adapters/ into dist/.
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production MATCHCUT_DATA_DIR=/data MATCHCUT_HEALTH_PORT=8080
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY knowledge ./knowledge
COPY prompts ./prompts
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000 8080
# /ready answers 200 once the index is loaded, the store is open and the platform is connected.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.MATCHCUT_HEALTH_PORT || 8080) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# With Slack and/or Discord settings, plain `matchcut` runs the bots; `matchcut slack` or
# `matchcut discord` runs one of them.
ENTRYPOINT ["node", "bin/matchcut.js"]
CMD []
