import { Migration } from '@mikro-orm/migrations';

/** The two platforms Lotse was founded for exist in every installation; more are added through the API. */
export class Migration20261125010000_founding_entities extends Migration {
  override up(): void {
    this.addSql(`
      insert into identity.entity (code, prefix, name) values
        ('kids_ascension', 'KA', 'Kids Ascension'),
        ('ozean_licht', 'OL', 'Ozean Licht')
      on conflict do nothing;
    `);
  }
}
