using System.Globalization;

namespace CorsKit.Benchmarks.Scale;

/// <summary>How the configured origins of a multi-tenant service look: the shapes that share most of their text.</summary>
public enum OriginShape
{
    /// <summary><c>https://tenant{N}.myapp.com</c>: one suffix, sequential numbers.</summary>
    Tenant,

    /// <summary><c>https://app{N}.example{N % 97}.com</c>: numbers in two places.</summary>
    AppOfExample,

    /// <summary><c>https://shop-{NNNNNNN}.stores.example.net</c>: equal lengths, zero-padded numbers.</summary>
    PaddedShop,

    /// <summary>Random lower-case names of 6 to 20 letters under random top-level domains.</summary>
    Random,
}

/// <summary>Generates configured origins of an <see cref="OriginShape"/>, the same ones for the same count.</summary>
public static class OriginShapes
{
    private static readonly string[] TopLevelDomains = ["com", "net", "org", "io", "dev", "app", "co.uk", "de"];

    /// <summary><paramref name="count"/> distinct origins of <paramref name="shape"/>.</summary>
    public static string[] Generate(OriginShape shape, int count)
    {
        if (shape != OriginShape.Random)
        {
            return [.. Enumerable.Range(0, count).Select(i => Origin(shape, i))];
        }

        var random = new Random(count);
        var origins = new HashSet<string>(count, StringComparer.Ordinal);
        while (origins.Count < count)
        {
            var name = new string([.. Enumerable.Range(0, random.Next(6, 21)).Select(_ => (char)('a' + random.Next(26)))]);
            origins.Add($"https://{name}.{TopLevelDomains[random.Next(TopLevelDomains.Length)]}");
        }

        return [.. origins];
    }

    /// <summary>
    /// <paramref name="count"/> requests' origins drawn at random from <paramref name="origins"/>, each a fresh copy,
    /// as a request's <c>Origin</c> header is: never the configured instance, so no lookup wins by reference.
    /// </summary>
    public static string[] FreshProbes(string[] origins, int count)
    {
        var random = new Random(42);
        return [.. Enumerable.Range(0, count).Select(_ => new string(origins[random.Next(origins.Length)].AsSpan()))];
    }

    private static string Origin(OriginShape shape, int i) => shape switch
    {
        OriginShape.Tenant => string.Create(CultureInfo.InvariantCulture, $"https://tenant{i}.myapp.com"),
        OriginShape.AppOfExample => string.Create(CultureInfo.InvariantCulture, $"https://app{i}.example{i % 97}.com"),
        _ => string.Create(CultureInfo.InvariantCulture, $"https://shop-{i:D7}.stores.example.net"),
    };
}
