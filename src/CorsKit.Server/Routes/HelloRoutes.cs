namespace CorsKit.Server.Routes;

/// <summary>The seed's <c>GET /</c>: a plain-text hello.</summary>
internal static class HelloRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Text("Hello from CorsKit!"));
    }
}
