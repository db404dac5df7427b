// Checks the event contracts (event-contracts/src/main/resources/contracts) with Ajv, a validator that really
// implements JSON Schema draft 2020-12 (pinned in package-lock.json), in strict mode:
//   - every payload schema is valid against the 2020-12 meta-schema and compiles (no unknown or misspelt keyword);
//   - every message of asyncapi.yaml names an existing schema, every schema is a message, and the CloudEvents
//     headers schema compiles; every channel has a Kafka binding for its own topic;
//   - every example of a message conforms to its schema;
//   - the AsyncAPI document is valid against the AsyncAPI 3.0.0 JSON Schema (@asyncapi/specs, Kafka bindings
//     included);
//   - the check proves itself first: schemas broken on purpose (fixtures/) and a document with a misspelt operation
//     action must be refused.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import specs from '@asyncapi/specs';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
const contracts = path.join(here, '../event-contracts/src/main/resources/contracts');
const failures = [];

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** The errors of one schema: against the meta-schema, then compiling it strictly. */
function schemaErrors(schema) {
  const ajv = validator();
  if (!ajv.validateSchema(schema)) {
    return ajv.errorsText(ajv.errors);
  }
  try {
    ajv.compile(schema);
    return null;
  } catch (e) {
    return e.message;
  }
}

// 1. the check catches broken schemas
for (const fixture of fs.readdirSync(path.join(here, 'fixtures')).filter((f) => f.endsWith('.schema.json'))) {
  const errors = schemaErrors(JSON.parse(fs.readFileSync(path.join(here, 'fixtures', fixture), 'utf8')));
  if (errors === null) {
    failures.push(`self-test: fixtures/${fixture} is broken on purpose but was accepted`);
  } else {
    console.log(`self-test: fixtures/${fixture} refused (${errors.split('\n')[0]})`);
  }
}

// 2. the AsyncAPI document's structure (its bundled schema carries a copy of draft-07's meta-schema, which Ajv has)
const asyncapiSchema = structuredClone(specs.schemas['3.0.0']);
delete asyncapiSchema.definitions['http://json-schema.org/draft-07/schema'];
const draft07 = new Ajv({ strict: false, allErrors: true });
addFormats(draft07);
const validateAsyncApi = draft07.compile(asyncapiSchema);
const asyncapi = YAML.parse(fs.readFileSync(path.join(contracts, 'asyncapi.yaml'), 'utf8'));
const misspelt = structuredClone(asyncapi);
Object.values(misspelt.operations)[0].action = 'recieve';
if (validateAsyncApi(misspelt)) {
  failures.push('self-test: a document with the operation action "recieve" was accepted');
} else {
  console.log('self-test: a document with a misspelt operation action refused');
}
if (!validateAsyncApi(asyncapi)) {
  failures.push(`asyncapi.yaml: ${draft07.errorsText(validateAsyncApi.errors, { separator: '\n  ' })}`);
}

// 3. every payload schema
const schemas = new Map();
for (const file of fs.readdirSync(path.join(contracts, 'schemas')).filter((f) => f.endsWith('.json'))) {
  const schema = JSON.parse(fs.readFileSync(path.join(contracts, 'schemas', file), 'utf8'));
  if (schema.$schema !== 'https://json-schema.org/draft/2020-12/schema') {
    failures.push(`${file}: $schema must be draft 2020-12`);
  }
  const errors = schemaErrors(schema);
  if (errors !== null) {
    failures.push(`${file}: ${errors}`);
  }
  schemas.set(`./schemas/${file}`, errors === null ? schema : null);
}

// 4. the AsyncAPI document against the payload schemas
const referenced = new Set();
for (const [name, message] of Object.entries(asyncapi.components.messages)) {
  const ref = message.payload?.schema?.$ref;
  if (!schemas.has(ref)) {
    failures.push(`message ${name}: payload schema ${ref} does not exist`);
    continue;
  }
  referenced.add(ref);
  const schema = schemas.get(ref);
  if (schema === null) continue; // invalid, reported above
  const validate = validator().compile(schema);
  for (const example of message.examples ?? []) {
    if (!validate(example.payload)) {
      failures.push(`message ${name}, example ${example.name}: ${JSON.stringify(validate.errors)}`);
    }
  }
}
for (const ref of schemas.keys()) {
  if (!referenced.has(ref)) failures.push(`${ref} is no message of asyncapi.yaml`);
}
for (const [name, trait] of Object.entries(asyncapi.components.messageTraits ?? {})) {
  if (trait.headers) {
    const errors = schemaErrors(trait.headers);
    if (errors !== null) failures.push(`message trait ${name}: headers schema: ${errors}`);
  }
}
for (const [name, channel] of Object.entries(asyncapi.channels)) {
  const kafka = channel.bindings?.kafka;
  if (!kafka || kafka.topic !== channel.address || !Number.isInteger(kafka.partitions)) {
    failures.push(`channel ${name}: a Kafka binding for topic ${channel.address} with its partitions is required`);
  }
}

if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`event contracts valid: asyncapi.yaml (AsyncAPI 3.0.0), ${schemas.size} JSON Schemas (draft 2020-12, strict), `
  + `${Object.keys(asyncapi.components.messages).length} messages, ${Object.keys(asyncapi.channels).length} channels`);
