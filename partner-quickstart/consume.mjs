// A partner system reading the Chuanyu platform's events, as a partner would write it with public libraries only:
//   1. a token of the chuanyu realm with the client-credentials grant (the same client as for the REST API);
//   2. Kafka with SASL/OAUTHBEARER (kafkajs), in a consumer group under the client id's prefix;
//   3. each record parsed as a CloudEvent in Kafka binary mode (the official cloudevents SDK) and checked;
//   4. its data validated against the published JSON Schema of its type (Ajv, draft 2020-12).
// Settings by environment variable (defaults: the embedded platform and its DEMO partner credentials):
//   CHUANYU_TOKEN_URL      the realm's token endpoint
//   CHUANYU_CLIENT_ID      CHUANYU_CLIENT_SECRET
//   CHUANYU_KAFKA_BROKERS  comma-separated host:port
//   CHUANYU_TOPICS         comma-separated topics the partner was granted
//   CHUANYU_GROUP          consumer group id; must start with "<client id>."
//   CHUANYU_SCHEMAS        folder of the JSON Schemas (event-contracts/src/main/resources/contracts/schemas)
//   CHUANYU_FROM_BEGINNING true (default): a new group replays what the topics still hold
//   CHUANYU_IDLE_MS        stop once nothing arrived for this long after the first event (0: run until Ctrl-C)
// Prints one line per event; exits 1 if any event was not a valid CloudEvent or did not conform to its schema.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';
import { Kafka as CloudEventsKafka } from 'cloudevents';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const here = path.dirname(fileURLToPath(import.meta.url));
const env = (name, fallback) => process.env[name] || fallback;
const tokenUrl = env('CHUANYU_TOKEN_URL', 'http://127.0.0.1:8180/realms/chuanyu/protocol/openid-connect/token');
const clientId = env('CHUANYU_CLIENT_ID', 'chuanyu-partner');
const clientSecret = env('CHUANYU_CLIENT_SECRET', 'partner-secret-change-me'); // the dev realm's DEMO secret
const brokers = env('CHUANYU_KAFKA_BROKERS', '127.0.0.1:9092').split(',');
const topics = env('CHUANYU_TOPICS', 'chuanyu.conference.papers,chuanyu.alliance.board-items,chuanyu.training.certificates')
  .split(',');
const group = env('CHUANYU_GROUP', `${clientId}.quickstart`);
const schemasDir = env('CHUANYU_SCHEMAS', path.join(here, '../event-contracts/src/main/resources/contracts/schemas'));
const fromBeginning = env('CHUANYU_FROM_BEGINNING', 'true') === 'true';
const idleMs = Number(env('CHUANYU_IDLE_MS', '0'));

// 1. tokens: client credentials, fetched again shortly before they expire
let cached = { value: null, expiresAt: 0 };
async function token() {
  if (cached.value && Date.now() < cached.expiresAt - 30_000) return cached;
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}: ${await response.text()}`);
  const body = await response.json();
  cached = { value: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
  return cached;
}

// 4. one validator per event type, from the published schemas
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validators = new Map();
for (const file of fs.readdirSync(schemasDir).filter((f) => f.endsWith('.json'))) {
  validators.set(file.replace(/\.json$/, ''), ajv.compile(JSON.parse(fs.readFileSync(path.join(schemasDir, file), 'utf8'))));
}

/** The problems of one record: none for a valid CloudEvent whose data conforms to the schema of its type. */
function check(message) {
  const headers = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = value?.toString('utf8');
  let event;
  try {
    // 3. binary mode: ce_* headers are the attributes, the value is the data
    event = CloudEventsKafka.toEvent({ key: message.key?.toString('utf8'), value: message.value?.toString('utf8'),
      headers, timestamp: message.timestamp });
    event.validate(); // throws on a missing or malformed required attribute
  } catch (e) {
    return { event, problems: [`not a valid CloudEvent: ${e.message} ${JSON.stringify(e.errors ?? '')}`] };
  }
  const problems = [];
  if (event.subject !== event.partitionkey) problems.push('ce_subject differs from the record key');
  const validate = validators.get(event.type);
  if (!validate) {
    problems.push(`no published schema for type ${event.type}`);
  } else {
    const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    if (!validate(data)) problems.push(...validate.errors.map((e) => `${e.instancePath} ${e.message}`));
  }
  return { event, problems };
}

// 2. Kafka with SASL/OAUTHBEARER
const kafka = new Kafka({
  clientId: `${clientId}-quickstart`,
  brokers,
  sasl: { mechanism: 'oauthbearer', oauthBearerProvider: async () => ({ value: (await token()).value }) },
  logLevel: logLevel.WARN,
});
// a refusal (wrong group prefix, topic not granted, bad credentials) ends the run instead of retrying forever
const consumer = kafka.consumer({ groupId: group, retry: { retries: 3, restartOnFailure: async () => false } });
let seen = 0;
let invalid = 0;
let lastEventAt = 0;

async function stop(code) {
  await consumer.disconnect().catch(() => {});
  console.log(`${seen} events read from ${topics.join(', ')}, ${invalid} invalid`);
  process.exit(code);
}
process.on('SIGINT', () => stop(invalid > 0 ? 1 : 0));
consumer.on(consumer.events.CRASH, ({ payload }) => {
  console.error(`consumer stopped: ${payload.error.message} (if Kafka refused access above: the group id must `
    + `start with "${clientId}." and the topics must be granted to you)`);
  stop(2);
});

await consumer.connect();
await consumer.subscribe({ topics, fromBeginning });
await consumer.run({
  eachMessage: async ({ topic, partition, message }) => {
    const { event, problems } = check(message);
    seen++;
    lastEventAt = Date.now();
    if (problems.length > 0) {
      invalid++;
      console.log(`INVALID ${topic}/${partition}@${message.offset} ${event?.type ?? ''}: ${problems.join('; ')}`);
    } else {
      console.log(`valid ${topic}/${partition}@${message.offset} ${event.type} id=${event.id} key=${event.partitionkey}`);
    }
  },
});
if (idleMs > 0) {
  setInterval(() => {
    if (lastEventAt > 0 && Date.now() - lastEventAt > idleMs) stop(invalid > 0 ? 1 : 0);
  }, 250);
}
