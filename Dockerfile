# Between in a container: non-root, the database and the key on two separate volumes.
#   docker build -t between .
#   docker run -d --name between --env-file between.env -v between-data:/data -v between-keys:/keys between
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_URL=file:/data/between.db \
    BETWEEN_KEY_FILE=/keys/between.key \
    BETWEEN_HEARTBEAT_FILE=/data/heartbeat \
    BETWEEN_STOP_SECONDS=8
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/prompts ./prompts
COPY --from=build /app/drizzle ./drizzle
RUN mkdir -p /data /keys && chown node:node /data /keys && chmod 700 /data /keys
USER node
VOLUME ["/data", "/keys"]
# Slack in HTTP mode listens here (PORT); Socket Mode and Discord need no inbound port.
EXPOSE 3000
# Healthy while the bot's heartbeat (written every 30 s by its event loop) is under 90 s old.
HEALTHCHECK --interval=60s --timeout=5s --start-period=30s \
  CMD ["node", "-e", "process.exit(Date.now() - require('fs').statSync(process.env.BETWEEN_HEARTBEAT_FILE).mtimeMs < 90000 ? 0 : 1)"]
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
