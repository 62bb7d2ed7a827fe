namespace CorsKit.AspNetCore.Policies;

/// <summary>What the last configuration reload did, for the decisions page.</summary>
/// <param name="Time">When it was compiled.</param>
/// <param name="Accepted">True when its policies are in force; false when they were refused and the previous ones stayed.</param>
/// <param name="Problems">Why it was refused, one line per problem, or the warnings it brought.</param>
internal sealed record ReloadOutcome(DateTimeOffset Time, bool Accepted, IReadOnlyList<string> Problems);
