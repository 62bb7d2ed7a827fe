using CorsKit.Evaluation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>Writes a CorsKit decision into ASP.NET Core's response headers.</summary>
internal readonly struct HeaderDictionaryWriter(IHeaderDictionary headers) : ICorsResponseHeaderWriter
{
    public void SetHeader(string name, string value) => headers[name] = value;

    public void AppendVary(string value) => headers.Vary = StringValues.Concat(headers.Vary, value);
}
