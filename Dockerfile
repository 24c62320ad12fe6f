# syntax=docker/dockerfile:1
# hotpatch-bot: Teams bot on Node 20. No build step: the app runs TypeScript through tsx, which is a
# production dependency. Stage 1 installs production dependencies (better-sqlite3 compiles here if no
# prebuilt binary matches); stage 2 is the slim runtime, as a non-root user.

FROM node:20-slim AS deps
WORKDIR /app
# Toolchain for better-sqlite3's node-gyp fallback; it stays in this stage only.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# botbuilder-dialogs' postinstall runs `npx rimraf` (a devDependency here): let npx fetch it non-interactively.
ENV npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
RUN npm ci --omit=dev \
 && npm cache clean --force

FROM node:20-slim AS runtime
ENV NODE_ENV=production \
    PORT=3978 \
    STORAGE=sqlite \
    SQLITE_PATH=/app/state/hotpatch-bot.db
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json package-lock.json tsconfig.json ./
COPY --chown=root:root bin ./bin
COPY --chown=root:root src ./src
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
