import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { RoleGrant } from '@lotse/kernel/context/principal';
import { provisionEntity, provisionUser } from '@lotse/identity/seed/provision';
import { UserSchema } from '@lotse/identity/modules/users/user.entity';
import { generateTickets } from '@lotse/tickets/seed/generate-tickets';

/**
 * Demo data for a first run: both entities, a super admin, and per entity an admin, two agents, a
 * knowledge-base editor, an analyst, three customers and a few hundred tickets. Every demo account
 * shares one password, printed at start-up.
 */
export const DEMO_PASSWORD = 'lotse-demo-2026';

export const demoEntities = [
  { code: 'kids_ascension', prefix: 'KA', name: 'Kids Ascension', domain: 'ka' },
  { code: 'ozean_licht', prefix: 'OL', name: 'Ozean Licht', domain: 'ol' },
] as const;

interface DemoAccount {
  email: string;
  name: string;
  type: 'staff' | 'customer';
  roles: RoleGrant[];
}

export function demoAccounts(): DemoAccount[] {
  const accounts: DemoAccount[] = [
    { email: 'admin@lotse.dev', name: 'Sam Super', type: 'staff', roles: [{ role: 'super_admin', entity: null }] },
  ];
  for (const { code, domain, name } of demoEntities) {
    const staff = (local: string, person: string, role: string) =>
      accounts.push({ email: `${local}@${domain}.lotse.dev`, name: `${person} (${name})`, type: 'staff', roles: [{ role, entity: code }] });
    staff('admin', 'Alex Admin', 'admin');
    staff('agent1', 'Anna Agent', 'support_agent');
    staff('agent2', 'Ben Agent', 'support_agent');
    staff('editor', 'Erika Editor', 'kb_editor');
    staff('analyst', 'Ada Analyst', 'analyst');
    for (const n of [1, 2, 3]) {
      accounts.push({
        email: `customer${n}@${domain}.example`,
        name: `Customer ${n} (${name})`,
        type: 'customer',
        roles: [{ role: 'customer', entity: code }],
      });
    }
  }
  return accounts;
}

/** Seeds demo data once: does nothing when users exist already. Returns whether it seeded. */
export async function seedDemoData(identity: MikroORM, databaseUrl: string, ticketsPerEntity = 150): Promise<boolean> {
  const em = identity.em.fork();
  if ((await em.count(UserSchema, {})) > 0) return false;
  for (const entity of demoEntities) await provisionEntity(em, entity);
  const users: (DemoAccount & { id: string })[] = [];
  for (const account of demoAccounts()) {
    const user = await provisionUser(em, { ...account, password: DEMO_PASSWORD });
    users.push({ ...account, id: user.id });
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const { code, prefix } of demoEntities) {
      const inEntity = (role: string) =>
        users.filter((u) => u.roles.some((g) => g.role === role && g.entity === code)).map((u) => u.id);
      await generateTickets(client, {
        entity: code,
        prefix,
        count: ticketsPerEntity,
        creatorIds: inEntity('customer'),
        assigneeIds: inEntity('support_agent'),
        spreadDays: 60,
      });
    }
  } finally {
    await client.end();
  }
  return true;
}
