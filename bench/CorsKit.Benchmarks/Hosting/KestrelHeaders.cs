using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CorsKit.Benchmarks.Hosting;

/// <summary>
/// Creates Kestrel's request and response header collections. They are internal to Kestrel, so they are created by
/// reflection, once per benchmark setup; nothing reflective runs while measuring. Using Kestrel's real types (rather
/// than a look-alike written here) keeps the harness from favouring either middleware.
/// </summary>
internal static class KestrelHeaders
{
    private const string Namespace = "Microsoft.AspNetCore.Server.Kestrel.Core.Internal.Http.";

    public static IHeaderDictionary Request() => Create(Namespace + "HttpRequestHeaders");

    public static IHeaderDictionary Response() => Create(Namespace + "HttpResponseHeaders");

    private static IHeaderDictionary Create(string typeName)
    {
        var type = typeof(KestrelServerOptions).Assembly.GetType(typeName)
            ?? throw new InvalidOperationException(
                $"Kestrel no longer has the type {typeName}; run with HeaderStore=HeaderDictionary or update {nameof(KestrelHeaders)}.");
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .OrderBy(candidate => candidate.GetParameters().Length)
            .First();

        // Every constructor parameter of these types is optional (header value reuse, encoding selector): use the defaults.
        var arguments = constructor.GetParameters().Select(parameter => parameter.HasDefaultValue ? parameter.DefaultValue : null).ToArray();
        return (IHeaderDictionary)constructor.Invoke(arguments);
    }
}
