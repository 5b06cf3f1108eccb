import type { Agent } from '../../domain.ts';
import { matchesQuery } from '../OptionList/match-query.ts';

/** The agents whose name or team matches the query, in the order given. */
export const searchAgents = (agents: readonly Agent[], query: string): Agent[] =>
  agents.filter((agent) => matchesQuery(`${agent.name} ${agent.team ?? ''}`, query));
