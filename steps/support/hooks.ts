// The kit's lifecycle around scenarios: the runtime per worker (BeforeAll/AfterAll), capability
// skips (Before), evidence and end-of-scenario webhook checks (After).
import { After, AfterAll, Before, BeforeAll, Status } from '@cucumber/cucumber';
import { startKitRuntime, stopKitRuntime, type KitWorld } from '../../src/world/index.ts';

BeforeAll({ name: 'mskit: reach the target, start the webhook receiver', timeout: 120_000 }, async function () {
  await startKitRuntime(process.env);
});

Before({ name: 'mskit: skip what the target cannot do' }, function (this: KitWorld, { pickle }) {
  return this.begin(pickle);
});

After({ name: 'mskit: attach evidence, check webhooks' }, function (this: KitWorld, { result }) {
  if (result?.status === Status.SKIPPED) return;
  return this.finish(result?.status !== Status.PASSED);
});

AfterAll({ name: 'mskit: stop the webhook receiver', timeout: 60_000 }, async function () {
  await stopKitRuntime();
});
