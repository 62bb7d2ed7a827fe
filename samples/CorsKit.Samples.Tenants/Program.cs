using CorsKit.AspNetCore.Tenants;

// A multi-tenant API: each customer's host (tenant1.myapp.com, or their own domain) has its own CORS policy, kept in
// a SQLite file that every instance shares. Add a tenant with plain SQL while it runs; see README.md.
var builder = WebApplication.CreateBuilder(args);
var database = builder.Configuration["TENANTS_DB"] ?? "tenants.db";
var pollSeconds = builder.Configuration.GetValue("TENANTS_POLL_SECONDS", 2.0);

builder.Services.AddCorsKit()
    .AddTenantPolicies(TenantSelector.ByHost())
    .AddSqliteTenantPolicies($"Data Source={database}", options => options.PollInterval = TimeSpan.FromSeconds(pollSeconds));

var app = builder.Build();
app.UseCorsKit();
app.MapGet("/", (HttpContext context) => $"Hello from {context.Request.Host.Host}!");
app.MapPost("/orders", () => Results.Created("/orders/1", new { id = 1 }));
app.Run();
