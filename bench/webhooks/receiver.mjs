// A webhook receiver for the latency benchmark: verifies every delivery with the snippet README gives partners
// (docs/webhooks/verify-webhook.mjs), notes when it arrived, answers 204. Writes "<webhook-id> <arrival, epoch ms> <verified>" lines to
// the file named by its second argument when it gets SIGTERM.
//   node receiver.mjs PORT OUT_FILE   (the signing secret in WEBHOOK_SECRET)
// With BENCH_ACCESS_TOKEN set it also stands in for the OpenID provider's token endpoint (bench/webhooks/end-to-end.sh):
// POST /token answers every client-credentials request with that token, and is not counted as a delivery.
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';

import { verify } from '../../docs/webhooks/verify-webhook.mjs';

const [port, out] = process.argv.slice(2);
const secret = process.env.WEBHOOK_SECRET;
const token = process.env.BENCH_ACCESS_TOKEN;
const lines = [];
createServer((request, response) => {
  if (token && request.url === '/token') {
    request.resume();
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 3600 })));
    return;
  }
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
