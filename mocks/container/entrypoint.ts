// The sandbox image's entrypoint. Containers are configured by environment, so the platform
// conventions are mapped onto the sandbox's own variables (mocks/sandbox/cli.ts reads those):
// `PORT`, the port to listen on (the kit's container target sets it); `HOST`, the interface
// (0.0.0.0 by default: inside its own network namespace a container must listen beyond its
// loopback to be reachable through a published port; the kit sets 127.0.0.1 with host networking).
process.env.MSKIT_SANDBOX_PORT ??= process.env.PORT ?? '4011';
process.env.MSKIT_SANDBOX_HOST ??= process.env.HOST ?? '0.0.0.0';

await import('../sandbox/cli.ts');
