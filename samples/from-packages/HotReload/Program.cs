// Policies from the "Cors" section of appsettings.json, followed while the application runs: save the file and the
// next request uses the new policy. An edit that does not compile is logged and the previous policy stays.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCorsKit(builder.Configuration.GetSection("Cors"));

var app = builder.Build();
app.UseCorsKit();
app.MapGet("/api/items", () => new[] { "one", "two" });
app.MapGet("/api/catalog", () => new[] { "book", "lamp" }).RequireCorsKit("public");
app.Run();
