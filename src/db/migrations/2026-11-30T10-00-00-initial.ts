import { sql, type Kysely } from 'kysely';
import { withId } from './schema-helpers.ts';

// Frozen: never edit a migration that has shipped; add a new one.
// Times are epoch milliseconds (bigint) and flags are 0/1 integers on both dialects (see src/db/README.md).

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

function table(db: Db, name: string) {
  return withId(db, db.schema.createTable(name));
}

const ENTITY_TABLES = ['leads', 'customers', 'opportunities', 'contracts', 'contacts'] as const;

export async function up(db: Db): Promise<void> {
  await table(db, 'organizations')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('corp_id', 'text', (c) => c.notNull().unique())
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Asia/Shanghai'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await table(db, 'departments')
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('parent_id', 'bigint', (c) => c.references('departments.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('departments_org_path').on('departments').columns(['organization_id', 'path']).execute();
  await db.schema.createIndex('departments_parent').on('departments').column('parent_id').execute();

  await table(db, 'roles')
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('data_scope', 'text', (c) => c.notNull())
    .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('roles_data_scope', checkIn('data_scope', ['self', 'department', 'department_and_below', 'all']))
    .execute();
  await db.schema.createIndex('roles_org').on('roles').column('organization_id').execute();

  await table(db, 'users')
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('department_id', 'bigint', (c) => c.notNull().references('departments.id'))
    .addColumn('role_id', 'bigint', (c) => c.notNull().references('roles.id'))
    .addColumn('login', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('avatar_url', 'text')
    .addColumn('job', 'text')
    .addColumn('tel', 'text')
    .addColumn('gender', 'text')
    .addColumn('uid', 'bigint')
    .addColumn('superior_id', 'bigint', (c) => c.references('users.id'))
    .addColumn('workflow_state', 'text', (c) => c.notNull().defaultTo('organization_staff'))
    .addColumn('third_userid', 'text')
    .addColumn('third_dept_id', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('disabled_at', 'bigint')
    .addUniqueConstraint('users_org_login', ['organization_id', 'login'])
    .execute();
  await db.schema.createIndex('users_login').on('users').column('login').execute();
  await db.schema.createIndex('users_email').on('users').column('email').execute();
  await db.schema.createIndex('users_org_department').on('users').columns(['organization_id', 'department_id']).execute();

  await table(db, 'api_tokens')
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('device', 'text')
    .addColumn('version_code', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

  await table(db, 'field_options')
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('field_key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('field_options_org_field')
    .on('field_options')
    .columns(['organization_id', 'field_key', 'position'])
    .execute();

  for (const name of ENTITY_TABLES) {
    let builder = table(db, name)
      .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
      .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id'))
      .addColumn('approve_status', 'text', (c) => c.notNull().defaultTo('approved'))
      .addColumn('real_revisit_at', 'bigint')
      .addColumn('revisit_logs_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('deleted_at', 'bigint');
    if (name !== 'leads' && name !== 'customers') {
      builder = builder.addColumn('customer_id', 'bigint', (c) => c.notNull().references('customers.id'));
    }
    if (name === 'opportunities' || name === 'contracts') {
      builder = builder.addColumn('title', 'text', (c) => c.notNull());
    } else {
      builder = builder.addColumn('name', 'text', (c) => c.notNull());
    }
    if (name === 'leads') builder = builder.addColumn('company_name', 'text').addColumn('status', 'bigint');
    if (name === 'customers') builder = builder.addColumn('status', 'bigint').addColumn('category', 'bigint');
    if (name === 'opportunities') builder = builder.addColumn('stage', 'bigint').addColumn('expect_amount', 'double precision');
    if (name === 'contracts') builder = builder.addColumn('status', 'bigint').addColumn('total_amount', 'double precision');
    if (name === 'contacts') builder = builder.addColumn('phone', 'text');
    await builder.execute();
    await db.schema.createIndex(`${name}_org_updated`).on(name).columns(['organization_id', 'updated_at']).execute();
    await db.schema.createIndex(`${name}_org_user`).on(name).columns(['organization_id', 'user_id']).execute();
    if (name !== 'leads' && name !== 'customers') {
      await db.schema.createIndex(`${name}_customer`).on(name).column('customer_id').execute();
    }
  }

  await table(db, 'revisit_logs')
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id'))
    .addColumn('loggable_type', 'text', (c) => c.notNull())
    .addColumn('loggable_id', 'bigint', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('category', 'bigint', (c) => c.references('field_options.id'))
    .addColumn('real_revisit_at', 'bigint', (c) => c.notNull())
    .addColumn('remind_at', 'bigint')
    .addColumn('lat', 'double precision')
    .addColumn('lng', 'double precision')
    .addColumn('detail_address', 'text')
    .addColumn('activity_type', 'text', (c) => c.notNull().defaultTo('create'))
    .addColumn('sales_activity_id', 'bigint')
    .addColumn('is_draft', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('comments_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('deleted_at', 'bigint')
    .addCheckConstraint(
      'revisit_logs_loggable_type',
      checkIn('loggable_type', ['Lead', 'Customer', 'Opportunity', 'Contract', 'Contact']),
    )
    .execute();
  // The list's hot paths: the organization's timeline, one author's timeline, one entity's timeline.
  await db.schema
    .createIndex('revisit_logs_org_time')
    .on('revisit_logs')
    .columns(['organization_id', 'real_revisit_at desc', 'id desc'])
    .execute();
  await db.schema
    .createIndex('revisit_logs_org_user_time')
    .on('revisit_logs')
    .columns(['organization_id', 'user_id', 'real_revisit_at desc', 'id desc'])
    .execute();
  await db.schema
    .createIndex('revisit_logs_org_loggable_time')
    .on('revisit_logs')
    .columns(['organization_id', 'loggable_type', 'loggable_id', 'real_revisit_at desc', 'id desc'])
    .execute();
  await db.schema
    .createIndex('revisit_logs_org_user_remind')
    .on('revisit_logs')
    .columns(['organization_id', 'user_id', 'remind_at'])
    .execute();

  await table(db, 'attachments')
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('uploader_id', 'bigint', (c) => c.notNull().references('users.id'))
    .addColumn('attachmentable_type', 'text')
    .addColumn('attachmentable_id', 'bigint')
    .addColumn('sub_type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('attachments_sub_type', checkIn('sub_type', ['image', 'file', 'audio']))
    .execute();
  await db.schema
    .createIndex('attachments_owner')
    .on('attachments')
    .columns(['organization_id', 'attachmentable_type', 'attachmentable_id'])
    .execute();
  await db.schema.createIndex('attachments_unattached').on('attachments').columns(['attachmentable_id', 'created_at']).execute();

  await table(db, 'revisit_log_at_users')
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('revisit_log_id', 'bigint', (c) => c.notNull().references('revisit_logs.id'))
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('revisit_log_at_users_unique', ['revisit_log_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('revisit_log_at_users_user')
    .on('revisit_log_at_users')
    .columns(['organization_id', 'user_id', 'revisit_log_id'])
    .execute();

  await table(db, 'revisit_log_contacts')
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('revisit_log_id', 'bigint', (c) => c.notNull().references('revisit_logs.id'))
    .addColumn('contact_id', 'bigint', (c) => c.notNull().references('contacts.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('revisit_log_contacts_unique', ['revisit_log_id', 'contact_id'])
    .execute();

  await table(db, 'revisit_log_comments')
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('revisit_log_id', 'bigint', (c) => c.notNull().references('revisit_logs.id'))
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('deleted_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('revisit_log_comments_log')
    .on('revisit_log_comments')
    .columns(['revisit_log_id', 'id'])
    .execute();
}

/** A CHECK that a text column holds one of a fixed set of literals (written here, never from input). */
function checkIn(column: string, values: readonly string[]) {
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
}

export async function down(db: Db): Promise<void> {
  for (const name of [
    'revisit_log_comments',
    'revisit_log_contacts',
    'revisit_log_at_users',
    'attachments',
    'revisit_logs',
    'contacts',
    'contracts',
    'opportunities',
    'customers',
    'leads',
    'field_options',
    'api_tokens',
    'users',
    'roles',
    'departments',
    'organizations',
  ]) {
    await db.schema.dropTable(name).execute();
  }
}
