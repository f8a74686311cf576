// A webhook receiver for the latency benchmark: verifies every delivery with the snippet README gives partners
// (docs/webhooks/verify-webhook.mjs), notes when it arrived, answers 204. Writes "<webhook-id> <arrival, epoch ms> <verified>" lines to
// the file named by its second argument when it gets SIGTERM.
//   node receiver.mjs PORT OUT_FILE   (the signing secret in WEBHOOK_SECRET)
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';

import { verify } from '../../docs/webhooks/verify-webhook.mjs';

const [port, out] = process.argv.slice(2);
const secret = process.env.WEBHOOK_SECRET;
const lines = [];
createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const arrived = performance.timeOrigin + performance.now();
    const { headers } = request;
    const verified = verify(secret, headers['webhook-id'], headers['webhook-timestamp'], headers['webhook-signature'],
      Buffer.concat(chunks));
    lines.push(`${request.headers['webhook-id']} ${arrived.toFixed(3)} ${verified}`);
    response.writeHead(verified ? 204 : 400).end();
  });
}).listen(Number(port), '127.0.0.1');
process.on('SIGTERM', () => {
  writeFileSync(out, lines.join('\n') + '\n');
  process.exit(0);
});
