// Reads JSON lines {method, template, body} written by FakeDiscordRest.ExportJsonLines() and checks that every
// template exists in Discord's OpenAPI spec for its method and that every body parses with the matching schema.
// Usage: node check-bodies.mjs <file.jsonl>   (exit 0 = all good, 1 = problems listed on stderr)
import { readFileSync } from 'node:fs';
import { pathsList } from 'discord-api-spec';
import * as z from 'discord-api-spec/zod';

const shape = (path) => path.replace(/\{[^}]+\}/g, '{}');
const known = Object.fromEntries(Object.entries(pathsList).map(([m, paths]) => [m, new Set(paths.map(shape))]));

function schemasFor(method, template, body) {
  const key = `${method} ${shape(template)}`;
  switch (key) {
    case 'post /channels/{}/messages': return [z.MessageCreateRequestSchema];
    case 'patch /channels/{}/messages/{}': return [z.MessageEditRequestPartialSchema];
    case 'post /users/@me/channels': return [z.CreatePrivateChannelRequestSchema];
    case 'put /applications/{}/commands':
    case 'put /applications/{}/guilds/{}/commands': return 'array';
    case 'post /webhooks/{}/{}': return [z.IncomingWebhookRequestPartialSchema];
    case 'patch /webhooks/{}/{}/messages/{}': return [z.IncomingWebhookUpdateRequestPartialSchema];
    case 'post /interactions/{}/{}/callback':
      switch (body?.type) {
        case 4: case 5: return [z.CreateMessageInteractionCallbackRequestSchema];
        case 6: case 7: return [z.UpdateMessageInteractionCallbackRequestSchema];
        case 8: return [z.ApplicationCommandAutocompleteCallbackRequestSchema];
        default: return [];
      }
    default: return [];
  }
}

const withNumericPermissions = (command) =>
  typeof command?.default_member_permissions === 'string'
    ? { ...command, default_member_permissions: Number(command.default_member_permissions) }
    : command;

const problems = [];
let checked = 0;
const lines = readFileSync(process.argv[2], 'utf8').replace(/^\uFEFF/, '').split('\n').filter((l) => l.trim().length > 0);
for (const [i, line] of lines.entries()) {
  const { method, template, body } = JSON.parse(line);
  if (!known[method]?.has(shape(template))) {
    problems.push(`#${i} ${method} ${template}: not a path of the spec`);
    continue;
  }
  if (body === null || body === undefined) continue;
  const schemas = schemasFor(method, template, body);
  const check = (schema, value, where) => {
    const result = schema.safeParse(value);
    if (!result.success) problems.push(`#${i} ${method} ${template}${where}: ${result.error.message}`);
  };
  if (schemas === 'array') {
    if (!Array.isArray(body)) problems.push(`#${i} ${method} ${template}: body must be an array`);
    // Known discrepancy: the docs (which win) make default_member_permissions a string, the spec an integer.
    else body.forEach((command, n) => check(z.ApplicationCommandUpdateRequestSchema, withNumericPermissions(command), ` [${n}]`));
  } else if (schemas.length === 0) {
    problems.push(`#${i} ${method} ${template}: no schema known for this body`);
    continue;
  } else {
    check(schemas[0], body, '');
  }
  checked++;
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${lines.length} requests, ${checked} bodies ok`);
