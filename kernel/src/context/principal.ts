/**
 * Who is calling, as the gateway established it. Subgraphs receive this only inside a signed
 * internal context (see signing.ts) and never from client headers.
 */
export type UserType = 'staff' | 'customer';

/** A role held in one entity, or in every entity when `entity` is null. */
export interface RoleGrant {
  role: string;
  entity: string | null;
}

export interface UserPrincipal {
  kind: 'user';
  userId: string;
  userType: UserType;
  roles: RoleGrant[];
  /** The session or API token that authenticated this request; revoking it ends access. */
  credentialId: string;
  /** Which kind of credential that is: some things (managing API tokens) need a signed-in session. */
  credentialKind: 'session' | 'apiToken';
}

export interface AnonymousPrincipal {
  kind: 'anonymous';
}

export type Principal = UserPrincipal | AnonymousPrincipal;

/** A tenant (brand) as every subgraph needs to know it: its code and its ticket-number prefix. */
export interface EntityRef {
  code: string;
  prefix: string;
  name: string;
}

/** Everything a subgraph may know about the request, carried signed from the gateway. */
export interface InternalContext {
  requestId: string;
  principal: Principal;
  /** The directory of active entities, so subgraphs can validate entity codes without a lookup. */
  entities: EntityRef[];
  clientIp: string;
  /** Expiry, epoch milliseconds: a captured context cannot be replayed later. */
  exp: number;
}

export const anonymous: AnonymousPrincipal = { kind: 'anonymous' };

/** The context of work Lotse does on its own behalf (CLI commands, seeding): no user, no request. */
export const systemContext = (reason: string): InternalContext => ({
  requestId: reason,
  principal: anonymous,
  entities: [],
  clientIp: '',
  exp: Number.MAX_SAFE_INTEGER,
});
