// Generic HTTP steps for QA: send any request, check status, error code and body, remember values.
// The domain steps (in the seeds' words) sit on top of the same World; these are the fallback.
import { Given, Then, When } from '@cucumber/cucumber';
import assert from 'node:assert/strict';
import { readPointer, type Caller } from '../src/client/index.ts';
import type { KitWorld } from '../src/world/index.ts';
import { withOptionalDocString } from './support/optionalDocString.ts';

/** A doc string that parses as JSON is sent as JSON; anything else is sent as is (to test non-JSON bodies). */
function requestBody(world: KitWorld, docString: string | undefined): unknown {
  if (docString === undefined) return undefined;
  const text = world.interpolate(docString);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A value written in a step: JSON when it parses (`42`, `true`, `"x"`, `{…}`), else the text itself. */
function expectedValue(world: KitWorld, written: string): unknown {
  const text = world.interpolate(written);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function hasKey(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((item) => hasKey(item, key));
  if (value === null || typeof value !== 'object') return false;
  return Object.hasOwn(value, key) || Object.values(value).some((item) => hasKey(item, key));
}

async function send(world: KitWorld, method: string, path: string, as: Caller, docString: string | undefined): Promise<void> {
  await world.api.send({ method, path: world.interpolate(path), body: requestBody(world, docString), as });
}

Given('a new id remembered as {string}', function (this: KitWorld, name: string) {
  this.remember(name, this.ids.next());
});

When(
  'I send a {word} request to {string}',
  withOptionalDocString(2, async function (this: KitWorld, [method, path]: [string, string], docString) {
    await send(this, method, path, 'primary', docString);
  }),
);

When(
  'I send a {word} request to {string} as {caller}',
  withOptionalDocString(3, async function (this: KitWorld, [method, path, caller]: [string, string, Caller], docString) {
    await send(this, method, path, caller, docString);
  }),
);

Then('the answer status is {int}', function (this: KitWorld, status: number) {
  const response = this.lastResponse;
  assert.equal(response.status, status, `${response.method} ${response.path} answered ${response.status}, expected ${status}`);
});

Then("the answer status is the profile's {string} status", function (this: KitWorld, situation: string) {
  this.expectStatus(situation);
});

Then('the answer error code is {string}', function (this: KitWorld, code: string) {
  this.expectErrorCode(code);
});

Then('the answer body at {string} is {string}', function (this: KitWorld, pointer: string, written: string) {
  const actual = readPointer(this.lastResponse.body, pointer);
  const expected = expectedValue(this, written);
  assert.deepEqual(actual, expected, `the answer body at ${pointer} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
});

Then('the answer body has no {string}', function (this: KitWorld, key: string) {
  const { body, method, path } = this.lastResponse;
  assert.ok(!hasKey(body, key), `the answer to ${method} ${path} contains "${key}", which it must never return`);
});

Then('I remember the answer body at {string} as {string}', function (this: KitWorld, pointer: string, name: string) {
  const value = readPointer(this.lastResponse.body, pointer);
  assert.ok(value !== undefined, `the answer body has nothing at ${pointer} to remember as "${name}"`);
  this.remember(name, value);
});
