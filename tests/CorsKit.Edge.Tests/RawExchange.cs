using System.Net.Sockets;
using System.Text;

namespace CorsKit.Edge.Tests;

/// <summary>
/// One request over a fresh connection, with the header lines exactly as given (two <c>Origin</c> lines stay two),
/// and the response's status and header lines as received.
/// </summary>
public static class RawExchange
{
    public static async Task<WireResponse> SendAsync(Uri server, string method, string path, IReadOnlyList<(string Name, string Value)> headers)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var request = new StringBuilder($"{method} {path} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
        {
            request.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (method is "POST" or "PUT" or "PATCH" or "DELETE")
        {
            request.Append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1\r\n\r\nx");
        }
        else
        {
            request.Append("\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.ToString()));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var text = await reader.ReadToEndAsync();
        var head = text.Split("\r\n\r\n", 2)[0].Split("\r\n");
        var status = int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var lines = head.Skip(1).Select(line => line.Split(':', 2)).Select(parts => (parts[0].Trim(), parts.Length > 1 ? parts[1].Trim() : string.Empty)).ToList();
        return new WireResponse(status, lines, text.Contains("\r\n\r\n", StringComparison.Ordinal) ? text.Split("\r\n\r\n", 2)[1] : string.Empty);
    }
}

/// <summary>A response as received.</summary>
public sealed record WireResponse(int Status, IReadOnlyList<(string Name, string Value)> Headers, string Body)
{
    /// <summary>Every line with that name, joined as the Fetch standard's "get" joins them; null when there is none.</summary>
    public string? Get(string name)
    {
        var values = Headers.Where(header => string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase)).Select(header => header.Value).ToList();
        return values.Count == 0 ? null : string.Join(", ", values);
    }

    /// <summary>True when a Vary line names Origin.</summary>
    public bool VariesByOrigin => (Get("Vary") ?? string.Empty).Split(',').Any(token => token.Trim().Equals("Origin", StringComparison.OrdinalIgnoreCase) || token.Trim() == "*");

    /// <summary>What a browser's CORS check reads, and the status, in one line for comparisons.</summary>
    public string Cors =>
        $"{Status} ACAO={Get("Access-Control-Allow-Origin")} ACAC={Get("Access-Control-Allow-Credentials")} ACAM={Get("Access-Control-Allow-Methods")} "
        + $"ACAH={Get("Access-Control-Allow-Headers")} ACMA={Get("Access-Control-Max-Age")} ACEH={Get("Access-Control-Expose-Headers")} Vary(Origin)={VariesByOrigin}";
}
