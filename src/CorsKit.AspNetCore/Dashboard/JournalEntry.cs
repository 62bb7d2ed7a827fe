using CorsKit.Evaluation;
using CorsKit.Writes;

namespace CorsKit.AspNetCore.Dashboard;

/// <summary>
/// One decision as the decisions page shows it. Every field is a value or a string the request already holds (its
/// method, path and headers), so recording one copies references and allocates nothing. No cookie, no
/// <c>Authorization</c> and no query string is ever kept.
/// </summary>
internal struct JournalEntry
{
    /// <summary>Its place in the journal, from 1; the page asks for the entries after the last it has.</summary>
    public long Sequence;

    /// <summary>When it was recorded, as <see cref="Environment.TickCount64"/>; <see cref="DecisionJournal.TimeOf"/> gives the time.</summary>
    public long Ticks;

    public DecisionKind Kind;

    /// <summary>The request's method; for a preflight, <c>OPTIONS</c>.</summary>
    public string Method;

    /// <summary>The request's path, without its query.</summary>
    public string Path;

    /// <summary>The first <c>Origin</c> header.</summary>
    public string Origin;

    /// <summary>The policy that decided.</summary>
    public string Policy;

    /// <summary>A preflight's <c>Access-Control-Request-Method</c>.</summary>
    public string? RequestedMethod;

    /// <summary>A preflight's <c>Access-Control-Request-Headers</c>: names only.</summary>
    public string? RequestedHeaders;

    public bool Allowed;

    public CorsDenialReason CorsReason;

    /// <summary>The part of the request the CORS refusal is about (a method, a header name), within a header value.</summary>
    public ReadOnlyMemory<char> DeniedValue;

    public WriteDenialReason WriteReason;
}
