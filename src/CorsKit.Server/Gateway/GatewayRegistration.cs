using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Transforms;

namespace CorsKit.Server.Gateway;

/// <summary>Puts every route but the server's own in front of <c>UPSTREAM</c>, through YARP.</summary>
internal static class GatewayRegistration
{
    private const string Id = "upstream";

    public static void AddGateway(this IServiceCollection services, Uri upstream, TimeSpan timeout)
    {
        var route = new RouteConfig
        {
            RouteId = Id,
            ClusterId = Id,
            Match = new RouteMatch { Path = "{**path}" },

            // After the server's own routes, whatever their order of registration.
            Order = int.MaxValue,
        };
        var cluster = new ClusterConfig
        {
            ClusterId = Id,
            Destinations = new Dictionary<string, DestinationConfig> { [Id] = new() { Address = upstream.ToString() } },
            HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig { ActivityTimeout = timeout },
        };
        services.AddSingleton(provider => new UpstreamErrors(upstream, provider.GetRequiredService<ILogger<UpstreamErrors>>()));
        var redirects = new UpstreamRedirects(upstream);
        services.AddReverseProxy()
            .LoadFromMemory([route], [cluster])
            .AddTransforms(context =>
            {
                context.AddRequestTransform(RawRequestTarget.Apply);
                context.AddResponseTransform(UpstreamCorsHeaders.Strip);
                context.AddResponseTransform(redirects.Rewrite);
            });
    }

    public static void MapGateway(this IEndpointRouteBuilder app)
    {
        var errors = app.ServiceProvider.GetRequiredService<UpstreamErrors>();
        app.MapReverseProxy(proxy => proxy.Use(errors.Describe));
    }
}
