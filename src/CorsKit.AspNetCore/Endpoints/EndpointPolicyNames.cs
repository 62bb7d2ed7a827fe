using CorsKit.AspNetCore.Middleware;
using CorsKit.AspNetCore.Policies;
using CorsKit.Policy;
using Microsoft.AspNetCore.Http;

namespace CorsKit.AspNetCore.Endpoints;

/// <summary>
/// Checks the policy names endpoints ask for (<c>RequireCorsKit("name")</c>, <c>[CorsKitPolicy("name")]</c>) against a
/// policy set. An endpoint naming a policy that does not exist refuses every CORS request it gets, which is never what
/// its author meant, so the application does not start with one, and a reload that would take one away is rejected.
/// </summary>
internal static class EndpointPolicyNames
{
    // value: the name; detail: the policies that are defined.
    private static readonly ConfigurationProblemTemplate UndefinedPolicy = new(ConfigurationProblemKind.UndefinedPolicy,
        "names no CorsKit policy, so every CORS request to the endpoint would be refused. {detail}",
        "Define the policy (in code: options.AddPolicy(\"{value}\", ...); in configuration: <section>:Policies:{value}), or correct the name in RequireCorsKit or [CorsKitPolicy].");

    /// <summary>
    /// One problem per endpoint whose policy name is not in <paramref name="set"/>, in the endpoints' order. Each
    /// endpoint is read by the middleware's own <see cref="PolicySelection"/>, so the check and the requests agree on
    /// which name counts.
    /// </summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <param name="set">The policies that would be in force.</param>
    /// <param name="definedBefore">
    /// For a reload, the set in force: only names it defines are reported, the ones the reload would take away. A name
    /// that was already undefined (an endpoint added after the start) is the middleware's to report, per request.
    /// </param>
    public static List<ConfigurationProblem> FindUndefined(IEnumerable<Endpoint> endpoints, CorsPolicySet set, CorsPolicySet? definedBefore = null) =>
        endpoints
            .Select(endpoint => (Endpoint: endpoint, Selection: PolicySelection.Select(endpoint, set)))
            .Where(request => request.Selection.Kind == PolicySelectionKind.Missing
                && (definedBefore is null || definedBefore.Policies.ContainsKey(request.Selection.Name)))
            .Select(request => Undefined(request.Endpoint, request.Selection.Name, set))
            .ToList();

    private static ConfigurationProblem Undefined(Endpoint endpoint, string name, CorsPolicySet set)
    {
        var defined = set.Policies.Count == 0
            ? "No named policy is defined."
            : $"Defined policies: {string.Join(", ", set.Policies.Keys.Order(StringComparer.OrdinalIgnoreCase))}.";
        return UndefinedPolicy.Create($"CORS policy of endpoint \"{endpoint.DisplayName ?? endpoint.ToString()}\"", name, detail: defined);
    }
}
