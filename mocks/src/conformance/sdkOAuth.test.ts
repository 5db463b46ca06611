// The official SDK signs in against the loopback simulator the way a browser page would:
// the login page's answer gives a code, the SDK's own PKCE exchange (authorizePKCEGrant)
// trades it with the verifier, and TokensApi describes and revokes the token.
import { OAUTH_CLIENT_IDS } from '../engine/oauth/oauthClients';
import { SEED_IDS } from '../engine/seedData';
import { startLoopbackServer, type LoopbackServer } from '../server/loopbackServer';
import { extendedResponseOf, loadPlatformSdk, pointSdkAt } from './sdkHarness';
import type { SdkApiClient } from './platformClientSdk';

const sdk = loadPlatformSdk();
let server: LoopbackServer;
let client: SdkApiClient;

beforeAll(async () => {
  server = await startLoopbackServer({ port: 0 });
  client = pointSdkAt(sdk, server.port);
});

afterAll(async () => {
  await server.close();
});

const REDIRECT = 'http://127.0.0.1:8080/callback/';

async function codeFromLoginPage(verifier: string): Promise<string> {
  const challenge = await sdk.ApiClient.instance.computePKCECodeChallenge(verifier);
  const form = new URLSearchParams({
    response_type: 'code',
    client_id: OAUTH_CLIENT_IDS.salesforce,
    redirect_uri: REDIRECT,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: 's',
    user_id: SEED_IDS.agentAlex,
    decision: 'allow',
  });
  const page = await fetch(`${server.url}/oauth/authorize?${form.toString()}`);
  expect(page.status).toBe(200);
  const answer = await fetch(`${server.url}/oauth/authorize`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  return new URL(answer.headers.get('location') ?? '').searchParams.get('code') ?? '';
}

describe('ApiClient.authorizePKCEGrant against the simulator', () => {
  it('trades the code with its verifier; the token works until TokensApi.deleteTokensMe', async () => {
    const verifier = sdk.ApiClient.instance.generatePKCECodeVerifier(64);
    const code = await codeFromLoginPage(verifier);
    const auth = await sdk.ApiClient.instance.authorizePKCEGrant(
      OAUTH_CLIENT_IDS.salesforce,
      verifier,
      code,
      REDIRECT,
    );
    expect(auth.accessToken).toMatch(/.+/);
    const tokens = new sdk.TokensApi();
    const info = await tokens.getTokensMe();
    expect(info.OAuthClient).toEqual({
      id: OAUTH_CLIENT_IDS.salesforce,
      name: 'Salesforce utility bar',
    });
    await tokens.deleteTokensMe();
    const after = await extendedResponseOf(client, () => tokens.getTokensMe()).catch(
      (error: unknown) => error as { status: number },
    );
    expect(after.status).toBe(401);
  });

  it('gets the invalid_grant answer for a verifier that is not the code’s', async () => {
    const code = await codeFromLoginPage(sdk.ApiClient.instance.generatePKCECodeVerifier(64));
    const refused = await sdk.ApiClient.instance
      .authorizePKCEGrant(
        OAUTH_CLIENT_IDS.salesforce,
        sdk.ApiClient.instance.generatePKCECodeVerifier(64),
        code,
        REDIRECT,
      )
      .then(
        () => null,
        (error: unknown) => error as { response?: { status: number; data: unknown } },
      );
    expect(refused?.response?.status).toBe(400);
    expect(refused?.response?.data).toEqual({
      error: 'invalid_grant',
      error_description: 'The code verifier does not match the code challenge',
    });
  });
});
