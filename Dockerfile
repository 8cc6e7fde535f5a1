# briefbot in a container: built with the dev dependencies, run with the production ones only.
# Chat credentials come from the environment (see .env.example); the database lives in /app/data.

# --- build ---------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS build
# better-sqlite3 builds from source when no prebuilt binary can be downloaded.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prepare.mjs scripts/prepare.mjs
RUN npm ci --no-audit --no-fund --ignore-scripts && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY src src
RUN npm run build && npm prune --omit=dev

# --- run -----------------------------------------------------------------------------------
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    BRIEFBOT_DB=/app/data/briefbot.db
WORKDIR /app
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY package.json ./
COPY bin bin
COPY briefings briefings
COPY config config
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
# The Slack HTTP receiver (PORT); Discord and Socket Mode need no inbound port.
EXPOSE 3000
# Healthy while the database answers (the same check `briefbot subscriptions` makes).
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 CMD ["node", "bin/briefbot.js", "subscriptions"]
CMD ["node", "dist/main.js"]
