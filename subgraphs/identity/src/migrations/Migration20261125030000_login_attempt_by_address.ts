import { Migration } from '@mikro-orm/migrations';

/** Login throttling also counts failures per client address (see login-throttle.ts). */
export class Migration20261125030000_login_attempt_by_address extends Migration {
  override up(): void {
    this.addSql(
      'create index login_attempt_by_address on identity.login_attempt (client_ip, attempted_at desc);',
    );
  }
}
