using CorsKit.Sqlite.Tenants;
using Microsoft.Data.Sqlite;

namespace CorsKit.Sqlite.Tests;

/// <summary>A real SQLite file in a folder of the test's own, written as an application or an operator would: plain SQL.</summary>
internal sealed class TenantDatabase : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corskit-tenants-");

    public TenantDatabase()
    {
        Path = System.IO.Path.Combine(_folder.FullName, "tenants.db");
        Execute(SqliteTenantSchema.Create);
    }

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    public void AddTenant(string tenant, bool credentials = false, params string[] origins)
    {
        Execute("INSERT INTO corskit_tenants (tenant, credentials) VALUES ($tenant, $credentials)", ("$tenant", tenant), ("$credentials", credentials ? 1 : 0));
        foreach (var origin in origins)
        {
            AddOrigin(tenant, origin);
        }
    }

    public void AddOrigin(string tenant, string origin) =>
        Execute("INSERT INTO corskit_tenant_origins (tenant, origin) VALUES ($tenant, $origin)", ("$tenant", tenant), ("$origin", origin));

    public void RemoveOrigin(string tenant, string origin) =>
        Execute("DELETE FROM corskit_tenant_origins WHERE tenant = $tenant AND origin = $origin", ("$tenant", tenant), ("$origin", origin));

    public void RemoveTenant(string tenant) => Execute("DELETE FROM corskit_tenants WHERE tenant = $tenant", ("$tenant", tenant));

    public void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
