// Checks that an ACDE Hub webhook delivery is genuine (Standard Webhooks, HMAC-SHA256), Node.js 18+ built-ins only:
//   node verify-webhook.mjs <secret> <webhook-id> <webhook-timestamp> <webhook-signature> <body file>
// In a receiver, call verify() with the headers and the raw body (a Buffer), before parsing it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function verify(secret, id, timestamp, signatures, rawBody) {
  if (!id || !timestamp || !signatures) return false;
  // A delivery older or newer than five minutes is refused: someone may be replaying it.
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(rawBody).digest();
  // Several signatures while a rotated secret overlaps the new one: any one is enough.
  return signatures.split(' ').some((signature) => {
    if (!signature.startsWith('v1,')) return false;
    const given = Buffer.from(signature.slice(3), 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

// Run as a program (not imported, as bench/webhooks/receiver.mjs does): check one delivery saved to a file.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [secret, id, timestamp, signatures, bodyFile] = process.argv.slice(2);
  const valid = verify(secret, id, timestamp, signatures, readFileSync(bodyFile));
  console.log(valid ? 'valid' : 'INVALID');
  process.exit(valid ? 0 : 1);
}
