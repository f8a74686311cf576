// The TypeScript example of README's "Generate a client", type-checked by check-typescript.sh against the client it
// generates from contracts/openapi/initiatives-service.yaml, so the example cannot drift from the contract.
import { Configuration, InitiativesApi, ResponseError } from '../target/typescript-clients/initiatives-service/src';

const realm = 'http://localhost:8180/realms/acde'; // your deployment's Keycloak realm
const gateway = 'http://localhost:8080'; // your deployment's gateway

// Client credentials, fetched once and again shortly before the token expires (tokens live 5 minutes).
let cached: { token: string; expiresAt: number } | undefined;
async function token(): Promise<string> {
  if (!cached || Date.now() > cached.expiresAt - 30_000) {
    const answer = await fetch(`${realm}/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'agency-vn-demo', client_secret: 'agency-vn-demo-dev-secret' }),
    });
    const body = (await answer.json()) as { access_token: string; expires_in: number };
    cached = { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
  }
  return cached.token;
}

export async function example(): Promise<void> {
  const initiatives = new InitiativesApi(new Configuration({ basePath: gateway, accessToken: token }));
  const created = await initiatives.createInitiative({
    idempotencyKey: crypto.randomUUID(),
    initiativeInput: { title: 'Smart city data exchange', summary: 'Pilot', measure: 'IV', leadParty: 'VN', participatingParties: ['VN', 'TH'] },
  });
  let cursor: string | undefined;
  do {
    const page = await initiatives.listInitiatives({ leadParty: 'VN', limit: 50, cursor });
    page.items.forEach((item) => console.log(item.code, item.title, item.status));
    cursor = page.nextCursor;
  } while (cursor);
  try {
    await initiatives.getInitiative({ id: created.id });
  } catch (e) {
    if (e instanceof ResponseError) {
      const problem = await e.response.json(); // RFC 9457: type, title, status, detail, requestId
      console.error(e.response.status, problem.type, problem.requestId);
    }
  }
}
