namespace CorsKit.Writes;

/// <summary>What cross-origin write protection decided for one request. A small struct: deciding allocates nothing.</summary>
public readonly struct WriteDecision
{
    internal WriteDecision(WritePermit permit, WriteDenialReason denialReason, string? deniedValue)
    {
        Permit = permit;
        DenialReason = denialReason;
        DeniedValue = deniedValue;
    }

    /// <summary>True when the request may reach the endpoint.</summary>
    public bool IsAllowed => DenialReason == WriteDenialReason.None;

    /// <summary>The rule that let the request through, or <see cref="WritePermit.None"/> when refused.</summary>
    public WritePermit Permit { get; }

    /// <summary>Why the request was refused, or <see cref="WriteDenialReason.None"/>.</summary>
    public WriteDenialReason DenialReason { get; }

    /// <summary>The request's value that was refused (its origin, or its <c>Sec-Fetch-Site</c>), for logs; <see langword="null"/> when allowed or when there is none to name.</summary>
    public string? DeniedValue { get; }

    internal static WriteDecision Allow(WritePermit permit) => new(permit, WriteDenialReason.None, null);

    internal static WriteDecision Deny(WriteDenialReason reason, string? value) => new(WritePermit.None, reason, value);
}
