// A minimal API moved from Microsoft's CORS middleware to CorsKit. What it replaced:
//
//   builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy
//       .WithOrigins("https://app.example.com", "http://localhost:5173")
//       .WithMethods("GET", "POST", "DELETE")
//       .WithHeaders("Content-Type", "Authorization")
//       .AllowCredentials()));
//   ...
//   app.UseCors();
//
// The same policy, validated when the application starts, with cross-origin write protection on top.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCorsKit(options => options.AddDefaultPolicy(policy => policy
    .WithOrigins("https://app.example.com", "http://localhost:5173")
    .WithMethods("DELETE")                      // GET, HEAD and POST need no preflight, so they need no listing
    .WithHeaders("Content-Type", "Authorization")
    .AllowCredentials()
    .ProtectWrites()));                         // other sites' form posts get 403 before an endpoint runs

var app = builder.Build();
app.UseCorsKit();

var items = new List<string> { "one", "two" };
app.MapGet("/api/items", () => items);
app.MapPost("/api/items", (string name) => { items.Add(name); return Results.Created($"/api/items/{name}", name); });
app.MapDelete("/api/items/{name}", (string name) => items.Remove(name) ? Results.NoContent() : Results.NotFound());

app.Run();
