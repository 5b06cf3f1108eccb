import type { TicketViewResolvers } from '../../../generated/resolvers.ts';
import { parseViewFilter, parseViewOrder } from '../view-input.ts';
import { mayChangeView } from '../views-access.ts';
import { viewTickets } from '../view.service.ts';

/** The stored filter and order are parsed again on the way out; the tickets run as the reader. */
export const TicketView: TicketViewResolvers = {
  owner: (view) => ({ __typename: 'User', id: view.ownerId }),
  sharedWith: (view) => (view.sharedEntity ? { __typename: 'Entity', code: view.sharedEntity } : null),
  filter: (view) => parseViewFilter(view.filter),
  orderBy: (view) => {
    const order = parseViewOrder(view.orderBy);
    return { field: order.field, direction: order.direction ?? 'DESC' };
  },
  viewerCanChange: (view, _args, context) => mayChangeView(context, view),
  tickets: (view, args, context) => viewTickets(context, view, args),
};
