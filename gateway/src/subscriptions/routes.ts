/**
 * The one place that says how a subscription's events reach into other subgraphs. The owning
 * subgraph streams only the keys of the entities in each event; the gateway then loads the client's
 * whole selection of each entity through its own executor (a `Query` lookup by key), which resolves
 * fields owned by other subgraphs and re-checks the subscriber's access to every entity, per event.
 *
 * Which subgraph owns a subscription field is read from the supergraph, not declared here. A field
 * without an entry is forwarded as it is, so its whole selection must be resolvable by its owner.
 * A new federated subscription is one more entry, e.g.
 * `chatMessages: [{ path: 'message', lookup: 'chatMessage', argument: 'id', key: 'id' }]`.
 */
export interface EntityRoute {
  /** Dotted field path from the subscription field's type to the entity, e.g. `ticket`. */
  path: string;
  /** The `Query` field that loads one entity by key (and returns null when it is out of reach). */
  lookup: string;
  /** The lookup's argument that takes the key. */
  argument: string;
  /** The entity field whose value is the key; it must be resolvable by the owning subgraph. */
  key: string;
}

export const subscriptionRoutes: Readonly<Record<string, readonly EntityRoute[]>> = {
  ticketEvents: [{ path: 'ticket', lookup: 'ticket', argument: 'id', key: 'id' }],
  ticketMessageAdded: [{ path: 'message', lookup: 'message', argument: 'id', key: 'id' }],
  notificationAdded: [{ path: 'notification', lookup: 'notification', argument: 'id', key: 'id' }],
  ticketPresence: [{ path: 'others.user', lookup: 'user', argument: 'id', key: 'id' }],
};
