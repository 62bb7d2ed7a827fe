using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CorsKit.Benchmarks.Hosting;

/// <summary>A Production environment, as a deployed server runs in.</summary>
internal sealed class BenchHostEnvironment : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Production;

    public string ApplicationName { get; set; } = "CorsKit.Benchmarks";

    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
