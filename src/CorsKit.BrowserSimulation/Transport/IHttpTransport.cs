namespace CorsKit.BrowserSimulation.Transport;

/// <summary>Sends one request exactly as given and returns the response without following redirects.</summary>
internal interface IHttpTransport
{
    /// <summary>Sends <paramref name="request"/>. Network failures throw <see cref="HttpRequestException"/>.</summary>
    Task<ReceivedResponse> SendAsync(SentRequest request, CancellationToken cancellationToken);
}
