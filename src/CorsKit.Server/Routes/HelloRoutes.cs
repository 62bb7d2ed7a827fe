namespace CorsKit.Server.Routes;

/// <summary><c>GET /</c>: a plain-text hello, to see the server answer.</summary>
internal static class HelloRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Text("Hello from CorsKit!"));
    }
}
