import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { MikroORM } from '@mikro-orm/postgresql';
import { systemContext } from '@lotse/kernel/context/principal';
import { badInput } from '@lotse/kernel/errors';
import { isRoleName, roles } from '@lotse/kernel/policy/roles';
import { entityDirectory } from '@lotse/identity/modules/entities/entity.service';
import { RoleGrantSchema } from '@lotse/identity/modules/users/role-grant';
import { recordRolesChanged } from '@lotse/identity/modules/users/user-events';
import { UserSchema } from '@lotse/identity/modules/users/user.entity';
import { provisionUser } from '@lotse/identity/seed/provision';
import {
  importTicketLines,
  rememberPerson,
  type ImportLineOutcome,
  type ImportPeople,
  type ImportSummary,
} from '@lotse/tickets/modules/import/import.service';
import type { Database } from '../runtime/database.ts';
import { migrateAll, subgraphOrms } from '../runtime/subgraphs.ts';

/**
 * `lotse import-tickets <file>`: imports an NDJSON file of another desk's tickets
 * (docs/tickets/import.md). It runs in the app process, where both subgraphs' databases are at hand,
 * so it resolves the file's people through identity: staff must exist and work tickets of the entity,
 * unknown customers are created with the customer role in the entity (and sign in after a password
 * reset). Each person it resolves is remembered by the tickets desk, so later small imports through
 * the `importTickets` mutation can name them.
 */
export async function importTickets(args: string[], database: Database, say: (line: string) => void) {
  const [file] = args;
  if (!file || args.length > 1) throw badInput('Usage: lotse import-tickets <file.ndjson>');
  await migrateAll(database.url);
  const identity = await subgraphOrms.identity.open(database.url, 2);
  const tickets = await subgraphOrms.tickets.open(database.url, 2);
  try {
    const summary = await importTicketsFile(file, { identity, tickets }, say);
    if (summary.failed)
      throw badInput(`${summary.failed} line(s) failed; fix them and import the file again.`);
  } finally {
    await tickets.close();
    await identity.close();
  }
}

const worksTickets = (role: string) =>
  isRoleName(role) && (roles[role].permissions as readonly string[]).includes('support.tickets.update');

/** The file's people as identity knows them; unknown customers are created in the line's entity. */
export function identityPeople(orms: { identity: MikroORM; tickets: MikroORM }): ImportPeople {
  const remember = (email: string, userId: string, kind: 'staff' | 'customer') =>
    rememberPerson(orms.tickets.em.fork(), email, userId, kind);
  return {
    async staff(email, entity) {
      const em = orms.identity.em.fork();
      const user = await em.findOne(UserSchema, { email, type: 'staff', active: true });
      const grants = user
        ? await em.find(RoleGrantSchema, { userId: user.id, $or: [{ entity }, { entity: null }] })
        : [];
      if (!user || !grants.some((grant) => worksTickets(grant.role)))
        throw badInput(`${email} is not an active staff member who works tickets of ${entity}.`);
      await remember(email, user.id, 'staff');
      return user.id;
    },
    async customer(email, name, entity) {
      const em = orms.identity.em.fork();
      const existing = await em.findOne(UserSchema, { email });
      if (existing && existing.type !== 'customer')
        throw badInput(`${email} is a staff member, not a customer.`, 'customer.email');
      if (!existing) {
        const user = await provisionUser(em, {
          email,
          name,
          type: 'customer',
          // Nobody knows it: the customer sets their own through a password reset.
          password: crypto.randomUUID() + crypto.randomUUID(),
          roles: [{ role: 'customer', entity }],
        });
        await remember(email, user.id, 'customer');
        return user.id;
      }
      const grants = await em.find(RoleGrantSchema, { userId: existing.id });
      if (!grants.some((grant) => grant.role === 'customer' && grant.entity === entity)) {
        await em.transactional(async (tx) => {
          tx.create(RoleGrantSchema, {
            id: crypto.randomUUID(),
            userId: existing.id,
            role: 'customer',
            entity,
          });
          await tx.flush();
          const all = [...grants, { role: 'customer', entity }].flatMap((grant) =>
            isRoleName(grant.role) ? [{ role: grant.role, entity: grant.entity ?? null }] : [],
          );
          await recordRolesChanged(tx, systemContext('import-tickets'), existing, all);
        });
      }
      await remember(email, existing.id, 'customer');
      return existing.id;
    },
  };
}

/** The lines of a file with their numbers, blank ones skipped, read as a stream (files may be large). */
async function* fileLines(file: string) {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line.trim()) yield { number, text: line };
  }
}

const describe = (result: ImportLineOutcome) =>
  result.status === 'failed'
    ? `line ${result.line}: failed${result.externalId ? ` (${result.externalId})` : ''}: ${result.reason}`
    : `line ${result.line}: ${result.status} ${result.externalId} → ticket ${result.ticketId}`;

/** Imports a file on Lotse's own behalf, telling progress: every failure, and a count every 100 lines. */
export async function importTicketsFile(
  file: string,
  orms: { identity: MikroORM; tickets: MikroORM },
  say: (line: string) => void,
): Promise<ImportSummary> {
  const internal = {
    ...systemContext('import-tickets'),
    entities: await entityDirectory(orms.identity.em.fork()),
  };
  let seen = 0;
  say(`Importing ${file} …`);
  const summary = await importTicketLines(
    orms.tickets.em.fork(),
    internal,
    { kind: 'every' },
    identityPeople(orms),
    fileLines(file),
    (result) => {
      seen += 1;
      if (result.status === 'failed') say(describe(result));
      if (seen % 100 === 0) say(`… ${seen} lines done`);
    },
  );
  say(`Done: ${summary.imported} imported, ${summary.skipped} already imported, ${summary.failed} failed.`);
  return summary;
}
