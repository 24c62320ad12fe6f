import { existsSync } from 'node:fs';
import { ClientCertificateCredential, ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import { HbError } from '../../errors';
import { graphAuthKind, type InventoryConfig } from '../../config';
import { INV } from '../errors';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** App-only credential from the config: client secret, certificate (PEM with key) or managed identity. */
export function createCredential(c: InventoryConfig, options: { authorityHost?: string } = {}): TokenCredential {
  const kind = graphAuthKind(c);
  const common = options.authorityHost ? { authorityHost: options.authorityHost } : {};
  if (kind === 'secret') return new ClientSecretCredential(c.GRAPH_TENANT_ID!, c.GRAPH_CLIENT_ID!, c.GRAPH_CLIENT_SECRET!, common);
  if (kind === 'certificate') {
    if (!existsSync(c.GRAPH_CERTIFICATE_PATH!)) {
      throw new HbError(
        'HB-CONFIG-011',
        `GRAPH_CERTIFICATE_PATH points to a missing file (${c.GRAPH_CERTIFICATE_PATH}); give a PEM file holding the certificate and its private key.`,
      );
    }
    return new ClientCertificateCredential(c.GRAPH_TENANT_ID!, c.GRAPH_CLIENT_ID!, { certificatePath: c.GRAPH_CERTIFICATE_PATH! }, common);
  }
  // User-assigned identity when a client id is given, system-assigned otherwise.
  return c.GRAPH_CLIENT_ID ? new ManagedIdentityCredential({ clientId: c.GRAPH_CLIENT_ID }) : new ManagedIdentityCredential();
}

// AADSTS codes an admin meets when setting the app up (Entra error code reference).
const HINTS: Array<[RegExp, string]> = [
  [/AADSTS7000215|AADSTS7000222/, 'the client secret is wrong or expired: create a new one and update GRAPH_CLIENT_SECRET'],
  [/AADSTS700016/, 'no application with GRAPH_CLIENT_ID exists in tenant GRAPH_TENANT_ID: check both ids'],
  [/AADSTS90002|AADSTS900023/, 'GRAPH_TENANT_ID is not a known tenant: use the Directory (tenant) ID'],
  [/AADSTS700027|AADSTS700023/, 'the certificate is not registered on the app or has expired: upload its public part under Certificates & secrets'],
  [
    /CredentialUnavailable|ManagedIdentity/i,
    'no managed identity is available here: set GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_PATH, or run on Azure with an identity',
  ],
];

/** Token getter for graph-http; a failure becomes HB-INV-401 with the fix (never the secret). */
export function tokenGetter(credential: TokenCredential): () => Promise<string> {
  return async () => {
    let token;
    try {
      token = await credential.getToken(GRAPH_SCOPE);
    } catch (e) {
      const text = `${(e as Error).name ?? ''} ${(e as Error).message ?? ''}`;
      const hint = HINTS.find(([re]) => re.test(text))?.[1] ?? 'check GRAPH_TENANT_ID, GRAPH_CLIENT_ID and the credential';
      const code = /AADSTS\d+/.exec(text)?.[0];
      throw new HbError(INV.auth, `Could not get a Microsoft Graph token${code ? ` (${code})` : ''}: ${hint}.`, code ? { aadsts: code } : undefined);
    }
    if (!token?.token) throw new HbError(INV.auth, 'Could not get a Microsoft Graph token: the identity returned none.');
    return token.token;
  };
}
