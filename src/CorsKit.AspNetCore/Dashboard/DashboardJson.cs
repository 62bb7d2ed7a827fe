using System.Globalization;
using System.Text.Json;
using CorsKit.AspNetCore.Policies;
using CorsKit.BrowserSimulation;
using CorsKit.Configuration.Settings;
using CorsKit.Evaluation;
using CorsKit.Policy;
using CorsKit.Writes;

namespace CorsKit.AspNetCore.Dashboard;

/// <summary>
/// The documents the decisions page reads. Written with <see cref="Utf8JsonWriter"/>, member by member: no
/// reflection, so a trimmed host serves them as they are. Reasons and fixes are worded here, when the page asks,
/// never on the request path.
/// </summary>
internal static class DashboardJson
{
    /// <summary>The policies in force, where their settings came from, the last reload and the decisions after <paramref name="after"/>.</summary>
    public static void WriteState(Utf8JsonWriter json, CorsPolicySet set, ReloadOutcome? reload, IEnumerable<(string Key, string Value, string Source)> sources, DecisionJournal journal, long after)
    {
        json.WriteStartObject();
        json.WriteNumber("capacity", journal.Capacity);
        json.WriteStartArray("policies");
        if (set.DefaultPolicy is { } defaultPolicy)
        {
            WritePolicy(json, CorsPolicySet.DefaultPolicyName, defaultPolicy);
        }

        foreach (var (name, policy) in set.Policies.OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase))
        {
            WritePolicy(json, name, policy);
        }

        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (var (key, value, source) in sources)
        {
            json.WriteStartObject();
            json.WriteString("key", key);
            json.WriteString("value", value);
            json.WriteString("source", source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (reload is null)
        {
            json.WriteNull("reload");
        }
        else
        {
            json.WriteStartObject("reload");
            json.WriteString("time", reload.Time);
            json.WriteBoolean("accepted", reload.Accepted);
            json.WriteStartArray("problems");
            reload.Problems.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteStartArray("decisions");
        foreach (var entry in journal.After(after))
        {
            WriteDecision(json, entry, journal.TimeOf(entry));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>One simulated fetch: the plan, each exchange, and the verdict with its reason and fix.</summary>
    public static void WriteOutcome(Utf8JsonWriter json, FetchOutcome outcome, string policy)
    {
        json.WriteStartObject();
        json.WriteString("policy", policy);
        json.WriteString("verdict", outcome.Allowed ? "allowed" : "blocked");
        json.WriteBoolean("sameOrigin", outcome.SameOrigin);
        json.WriteBoolean("preflight", outcome.Plan.NeedsPreflight);
        json.WriteStartArray("preflightReasons");
        outcome.Plan.PreflightReasons.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteStartArray("droppedHeaders");
        outcome.Plan.DroppedHeaders.Select(header => header.Name).ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteString("message", outcome.Message);
        json.WriteString("fix", outcome.Fix);
        json.WriteStartArray("readableHeaders");
        outcome.ReadableHeaders.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteStartArray("steps");
        foreach (var step in outcome.Steps)
        {
            json.WriteStartObject();
            json.WriteString("kind", step.Kind);
            json.WriteBoolean("passed", step.Passed);
            json.WriteString("request", string.Join("\n", [$"{step.Request.Method} {step.Request.Url.PathAndQuery}", .. step.Request.Headers.Select(line => $"{line.Name}: {line.Value}")]));
            json.WriteString("response", string.Join("\n", [step.Response.Status.ToString(CultureInfo.InvariantCulture), .. step.Response.Headers.Select(line => $"{line.Name}: {line.Value}")]));
            json.WriteStartArray("notes");
            step.Notes.ToList().ForEach(json.WriteStringValue);
            if (step.Kind == "request" && step.Response.ProblemBody is null)
            {
                json.WriteStringValue(PolicyTransport.EndpointNote);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePolicy(Utf8JsonWriter json, string name, CorsKitPolicy policy)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteStartArray("settings");
        foreach (var (label, value) in CorsSettings.Report(policy))
        {
            json.WriteStartObject();
            json.WriteString("label", label);
            json.WriteString("value", value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDecision(Utf8JsonWriter json, in JournalEntry entry, DateTimeOffset time)
    {
        var (outcome, reason, fix) = Words(entry);
        json.WriteStartObject();
        json.WriteNumber("sequence", entry.Sequence);
        json.WriteString("time", time);
        json.WriteString("kind", entry.Kind switch { DecisionKind.Preflight => "preflight", DecisionKind.Write => "write", _ => "actual" });
        json.WriteString("method", entry.Kind == DecisionKind.Preflight && entry.RequestedMethod is { } requested ? $"OPTIONS ({requested})" : entry.Method);
        json.WriteString("path", entry.Path);
        json.WriteString("origin", entry.Origin);
        json.WriteString("policy", entry.Policy);
        json.WriteString("requestedHeaders", entry.RequestedHeaders);
        json.WriteBoolean("allowed", entry.Allowed);
        json.WriteString("outcome", outcome);
        json.WriteString("reason", reason);
        json.WriteString("fix", fix);
        json.WriteEndObject();
    }

    // The same words as corskit check, from the decision the server made.
    private static (string Outcome, string Reason, string Fix) Words(in JournalEntry entry)
    {
        if (entry.Kind == DecisionKind.Write)
        {
            var (why, fix) = ServerRefusals.Write(entry.WriteReason, entry.Origin);
            return (WriteDenialReasons.Describe(entry.WriteReason).Name, why, fix);
        }

        var description = CorsDenialReasons.Describe(entry.CorsReason);
        if (entry.Allowed)
        {
            return (description.Name, entry.Kind == DecisionKind.Preflight
                ? "The server allowed the preflight; the browser sends the request."
                : "The server allowed it: the page can read the response.", string.Empty);
        }

        var method = entry.Kind == DecisionKind.Preflight ? entry.RequestedMethod ?? entry.Method : entry.Method;
        var (reason, remedy) = ServerRefusals.Cors(entry.CorsReason, entry.DeniedValue.ToString(), entry.Origin, method, entry.Kind == DecisionKind.Preflight);
        return (description.Name, reason, remedy);
    }
}
