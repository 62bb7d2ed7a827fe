namespace CorsKit.Server.Tests;

/// <summary>Requests as a browser would send them.</summary>
internal static class Http
{
    public static Task<HttpResponseMessage> Preflight(this HttpClient client, string path, string origin, string method, string? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        if (headers is not null)
        {
            request.Headers.Add("Access-Control-Request-Headers", headers);
        }

        return client.SendAsync(request);
    }

    /// <summary>Whether the server lets <paramref name="origin"/> send a DELETE: its preflight answered 204.</summary>
    public static async Task<bool> AllowsDeleteFrom(this HttpClient client, string origin)
    {
        using var response = await client.Preflight("/", origin, "DELETE");
        return response.StatusCode == System.Net.HttpStatusCode.NoContent;
    }

    public static Task<HttpResponseMessage> Get(this HttpClient client, string path, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return client.SendAsync(request);
    }

    /// <summary>A form post as a browser sends it: Sec-Fetch-Site and Origin as given, form-encoded body.</summary>
    public static Task<HttpResponseMessage> PostForm(this HttpClient client, string path, string? origin, string? site)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent([new("amount", "100")]),
        };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (site is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", site);
        }

        return client.SendAsync(request);
    }

    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
