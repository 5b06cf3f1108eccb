import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserView } from '../modules/users/user.entity.ts';
import type { UserPage } from '../modules/users/user.service.ts';
import type { EntityRef } from '@lotse/kernel/context/principal';
import type { TeamEntity } from '../modules/teams/team.entity.ts';
import type { ApiTokenEntity } from '../modules/api-tokens/api-token.entity.ts';
import type { RoleGrantRecord } from '../modules/users/role-grant.ts';
import type { IdentityContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, ISO 8601 with time zone (e.g. `2026-11-25T09:30:00.000Z`). */
  DateTime: { input: string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A long-lived credential for mobile and partner clients. Its secret is shown once at creation and
 * stored only as a hash; it never carries more rights than its creator holds.
 */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it expires; null means it does not. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** When it was last used to authenticate. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the token is for, e.g. `iOS app`. */
  name: Scalars['String']['output'];
  /** The first characters of the secret, to recognise it. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; a revoked token authenticates nothing. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** Roles the token carries (a subset of its creator's). */
  roles: Array<RoleGrant>;
};

/** What a new API token is for and what it may do. */
export type CreateApiTokenInput = {
  /** Days until the token expires (1–730); omit for no expiry. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** A name to recognise the token by (1–100 characters). */
  name: Scalars['String']['input'];
  /** Roles for the token; defaults to all of the creator's roles. */
  roles?: InputMaybe<Array<RoleGrantInput>>;
};

/** A new API token and its secret, which is shown only this once. */
export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** The bearer secret. It cannot be retrieved again. */
  secret: Scalars['String']['output'];
  /** The token's record. */
  token: ApiToken;
};

/** A new entity (brand). */
export type CreateEntityInput = {
  /** Machine name: lowercase letters, digits and underscores, 2–40 characters. */
  code: Scalars['String']['input'];
  /** Display name (1–100 characters). */
  name: Scalars['String']['input'];
  /** Ticket number prefix: 2–4 uppercase letters. */
  prefix: Scalars['String']['input'];
};

/** A new team. */
export type CreateTeamInput = {
  /** The entity code the team works for. */
  entity: Scalars['String']['input'];
  /** Display name (1–100 characters), unique within the entity. */
  name: Scalars['String']['input'];
};

/** A new user and what they may do. */
export type CreateUserInput = {
  /** Email address, unique across Lotse (at most 254 characters). */
  email: Scalars['String']['input'];
  /** Display name (1–100 characters). */
  name: Scalars['String']['input'];
  /** Initial password, at least 12 characters; the user should change it. */
  password: Scalars['String']['input'];
  /** At least one role; the caller must be allowed to manage users in each role's entity. */
  roles: Array<RoleGrantInput>;
  /** Staff or customer; customers can hold only the CUSTOMER role, staff every role but CUSTOMER. */
  type: UserType;
};

/**
 * A brand served by Lotse, such as `kids_ascension` or `ozean_licht`. Every ticket, article and
 * policy belongs to exactly one entity; staff roles are granted per entity.
 */
export type Entity = {
  __typename?: 'Entity';
  /** Stable machine name, e.g. `kids_ascension`. */
  code: Scalars['String']['output'];
  /** Display name, e.g. `Kids Ascension`. */
  name: Scalars['String']['output'];
  /** Short prefix used in ticket numbers, e.g. `KA` in `KA-2026-00001`. */
  prefix: Scalars['String']['output'];
};

/** Credentials for a password login. */
export type LoginInput = {
  /** The user's email address. */
  email: Scalars['String']['input'];
  /** The user's password. */
  password: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a staff member of the team's entity to the team. */
  addTeamMember: Team;
  /** Creates an API token for the caller. */
  createApiToken: CreateApiTokenPayload;
  /** Adds an entity (brand). Super admins only. */
  createEntity: Entity;
  /** Creates a team. Requires managing teams (identity.teams.manage) in its entity. */
  createTeam: Team;
  /** Creates a user. Requires managing users (identity.users.manage) in every entity the new roles name. */
  createUser: User;
  /**
   * Deactivates a user: they can no longer sign in, and their sessions and API tokens stop working.
   * Requires managing users in every entity the user holds a role in.
   */
  deactivateUser: User;
  /** Grants a role; requires managing users in that entity (in every entity for a role without one). */
  grantRole: User;
  /** Signs in with email and password. Fails with UNAUTHENTICATED, or RATE_LIMITED after repeated failures. */
  login: Session;
  /** Ends the session used for this request. */
  logout: Scalars['Boolean']['output'];
  /** Removes a member from the team. */
  removeTeamMember: Team;
  /** Revokes one of the caller's API tokens. Returns null when the caller has no such token. */
  revokeApiToken: Maybe<ApiToken>;
  /** Takes a role away; the same rights as granting it. */
  revokeRole: User;
};


