import { Migration } from '@mikro-orm/migrations';
import { consumerOffsetSql } from '@lotse/kernel/events/bus';

/**
 * Who may own tickets in which entity, as identity last announced it (`user.roles_changed`).
 * `entity = '*'` means every entity. The tickets subgraph's own copy, so assigning a ticket can be
 * checked without reading identity's tables.
 */
export class Migration20261125020000_staff_replica extends Migration {
  override up(): void {
    this.addSql(`
      create table tickets.staff_member (
        user_id uuid not null,
        entity text not null,
        primary key (user_id, entity)
      );
      ${consumerOffsetSql('tickets')}
    `);
  }
}
