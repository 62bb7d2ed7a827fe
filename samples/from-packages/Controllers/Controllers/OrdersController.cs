using Microsoft.AspNetCore.Mvc;

namespace Controllers.Controllers;

/// <summary>The default policy: the app's own frontend, with cookies.</summary>
[ApiController]
[Route("api/orders")]
public sealed class OrdersController : ControllerBase
{
    [HttpGet]
    public IEnumerable<string> List() => ["order-1", "order-2"];

    [HttpDelete("{id}")]
    public IActionResult Cancel(string id) => NoContent();
}
