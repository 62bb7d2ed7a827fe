namespace CorsKit.Sqlite.Tenants;

/// <summary>Where the tenants' policies are stored, and how often changes are looked for.</summary>
public sealed class SqliteTenantPolicyOptions
{
    /// <summary>
    /// The database, as a <c>Microsoft.Data.Sqlite</c> connection string such as <c>Data Source=tenants.db</c>. Every
    /// instance of a fleet points at the same file.
    /// </summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// How often the change log is read; a change is in force on every instance within about this long. One indexed
    /// query per interval, whatever the number of tenants.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Creates the tables and triggers when they are missing (the default). Turn off where a migration tool owns the schema.</summary>
    public bool CreateSchema { get; set; } = true;
}
