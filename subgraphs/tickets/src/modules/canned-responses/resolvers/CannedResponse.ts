import type { CannedResponseResolvers } from '../../../generated/resolvers.ts';
import { loadCategory } from '../../categories/category.service.ts';
import { inertHtml } from '../../conversation/message-html.ts';
import { placeholdersIn } from '../canned-response-input.ts';

/** Entity and creator are references; the category is read in the response's entity's tree. */
export const CannedResponse: CannedResponseResolvers = {
  entity: (response) => ({ __typename: 'Entity', code: response.entity }),
  bodyHtml: (response) => inertHtml(response.bodyHtml),
  placeholders: (response) => placeholdersIn(response.bodyText),
  category: (response, _args, context) =>
    response.categoryId ? loadCategory(context, response.categoryId, response.entity) : null,
  createdBy: (response) => ({ __typename: 'User', id: response.createdById }),
};
