using CorsKit.BrowserSimulation.Transport;
namespace CorsKit.Cli.Http;

/// <summary>
/// An <see cref="HttpClient"/> that behaves like a wire: no redirects, no cookies, no decompression, headers as given
/// and header names as received, so what we report is what the server really said.
/// </summary>
internal sealed class RawHttpTransport : IHttpTransport, IDisposable
{
    private static readonly string[] ContentHeaderNames =
        ["Content-Type", "Content-Language", "Content-Encoding", "Content-Location", "Content-Length", "Content-Disposition", "Content-MD5", "Content-Range", "Expires", "Last-Modified", "Allow"];

    private const int MaxProblemLength = 8192;

    private readonly HttpClient _client;

    /// <summary>Creates the transport with a per-request timeout.</summary>
    public RawHttpTransport(TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            UseProxy = false,

            // One connection per request, so the head a connection reads is the answer to its request.
            PooledConnectionLifetime = TimeSpan.Zero,
            PlaintextStreamFilter = (context, _) =>
            {
                var recorder = new WireHeaderNames(context.PlaintextStream);
                context.InitialRequestMessage.Options.Set(WireHeaderNames.Key, recorder);
                return ValueTask.FromResult<Stream>(recorder);
            },
        };
        _client = new HttpClient(handler) { Timeout = timeout };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("corskit/0.1");
    }

    /// <inheritdoc />
    public async Task<ReceivedResponse> SendAsync(SentRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body);
            message.Content.Headers.Clear();
        }

        foreach (var header in request.Headers)
        {
            if (IsContentHeader(header.Name))
            {
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.TryAddWithoutValidation(header.Name, header.Value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(header.Name, header.Value);
            }
        }

        try
        {
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var wire = message.Options.TryGetValue(WireHeaderNames.Key, out var recorder) ? recorder.Names() : null;
            var lines = new List<HeaderLine>();
            foreach (var (name, values) in response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated))
            {
                var spelled = wire?.GetValueOrDefault(name) ?? name;
                lines.AddRange(values.Select(value => new HeaderLine(spelled, value)));
            }

            return new ReceivedResponse((int)response.StatusCode, lines, await ReadProblemAsync(response, cancellationToken).ConfigureAwait(false));
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HttpRequestException($"{request.Method} {request.Url} timed out after {_client.Timeout.TotalSeconds:0} s.", exception);
        }
    }

    // Only a problem document is read, and only a small one: it is the server's own explanation of a refusal.
    private static async Task<string?> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || response.Content.Headers.ContentLength is not (> 0 and <= MaxProblemLength))
        {
            return null;
        }

        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private static bool IsContentHeader(string name) => ContentHeaderNames.Contains(name, StringComparer.OrdinalIgnoreCase);
}
