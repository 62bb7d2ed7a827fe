using CorsKit.Benchmarks.Scenarios;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CorsKit.Benchmarks.Hosting;

/// <summary>
/// One request context built once and reused for every invocation, so a benchmark measures the middleware and not
/// the construction of the context. <see cref="Reset"/> undoes what a middleware wrote; <see cref="StartResponse"/>
/// plays the server's part of starting the response. <see cref="HeaderStore"/> chooses the header collections.
/// </summary>
internal sealed class ReusableHttpContext
{
    private readonly StartableResponseFeature _response = new();

    public ReusableHttpContext(ScenarioRequest request, IServiceProvider services, HeaderStore store)
    {
        ArgumentNullException.ThrowIfNull(request);
        Context = new DefaultHttpContext();
        if (store == HeaderStore.Kestrel)
        {
            Context.Features.Set<IHttpRequestFeature>(new HttpRequestFeature { Headers = KestrelHeaders.Request() });
            _response.Headers = KestrelHeaders.Response();
        }

        Context.Features.Set<IHttpResponseFeature>(_response);
        Context.RequestServices = services;
        request.ApplyTo(Context.Request);
    }

    public DefaultHttpContext Context { get; }

    public void Reset() => _response.Reset();

    public void StartResponse() => _response.Start();

    /// <summary>Runs <paramref name="pipeline"/> as a server would: invoke, then start the response.</summary>
    public void Run(RequestDelegate pipeline)
    {
        Reset();
        var task = pipeline(Context);
        if (!task.IsCompletedSuccessfully)
        {
            task.GetAwaiter().GetResult();
        }

        StartResponse();
    }
}
