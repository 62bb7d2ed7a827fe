using CorsKit.AspNetCore.DependencyInjection;
using CorsKit.AspNetCore.Tenants;
using CorsKit.Sqlite.Tenants;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Fills CorsKit's tenant policies from a SQLite database.</summary>
public static class SqliteTenantPolicyBuilderExtensions
{
    /// <summary>
    /// Loads the tenants' policies from the SQLite database of <paramref name="connectionString"/> (such as
    /// <c>Data Source=tenants.db</c>) before the application serves, and follows its changes. Call after
    /// <c>AddTenantPolicies</c>, which says how a request's tenant is found.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.Services.AddCorsKit()
    ///     .AddTenantPolicies(TenantSelector.ByHost())
    ///     .AddSqliteTenantPolicies("Data Source=tenants.db");
    /// </code>
    /// </example>
    public static CorsKitBuilder AddSqliteTenantPolicies(this CorsKitBuilder builder, string connectionString, Action<SqliteTenantPolicyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new SqliteTenantPolicyOptions { ConnectionString = connectionString };
        configure?.Invoke(options);
        builder.Services.AddSingleton(provider => new SqliteTenantPolicySource(
            provider.GetRequiredService<ITenantPolicyStore>(), options, provider.GetRequiredService<ILogger<SqliteTenantPolicySource>>()));
        builder.Services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<SqliteTenantPolicySource>());
        return builder;
    }
}
