# syntax=docker/dockerfile:1
# hotpatch-bot on Node 24 LTS. Three stages: `build` compiles TypeScript to dist/ (tsc, a dev dependency),
# `deps` installs production dependencies only, `runtime` is the slim image that runs the compiled
# JavaScript as a non-root user — no TypeScript compiler or transpiler in it.
# better-sqlite3 13 ships prebuilt binaries (linux x64/arm64, glibc and musl) inside its package: no
# compiler toolchain and no install script are needed, so every install here runs with --ignore-scripts.

FROM node:24-slim AS build
WORKDIR /app
ENV npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:24-slim AS deps
WORKDIR /app
ENV npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts \
 && npm cache clean --force

FROM node:24-slim AS runtime
ENV NODE_ENV=production \
    PORT=3978 \
    STORAGE=sqlite \
    SQLITE_PATH=/app/state/hotpatch-bot.db
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --chown=root:root package.json ./
COPY --chown=root:root bin/hotpatch-bot.cjs ./bin/hotpatch-bot.cjs
COPY --chown=root:root data/releases.json ./data/releases.json
# The code is read-only for the app user; only the state folder (SQLite) is writable. With STORAGE=blobs
# (several instances) nothing is written locally.
RUN mkdir -p /app/state && chown node:node /app/state
USER node
EXPOSE 3978
# Liveness only: /readyz (storage reachable) is for the load balancer's routing, not for restarts.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "require('http').get('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz',r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1))"
# Exec form: node is PID 1 and gets SIGTERM itself (graceful shutdown); no shell in between.
CMD ["node", "bin/hotpatch-bot.cjs", "serve"]
