// `npm run pact:consumer`: regenerate contracts/pacts/marketplace-back-office-marketplace-services.json
// from the back-office's consumer tests (src/pact/consumer/); `--publish --consumer-version <v>`
// sends it to the Pact Broker, `--can-i-deploy --to <tag>` asks whether that version may ship.
import { pactConsumerCommand } from '../src/pact/consumer/consumerCommand.ts';

process.exit(await pactConsumerCommand(process.argv.slice(2)));
