# The conformance kit as an image, for CI systems that run containers. The kit lives in /opt/mskit;
# it runs in /work, where the reports are written: mount a folder there to keep them.
#
#   docker build -t mskit .
#   docker run --rm -v "$PWD/out:/work" --user "$(id -u):$(id -g)" \
#     -e MSKIT_API_BASE_URL -e MSKIT_TOKEN_URL -e MSKIT_CLIENT_ID -e MSKIT_CLIENT_SECRET \
#     mskit run --target url --implementation "acme-ms 4.2.1"
#
# Without arguments it runs the suite against the embedded sandbox (a check of the kit itself).
FROM node:20-slim

WORKDIR /opt/mskit
# Dependencies first: this layer is rebuilt only when the lockfile changes.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# What `npm pack` ships (package.json "files").
COPY bin/ bin/
COPY src/ src/
COPY steps/ steps/
COPY features/ features/
COPY contracts/ contracts/
COPY mocks/ mocks/
COPY docs/ docs/
COPY cucumber.js tsconfig.json ./

# The kit compiled to JavaScript once, here, where the cache can still be written (bin/mskit.js); tsx
# only compiles that build (and would have nothing to keep in a fresh container).
ENV NODE_ENV=production TSX_DISABLE_CACHE=1
RUN node bin/mskit.js --version
WORKDIR /work
RUN chown node:node /work
USER node
ENTRYPOINT ["node", "/opt/mskit/bin/mskit.js"]
CMD ["run"]
