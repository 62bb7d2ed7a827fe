using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Endpoints;
using CorsKit.AspNetCore.Tenants;
using CorsKit.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace CorsKit.AspNetCore.Policies;

/// <summary>
/// Holds the compiled policies and swaps them when configuration reloads. The set is one immutable object published
/// by a single reference write, so every request reads either the old set or the new one, never a mix.
/// </summary>
public sealed class CorsPolicyRegistry : IDisposable
{
    private readonly CorsPolicySetSource _source;
    private readonly Func<IEnumerable<Endpoint>> _endpoints;
    private readonly ILogger _logger;
    private readonly IDisposable? _reloadSubscription;
    private readonly Lock _reloadLock = new();
    private CorsPolicySet _current;
    private string _lastFingerprint;

    // The warnings of the set in force. A reload logs only warnings it brings: the others were told (or, for a host
    // that hides warnings about its own defaults, deliberately not told) when the set in force was compiled.
    private HashSet<ConfigurationProblem> _warningsInForce;
    private ReloadOutcome? _lastReload;

    /// <exception cref="CorsConfigurationException">A policy is invalid; the message lists every problem by its key.</exception>
    /// <param name="source">Compiles the policies.</param>
    /// <param name="endpoints">The application's endpoints, read on each reload: a reload may not take away a policy one names.</param>
    /// <param name="logger">Where reloads are logged.</param>
    internal CorsPolicyRegistry(CorsPolicySetSource source, Func<IEnumerable<Endpoint>> endpoints, ILogger<CorsPolicyRegistry> logger)
    {
        _source = source;
        _endpoints = endpoints;
        _logger = logger;
        _lastFingerprint = source.Fingerprint();
        var compilation = source.Compile(generation: 1);
        _current = compilation.Set ?? throw new CorsConfigurationException(compilation.Errors);
        _warningsInForce = [.. compilation.Warnings];
        if (source.LogStartupWarnings)
        {
            LogWarnings(compilation.Warnings);
        }

        if (source.Section is { } section)
        {
            _reloadSubscription = ChangeToken.OnChange(section.GetReloadToken, () => Reload());
        }
    }

    /// <summary>Counts and logs decisions: the one observer of every policy set this registry publishes.</summary>
    internal DecisionObserver Observer => _source.Observer;

    /// <summary>The tenants' policies and how a request's tenant is found, when <c>AddTenantPolicies</c> registered them.</summary>
    internal TenantResolution? Tenants { get; init; }

    /// <summary>What the last reload did, or <see langword="null"/> before the first one.</summary>
    internal ReloadOutcome? LastReload => Volatile.Read(ref _lastReload);

    /// <summary>The policies in force. Read it once per request and use that object throughout.</summary>
    public CorsPolicySet Current => Volatile.Read(ref _current);

    /// <summary>
    /// Recompiles every policy from code and configuration. A valid result replaces the current set at once; an
    /// invalid one, or one that no longer defines a policy an endpoint names, is logged as an error and the current set
    /// stays. Called on every configuration change; a change that leaves the CORS section as it was does nothing.
    /// </summary>
    /// <returns>True when a new set is in force.</returns>
    public bool Reload()
    {
        lock (_reloadLock)
        {
            var fingerprint = _source.Fingerprint();
            if (fingerprint == _lastFingerprint)
            {
                return false;
            }

            // An invalid configuration stays invalid, so the same text is not compiled (and logged) again; a refusal
            // because of the endpoints forgets the text, since the endpoints may change before the next edit.
            var previousFingerprint = _lastFingerprint;
            _lastFingerprint = fingerprint;
            var compilation = _source.Compile(Current.Generation + 1);
            if (compilation.Set is not { } set)
            {
                CorsKitLog.ReloadRejected(_logger, new CorsConfigurationException(compilation.Errors).Message);
                Record(accepted: false, compilation.Errors);
                return false;
            }

            var undefined = FindEndpointsLosingTheirPolicy(set);
            if (undefined is null || undefined.Count > 0)
            {
                _lastFingerprint = previousFingerprint;
                if (undefined is not null)
                {
                    CorsKitLog.ReloadRejected(_logger, new CorsConfigurationException(undefined).Message);
                    Record(accepted: false, undefined);
                }

                return false;
            }

            Volatile.Write(ref _current, set);
            LogWarnings([.. compilation.Warnings.Where(warning => !_warningsInForce.Contains(warning))]);
            _warningsInForce = [.. compilation.Warnings];
            CorsKitLog.ReloadApplied(_logger, set.Policies.Count + (set.DefaultPolicy is null ? 0 : 1), set.Generation);
            Record(accepted: true, compilation.Warnings);
            return true;
        }
    }

    // Null when the endpoints cannot be read: a reload may arrive while the host shuts down and disposes the services
    // they come from. Nothing is published then, and the exception must not reach the configuration's reload thread.
    private List<ConfigurationProblem>? FindEndpointsLosingTheirPolicy(CorsPolicySet set)
    {
        try
        {
            return EndpointPolicyNames.FindUndefined(_endpoints(), set, definedBefore: Current);
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
    }

    private void Record(bool accepted, IEnumerable<ConfigurationProblem> problems) =>
        Volatile.Write(ref _lastReload, new ReloadOutcome(DateTimeOffset.UtcNow, accepted, [.. problems.Select(problem => problem.ToString())]));

    /// <summary>Stops following configuration changes.</summary>
    public void Dispose() => _reloadSubscription?.Dispose();

    private void LogWarnings(IReadOnlyList<ConfigurationProblem> warnings)
    {
        foreach (var warning in warnings)
        {
            CorsKitLog.PolicyWarning(_logger, warning.ToString());
        }
    }
}
