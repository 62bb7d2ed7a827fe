using CorsKit.BrowserSimulation.Transport;

namespace CorsKit.BrowserSimulation;

/// <summary>One exchange the simulated browser made, and what it concluded.</summary>
/// <param name="Kind"><c>preflight</c>, <c>request</c> or <c>redirect</c>.</param>
/// <param name="Request">What was sent.</param>
/// <param name="Response">What came back.</param>
/// <param name="Passed">True when the browser carries on after this step.</param>
/// <param name="Notes">What the browser concluded, in words.</param>
internal sealed record FetchStep(string Kind, SentRequest Request, ReceivedResponse Response, bool Passed, IReadOnlyList<string> Notes);
