using CorsKit.BrowserSimulation.Transport;

namespace CorsKit.BrowserSimulation.Tests;

/// <summary>Builds responses from "Name: value" lines for table tests.</summary>
internal static class Responses
{
    public static ReceivedResponse With(int status, params string[] lines) =>
        new(status, [.. lines.Select(line => RequestHeader.Parse(line)!).Select(h => new HeaderLine(h.Name, h.Value))]);

    public static ReceivedResponse Ok(params string[] lines) => With(200, lines);
}