export type MutationAddTeamMemberArgs = {
  teamId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateEntityArgs = {
  input: CreateEntityInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeactivateUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantRoleArgs = {
  grant: RoleGrantInput;
  userId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationRemoveTeamMemberArgs = {
  teamId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeRoleArgs = {
  grant: RoleGrantInput;
  userId: Scalars['ID']['input'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge, to pass as `after`. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The caller's own API tokens. */
  apiTokens: Array<ApiToken>;
  /** The entities the caller can see (all of them for staff scoped to every entity). */
  entities: Array<Entity>;
  /** The signed-in user, or null for anonymous callers. */
  me: Maybe<User>;
  /** Teams the caller may see, optionally of one entity. */
  teams: Array<Team>;
  /** A user by id, or null when it does not exist or the caller may not see it. */
  user: Maybe<User>;
  /** Users the caller may read, newest first. */
  users: UserConnection;
};


export type QueryTeamsArgs = {
  entity?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The roles Lotse knows. What each may do is listed in docs/api.md (Permissions). */
export type Role =
  /** Everything within the granted entity. */
  | 'admin'
  /** Reads analytics and runs saved queries. */
  | 'analyst'
  /** Opens tickets and sees only their own. */
  | 'customer'
  /** Writes and publishes knowledge base articles. */
  | 'kb_editor'
  /** Everything, in every entity, including adding entities. */
  | 'super_admin'
  /** Works tickets: create, read, update, assign, close. */
  | 'support_agent';

/** A role held in one entity, or in every entity when `entity` is null. */
export type RoleGrant = {
  __typename?: 'RoleGrant';
  /** The entity the role applies to; null means every entity. */
  entity: Maybe<Entity>;
  /** The role granted. */
  role: Role;
};

/** A role in an entity, to grant to a user or to a new API token. */
export type RoleGrantInput = {
  /** The entity code; omit for every entity (only a caller who holds the role in every entity may do that). */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** The role. */
  role: Role;
};

/** A signed-in console session. */
export type Session = {
  __typename?: 'Session';
  /** When the session ends unless it is revoked earlier. */
  expiresAt: Scalars['DateTime']['output'];
  /** Bearer token for the `Authorization` header. Shown only here; store it safely. */
  token: Scalars['String']['output'];
  /** The signed-in user. */
  user: User;
};

/** A group of staff in one entity, used for routing and workload. */
export type Team = {
  __typename?: 'Team';
  /** The entity the team works for. */
  entity: Entity;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The team's members, staff of the team's entity. */
  members: Array<User>;
  /** Display name. */
  name: Scalars['String']['output'];
};

/** A person who signs in to Lotse: staff or customer. */
export type User = {
  __typename?: 'User';
  /** Whether the user can sign in; deactivated users keep their history. */
  active: Scalars['Boolean']['output'];
  /** Email address; visible to the user themself and to those who may read users of their entity. */
  email: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The user's roles; visible to the user themself and to those who may read users of their entity. */
  roles: Array<RoleGrant>;
  /** Teams the user belongs to. */
  teams: Array<Team>;
  /** Staff or customer. */
  type: UserType;
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users on this page. */
  edges: Array<UserEdge>;
  /** How to fetch the next page. */
  pageInfo: PageInfo;
  /** How many users match the filter in total (within what the caller may see). */
  totalCount: Scalars['Int']['output'];
};

/** One user in a page of users. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque position of this user in the list. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/** Which users to list. */
export type UserFilter = {
  /** Only users with a role in this entity. */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive match on name or email. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only staff or only customers. */
  type?: InputMaybe<UserType>;
};

/** Whether a user works on the support desk or is a customer of an entity. */
export type UserType =
  /** A customer who opens tickets and reads public articles. */
  | 'customer'
  /** Works on the support desk (agents, editors, analysts, admins). */
  | 'staff';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Entity: Entity;
  Team: Team;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Entity:
    ( { __typename: 'Entity' }
    & GraphQLRecursivePick<FederationTypes['Entity'], {"code":true}> );
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApiToken: ResolverTypeWrapper<ApiTokenEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateApiTokenInput: CreateApiTokenInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateApiTokenPayload: ResolverTypeWrapper<Omit<CreateApiTokenPayload, 'token'> & { token: ResolversTypes['ApiToken'] }>;
  CreateEntityInput: CreateEntityInput;
  CreateTeamInput: CreateTeamInput;
  CreateUserInput: CreateUserInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Entity: ResolverTypeWrapper<EntityRef>;
  LoginInput: LoginInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: null;
  RoleGrant: ResolverTypeWrapper<RoleGrantRecord>;
  RoleGrantInput: RoleGrantInput;
  Session: ResolverTypeWrapper<Omit<Session, 'user'> & { user: ResolversTypes['User'] }>;
  Team: ResolverTypeWrapper<TeamEntity>;
  User: ResolverTypeWrapper<UserView>;
  UserConnection: ResolverTypeWrapper<UserPage>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserFilter: UserFilter;
  UserType: null;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiToken: ApiTokenEntity;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  CreateApiTokenInput: CreateApiTokenInput;
  Int: Scalars['Int']['output'];
  CreateApiTokenPayload: Omit<CreateApiTokenPayload, 'token'> & { token: ResolversParentTypes['ApiToken'] };
  CreateEntityInput: CreateEntityInput;
  CreateTeamInput: CreateTeamInput;
  CreateUserInput: CreateUserInput;
  DateTime: Scalars['DateTime']['output'];
  Entity: EntityRef;
  LoginInput: LoginInput;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RoleGrant: RoleGrantRecord;
  RoleGrantInput: RoleGrantInput;
  Session: Omit<Session, 'user'> & { user: ResolversParentTypes['User'] };
  Team: TeamEntity;
  User: UserView;
  UserConnection: UserPage;
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserFilter: UserFilter;
};

export type ApiTokenResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleGrant']>, ParentType, ContextType>;
};

export type CreateApiTokenPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CreateApiTokenPayload'] = ResolversParentTypes['CreateApiTokenPayload']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EntityResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity'], FederationReferenceType extends FederationReferenceTypes['Entity'] = FederationReferenceTypes['Entity']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Entity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addTeamMember?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationAddTeamMemberArgs, 'teamId' | 'userId'>>;
  createApiToken?: Resolver<ResolversTypes['CreateApiTokenPayload'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationCreateEntityArgs, 'input'>>;
  createTeam?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationCreateTeamArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  deactivateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationDeactivateUserArgs, 'id'>>;
  grantRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationGrantRoleArgs, 'grant' | 'userId'>>;
  login?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  removeTeamMember?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationRemoveTeamMemberArgs, 'teamId' | 'userId'>>;
  revokeApiToken?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  revokeRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationRevokeRoleArgs, 'grant' | 'userId'>>;
};

export type PageInfoResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType, Partial<QueryTeamsArgs>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
};

export type RoleResolvers = { ADMIN: 'admin', ANALYST: 'analyst', CUSTOMER: 'customer', KB_EDITOR: 'kb_editor', SUPER_ADMIN: 'super_admin', SUPPORT_AGENT: 'support_agent' };

export type RoleGrantResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RoleGrant'] = ResolversParentTypes['RoleGrant']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type TeamResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleGrant']>, ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['UserType'], ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserTypeResolvers = { CUSTOMER: 'customer', STAFF: 'staff' };

export type Resolvers<ContextType = IdentityContext> = {
  ApiToken?: ApiTokenResolvers<ContextType>;
  CreateApiTokenPayload?: CreateApiTokenPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Role?: RoleResolvers;
  RoleGrant?: RoleGrantResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserType?: UserTypeResolvers;
};

