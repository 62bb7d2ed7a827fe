using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Tenants;
using CorsKit.Policy;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CorsKit.Sqlite.Tenants;

/// <summary>
/// Keeps a <see cref="ITenantPolicyStore"/> in step with a SQLite database (<see cref="SqliteTenantSchema"/>): every
/// tenant is loaded before the application serves its first request, then the change log is polled and only the
/// tenants logged as changed are recompiled. A tenant whose new settings are invalid keeps its previous policy, and
/// the error names the tenant, the column and the fix.
/// </summary>
/// <remarks>
/// Several processes may share one file: SQLite's write-ahead log lets them read while another writes, and each
/// applies every change another made within <see cref="SqliteTenantPolicyOptions.PollInterval"/>.
/// </remarks>
public sealed partial class SqliteTenantPolicySource : IHostedService, IAsyncDisposable
{
    // The columns a problem's setting names, as the person writing the rows knows them.
    private static readonly Dictionary<string, string> ColumnNames = new(StringComparer.Ordinal)
    {
        [nameof(CorsPolicyOptions.Origins)] = "corskit_tenant_origins.origin",
        [nameof(CorsPolicyOptions.Credentials)] = "corskit_tenants.credentials",
        [nameof(CorsPolicyOptions.Methods)] = "corskit_tenants.methods",
        [nameof(CorsPolicyOptions.Headers)] = "corskit_tenants.headers",
        [nameof(CorsPolicyOptions.ExposeHeaders)] = "corskit_tenants.expose_headers",
        [nameof(CorsPolicyOptions.MaxAge)] = "corskit_tenants.max_age_seconds",
        [nameof(CorsPolicyOptions.ProtectWrites)] = "corskit_tenants.protect_writes",
    };

    private readonly ITenantPolicyStore _store;
    private readonly SqliteTenantPolicyOptions _options;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();

    // One reader of the log at a time: the poll and a caller of ApplyChanges must not both move LastAppliedChange.
    private readonly Lock _applying = new();
    private Task? _polling;
    private int _disposed;

    /// <summary>Creates the source; nothing is read until <see cref="StartAsync"/>.</summary>
    public SqliteTenantPolicySource(ITenantPolicyStore store, SqliteTenantPolicyOptions options, ILogger<SqliteTenantPolicySource> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new ArgumentException("SqliteTenantPolicyOptions.ConnectionString is empty. Set it to the database file, as in \"Data Source=tenants.db\".", nameof(options));
        }

