using CorsKit.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using CorsKit.AspNetCore.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CorsKit.AspNetCore.Tests.Endpoints;

/// <summary>One application with every way of choosing a policy: default, named, disabled; minimal API, group, controller.</summary>
public sealed class EndpointAppFixture : IAsyncLifetime
{
    public const string AppOrigin = "https://app.example.com";
    public const string AdminOrigin = "https://admin.example.com";

    public HitCounter Counter { get; } = new();

    /// <summary>A request carrying this header reaches routing with an empty <c>Access-Control-Request-Method</c>.</summary>
    internal const string EmptyRequestMethodHeader = "X-Test-Empty-Request-Method";

    internal TestApp App { get; private set; } = null!;

    private readonly LateEndpointDataSource _lateEndpoints = new();

    public async Task InitializeAsync()
    {
        var builder = TestApp.CreateBuilder();
        builder.Services.AddSingleton(Counter);
        builder.Services.AddControllers();
        builder.Services.AddCorsKit(options => options
            .AddDefaultPolicy(policy => policy.WithOrigins(AppOrigin).WithMethods("PUT").WithHeaders("Content-Type").WithMaxAge(TimeSpan.FromMinutes(10)))
            .AddPolicy("admin", policy => policy.WithOrigins(AdminOrigin).WithMethods("DELETE").WithHeaders("Authorization").AllowCredentials()));

        App = await TestApp.StartAsync(builder, app =>
        {
            app.UseExceptionHandler(error => error.Run(static context =>
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return context.Response.WriteAsync("handled");
            }));
            // TestServer's client drops a header whose value is empty; Kestrel keeps it as one empty value. This header
            // asks for that, so tests can send an empty Access-Control-Request-Method as a real client can.
            app.Use((context, next) =>
            {
                if (context.Request.Headers.Remove(EmptyRequestMethodHeader))
                {
                    context.Request.Headers.AccessControlRequestMethod = string.Empty;
                }

                return next(context);
            });
            app.UseRouting();
            app.UseCorsKit();
            app.MapControllers();

            app.MapGet("/default", (HitCounter counter) => { counter.Hit(); return "default"; });
            app.MapGet("/admin", (HitCounter counter) => { counter.Hit(); return "admin"; }).RequireCorsKit("admin");
            app.MapGet("/off", (HitCounter counter) => { counter.Hit(); return "off"; }).DisableCorsKit();
            app.MapMethods("/options", ["GET", "OPTIONS"], (HitCounter counter) => { counter.Hit(); return "options"; });
            app.MapGet("/throws", string () => throw new InvalidOperationException("boom"));
            app.MapGet("/vary", (HttpContext context) => { context.Response.Headers.Vary = "Accept-Encoding"; return "vary"; });
            app.MapGet("/rewrites-origin", (HttpContext context) => { context.Request.Headers.Origin = "https://rewritten.example.org"; return "rewritten"; });
            app.MapGet("/own-cors", (HttpContext context) => { context.Response.Headers.AccessControlAllowOrigin = "https://own.example.com"; return "own"; });

            var group = app.MapGroup("/group").RequireCorsKit("admin");
            group.MapGet("/a", (HitCounter counter) => { counter.Hit(); return "group"; });
            group.MapGet("/off", (HitCounter counter) => { counter.Hit(); return "group-off"; }).DisableCorsKit();
            group.MapGet("/default", (HitCounter counter) => { counter.Hit(); return "group-default"; }).RequireCorsKit();

            // Endpoints naming a policy that does not exist stop the start, so these arrive after it (below).
            ((IEndpointRouteBuilder)app).DataSources.Add(_lateEndpoints);
        });

        var missingPolicy = new CorsKitPolicyAttribute("no-such-policy");
        _lateEndpoints.Publish(
            LateEndpointDataSource.Create("/missing", ["GET"], HitAndWrite("missing"), missingPolicy),
            LateEndpointDataSource.Create("/missing-options", ["GET", "OPTIONS"], HitAndWrite("missing-options"), missingPolicy));
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    private RequestDelegate HitAndWrite(string body) => context =>
    {
        Counter.Hit();
        return context.Response.WriteAsync(body);
    };
}
