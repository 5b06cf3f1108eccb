import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TicketEntity } from '../modules/tickets/ticket.entity.ts';
import type { TicketPage } from '../modules/tickets/ticket.service.ts';
import type { TicketEventMessage } from '../modules/tickets/ticket-event.ts';
import type { TicketsContext } from '../context.ts';
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

/** A new ticket. */
export type CreateTicketInput = {
  /** Idempotency key: repeating a call with the same key returns the first ticket instead of a second one. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The request (1–50,000 characters). */
  description: Scalars['String']['input'];
  /** Entity code the ticket belongs to; the caller must be allowed to create tickets there. */
  entity: Scalars['String']['input'];
  /** How urgent it is; defaults to MEDIUM. */
  priority?: InputMaybe<TicketPriority>;
  /** Short summary (1–200 characters). */
  title: Scalars['String']['input'];
};

/** The result of creating a ticket. */
export type CreateTicketPayload = {
  __typename?: 'CreateTicketPayload';
  /** The new ticket (or the earlier one, for a repeated clientMutationId). */
  ticket: Ticket;
};

/** A brand served by Lotse (owned by the identity subgraph). */
export type Entity = {
  __typename?: 'Entity';
  /** Stable machine name, e.g. `kids_ascension`. */
  code: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Assigns a ticket to a staff member, or unassigns it with a null assigneeId. */
  assignTicket: Ticket;
  /** Opens a ticket. */
  createTicket: CreateTicketPayload;
  /** Changes a ticket's title, description or priority. */
  updateTicket: Ticket;
};


export type MutationAssignTicketArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


export type MutationUpdateTicketArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTicketInput;
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
  /** A ticket by id, or null when it does not exist or the caller may not see it. */
  ticket: Maybe<Ticket>;
  /** A ticket by its number (e.g. `KA-2026-00001`), or null when it does not exist or is out of reach. */
  ticketByNumber: Maybe<Ticket>;
  /** Tickets the caller may see, newest first, 1–100 per page. */
  tickets: TicketConnection;
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Tickets created or changed from now on, limited to those the subscriber may see. */
  ticketEvents: TicketEvent;
};


export type SubscriptionTicketEventsArgs = {
  entity?: InputMaybe<Scalars['String']['input']>;
};

/** A support request from a customer or opened by staff on their behalf. */
export type Ticket = {
  __typename?: 'Ticket';
  /** The agent who owns the ticket, if any. */
  assignee: Maybe<User>;
  /** When it was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** Who opened the ticket. */
  createdBy: User;
  /** The request in the customer's words (up to 50,000 characters). */
  description: Scalars['String']['output'];
  /** The entity (brand) the ticket belongs to. */
  entity: Entity;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Human-friendly number, unique per entity and year, e.g. `KA-2026-00001`. */
  number: Scalars['String']['output'];
  /** How urgent it is. */
  priority: TicketPriority;
  /** Where the ticket is in its life. */
  status: TicketStatus;
  /** Short summary (1–200 characters). */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of tickets, newest first. */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  /** The tickets on this page. */
  edges: Array<TicketEdge>;
  /** How to fetch the next page. */
  pageInfo: PageInfo;
  /** How many tickets match the filter in total (within what the caller may see). */
  totalCount: Scalars['Int']['output'];
};

/** One ticket in a page of tickets. */
export type TicketEdge = {
  __typename?: 'TicketEdge';
  /** Opaque position of this ticket in the list. */
  cursor: Scalars['String']['output'];
  /** The ticket. */
  node: Ticket;
};

/** A change to a ticket the subscriber may see. */
export type TicketEvent = {
  __typename?: 'TicketEvent';
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The ticket as it is now. */
  ticket: Ticket;
  /** What happened. */
  type: TicketEventType;
};

/** What happened to a ticket. */
export type TicketEventType =
  /** The ticket was opened. */
  | 'created'
  /** The ticket changed. */
  | 'updated';

/** Which tickets to list. Every field narrows the result; omitted fields do not filter. */
export type TicketFilter = {
  /** Only tickets assigned to this user. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only tickets opened by this user. */
  createdById?: InputMaybe<Scalars['ID']['input']>;
  /** Only tickets of this entity code. */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** Only tickets with one of these priorities. */
  priority?: InputMaybe<Array<TicketPriority>>;
  /** Only tickets in one of these statuses. */
  status?: InputMaybe<Array<TicketStatus>>;
};

/** How urgent a ticket is. */
export type TicketPriority =
  /** Needs attention soon. */
  | 'high'
  /** Can wait. */
  | 'low'
  /** Normal. */
  | 'medium'
  /** Needs attention now. */
  | 'urgent';

