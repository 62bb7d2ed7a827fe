// Controllers with a default policy, a named policy per controller, and an action with no CORS at all.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddCorsKit(options => options
    .AddDefaultPolicy(policy => policy
        .WithOrigins("https://app.example.com")
        .WithMethods("PUT", "DELETE")
        .WithHeaders("Content-Type")
        .AllowCredentials())
    .AddPolicy("admin", policy => policy
        .WithOrigins("https://admin.example.com")
        .WithMethods("DELETE")
        .WithHeaders("Content-Type", "Authorization")
        .AllowCredentials()
        .WithMaxAge(TimeSpan.FromMinutes(10)))
    .AddPolicy("public", policy => policy.AllowAnyOrigin()));

var app = builder.Build();
app.UseCorsKit();
app.MapControllers();
app.Run();
