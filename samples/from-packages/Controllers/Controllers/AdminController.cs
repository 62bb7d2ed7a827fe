using CorsKit.AspNetCore.Endpoints;
using Microsoft.AspNetCore.Mvc;

namespace Controllers.Controllers;

/// <summary>Only the admin frontend may call these, under the "admin" policy.</summary>
[ApiController]
[Route("api/admin")]
[CorsKitPolicy("admin")]
public sealed class AdminController : ControllerBase
{
    [HttpDelete("users/{id}")]
    public IActionResult DeleteUser(string id) => NoContent();
}