/** Where a ticket is in its life. */
export type TicketStatus =
  /** An agent owns it. */
  | 'assigned'
  /** Finished for good. */
  | 'closed'
  /** An agent is working on it. */
  | 'in_progress'
  /** Just opened; nobody has picked it up. */
  | 'new'
  /** Solved; the customer may still reopen it. */
  | 'resolved'
  /** Waiting for the customer or a third party. */
  | 'waiting';

/** Changes to a ticket; omitted fields stay as they are. */
export type UpdateTicketInput = {
  /** New description (1–50,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New priority. */
  priority?: InputMaybe<TicketPriority>;
  /** New summary (1–200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A person who signs in to Lotse (owned by the identity subgraph). */
export type User = {
  __typename?: 'User';
  /** Stable id. */
  id: Scalars['ID']['output'];
};



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
  Ticket: Ticket;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Ticket:
    ( { __typename: 'Ticket' }
    & GraphQLRecursivePick<FederationTypes['Ticket'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CreateTicketInput: CreateTicketInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateTicketPayload: ResolverTypeWrapper<Omit<CreateTicketPayload, 'ticket'> & { ticket: ResolversTypes['Ticket'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Entity: ResolverTypeWrapper<Entity>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Ticket: ResolverTypeWrapper<TicketEntity>;
  TicketConnection: ResolverTypeWrapper<TicketPage>;
  TicketEdge: ResolverTypeWrapper<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>;
  TicketEvent: ResolverTypeWrapper<TicketEventMessage>;
  TicketEventType: null;
  TicketFilter: TicketFilter;
  TicketPriority: null;
  TicketStatus: null;
  UpdateTicketInput: UpdateTicketInput;
  User: ResolverTypeWrapper<User>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CreateTicketInput: CreateTicketInput;
  String: Scalars['String']['output'];
  CreateTicketPayload: Omit<CreateTicketPayload, 'ticket'> & { ticket: ResolversParentTypes['Ticket'] };
  DateTime: Scalars['DateTime']['output'];
  Entity: Entity;
  Mutation: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  Subscription: Record<PropertyKey, never>;
  Ticket: TicketEntity;
  TicketConnection: TicketPage;
  TicketEdge: Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] };
  TicketEvent: TicketEventMessage;
  TicketFilter: TicketFilter;
  UpdateTicketInput: UpdateTicketInput;
  User: User;
};

export type CreateTicketPayloadResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['CreateTicketPayload'] = ResolversParentTypes['CreateTicketPayload']> = {
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EntityResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  assignTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationAssignTicketArgs, 'id'>>;
  createTicket?: Resolver<ResolversTypes['CreateTicketPayload'], ParentType, ContextType, RequireFields<MutationCreateTicketArgs, 'input'>>;
  updateTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationUpdateTicketArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketArgs, 'id'>>;
  ticketByNumber?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketByNumberArgs, 'number'>>;
  tickets?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, RequireFields<QueryTicketsArgs, 'first'>>;
};

export type SubscriptionResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  ticketEvents?: SubscriptionResolver<ResolversTypes['TicketEvent'], "ticketEvents", ParentType, ContextType, Partial<SubscriptionTicketEventsArgs>>;
};

export type TicketResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'], FederationReferenceType extends FederationReferenceTypes['Ticket'] = FederationReferenceTypes['Ticket']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ticket']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TicketConnectionResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketConnection'] = ResolversParentTypes['TicketConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TicketEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TicketEdgeResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketEdge'] = ResolversParentTypes['TicketEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type TicketEventResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketEvent'] = ResolversParentTypes['TicketEvent']> = {
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TicketEventType'], ParentType, ContextType>;
};

export type TicketEventTypeResolvers = { CREATED: 'created', UPDATED: 'updated' };

export type TicketPriorityResolvers = { HIGH: 'high', LOW: 'low', MEDIUM: 'medium', URGENT: 'urgent' };

export type TicketStatusResolvers = { ASSIGNED: 'assigned', CLOSED: 'closed', IN_PROGRESS: 'in_progress', NEW: 'new', RESOLVED: 'resolved', WAITING: 'waiting' };

export type UserResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = TicketsContext> = {
  CreateTicketPayload?: CreateTicketPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  TicketEvent?: TicketEventResolvers<ContextType>;
  TicketEventType?: TicketEventTypeResolvers;
  TicketPriority?: TicketPriorityResolvers;
  TicketStatus?: TicketStatusResolvers;
  User?: UserResolvers<ContextType>;
};

