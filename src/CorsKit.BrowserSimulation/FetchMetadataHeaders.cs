using CorsKit.BrowserSimulation.Transport;
using CorsKit.Fetch;

namespace CorsKit.BrowserSimulation;

/// <summary>
/// The Fetch Metadata request headers Chromium adds to a page's <c>fetch</c> and to its preflight, by the engine's rules
/// (<see cref="FetchMetadata"/>): the site, mode <c>cors</c> and destination <c>empty</c>, sent only to potentially
/// trustworthy URLs.
/// </summary>
internal static class FetchMetadataHeaders
{
    /// <summary>The site of the request to <paramref name="url"/> from <paramref name="origin"/> after the hops so far (<paramref name="sofar"/>): the least trusting of them.</summary>
    public static FetchSite Next(FetchSite sofar, string origin, Uri url)
    {
        return FetchMetadata.LeastTrusting(sofar, FetchMetadata.SiteOf(origin, WebOrigin.Of(url)));
    }

    /// <summary>The header lines for a request to <paramref name="url"/>; none when the URL is not potentially trustworthy.</summary>
    public static IReadOnlyList<HeaderLine> For(Uri url, FetchSite site) =>
        FetchMetadata.IsSentTo(url.Scheme, WebOrigin.HostOf(url)) && FetchMetadata.SiteValue(site) is { } value
            ? [new(FetchMetadata.SiteHeaderName, value), new(FetchMetadata.ModeHeaderName, "cors"), new(FetchMetadata.DestinationHeaderName, "empty")]
            : [];
}
