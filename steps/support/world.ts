// Every step's `this` is the kit's World (src/world/kitWorld.ts).
import { setDefaultTimeout, setWorldConstructor } from '@cucumber/cucumber';
import { KitWorld } from '../../src/world/index.ts';

setWorldConstructor(KitWorld);
// Webhook waits end at the profile's deadline (5 s by default) with a message saying what arrived;
// cucumber's own timeout only catches a step stuck beyond anything the profile allows.
setDefaultTimeout(60_000);
