using CorsKit.AspNetCore.Endpoints;
using CorsKit.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CorsKit.AspNetCore.Tests.Endpoints;

[ApiController]
[Route("api/admin")]
[CorsKitPolicy("admin")]
public sealed class AdminController : ControllerBase
{
    private readonly HitCounter _counter;

    public AdminController(HitCounter counter) => _counter = counter;

    [HttpGet]
    public string Get()
    {
        _counter.Hit();
        return "controller-admin";
    }

    [HttpGet("off")]
    [DisableCorsKit]
    public string Off()
    {
        _counter.Hit();
        return "controller-off";
    }

    [HttpGet("default")]
    [CorsKitPolicy]
    public string Default()
    {
        _counter.Hit();
        return "controller-default";
    }
}
