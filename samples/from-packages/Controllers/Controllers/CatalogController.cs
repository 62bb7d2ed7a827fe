using CorsKit.AspNetCore.Endpoints;
using Microsoft.AspNetCore.Mvc;

namespace Controllers.Controllers;

/// <summary>A public catalog any website may read, and a health probe with no CORS at all.</summary>
[ApiController]
[Route("api")]
public sealed class CatalogController : ControllerBase
{
    [HttpGet("catalog")]
    [CorsKitPolicy("public")]
    public IEnumerable<string> Catalog() => ["book", "lamp"];

    [HttpGet("health")]
    [DisableCorsKit]
    public string Health() => "ok";
}
