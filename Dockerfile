# One image for every Lotse process; LOTSE_SERVICE (gateway | identity | tickets | all) picks the
# role and `node app/src/cli.ts migrate` runs the migrations. Node 24 runs the TypeScript sources
# directly (type stripping): there is no build step.
#
# The Node version is the one the repository pins as its `node` devDependency (package.json);
# app/test/docker-compose.test.ts fails when the two drift apart.
ARG NODE_VERSION=24.21.0
FROM node:${NODE_VERSION}-slim

WORKDIR /srv/lotse

# Dependencies first, so a source change does not reinstall them. npm ci needs the manifest of
# every workspace the lockfile names, even those the image does not run.
COPY package.json package-lock.json .npmrc ./
COPY kernel/package.json kernel/
COPY subgraphs/identity/package.json subgraphs/identity/
COPY subgraphs/tickets/package.json subgraphs/tickets/
COPY gateway/package.json gateway/
COPY app/package.json app/
COPY web/package.json web/
COPY ui-kit/package.json ui-kit/
COPY bench/package.json bench/

# Production dependencies of the server workspaces only (`app` depends on kernel, the subgraphs and
# the gateway). --omit=dev leaves out the `node` devDependency: the image's own node is the same
# version. --ignore-scripts: no server dependency needs an install script here (argon2 ships
# prebuilt binaries; the embedded PostgreSQL is never started when DATABASE_URL is set).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund --workspace app \
  && npm cache clean --force

COPY . .

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000

# Runs as the unprivileged `node` user of the base image; it owns only the data directory.
RUN mkdir -p .data && chown node:node .data
USER node

EXPOSE 4000
CMD ["node", "app/src/cli.ts", "start"]
