using System.Text.Json;
using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Policies;
using CorsKit.BrowserSimulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CorsKit.AspNetCore.Dashboard;

/// <summary>
/// The decisions page's endpoints: the page and its script and style (embedded: the machine may be offline), the state
/// it polls, and the "try it" form's simulation. Each answers 404 unless the page is on and the request comes from
/// this machine (<see cref="DashboardAccess"/>).
/// </summary>
internal static class DashboardEndpoints
{
    // The try-it form sends a few short fields; anything larger is not from it.
    private const int MaxTryBody = 16 * 1024;

    // No script, style or connection but the page's own, no framing, no form posts anywhere.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    // Quotes and apostrophes as they are: the page shows every text with textContent, and the type is not sniffed.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints, string pattern, CorsKitDashboardOptions options)
    {
        var services = endpoints.ServiceProvider;
        var environment = services.GetRequiredService<IHostEnvironment>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("CorsKit.Dashboard");
        var registry = services.GetRequiredService<CorsPolicyRegistry>();
        var journal = services.GetRequiredService<DecisionJournal>();
        var configuration = services.GetRequiredService<IConfiguration>();
        var path = "/" + pattern.Trim('/');
        var on = environment.IsDevelopment() || options.AllowOutsideDevelopment;
        if (!on)
        {
            CorsKitLog.DashboardOff(logger, path, environment.EnvironmentName);
        }
        else
        {
            journal.Enable();
            if (!environment.IsDevelopment())
            {
                CorsKitLog.DashboardOutsideDevelopment(logger, path);
            }
        }

        var prefixes = options.SettingPrefixes.Count > 0
            ? [.. options.SettingPrefixes]
            : services.GetService<CorsKit.AspNetCore.DependencyInjection.CorsKitConfigurationBinding>()?.ResolveSection?.Invoke(services) is { } section
                ? new List<string> { section.Path + ":" }
                : [];
        var page = DashboardAssets.Page(path);
        var group = endpoints.MapGroup(path);
        group.MapGet("/", context => Guarded(context, on, () => Send(context, "text/html; charset=utf-8", page)));
        group.MapGet("/dashboard.js", context => Guarded(context, on, () => Send(context, "text/javascript; charset=utf-8", DashboardAssets.Script)));
        group.MapGet("/dashboard.css", context => Guarded(context, on, () => Send(context, "text/css; charset=utf-8", DashboardAssets.Style)));
        group.MapGet("/state", context => Guarded(context, on, () =>
        {
            var after = long.TryParse(context.Request.Query["after"], out var sequence) ? sequence : 0;
            return Json(context, StatusCodes.Status200OK, json => DashboardJson.WriteState(
                json, registry.Current, registry.LastReload, SettingSources.Describe(configuration, prefixes), journal, after));
        }));
        group.MapPost("/try", context => Guarded(context, on, () => TryAsync(context, registry.Current)));
        return group.DisableCorsKit();
    }

    private static Task Guarded(HttpContext context, bool on, Func<Task> answer)
    {
        if (!on || !DashboardAccess.Allows(context))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        return answer();
    }

    private static Task Send(HttpContext context, string contentType, string body)
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    }

    private static async Task TryAsync(HttpContext context, CorsPolicySet set)
    {
        if (context.Request.ContentLength is > MaxTryBody)
        {
            await Error(context, $"the form is larger than {MaxTryBody} bytes");
            return;
        }

        TryForm form;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            form = TryForm.Read(document.RootElement, context.Request);
        }
        catch (JsonException)
        {
            await Error(context, "the form is not a JSON object");
            return;
        }
        catch (FormatException exception)
        {
            await Error(context, exception.Message);
            return;
        }

        var policy = form.Policy is null ? set.DefaultPolicy : set.Policies.GetValueOrDefault(form.Policy);
        if (policy is null)
        {
            await Error(context, form.Policy is null
                ? "this application has no default policy: name one of its policies"
                : $"there is no policy named \"{form.Policy}\"");
            return;
        }

        var outcome = await new FetchSimulator(new PolicyTransport(policy)).RunAsync(form.Request, context.RequestAborted);
        await Json(context, StatusCodes.Status200OK, json => DashboardJson.WriteOutcome(json, outcome, form.Policy ?? CorsPolicySet.DefaultPolicyName));
    }

    private static Task Error(HttpContext context, string message) =>
        Json(context, StatusCodes.Status400BadRequest, json =>
        {
            json.WriteStartObject();
            json.WriteString("error", message);
            json.WriteEndObject();
        });

    private static async Task Json(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, JsonOptions);
        write(json);
        await json.FlushAsync(context.RequestAborted);
    }
}