        if (options.PollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"SqliteTenantPolicyOptions.PollInterval is {options.PollInterval}; it must be positive, such as 2 seconds.", nameof(options));
        }

        _store = store;
        _options = options;
        _logger = logger;
    }

    /// <summary>The <c>seq</c> of the last change applied: every change up to it is in the store.</summary>
    public long LastAppliedChange { get; private set; }

    /// <summary>Creates the schema when asked, and loads every tenant before the application serves.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_options.CreateSchema)
        {
            using var connection = Open();
            using var create = connection.CreateCommand();
            create.CommandText = SqliteTenantSchema.Create;
            create.ExecuteNonQuery();
        }

        lock (_applying)
        {
            LoadAll();
        }

        _polling = Task.Run(PollUntilStoppedAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Stops polling.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_polling is not null)
        {
            await _polling.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Applies every change logged since <see cref="LastAppliedChange"/> now, without waiting for the next poll.
    /// </summary>
    /// <returns>How many tenants were reloaded.</returns>
    public int ApplyChanges()
    {
        lock (_applying)
        {
            return ApplyChangesSinceLast();
        }
    }

    /// <summary>
    /// Stops polling, as <see cref="StopAsync"/> does: a host disposed without being stopped must not leave a poll
    /// running against the database file.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        // The container disposes it once per registration (as itself and as a hosted service).
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_polling is not null)
        {
            await _polling.ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    private int ApplyChangesSinceLast()
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        var first = Scalar(connection, transaction, "SELECT MIN(seq) FROM corskit_changes");
        if (first is { } oldest && oldest > LastAppliedChange + 1 && LastAppliedChange > 0)
        {
            // The log was pruned past this instance's place: what changed in between is unknown.
            transaction.Commit();
            return LoadAll();
        }

        var changed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var last = LastAppliedChange;
        using (var read = Command(connection, transaction, "SELECT seq, tenant FROM corskit_changes WHERE seq > $last ORDER BY seq", ("$last", LastAppliedChange)))
        using (var rows = read.ExecuteReader())
        {
            while (rows.Read())
            {
                last = rows.GetInt64(0);
                changed.Add(rows.GetString(1));
            }
        }

        foreach (var tenant in changed)
        {
            var options = ReadTenant(connection, transaction, tenant);
            if (options is null)
            {
                _store.RemovePolicy(tenant);
            }
            else
            {
                Apply(tenant, options);
            }
        }

        transaction.Commit();
        LastAppliedChange = last;
        return changed.Count;
    }

    private async Task PollUntilStoppedAsync()
    {
        using var timer = new PeriodicTimer(_options.PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token).ConfigureAwait(false))
            {
                try
                {
                    ApplyChanges();
                }
                catch (SqliteException exception)
                {
                    // Busy or briefly unreadable (another process mid-checkpoint): the next poll tries again, and
                    // nothing was applied from this one.
                    PollFailed(_logger, exception.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    // Every tenant, from one snapshot of the database; tenants the store has and the database no longer has go.
    private int LoadAll()
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        var last = Scalar(connection, transaction, "SELECT MAX(seq) FROM corskit_changes") ?? 0;
        var tenants = new Dictionary<string, CorsPolicyOptions>(StringComparer.OrdinalIgnoreCase);
        using (var read = Command(connection, transaction, "SELECT tenant, credentials, methods, headers, expose_headers, max_age_seconds, protect_writes FROM corskit_tenants"))
        using (var rows = read.ExecuteReader())
        {
            while (rows.Read())
            {
                tenants[rows.GetString(0)] = OptionsFrom(rows);
            }
        }

        using (var read = Command(connection, transaction, "SELECT tenant, origin FROM corskit_tenant_origins"))
        using (var rows = read.ExecuteReader())
        {
            while (rows.Read())
            {
                if (tenants.TryGetValue(rows.GetString(0), out var options))
                {
                    options.Origins.Add(rows.GetString(1));
                }
            }
        }

        transaction.Commit();
        foreach (var (tenant, options) in tenants)
        {
            Apply(tenant, options);
        }

        foreach (var gone in _store.Tenants.Where(tenant => !tenants.ContainsKey(tenant)))
        {
            _store.RemovePolicy(gone);
        }

        LastAppliedChange = last;
        TenantsLoaded(_logger, tenants.Count, last);
        return tenants.Count;
    }

    private void Apply(string tenant, CorsPolicyOptions options)
    {
        var compilation = _store.SetPolicy(tenant, options);
        if (!compilation.Succeeded)
        {
            var problems = compilation.Errors.Select(problem => problem.RenameSettings(ColumnNames));
            TenantRejected(_logger, tenant, CorsConfigurationException.Describe([.. problems], "The tenant's policy"));
        }
    }

    private static CorsPolicyOptions? ReadTenant(SqliteConnection connection, SqliteTransaction transaction, string tenant)
    {
        CorsPolicyOptions options;
        using (var read = Command(connection, transaction, "SELECT tenant, credentials, methods, headers, expose_headers, max_age_seconds, protect_writes FROM corskit_tenants WHERE tenant = $tenant", ("$tenant", tenant)))
        using (var rows = read.ExecuteReader())
        {
            if (!rows.Read())
            {
                return null;
            }

            options = OptionsFrom(rows);
        }

        using (var read = Command(connection, transaction, "SELECT origin FROM corskit_tenant_origins WHERE tenant = $tenant", ("$tenant", tenant)))
        using (var rows = read.ExecuteReader())
        {
            while (rows.Read())
            {
                options.Origins.Add(rows.GetString(0));
            }
        }

        return options;
    }

    // Columns in the order of the SELECTs above.
    private static CorsPolicyOptions OptionsFrom(SqliteDataReader row)
    {
        var options = new CorsPolicyOptions
        {
            Credentials = row.GetInt64(1) != 0,
            MaxAge = row.IsDBNull(5) ? null : TimeSpan.FromSeconds(row.GetInt64(5)),
            ProtectWrites = row.GetInt64(6) != 0,
        };
        AddList(options.Methods, row.GetString(2));
        AddList(options.Headers, row.GetString(3));
        AddList(options.ExposeHeaders, row.GetString(4));
        return options;
    }

    private static void AddList(IList<string> target, string commaSeparated)
    {
        foreach (var item in commaSeparated.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            target.Add(item);
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_options.ConnectionString);
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static long? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        return command.ExecuteScalar() is long value ? value : null;
    }

    [LoggerMessage(CorsKitEventIds.TenantPolicyRejected, LogLevel.Error, "CORS policy of tenant {Tenant} rejected; the tenant keeps its previous policy (or stays unknown) until its rows are corrected. {Problems}")]
    private static partial void TenantRejected(ILogger logger, string tenant, string problems);

    [LoggerMessage(CorsKitEventIds.TenantPoliciesLoaded, LogLevel.Information, "Tenant CORS policies loaded from SQLite: {TenantCount} tenants, up to change {Change}.")]
    private static partial void TenantsLoaded(ILogger logger, int tenantCount, long change);

    [LoggerMessage(CorsKitEventIds.TenantPollFailed, LogLevel.Warning, "Reading tenant CORS policy changes from SQLite failed; the next poll tries again: {Reason}")]
    private static partial void PollFailed(ILogger logger, string reason);
}
