// A webhook receiver for the latency benchmark: verifies every delivery with the README's Node.js snippet (the same
// lines, below), notes when it arrived, answers 204. Writes "<webhook-id> <arrival, epoch ms> <verified>" lines to
// the file named by its second argument when it gets SIGTERM.
//   node receiver.mjs PORT OUT_FILE   (the signing secret in WEBHOOK_SECRET)
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';

// --- README "Verify a delivery" (Node.js) ---
import { createHmac, timingSafeEqual } from 'node:crypto';

function verify(secret, headers, rawBody) {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (!id || !timestamp || !signatures) return false;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false; // replayed or delayed too long
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(rawBody).digest();
  return signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    const given = Buffer.from(signature ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}
// --- end of the snippet ---

const [port, out] = process.argv.slice(2);
const secret = process.env.WEBHOOK_SECRET;
const lines = [];
createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const arrived = performance.timeOrigin + performance.now();
    const verified = verify(secret, request.headers, Buffer.concat(chunks));
    lines.push(`${request.headers['webhook-id']} ${arrived.toFixed(3)} ${verified}`);
    response.writeHead(verified ? 204 : 400).end();
  });
}).listen(Number(port), '127.0.0.1');
process.on('SIGTERM', () => {
  writeFileSync(out, lines.join('\n') + '\n');
  process.exit(0);
});
