import { Migration } from '@mikro-orm/migrations';
import { outboxAppendOnlySql } from '@lotse/kernel/events/append-only';

/** The outbox is the audit trail: from here on the database refuses to change or delete its rows. */
export class Migration20261205040000_append_only_outbox extends Migration {
  override up(): void {
    this.addSql(outboxAppendOnlySql('identity'));
  }
}
