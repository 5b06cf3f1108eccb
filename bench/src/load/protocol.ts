import type { InternalContext } from '@lotse/kernel/context/principal';
import type { PathName } from '../options.ts';

/** Messages between the benchmark (parent) and the load generator (child process). */
export interface LoadSetup {
  type: 'setup';
  /** The Lotse server's base URL (gateway at /graphql, tickets subgraph at /subgraphs/tickets/graphql). */
  baseUrl: string;
  token: string;
  secret: string;
  /** Principal and entity directory as the gateway's authenticator resolves the token. */
  context: Pick<InternalContext, 'principal' | 'entities'>;
  databaseUrl: string;
  poolSize: number;
}

export interface MeasureRequest {
  type: 'measure';
  path: PathName;
  concurrency: number;
  durationMs: number;
}

export interface VerifyRequest {
  type: 'verify';
}

export interface StopRequest {
  type: 'stop';
}

export type ParentMessage = LoadSetup | MeasureRequest | VerifyRequest | StopRequest;

export interface Measurement {
  path: PathName;
  concurrency: number;
  requests: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  /** CPU the load generator itself used, ms per request. */
  loadCpuMsPerRequest: number;
}

export type ChildMessage =
  | { type: 'ready' }
  | { type: 'measured'; result: Measurement }
  | { type: 'verified'; ids: Record<PathName, string[]> }
  | { type: 'failed'; error: string };
