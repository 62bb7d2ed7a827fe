namespace CorsKit.Sqlite.Tenants;

/// <summary>
/// The tables a tenant's policy lives in, and the change log that tells every instance which tenants changed.
/// </summary>
/// <remarks>
/// <para>
/// <c>corskit_tenants</c> holds one row per tenant (its key, as the selector reads it, and the policy's settings in
/// the configuration's own syntax: comma-separated lists, whole seconds); <c>corskit_tenant_origins</c> one row per
/// allowed origin. Applications write these two tables with plain SQL, from any process or tool.
/// </para>
/// <para>
/// Triggers append the key of every tenant whose row or origins change to <c>corskit_changes</c>, whose <c>seq</c>
/// only grows. Each instance remembers the last <c>seq</c> it applied and recompiles only the tenants logged after it,
/// so a change costs one tenant's compile on each instance, and an instance that was down catches up on start. Old log
/// rows may be deleted; an instance that finds the log no longer reaching back to where it stopped reloads every tenant.
/// </para>
/// </remarks>
public static class SqliteTenantSchema
{
    /// <summary>The statements that create the schema; each is idempotent.</summary>
    public static string Create { get; } = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS corskit_tenants (
            tenant TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
            credentials INTEGER NOT NULL DEFAULT 0,
            methods TEXT NOT NULL DEFAULT '',
            headers TEXT NOT NULL DEFAULT '',
            expose_headers TEXT NOT NULL DEFAULT '',
            max_age_seconds INTEGER,
            protect_writes INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE IF NOT EXISTS corskit_tenant_origins (
            tenant TEXT NOT NULL COLLATE NOCASE,
            origin TEXT NOT NULL,
            PRIMARY KEY (tenant, origin));
        CREATE TABLE IF NOT EXISTS corskit_changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            tenant TEXT NOT NULL COLLATE NOCASE);
        CREATE TRIGGER IF NOT EXISTS corskit_tenants_inserted AFTER INSERT ON corskit_tenants
            BEGIN INSERT INTO corskit_changes (tenant) VALUES (NEW.tenant); END;
        CREATE TRIGGER IF NOT EXISTS corskit_tenants_updated AFTER UPDATE ON corskit_tenants
            BEGIN INSERT INTO corskit_changes (tenant) VALUES (OLD.tenant), (NEW.tenant); END;
        CREATE TRIGGER IF NOT EXISTS corskit_tenants_deleted AFTER DELETE ON corskit_tenants
            BEGIN DELETE FROM corskit_tenant_origins WHERE tenant = OLD.tenant; INSERT INTO corskit_changes (tenant) VALUES (OLD.tenant); END;
        CREATE TRIGGER IF NOT EXISTS corskit_origins_inserted AFTER INSERT ON corskit_tenant_origins
            BEGIN INSERT INTO corskit_changes (tenant) VALUES (NEW.tenant); END;
        CREATE TRIGGER IF NOT EXISTS corskit_origins_updated AFTER UPDATE ON corskit_tenant_origins
            BEGIN INSERT INTO corskit_changes (tenant) VALUES (OLD.tenant), (NEW.tenant); END;
        CREATE TRIGGER IF NOT EXISTS corskit_origins_deleted AFTER DELETE ON corskit_tenant_origins
            BEGIN INSERT INTO corskit_changes (tenant) VALUES (OLD.tenant); END;
        """;
}
