namespace CorsKit.BrowserSimulation;

/// <summary>The whole story of one simulated fetch: the plan, every exchange, and the verdict.</summary>
internal sealed class FetchOutcome
{
    /// <summary>The request as the page wrote it.</summary>
    public required FetchRequest Request { get; init; }

    /// <summary>The browser's plan for it.</summary>
    public required FetchPlan Plan { get; init; }

    /// <summary>True when the page's URL is same-origin, so CORS does not apply at all.</summary>
    public bool SameOrigin { get; set; }

    /// <summary>Every exchange, in order.</summary>
    public List<FetchStep> Steps { get; } = [];

    /// <summary>The failure that blocked the fetch, or <see langword="null"/> when the page gets the response.</summary>
    public CorsFailure? Failure { get; set; }

    /// <summary>Chromium's console message for the block.</summary>
    public string? Message { get; set; }

    /// <summary>What to change to unblock it.</summary>
    public string? Fix { get; set; }

    /// <summary>Response headers the page can read (final response).</summary>
    public IReadOnlyList<string> ReadableHeaders { get; set; } = [];

    /// <summary>Response headers present but hidden from the page (final response).</summary>
    public IReadOnlyList<string> HiddenHeaders { get; set; } = [];

    /// <summary>The final response's status, when the page gets it.</summary>
    public int? Status { get; set; }

    /// <summary>True when the browser would hand the response to the page.</summary>
    public bool Allowed => Failure is null;
}
