namespace CorsKit.AspNetCore.Dashboard;

/// <summary>Which decision a journal entry records.</summary>
internal enum DecisionKind
{
    /// <summary>A preflight, answered by the middleware.</summary>
    Preflight,

    /// <summary>An actual cross-origin request, decided when its response started.</summary>
    Actual,

    /// <summary>A write refused by cross-origin write protection before the endpoint ran.</summary>
    Write,
}
